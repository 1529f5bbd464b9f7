//! The `tags` layer: part of speech (UPOS and Penn XPOS) and lemma of every token.
//!
//! Reads `tokens` and `sentences`; writes `doc.tags` (parallel to tokens).
//! A thin wrapper: the model (`data/models/tagger/model.bin`, trained by
//! `newsgraph train tagger`) is embedded with `include_bytes!` and the work
//! is done by [`crate::syntax::tagger`] one sentence at a time. A binary built
//! without a model still runs: it adds a Note and leaves the tags empty.

use crate::syntax::tagger::{Scratch, TaggerModel};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer, Tag};

const MODEL_FILE: &str = "data/models/tagger/model.bin";
const MODEL: &[u8] = include_bytes!("../../../../data/models/tagger/model.bin");

#[derive(Debug)]
pub struct Tagger {
    model: Option<TaggerModel>,
}

impl Tagger {
    /// The tagger with the embedded model.
    pub fn new() -> Result<Tagger, BuildError> {
        Tagger::from_bytes(MODEL)
    }

    /// A tagger from model bytes; empty bytes give a tagger without a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, BuildError> {
        if bytes.is_empty() {
            return Ok(Tagger { model: None });
        }
        let model =
            TaggerModel::from_bytes(bytes).map_err(|m| BuildError::data(MODEL_FILE, 0, m))?;
        Ok(Tagger { model: Some(model) })
    }

    pub fn model(&self) -> Option<&TaggerModel> {
        self.model.as_ref()
    }
}

impl Stage for Tagger {
    fn name(&self) -> &'static str {
        "tagger"
    }
    fn layer(&self) -> Layer {
        Layer::Tags
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn annotate(&self, doc: &mut Doc) {
        let Some(model) = &self.model else {
            doc.note(
                Layer::Tags,
                "no tagger model is embedded in this build",
                None,
            );
            return;
        };
        let mut tags = vec![Tag::default(); doc.tokens.len()];
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        let text = doc.article.text.as_str();
        for s in &doc.sentences {
            words.clear();
            words.extend(s.tokens().map(|t| doc.tokens[t.index()].span.text(text)));
            model.tag(&words, &mut scratch, &mut out);
            for (k, (t, &(upos, xpos))) in s.tokens().zip(out.iter()).enumerate() {
                tags[t.index()] = Tag {
                    upos,
                    xpos,
                    lemma: model.lemmatizer.lemma(words[k], xpos),
                };
            }
        }
        doc.tags = tags;
    }
}
