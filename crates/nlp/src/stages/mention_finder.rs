//! The `mentions` layer: named-entity spans (PERSON, ORG, GPE, LOC, FAC, NORP).
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct MentionFinder;

impl MentionFinder {
    pub fn new() -> Result<MentionFinder, BuildError> {
        Ok(MentionFinder)
    }
}

impl Stage for MentionFinder {
    fn name(&self) -> &'static str {
        "mention finder"
    }
    fn layer(&self) -> Layer {
        Layer::Mentions
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tags]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
