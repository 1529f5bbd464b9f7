//! The `sentences` layer: groups tokens into sentences.
//!
//! Stand-in: ends a sentence at `.`, `!` or `?` (and any closing quote after
//! it) and at every line break. The linguistic-layer issue replaces it.

use crate::Stage;
use newsgraph_core::{Doc, Layer, Sentence, Span, TokenId};

#[derive(Debug, Default)]
pub struct Sentencizer;

impl Sentencizer {
    pub fn new() -> Sentencizer {
        Sentencizer
    }
}

impl Stage for Sentencizer {
    fn name(&self) -> &'static str {
        "sentencizer"
    }
    fn layer(&self) -> Layer {
        Layer::Sentences
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn annotate(&self, doc: &mut Doc) {
        let mut sentences = Vec::new();
        let mut first = 0usize;
        let n = doc.tokens.len();
        let mut push = |first: usize, end: usize, doc: &Doc| {
            if end > first {
                sentences.push(Sentence {
                    span: Span::new(
                        doc.tokens[first].span.start as usize,
                        doc.tokens[end - 1].span.end as usize,
                    ),
                    first: TokenId::at(first),
                    end: TokenId::at(end),
                });
            }
        };
        let mut i = 0;
        while i < n {
            if i > first && doc.tokens[i].line_start {
                push(first, i, doc);
                first = i;
            }
            let t = doc.token_text(TokenId::at(i));
            if matches!(t, "." | "!" | "?") {
                let mut end = i + 1;
                while end < n
                    && !doc.tokens[end].line_start
                    && matches!(
                        doc.token_text(TokenId::at(end)),
                        "\"" | "”" | "’" | "'" | ")"
                    )
                {
                    end += 1;
                }
                push(first, end, doc);
                first = end;
                i = end;
                continue;
            }
            i += 1;
        }
        push(first, n, doc);
        doc.sentences = sentences;
    }
}
