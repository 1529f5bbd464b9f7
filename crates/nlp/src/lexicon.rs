//! Reading lexicon tables: sorted UTF-8 TSV with a header row, embedded in
//! the binary with `include_str!`.
//!
//! Every table in `data/` goes through [`Table::parse`], so every table error
//! names its file and line the same way, and the shared table test
//! (`tests/lexicons.rs`) can check sortedness and duplicates for all of them.

use crate::BuildError;

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

#[cfg(test)]
mod tests {
    use super::*;

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
