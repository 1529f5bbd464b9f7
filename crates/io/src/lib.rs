//! Every byte layout newsgraph reads or writes: article sources (text files,
//! directories, JSONL, stdin), the JSON wire format, the gold format and its
//! scorer, and CoNLL-U treebanks.
//!
//! Offsets cross this crate's boundary as Unicode scalar values: the wire
//! types hold no byte offsets.

pub mod conllu;
pub mod corpus;
mod error;
pub mod gold;
pub mod score;
pub mod source;
pub mod wire;

pub use error::IoError;
