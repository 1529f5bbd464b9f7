//! The `dates` layer: time expressions resolved against the publication date.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct DateResolver;

impl DateResolver {
    pub fn new() -> Result<DateResolver, BuildError> {
        Ok(DateResolver)
    }
}

impl Stage for DateResolver {
    fn name(&self) -> &'static str {
        "date resolver"
    }
    fn layer(&self) -> Layer {
        Layer::Dates
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tags]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
