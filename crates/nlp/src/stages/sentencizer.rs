//! The `sentences` layer: groups tokens into sentences.
//!
//! Reads `doc.tokens` (their text, `line_start` and `space_after`); writes
//! `doc.sentences`. News text is laid out one paragraph (or headline, or
//! bullet) per line, so every line break ends a sentence — that also makes a
//! headline without final punctuation its own sentence. Inside a line a
//! sentence ends after `.`, `!`, `?` or an ellipsis, plus any closing quotes
//! and brackets glued to it (`…fight.”`), unless what follows cannot start a
//! sentence (a lower-case word: `“Why?” he asked`; a comma). A period that the
//! tokenizer kept inside an abbreviation (`U.S.`) ends a sentence only when
//! the abbreviation is not a title and the next word is a typical sentence
//! opener (`…in the U.S. The talks…`). Hand rules rather than a model: they are
//! exact on the news layouts we see and cost one pass over the tokens.

use crate::Stage;
use newsgraph_core::{Doc, Layer, Sentence, Span, Token, TokenId};

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
        doc.sentences = split(&doc.article.text, &doc.tokens);
    }
}

/// Abbreviations that precede a name and so never end a sentence.
const TITLES: &[&str] = &[
    "adm.", "brig.", "capt.", "cmdr.", "col.", "cpl.", "dr.", "fr.", "gen.", "gov.", "hon.", "lt.",
    "maj.", "messrs.", "mr.", "mrs.", "ms.", "mt.", "pres.", "prof.", "rep.", "rev.", "sen.",
    "sgt.", "st.", "supt.",
];

/// Words that typically open a sentence (used after an abbreviation's period).
const OPENERS: &[&str] = &[
    "A",
    "After",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "No",
    "On",
    "One",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Under",
    "We",
    "When",
    "While",
    "You",
];

/// Whether sentence `k` of the Doc is its headline: the first sentence,
/// a whole line of its own that ends without final punctuation, with more
/// text after it ("Egypt and Ethiopia resume dam talks"). A headline
/// restates the report; coders that want each act once skip it.
pub fn is_headline(doc: &Doc, k: usize) -> bool {
    let (Some(s), true) = (doc.sentences.first(), k == 0 && doc.sentences.len() > 1) else {
        return false;
    };
    let text = doc.text();
    let last = s.end.index().checked_sub(1).and_then(|i| doc.tokens.get(i));
    let next_line = doc.tokens.get(s.end.index()).is_some_and(|t| t.line_start);
    next_line
        && last.is_some_and(|t| {
            !matches!(
                t.span.text(text),
                "." | "!" | "?" | "…" | "\"" | "”" | "'" | "’" | ":" | ";"
            )
        })
}

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "’’" | "''")
}

/// Splits `tokens` of `text` into sentences covering every token in order.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let n = tokens.len();
    let tok = |i: usize| tokens[i].span.text(text);
    let mut out = Vec::new();
    let mut first = 0usize;
    let mut push = |first: usize, end: usize| {
        if end > first {
            out.push(Sentence {
                span: Span::new(
                    tokens[first].span.start as usize,
                    tokens[end - 1].span.end as usize,
                ),
                first: TokenId::at(first),
                end: TokenId::at(end),
            });
        }
    };
    let mut i = 0;
    while i < n {
        if i > first && tokens[i].line_start {
            push(first, i);
            first = i;
        }
        let t = tok(i);
        let terminal = matches!(t, "." | "!" | "?" | "…" | "?!" | "!?")
            || (t.len() > 1 && t.bytes().all(|b| b == b'.' || b == b'!' || b == b'?'));
        let abbrev_end = !terminal
            && t.len() > 1
            && t.ends_with('.')
            && t.chars().next().is_some_and(char::is_alphabetic);
        if !(terminal || abbrev_end) {
            i += 1;
            continue;
        }
        // Absorb closing quotes and brackets glued to the terminal.
        let mut end = i + 1;
        while end < n
            && !tokens[end].line_start
            && is_closer(tok(end))
            && !tokens[end - 1].space_after
        {
            end += 1;
        }
        if end >= n || tokens[end].line_start {
            i = end;
            continue;
        }
        let next = tok(end);
        let next_first = next.chars().next().unwrap_or(' ');
        let boundary = if abbrev_end {
            let lower = t.to_ascii_lowercase();
            !TITLES.contains(&lower.as_str()) && OPENERS.contains(&next)
        } else {
            // A sentence starts with a capital, digit, opening quote or bracket.
            !(next_first.is_lowercase()
                || matches!(next_first, ',' | ';' | ':' | ')' | ']' | '%' | '-'))
        };
        if boundary {
            push(first, end);
            first = end;
        }
        i = end;
    }
    push(first, n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::tokenizer::tokenize;

    fn sents(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split(text, &tokens)
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn news_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Troops left Kabul. Talks went on in the U.S. capital.",
                &["Troops left Kabul.", "Talks went on in the U.S. capital."],
            ),
            (
                "Gen. Smith met Mr. Jones. They agreed.",
                &["Gen. Smith met Mr. Jones.", "They agreed."],
            ),
            (
                "“We will fight.” The minister left.",
                &["“We will fight.”", "The minister left."],
            ),
            (
                "“Why now?” he asked. “We will win,” she said.",
                &["“Why now?” he asked.", "“We will win,” she said."],
            ),
            (
                "“We will fight. We will win,” he said.",
                &["“We will fight.", "We will win,” he said."],
            ),
            (
                "Peace talks resume in Doha\nNegotiators met on Saturday.",
                &["Peace talks resume in Doha", "Negotiators met on Saturday."],
            ),
            (
                "Sanctions include:\n• an asset freeze\n• a travel ban",
                &["Sanctions include:", "• an asset freeze", "• a travel ban"],
            ),
            (
                "He moved to the U.S. The talks stalled.",
                &["He moved to the U.S.", "The talks stalled."],
            ),
            ("It rose 3.5 per cent.", &["It rose 3.5 per cent."]),
        ];
        for (text, want) in cases {
            assert_eq!(sents(text), *want, "{text}");
        }
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(sents("").is_empty());
        assert!(sents(" \n \n").is_empty());
    }
}
