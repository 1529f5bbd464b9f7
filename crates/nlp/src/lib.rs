//! The verbs of newsgraph: [`Stage`]s that each add one layer to a
//! [`Doc`](newsgraph_core::Doc), and the [`Pipeline`] that runs them in order.
//!
//! Building may fail (a lexicon or model that does not load names its file and
//! line); running may not: a stage that can do less than usual on an article
//! adds a [`Note`](newsgraph_core::Note) and carries on.

pub mod actors;
mod error;
pub mod events;
pub mod figures;
pub mod geo;
pub mod lexicon;
pub mod perceptron;
mod pipeline;
pub mod quotes;
pub mod stages;
pub mod syntax;
pub mod time;

pub use error::BuildError;
pub use pipeline::{Pipeline, Stage};
