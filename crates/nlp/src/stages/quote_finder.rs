//! The `quotes` layer: direct and indirect reported speech with speakers.
//!
//! Reads tokens, sentences, tags (when filled) and entities; writes
//! `doc.quotes`, sorted by text start. Direct quotes come from quotation
//! marks (see [`crate::quotes::marks`]), indirect speech from the reporting
//! cues of `data/quotes/cues.tsv`; the speaker is the actor entity that
//! covers the subject, pronoun or role noun of the cue, else free text in
//! `Quote::speaker_name`. A quote whose speaker cannot be found at all is
//! left out: a quotation with no one behind it is not reported speech.

use crate::quotes::finder::Finder;
use crate::quotes::lexicon::{Cues, Roles};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Clone)]
pub struct QuoteFinder {
    cues: Cues,
    roles: Roles,
}

impl QuoteFinder {
    /// The finder with the embedded lexicons; fails naming the file and line
    /// of a bad row.
    pub fn new() -> Result<QuoteFinder, BuildError> {
        Ok(QuoteFinder {
            cues: Cues::embedded()?,
            roles: Roles::embedded()?,
        })
    }

    /// The cue table, e.g. for the event coder to look up a quote's cue.
    pub fn cues(&self) -> &Cues {
        &self.cues
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
    fn annotate(&self, doc: &mut Doc) {
        doc.quotes = Finder::new(&self.cues, &self.roles).find(doc);
    }
}
