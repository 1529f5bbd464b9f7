//! The `figures` layer: numbers with their unit, what they count and who claims them.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct FigureFinder;

impl FigureFinder {
    pub fn new() -> Result<FigureFinder, BuildError> {
        Ok(FigureFinder)
    }
}

impl Stage for FigureFinder {
    fn name(&self) -> &'static str {
        "figure finder"
    }
    fn layer(&self) -> Layer {
        Layer::Figures
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Quotes, Layer::Entities]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
