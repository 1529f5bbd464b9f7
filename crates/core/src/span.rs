//! A half-open byte range into the article text.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of **byte** offsets into `Article::text`.
///
/// Both ends lie on UTF-8 character boundaries. Spans never leave the crate
/// boundary as bytes: the wire format converts them to Unicode scalar offsets.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// A span from byte offsets. Panics in debug builds when `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text this span covers; empty when the span does not fit `text`.
    pub fn text(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_contains_overlaps() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.contains(b));
        assert!(Span::new(0, 10).contains(b));
        assert!(!Span::new(0, 2).overlaps(a));
    }

    #[test]
    fn text_out_of_bounds_is_empty() {
        assert_eq!(Span::new(0, 3).text("ab"), "");
        assert_eq!(Span::new(0, 2).text("ab"), "ab");
    }
}
