//! A read-only view of a Doc's tokens for pattern matching: lower-cased
//! text, paragraph and sentence of each token, and word classes.

use crate::lexicon::lowercase;
use newsgraph_core::{Doc, Span, TokenId, TokenKind, Upos};
use std::borrow::Cow;

pub(crate) struct View<'a> {
    pub doc: &'a Doc,
    /// Lower-cased token texts, borrowed when already lower-case.
    pub lower: Vec<Cow<'a, str>>,
    /// Paragraph (line) index of each token.
    pub para: Vec<usize>,
    /// Sentence index of each token (`usize::MAX` outside any sentence).
    pub sent: Vec<usize>,
    tagged: bool,
}

impl<'a> View<'a> {
    pub fn new(doc: &'a Doc) -> View<'a> {
        let lower = (0..doc.tokens.len())
            .map(|i| lowercase(doc.token_text(TokenId::at(i))))
            .collect();
        let mut para = Vec::with_capacity(doc.tokens.len());
        let mut p = 0;
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.line_start && i > 0 {
                p += 1;
            }
            para.push(p);
        }
        let mut sent = vec![usize::MAX; doc.tokens.len()];
        for (k, s) in doc.sentences.iter().enumerate() {
            for t in s.tokens() {
                if let Some(slot) = sent.get_mut(t.index()) {
                    *slot = k;
                }
            }
        }
        View {
            doc,
            lower,
            para,
            sent,
            tagged: !doc.tags.is_empty() && doc.tags.len() == doc.tokens.len(),
        }
    }

    pub fn len(&self) -> usize {
        self.lower.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(TokenId::at(i))
    }

    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |l| l)
    }

    pub fn span(&self, i: usize) -> Span {
        self.doc.tokens.get(i).map_or(Span::default(), |t| t.span)
    }

    /// Span from the start of token `a` to the end of token `b` (inclusive).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        self.span(a).cover(self.span(b))
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
            || self.text(i).chars().all(|c| !c.is_alphanumeric())
    }

    /// A lower-case word inside a name: "International Organization *for*
    /// Migration", "Ministry *of* Defence".
    pub fn is_name_link(&self, i: usize) -> bool {
        i > 0 && matches!(self.lower(i), "for" | "of") && self.is_cap(i - 1) && self.is_cap(i + 1)
    }

    /// A hyphen written without spaces between two capitalised words, as
    /// a tokenizer may split "Jean-Pierre".
    pub fn is_joiner(&self, i: usize) -> bool {
        let tokens = &self.doc.tokens;
        i > 0
            && matches!(self.text(i), "-" | "‐" | "‑")
            && tokens.get(i - 1).is_some_and(|t| !t.space_after)
            && tokens.get(i).is_some_and(|t| !t.space_after)
            && self.is_cap(i - 1)
            && self.is_cap(i + 1)
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        let l = self.lower(i);
        l.ends_with("'s") || l.ends_with("’s") || l == "'" || l == "’"
    }

    /// The tagger's part of speech, when the tags layer is filled.
    pub fn upos(&self, i: usize) -> Option<&'static str> {
        if !self.tagged {
            return None;
        }
        self.doc.tags.get(i).map(|t| Upos::as_str(t.upos))
    }

    /// A verb or auxiliary by the tagger (false when untagged).
    pub fn is_verb(&self, i: usize) -> bool {
        matches!(self.upos(i), Some("VERB" | "AUX"))
    }

    /// Sentence bounds `[first, end)` of the sentence holding token `i`.
    pub fn sentence_bounds(&self, i: usize) -> (usize, usize) {
        match self.sent.get(i).and_then(|&k| self.doc.sentences.get(k)) {
            Some(s) => (s.first.index(), s.end.index()),
            None => (i, i + 1),
        }
    }

    /// The subject a verb coordinated after another shares, from the parse:
    /// "[The mission] condemned the attack and said …" → tokens `[first,
    /// last]` of the first verb's `nsubj`, when the parse has one.
    pub fn conjunct_subject(&self, k: usize) -> Option<(usize, usize)> {
        let deps = &self.doc.deps;
        let (lo, hi) = self.sentence_bounds(k);
        let subject_of = |h: usize| {
            (lo..h).find(|&j| {
                deps.get(j).is_some_and(|x| {
                    x.rel.as_str() == "nsubj" && x.head.is_some_and(|y| y.index() == h)
                })
            })
        };
        // up the chain of conjuncts to the first verb with a subject
        let mut at = k;
        let mut subj = None;
        for _ in 0..4 {
            let d = deps.get(at)?;
            let h = d.head?.index();
            if d.rel.as_str() != "conj" || h >= at {
                return None;
            }
            subj = subject_of(h);
            if subj.is_some() {
                break;
            }
            at = h;
        }
        let subj = subj?;
        // the subject's words: the contiguous run before it that hangs from it
        let under = |mut j: usize| {
            for _ in 0..hi - lo {
                match deps.get(j).and_then(|x| x.head) {
                    Some(y) if y.index() == subj => return true,
                    Some(y) => j = y.index(),
                    None => return false,
                }
            }
            false
        };
        let mut first = subj;
        while first > lo && under(first - 1) {
            first -= 1;
        }
        Some((first, subj))
    }

    /// Number of word tokens in `[a, b)`.
    pub fn words(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&i| !self.is_punct(i)).count()
    }
}
