//! The `deps` layer: the syntactic head and UD relation of every token.
//!
//! Reads `tokens`, `sentences` and `tags` (XPOS); writes `doc.deps` (parallel
//! to tokens, heads inside the same sentence, `None` for each sentence's
//! root). A thin wrapper around [`crate::syntax::parser`]: the model
//! (`data/models/parser/model.bin`, trained by `newsgraph train parser`) is
//! embedded with `include_bytes!`. Without a model it adds a Note.

use crate::syntax::parser::{ParserModel, Scratch};
use crate::{BuildError, Stage};
use newsgraph_core::{Dep, Doc, Layer, TokenId, Xpos};

const MODEL_FILE: &str = "data/models/parser/model.bin";
const MODEL: &[u8] = include_bytes!("../../../../data/models/parser/model.bin");

#[derive(Debug)]
pub struct Parser {
    model: Option<ParserModel>,
}

impl Parser {
    /// The parser with the embedded model.
    pub fn new() -> Result<Parser, BuildError> {
        Parser::from_bytes(MODEL)
    }

    /// A parser from model bytes; empty bytes give a parser without a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, BuildError> {
        if bytes.is_empty() {
            return Ok(Parser { model: None });
        }
        let model =
            ParserModel::from_bytes(bytes).map_err(|m| BuildError::data(MODEL_FILE, 0, m))?;
        Ok(Parser { model: Some(model) })
    }
}

impl Stage for Parser {
    fn name(&self) -> &'static str {
        "parser"
    }
    fn layer(&self) -> Layer {
        Layer::Deps
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Tags]
    }
    fn annotate(&self, doc: &mut Doc) {
        let Some(model) = &self.model else {
            doc.note(
                Layer::Deps,
                "no parser model is embedded in this build",
                None,
            );
            return;
        };
        if doc.tags.len() != doc.tokens.len() {
            doc.note(Layer::Deps, "no tags to parse from", None);
            return;
        }
        let mut deps = vec![Dep::default(); doc.tokens.len()];
        let mut scratch = Scratch::default();
        let (mut heads, mut rels) = (Vec::new(), Vec::new());
        let mut words: Vec<&str> = Vec::new();
        let mut tags: Vec<Xpos> = Vec::new();
        let text = doc.article.text.as_str();
        for s in &doc.sentences {
            words.clear();
            tags.clear();
            for t in s.tokens() {
                words.push(doc.tokens[t.index()].span.text(text));
                tags.push(doc.tags[t.index()].xpos);
            }
            model.parse(&words, &tags, &mut scratch, &mut heads, &mut rels);
            let first = s.first.index();
            for (k, t) in s.tokens().enumerate() {
                deps[t.index()] = Dep {
                    head: heads[k].map(|h| TokenId::at(first + h)),
                    rel: rels[k],
                };
            }
        }
        doc.deps = deps;
    }
}
