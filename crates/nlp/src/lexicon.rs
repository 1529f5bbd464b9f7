//! Reading lexicon tables: sorted UTF-8 TSV with a header row, embedded in
//! the binary with `include_str!`.
//!
//! Every table in `data/` goes through [`Table::parse`], so every table error
//! names its file and line the same way, and the shared table test
//! (`tests/lexicons.rs`) can check sortedness and duplicates for all of them.
//! Stages look up every token in these tables, so the look-up helpers live
//! here too: [`FastMap`], a map with a fast hasher for keys of our own
//! tables, [`LowerKey`], which builds on the stack the key a table keyed by
//! lower-case text is looked up with, and [`lowercase`], which copies only
//! the words that have capitals.

use crate::BuildError;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One parsed TSV table: a header and rows, each row with its 1-based line.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    pub file: &'static str,
    pub header: Vec<&'a str>,
    pub rows: Vec<Row<'a>>,
}

/// One data row of a [`Table`].
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// 1-based line number in the file (the header is line 1).
    pub line: usize,
    pub cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Cell `i`, empty when the row is shorter.
    pub fn get(&self, i: usize) -> &'a str {
        self.cells.get(i).copied().unwrap_or("")
    }

    /// Cell `i` or `None` when empty or `-`.
    pub fn opt(&self, i: usize) -> Option<&'a str> {
        Some(self.get(i)).filter(|c| !c.is_empty() && *c != "-")
    }
}

impl<'a> Table<'a> {
    /// Parses `text` (the contents of `file`). Lines starting with `#` and
    /// blank lines are skipped; every row must have the header's width.
    pub fn parse(file: &'static str, text: &'a str) -> Result<Table<'a>, BuildError> {
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let (_, head) = lines
            .next()
            .ok_or_else(|| BuildError::data(file, 1, "empty table: a header row is required"))?;
        let header: Vec<&str> = head.split('\t').collect();
        let mut rows = Vec::new();
        for (line, l) in lines {
            let cells: Vec<&str> = l.split('\t').collect();
            if cells.len() != header.len() {
                return Err(BuildError::data(
                    file,
                    line,
                    format!(
                        "{} columns, the header has {} ({})",
                        cells.len(),
                        header.len(),
                        header.join(", ")
                    ),
                ));
            }
            rows.push(Row { line, cells });
        }
        Ok(Table { file, header, rows })
    }

    /// The index of a header column; an error naming the file when missing.
    pub fn column(&self, name: &str) -> Result<usize, BuildError> {
        self.header
            .iter()
            .position(|h| *h == name)
            .ok_or_else(|| BuildError::data(self.file, 1, format!("no column `{name}`")))
    }

    /// An error about `row`, naming this table's file and the row's line.
    pub fn error(&self, row: &Row, message: impl Into<String>) -> BuildError {
        BuildError::data(self.file, row.line, message)
    }
}

/// A fast non-cryptographic hasher (FxHash's mixing step) for maps keyed
/// by our own tables' names: flooding is not a concern, and a token's look-up
/// costs a few multiplications instead of SipHash's rounds.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map whose keys come from our tables, hashed with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A set of keys from our tables, hashed with [`FxHasher`].
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// `s` lower-cased as by `str::to_lowercase`, borrowed when it already is
/// (most words of a text are ASCII without capitals).
pub fn lowercase(s: &str) -> Cow<'_, str> {
    if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// A lower-case key built on the stack, to look words up in a table keyed
/// by lower-case text without allocating (stages look up every token).
pub struct LowerKey {
    buf: [u8; LowerKey::BYTES],
    len: usize,
    cap: usize,
}

impl LowerKey {
    /// The longest key, in bytes.
    pub const BYTES: usize = 64;

    /// An empty key that holds at most `cap` bytes (at most
    /// [`LowerKey::BYTES`]): the length of the table's longest key, since a
    /// longer text cannot be in it.
    pub fn new(cap: usize) -> LowerKey {
        LowerKey {
            buf: [0; LowerKey::BYTES],
            len: 0,
            cap: cap.min(LowerKey::BYTES),
        }
    }

    /// Appends `s`, lower-cased character by character; false when the
    /// key would grow past its capacity (it then holds a cut text).
    pub fn push_str(&mut self, s: &str) -> bool {
        for c in s.chars() {
            if c.is_ascii() {
                if self.len == self.cap {
                    return false;
                }
                self.buf[self.len] = c.to_ascii_lowercase() as u8;
                self.len += 1;
                continue;
            }
            for l in c.to_lowercase() {
                if self.len + l.len_utf8() > self.cap {
                    return false;
                }
                self.len += l.encode_utf8(&mut self.buf[self.len..]).len();
            }
        }
        true
    }

    pub fn as_str(&self) -> &str {
        // Only whole characters are ever written.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

/// Compass adjectives between a preposition and a place ("in central
/// Somalia", "the northwestern Sagaing region"), sorted.
pub const COMPASS_WORDS: &[&str] = &[
    "central",
    "east",
    "eastern",
    "far",
    "north",
    "northeastern",
    "northern",
    "northwestern",
    "south",
    "southeastern",
    "southern",
    "southwestern",
    "west",
    "western",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_keys_fit_or_are_none() {
        let mut k = LowerKey::new(9);
        assert!(k.push_str("Défense") && k.push_str(" "));
        assert_eq!(k.as_str(), "défense ");
        assert!(!k.push_str("Minister"));
        let mut k = LowerKey::new(100);
        assert!(k.push_str("İ"));
        assert_eq!(k.as_str(), "i\u{307}");
        assert_eq!(LowerKey::new(0).as_str(), "");
        assert!(matches!(lowercase("said"), Cow::Borrowed("said")));
        assert_eq!(lowercase("ΟΔΟΣ"), "οδος");
    }

    #[test]
    fn parses_header_rows_and_lines() {
        let t = Table::parse("x.tsv", "# comment\nkey\tvalue\na\t1\n\nb\t-\n").unwrap();
        assert_eq!(t.header, vec!["key", "value"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.rows[1].line, 5);
        assert_eq!(t.rows[1].opt(1), None);
        assert_eq!(t.column("value").unwrap(), 1);
        assert!(t.column("nope").is_err());
    }

    #[test]
    fn ragged_row_names_file_and_line() {
        let err = Table::parse("x.tsv", "a\tb\n1\n").unwrap_err().to_string();
        assert!(err.starts_with("x.tsv:2:"), "{err}");
    }
}
