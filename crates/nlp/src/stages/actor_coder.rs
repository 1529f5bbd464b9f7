//! The `entities` layer: the article's actors with country, CAMEO sector,
//! title, aliases and every span that refers to them (coreference).
//!
//! Reads tokens, sentences and mentions (tags and deps sharpen some
//! decisions when present, and are not required). The rules live in
//! `actors::coder`; this file is the stage around them. Entities are sorted
//! by first mention.

use crate::actors::coder::Coder;
use crate::actors::lexicon::Lexicons;
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug)]
pub struct ActorCoder {
    lex: Lexicons,
}

impl ActorCoder {
    pub fn new() -> Result<ActorCoder, BuildError> {
        Ok(ActorCoder {
            lex: Lexicons::embedded()?,
        })
    }
}

impl Stage for ActorCoder {
    fn name(&self) -> &'static str {
        "actor coder"
    }
    fn layer(&self) -> Layer {
        Layer::Entities
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Mentions, Layer::Deps]
    }
    fn annotate(&self, doc: &mut Doc) {
        doc.entities = Coder::new(&self.lex).code(doc);
    }
}
