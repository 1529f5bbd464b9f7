//! Errors from building a pipeline: loading lexicons and models, checking
//! stage order.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum BuildError {
    /// A lexicon or model row that does not parse.
    #[error("{file}:{line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },
    /// A file that could not be read.
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    /// A stage placed before a stage it reads from.
    #[error(
        "stage {stage} reads layer `{layer}`, which no earlier stage adds; reorder the pipeline"
    )]
    Order {
        stage: &'static str,
        layer: &'static str,
    },
}

impl BuildError {
    pub fn data(file: impl Into<String>, line: usize, message: impl Into<String>) -> BuildError {
        BuildError::Data {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}
