//! Event coding internals: the lexicon tables (`lexicon`), a dependency-tree
//! view (`tree`) and the coding rules (`coder`). The stage
//! [`crate::stages::event_coder::EventCoder`] is the only public entry point
//! that runs them; the lexicon is public so tools (eval-plover) can look up
//! CAMEO codes.

mod coder;
pub mod lexicon;
mod tree;

pub use coder::Coder;
pub use lexicon::{CodeInfo, Lexicon};

#[cfg(test)]
mod tests;
