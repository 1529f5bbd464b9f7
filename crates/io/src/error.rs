//! Errors reading and writing articles, gold files and corpora.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum IoError {
    /// One record (a line of JSONL, a CoNLL-U row, an article file) that
    /// cannot be used; the batch goes on without it.
    #[error("{file}:{line}{}: {message}", id.as_ref().map(|i| format!(" (id {i})")).unwrap_or_default())]
    Record {
        file: String,
        line: usize,
        id: Option<String>,
        message: String,
    },
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}
