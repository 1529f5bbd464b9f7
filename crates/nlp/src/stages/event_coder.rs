//! The `events` layer: CAMEO/PLOVER events with source, target, date, place,
//! negation, status, evidence and rule.
//!
//! Reads `deps` (and the tokens, tags and sentences under them), `entities`,
//! `places`, `dates` and `quotes`; writes `doc.events`, sorted by trigger.
//! The rules live in [`crate::events`]; the lexicon is `data/events/*.tsv`,
//! embedded and cross-checked when the stage is built, so every event names
//! the lexicon file and line that fired.

use crate::events::{Coder, Lexicon};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Clone)]
pub struct EventCoder {
    lexicon: Lexicon,
}

impl EventCoder {
    pub fn new() -> Result<EventCoder, BuildError> {
        Ok(EventCoder {
            lexicon: Lexicon::embedded()?,
        })
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
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
    fn annotate(&self, doc: &mut Doc) {
        if doc.deps.len() != doc.tokens.len() || doc.tags.len() != doc.tokens.len() {
            // Say so, unless the parser already said why there is no parse.
            if !doc.notes.iter().any(|n| n.layer == Layer::Deps) {
                doc.note(Layer::Events, "no dependency parse: events not coded", None);
            }
            return;
        }
        doc.events = Coder::new(&self.lexicon, doc).code();
    }
}
