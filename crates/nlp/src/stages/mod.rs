//! One file per stage, each adding one layer. The order they run in is the
//! list in [`crate::Pipeline::standard`].

pub mod actor_coder;
pub mod date_resolver;
pub mod event_coder;
pub mod figure_finder;
pub mod geocoder;
pub mod mention_finder;
pub mod parser;
pub mod quote_finder;
pub mod sentencizer;
pub mod tagger;
pub mod tokenizer;
