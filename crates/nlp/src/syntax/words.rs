//! Per-word feature ids: normalised form, affixes and shape, hashed without
//! allocating (a streaming FNV over the lower-cased characters).
//!
//! Reads a token's text; writes a [`WordFeats`] of `u64` ids. Numbers are
//! folded into a few classes (`!YEAR`, `!DIGITS`…) so that unseen numbers
//! share weights.

use crate::perceptron::{hash_str, mix};

/// Streaming FNV-1a over bytes, finished with [`mix`].
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    #[inline]
    pub fn byte(&mut self, b: u8) {
        self.0 ^= b as u64;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }
    #[inline]
    pub fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }
    #[inline]
    pub fn lower(&mut self, c: char) {
        if c.is_ascii() {
            self.byte(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                self.char(l);
            }
        }
    }
    #[inline]
    pub fn finish(self, salt: u64) -> u64 {
        mix(salt, self.0)
    }
}

/// Hash of the lower-cased normalised form of a word (numbers folded).
pub fn norm_hash(word: &str) -> u64 {
    if let Some(class) = number_class(word) {
        return hash_str(class);
    }
    let mut h = Fnv::default();
    for c in word.chars() {
        h.lower(if c == '’' { '\'' } else { c });
    }
    h.finish(1)
}

/// A number-like word's class, or `None` for ordinary words.
fn number_class(word: &str) -> Option<&'static str> {
    let b = word.as_bytes();
    let first = *b.first()?;
    if !first.is_ascii_digit() {
        return None;
    }
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    if digits * 2 < b.len() {
        return None; // 10th, 1990s, F-16 stay words.
    }
    Some(
        if b.len() == 4 && digits == 4 && (first == b'1' || first == b'2') {
            "!YEAR"
        } else if b.iter().all(u8::is_ascii_digit) {
            "!DIGITS"
        } else if b.contains(&b'.') || b.contains(&b',') {
            "!DECIMAL"
        } else {
            "!NUMOTHER"
        },
    )
}

/// The hashed features of one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordFeats {
    pub norm: u64,
    pub suffix1: u64,
    pub suffix2: u64,
    pub suffix3: u64,
    pub suffix4: u64,
    pub prefix1: u64,
    pub prefix3: u64,
    pub shape: u64,
}

/// Computes [`WordFeats`] for `word`.
pub fn word_feats(word: &str) -> WordFeats {
    let norm = norm_hash(word);
    let n = word.chars().count();
    let mut suffix = [0u64; 4];
    for (k, s) in suffix.iter_mut().enumerate() {
        let len = k + 1;
        let mut h = Fnv::default();
        if n > len {
            for c in word.chars().skip(n - len) {
                h.lower(c);
            }
        } else {
            h.byte(b'^');
            for c in word.chars() {
                h.lower(c);
            }
        }
        *s = h.finish(10 + k as u64);
    }
    let mut p1 = Fnv::default();
    let mut p3 = Fnv::default();
    for (i, c) in word.chars().enumerate() {
        if i < 1 {
            p1.char(c);
        }
        if i < 3 {
            p3.lower(c);
        }
    }
    WordFeats {
        norm,
        suffix1: suffix[0],
        suffix2: suffix[1],
        suffix3: suffix[2],
        suffix4: suffix[3],
        prefix1: p1.finish(20),
        prefix3: p3.finish(21),
        shape: shape_hash(word),
    }
}

/// Word shape: `Xxxx`, `dd`, `X.X.`, `xx-xx` with runs capped at 3.
pub fn shape_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if s == last {
            run += 1;
            if run >= 3 {
                continue;
            }
        } else {
            run = 0;
            last = s;
        }
        h.char(s);
    }
    h.finish(30)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_numbers_and_apostrophes() {
        assert_eq!(norm_hash("Talks"), norm_hash("talks"));
        assert_eq!(norm_hash("1,000"), norm_hash("3.5"));
        assert_eq!(norm_hash("2021"), norm_hash("1999"));
        assert_ne!(norm_hash("2021"), norm_hash("20210"));
        assert_eq!(norm_hash("n’t"), norm_hash("n't"));
        assert_ne!(norm_hash("10th"), norm_hash("11"));
        assert_eq!(shape_hash("Kabul"), shape_hash("Kabulistan"));
        assert_ne!(shape_hash("Kabul"), shape_hash("kabul"));
        let a = word_feats("seized");
        assert_eq!(a.suffix2, word_feats("SeizED").suffix2);
        assert_eq!(word_feats(""), word_feats(""));
    }
}
