//! The `deps` layer: a Universal Dependencies head and relation for every token.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct Parser;

impl Parser {
    pub fn new() -> Result<Parser, BuildError> {
        Ok(Parser)
    }
}

impl Stage for Parser {
    fn name(&self) -> &'static str {
        "parser"
    }
    fn layer(&self) -> Layer {
        Layer::Deps
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tags]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
