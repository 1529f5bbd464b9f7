//! The `quotes` layer: direct and indirect reported speech with speakers.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct QuoteFinder;

impl QuoteFinder {
    pub fn new() -> Result<QuoteFinder, BuildError> {
        Ok(QuoteFinder)
    }
}

impl Stage for QuoteFinder {
    fn name(&self) -> &'static str {
        "quote finder"
    }
    fn layer(&self) -> Layer {
        Layer::Quotes
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Entities, Layer::Deps]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
