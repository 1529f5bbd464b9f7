//! The `places` layer: places named in the article, geocoded offline with honest precision.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct Geocoder;

impl Geocoder {
    pub fn new() -> Result<Geocoder, BuildError> {
        Ok(Geocoder)
    }
}

impl Stage for Geocoder {
    fn name(&self) -> &'static str {
        "geocoder"
    }
    fn layer(&self) -> Layer {
        Layer::Places
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Mentions, Layer::Entities]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
