//! The `tags` layer: part of speech (UPOS and Penn XPOS) and lemma of every token.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct Tagger;

impl Tagger {
    pub fn new() -> Result<Tagger, BuildError> {
        Ok(Tagger)
    }
}

impl Stage for Tagger {
    fn name(&self) -> &'static str {
        "tagger"
    }
    fn layer(&self) -> Layer {
        Layer::Tags
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
