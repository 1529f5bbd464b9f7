//! The `events` layer: CAMEO/PLOVER events with source, target, date, place, negation, status, evidence and rule.
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct EventCoder;

impl EventCoder {
    pub fn new() -> Result<EventCoder, BuildError> {
        Ok(EventCoder)
    }
}

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "event coder"
    }
    fn layer(&self) -> Layer {
        Layer::Events
    }
    fn reads(&self) -> &'static [Layer] {
        &[
            Layer::Deps,
            Layer::Entities,
            Layer::Places,
            Layer::Dates,
            Layer::Quotes,
        ]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
