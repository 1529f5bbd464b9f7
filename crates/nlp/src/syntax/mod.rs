//! Internals of the linguistic layer: word features shared by the tagger and
//! parser, the lemmatizer, the POS tagger model, the arc-eager parser and
//! their trainers.
//!
//! The stages in `stages/tagger.rs` and `stages/parser.rs` are thin wrappers
//! that load the embedded models and walk the Doc's sentences; everything
//! that is trained or scored lives here, so the trainers (`newsgraph train`)
//! and the stages share exactly one feature extractor.

pub mod container;
pub mod lemma;
pub mod parser;
pub mod tagger;
pub mod words;

use newsgraph_core::{DepRel, Doc, Upos, Xpos};

/// One gold-annotated sentence for training and evaluation.
#[derive(Debug, Clone, Default)]
pub struct GoldSentence {
    pub words: Vec<String>,
    pub upos: Vec<Upos>,
    pub xpos: Vec<Xpos>,
    pub lemmas: Vec<String>,
    /// Head index within the sentence, `None` for the root.
    pub heads: Vec<Option<usize>>,
    pub rels: Vec<DepRel>,
}

impl GoldSentence {
    /// The gold sentences of a Doc whose tokens, sentences, tags and deps are
    /// filled (as `newsgraph_io::conllu::read` returns them).
    pub fn from_doc(doc: &Doc) -> Vec<GoldSentence> {
        doc.sentences
            .iter()
            .map(|s| {
                let first = s.first.index();
                let mut g = GoldSentence::default();
                for t in s.tokens() {
                    let i = t.index();
                    g.words.push(doc.token_text(t).to_string());
                    let tag = doc.tags.get(i).cloned().unwrap_or_default();
                    g.upos.push(tag.upos);
                    g.xpos.push(tag.xpos);
                    g.lemmas.push(tag.lemma);
                    let dep = doc.deps.get(i).copied().unwrap_or_default();
                    g.heads
                        .push(dep.head.map(|h| h.index().saturating_sub(first)));
                    g.rels.push(dep.rel);
                }
                g
            })
            .collect()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A small deterministic generator (splitmix64) for shuffling and
/// exploration: training runs are reproducible from their seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Where a dateline opening a sentence ends: the index of its dash, when
/// the sentence opens with a city in capitals and only capitalised words,
/// numbers (the day of a date), commas and a parenthesised agency come
/// before a dash within twelve tokens ("KABUL, Afghanistan (AP) —", "LIMA
/// --", "OSLO, Jan 4 (Reuters) -").
pub fn dateline_end(words: &[&str]) -> Option<usize> {
    let first = words.first()?;
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || first.chars().any(char::is_lowercase) {
        return None;
    }
    let dash = words
        .iter()
        .take(12)
        .position(|w| matches!(*w, "—" | "–" | "--" | "-"))?;
    // "LUSAKA, Aug 20 (Reuters) -": a day of the month may follow the
    // month's name.
    let plain = words[..dash].iter().enumerate().all(|(k, w)| {
        matches!(*w, "," | "(" | ")" | ".")
            || w.chars().next().is_some_and(char::is_uppercase)
            || (k > 1 && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
    });
    (dash > 0 && plain && dash + 1 < words.len()).then_some(dash)
}

/// "The Security Council today agreed …", "Police yesterday arrested …":
/// the index of a bare *today*, *yesterday* or *tonight* standing between
/// a subject that ends in a noun or pronoun and the verb, the old wire
/// style. Taggers and parsers trained on other prose read the time word as
/// the subject, or the noun before it as an adjective; the tagger and the
/// parser stages tag and parse such a sentence without the time word and
/// then attach it to the verb, as the time of the clause.
pub fn interjected_time(words: &[&str], tag: impl Fn(usize) -> Option<Xpos>) -> Option<usize> {
    let is = |k: usize, set: &[&str]| tag(k).is_some_and(|t| set.contains(&t.as_str()));
    (1..words.len().saturating_sub(1)).find(|&k| {
        ["today", "yesterday", "tonight"]
            .iter()
            .any(|t| words[k].eq_ignore_ascii_case(t))
            && is(k - 1, &["NN", "NNS", "NNP", "NNPS", "PRP", "JJ"])
            && is(k + 1, &["VBD", "VBZ", "VBP", "VBN", "MD", "RB"])
            && words[k + 1].chars().next().is_some_and(char::is_lowercase)
    })
}

/// The token (index into the Doc) of the dash that ends the dateline
/// opening sentence `s`, when one does (see [`dateline_end`]).
pub fn sentence_dateline(doc: &Doc, s: &newsgraph_core::Sentence) -> Option<usize> {
    let text = doc.text();
    let first = s.first.index();
    let end = s.end.index().min(first + 13);
    let toks = doc.tokens.get(first..end)?;
    // A hyphen inside a word ("BISSAU, Guinea-Bissau (Reuters) —") is no
    // dash: it touches the words on both sides.
    let words: Vec<&str> = toks
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let w = t.span.text(text);
            let joined = k > 0
                && toks[k - 1].span.end == t.span.start
                && toks.get(k + 1).is_some_and(|n| n.span.start == t.span.end);
            if w == "-" && joined {
                "Hyphen"
            } else {
                w
            }
        })
        .collect();
    dateline_end(&words).map(|dash| first + dash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_end_at_their_dash() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let ws = w("TBILISI , Georgia ( AP ) — Police detained him .");
        let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
        assert_eq!(dateline_end(&refs), Some(6));
        let ws = w("HARARE , May 3 ( Reuters ) - Police detained him .");
        let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
        assert_eq!(dateline_end(&refs), Some(7));
        for s in [
            "Police said - again - that it failed .",
            "UN envoy Li said — wrongly — he left .",
        ] {
            let ws = w(s);
            let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
            assert_eq!(dateline_end(&refs), None, "{s}");
        }
    }
}
