//! Quotation marks: finds the spans of text between opening and closing
//! marks, straight or curly, double or single, working on characters so that
//! it does not depend on how the tokenizer splits punctuation.
//!
//! Reads only the article text; writes [`Segment`]s. Shaped by three news
//! conventions: a quote may run over several sentences; a quote that goes on
//! into the next paragraph has no closing mark at the end of its paragraph
//! and a new opening mark at the start of the next one; single marks are
//! quotes only when they open at a word start and close before a non-letter
//! (so "Afghanistan’s" and "I’m" stay apostrophes), and single marks inside
//! a double quote are part of that quote.

use newsgraph_core::Span;

/// One quoted stretch of text inside one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The text between the marks, whitespace and a trailing comma trimmed.
    pub inner: Span,
    /// Byte offset just past the closing mark; `None` when the paragraph
    /// ended first.
    pub close: Option<usize>,
    /// Unclosed at the end of its paragraph and the next paragraph opens with
    /// a quotation mark: the quote continues there.
    pub continues: bool,
}

impl Segment {
    /// Byte offset just past the segment (its closing mark, or its text).
    pub fn end(&self) -> usize {
        self.close.unwrap_or(self.inner.end as usize)
    }

    /// Number of words between the marks.
    pub fn words(&self, text: &str) -> usize {
        self.inner.text(text).split_whitespace().count()
    }
}

fn is_open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«')
}

/// Every quoted segment of `text`, in order.
pub fn find(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        scan_paragraph(text, start, start + line.len(), &mut out);
        start += line.len();
    }
    // Mark continuations: unclosed, and the next paragraph opens with a mark.
    let mut i = 0;
    while i < out.len() {
        if out[i].close.is_none() {
            let after = out[i].inner.end as usize;
            let next_open = text[after..]
                .find(|c: char| !c.is_whitespace())
                .map(|k| after + k);
            if let (Some(k), Some(next)) = (next_open, out.get(i + 1)) {
                let crosses_line = text[after..k].contains('\n');
                if crosses_line
                    && next.open == k
                    && text[k..].chars().next().is_some_and(is_opening)
                {
                    out[i].continues = true;
                }
            }
        }
        i += 1;
    }
    out
}

fn scan_paragraph(text: &str, from: usize, to: usize, out: &mut Vec<Segment>) {
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let mut prev: Option<char> = None;
    let para = &text[from..to];
    let mut chars = para.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let at = from + k;
        let next = chars.peek().map(|&(_, n)| n);
        match c {
            '“' | '«' if double.is_none() => {
                double = Some(at);
                single = None;
            }
            '”' | '»' => {
                if let Some(open) = double.take() {
                    push(text, open, at, Some(at + c.len_utf8()), out);
                }
            }
            '"' => match double {
                None if is_open_context(prev) || single.is_some() => {
                    double = Some(at);
                    single = None;
                }
                None => {}
                Some(open) => {
                    double = None;
                    push(text, open, at, Some(at + 1), out);
                }
            },
            '‘' | '\''
                if double.is_none()
                    && single.is_none()
                    && is_open_context(prev)
                    && next.is_some_and(char::is_alphanumeric) =>
            {
                single = Some(at);
            }
            '’' | '\'' if double.is_none() => {
                let closes = prev.is_some_and(|p| !p.is_whitespace())
                    && !next.is_some_and(char::is_alphanumeric);
                if closes {
                    if let Some(open) = single.take() {
                        push(text, open, at, Some(at + c.len_utf8()), out);
                    }
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    if let Some(open) = double {
        push(text, open, to, None, out);
    }
}

fn push(text: &str, open: usize, end: usize, close: Option<usize>, out: &mut Vec<Segment>) {
    let body_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
    if body_start > end {
        return;
    }
    let body = &text[body_start..end];
    let lead = body.len() - body.trim_start().len();
    let trimmed = body.trim().trim_end_matches(',').trim_end();
    if trimmed.is_empty() {
        return;
    }
    let s = body_start + lead;
    out.push(Segment {
        open,
        inner: Span::new(s, s + trimmed.len()),
        close,
        continues: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        find(t).iter().map(|s| s.inner.text(t)).collect()
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            texts("He said \"we will win,\" and left. “It is over,” she said."),
            vec!["we will win", "It is over"]
        );
    }

    #[test]
    fn single_inside_double_is_one_quote() {
        assert_eq!(
            texts("“They told us ‘go home’ and we did,” he said."),
            vec!["They told us ‘go home’ and we did"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(texts("Afghanistan’s army and the rebels' leader met. I’m here.").is_empty());
        assert_eq!(
            texts("‘No peace deal yet' headline\n“I’m not sure,” he said."),
            vec!["No peace deal yet", "I’m not sure"]
        );
    }

    #[test]
    fn british_single_quotes() {
        assert_eq!(
            texts("'We will not leave,' the mayor said."),
            vec!["We will not leave"]
        );
    }

    #[test]
    fn multi_sentence_quote() {
        assert_eq!(
            texts("\"The talks failed. We go home now.\" he said."),
            vec!["The talks failed. We go home now."]
        );
    }

    #[test]
    fn paragraph_convention_continues() {
        let t = "\"The first part of the speech goes here.\n\n\"And the second part ends here,\" he said.";
        let segs = find(t);
        assert_eq!(segs.len(), 2);
        assert!(segs[0].continues);
        assert_eq!(segs[0].close, None);
        assert!(!segs[1].continues);
        assert_eq!(segs[1].inner.text(t), "And the second part ends here");
    }
}
