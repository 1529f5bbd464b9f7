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
        let mut events = Coder::new(&self.lexicon, doc).code();
        for ev in &mut events {
            if spoken_for(doc, ev) {
                ev.target.clear();
            }
        }
        doc.events = events;
    }
}

/// "army spokesman Colonel X said …": a plain statement (010) whose only
/// targets are the bodies the speaker's title names speaks for them, not
/// to or about them; it has no target.
fn spoken_for(doc: &Doc, ev: &newsgraph_core::Event) -> bool {
    if ev.cameo != "010" || ev.target.is_empty() {
        return false;
    }
    let titles: Vec<String> = ev
        .source
        .iter()
        .filter_map(|&s| doc.entity(s)?.title.as_deref())
        .map(str::to_lowercase)
        .collect();
    let named = |name: &str| titles.iter().any(|t| title_names(t, name));
    ev.target.iter().all(|&t| {
        doc.entity(t)
            .is_some_and(|e| named(&e.name) || e.aliases.iter().any(|a| named(a)))
    })
}

/// Whether a lower-cased title ("army spokesman colonel") names a body
/// ("Army") among its words.
fn title_names(title: &str, name: &str) -> bool {
    let name: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !name.is_empty()
        && words
            .windows(name.len())
            .any(|w| w.iter().zip(&name).all(|(a, b)| *a == b.as_str()))
}

#[cfg(test)]
mod tests {
    use super::title_names;

    #[test]
    fn a_spokesman_s_title_names_the_body_he_speaks_for() {
        // "army spokesman Colonel Pedro Mora said …": his 010 has no target "army".
        assert!(title_names("army spokesman colonel", "Army"));
        assert!(title_names(
            "iranian foreign ministry spokesman",
            "Foreign Ministry"
        ));
        assert!(!title_names("army spokesman colonel", "rebels"));
        assert!(!title_names("navy spokesman", "Navy Seals"));
    }
}
