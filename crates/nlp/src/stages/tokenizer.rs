//! The `tokens` layer: splits the article text into words, numbers and
//! punctuation with exact byte offsets.
//!
//! Stand-in: splits on whitespace and peels punctuation off word edges. The
//! linguistic-layer issue replaces it with a news tokenizer.

use crate::Stage;
use newsgraph_core::{Doc, Layer, Span, Token, TokenKind};

#[derive(Debug, Default)]
pub struct Tokenizer;

impl Tokenizer {
    pub fn new() -> Tokenizer {
        Tokenizer
    }
}

fn kind_of(s: &str) -> TokenKind {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => TokenKind::Number,
        Some(c) if c.is_alphanumeric() => TokenKind::Word,
        Some(c) if c.is_ascii_punctuation() || "“”‘’—–…".contains(c) => {
            TokenKind::Punct
        }
        _ => TokenKind::Symbol,
    }
}

impl Stage for Tokenizer {
    fn name(&self) -> &'static str {
        "tokenizer"
    }
    fn layer(&self) -> Layer {
        Layer::Tokens
    }
    fn reads(&self) -> &'static [Layer] {
        &[]
    }
    fn annotate(&self, doc: &mut Doc) {
        let text = doc.article.text.as_str();
        let mut tokens = Vec::new();
        let mut line_start = true;
        let mut pos = 0;
        for piece in text.split_inclusive(char::is_whitespace) {
            let word = piece.trim_end_matches(char::is_whitespace);
            let start = pos;
            pos += piece.len();
            if word.is_empty() {
                if piece.contains('\n') {
                    line_start = true;
                }
                continue;
            }
            // Peel leading and trailing punctuation into their own tokens.
            let is_edge = |c: char| !c.is_alphanumeric() && c != '$' && c != '%';
            let core_start = word.find(|c: char| !is_edge(c)).unwrap_or(word.len());
            let core_end = word.rfind(|c: char| !is_edge(c)).map_or(core_start, |i| {
                i + word[i..].chars().next().map_or(1, char::len_utf8)
            });
            let mut spans = Vec::new();
            for (i, c) in word[..core_start].char_indices() {
                spans.push((start + i, start + i + c.len_utf8()));
            }
            if core_end > core_start {
                spans.push((start + core_start, start + core_end));
            }
            for (i, c) in word[core_end..].char_indices() {
                spans.push((start + core_end + i, start + core_end + i + c.len_utf8()));
            }
            let last = spans.len().saturating_sub(1);
            for (k, (s, e)) in spans.into_iter().enumerate() {
                tokens.push(Token {
                    span: Span::new(s, e),
                    kind: kind_of(&text[s..e]),
                    space_after: k == last && piece.len() > word.len(),
                    line_start,
                });
                line_start = false;
            }
            if piece.contains('\n') {
                line_start = true;
            }
        }
        doc.tokens = tokens;
    }
}
