//! The linguistic layers: tokens, sentences, tags (POS + lemma) and
//! dependencies.
//!
//! `tags` and `deps` are parallel to `tokens` (same length, same index), so a
//! [`TokenId`] indexes all three. Tag sets are closed tables (UD UPOS, Penn
//! XPOS, UD relations) stored as small integers: the hot loops of the tagger
//! and parser never allocate a label.

use crate::{Span, TokenId};
use serde::{Deserialize, Serialize};

/// What kind of string a token is, as the tokenizer saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TokenKind {
    #[default]
    Word,
    Number,
    Punct,
    Symbol,
    Url,
    Email,
    Emoji,
}

/// One token: where it is, and whether whitespace follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace follows directly (CoNLL-U `SpaceAfter`).
    pub space_after: bool,
    /// Starts a new line in the text (a paragraph or headline break precedes it).
    pub line_start: bool,
}

/// One sentence: its span and its tokens `[first, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub first: TokenId,
    /// One past the last token.
    pub end: TokenId,
}

impl Sentence {
    pub fn tokens(&self) -> impl Iterator<Item = TokenId> + Clone {
        (self.first.0..self.end.0).map(TokenId)
    }

    pub fn len(&self) -> usize {
        (self.end.0 - self.first.0) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

macro_rules! label_table {
    ($(#[$doc:meta])* $name:ident, $table:ident = [$($label:literal),* $(,)?]) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
        pub struct $name(pub u8);

        impl $name {
            /// Every label, in id order; index 0 is the unknown/default label.
            pub const $table: &'static [&'static str] = &[$($label),*];

            pub fn as_str(self) -> &'static str {
                Self::$table.get(self.0 as usize).copied().unwrap_or(Self::$table[0])
            }

            /// The id of a label, `None` when it is not in the table.
            pub fn parse(label: &str) -> Option<Self> {
                Self::$table.iter().position(|l| *l == label).map(|i| Self(i as u8))
            }

            pub fn count() -> usize {
                Self::$table.len()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown label {s:?}")))
            }
        }
    };
}

label_table!(
    /// A Universal Dependencies part-of-speech tag.
    Upos, LABELS = [
        "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB",
    ]
);

label_table!(
    /// A Penn Treebank part-of-speech tag, as UD English uses them.
    Xpos, LABELS = [
        "XX", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX",
        "FW", "GW", "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS",
        "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
        "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "``",
    ]
);

label_table!(
    /// A Universal Dependencies relation (with the English subtypes).
    DepRel, LABELS = [
        "dep", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux",
        "aux:pass", "case", "cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt",
        "conj", "cop", "csubj", "csubj:outer", "csubj:pass", "det", "det:predet", "discourse",
        "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod",
        "nmod:desc", "nmod:poss", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass",
        "nummod", "obj", "obl", "obl:agent", "obl:unmarked", "orphan", "parataxis", "punct",
        "reparandum", "root", "vocative", "xcomp", "compound:lvc", "det:poss", "flat:foreign",
        "flat:name", "obl:npmod", "obl:tmod", "nmod:npmod", "nmod:tmod", "expl:pv",
    ]
);

/// Part of speech and lemma of one token (the `tags` layer).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tag {
    pub upos: Upos,
    pub xpos: Xpos,
    pub lemma: String,
}

/// The syntactic head and relation of one token (the `deps` layer).
/// `head` is `None` for the sentence root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Dep {
    pub head: Option<TokenId>,
    pub rel: DepRel,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_tables_round_trip_and_are_unique() {
        for (i, l) in Upos::LABELS.iter().enumerate() {
            assert_eq!(Upos::parse(l), Some(Upos(i as u8)));
        }
        for (i, l) in Xpos::LABELS.iter().enumerate() {
            assert_eq!(Xpos::parse(l), Some(Xpos(i as u8)));
        }
        for (i, l) in DepRel::LABELS.iter().enumerate() {
            assert_eq!(DepRel::parse(l), Some(DepRel(i as u8)), "{l}");
        }
        assert_eq!(Upos::parse("NOPE"), None);
    }
}
