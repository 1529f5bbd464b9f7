//! The lemmatizer: suffix rules by Penn tag, a table of known verb lemmas
//! that decides `-ed`/`-ing` stems (`seized` → `seize`, `visited` →
//! `visit`), and an exception table (`held` → `hold`, `was` → `be`).
//!
//! Reads a word and its predicted XPOS; writes the lemma. The exception table
//! and verb-lemma list are learned from the treebank by the trainer (every
//! `(form, tag)` whose rule output differs from the gold lemma) and saved in
//! the tagger model; `data/lexicons/lemma-irregular.tsv` adds hand-written
//! irregular forms for news verbs the treebank may lack. Lookups hash the
//! lower-cased form on the fly: no allocation besides the returned lemma.

use crate::lexicon::Table;
use crate::perceptron::{mix, IdMap};
use crate::syntax::words::Fnv;
use crate::BuildError;
use newsgraph_core::Xpos;
use std::collections::{HashMap, HashSet};

const IRREGULAR_FILE: &str = "data/lexicons/lemma-irregular.tsv";
const IRREGULAR: &str = include_str!("../../../../data/lexicons/lemma-irregular.tsv");

#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    exceptions: IdMap<Box<str>>,
    verbs: HashSet<u64>,
}

fn lower_hash(s: &str) -> u64 {
    let mut h = Fnv::default();
    for c in s.chars() {
        h.lower(if c == '’' { '\'' } else { c });
    }
    h.finish(77)
}

fn key(form: &str, xpos: Xpos) -> u64 {
    mix(lower_hash(form), xpos.0 as u64)
}

/// The coarse group a Penn tag's rules belong to.
fn group(xpos: Xpos) -> &'static str {
    match xpos.as_str() {
        "NNS" | "NNPS" => "plural",
        "VBZ" => "3sg",
        "VBD" | "VBN" => "past",
        "VBG" => "ing",
        "JJR" | "RBR" => "er",
        "JJS" | "RBS" => "est",
        _ => "",
    }
}

/// A stem ending in a doubled `l` after one vowel other than `a`, in a word
/// of two or more syllables: the `l` was doubled by the ending ("repelled",
/// "patrolled", "cancelling", "annulled"), not part of the verb as in "call",
/// "recall", "kill" or "quell" (one syllable, or `-all`).
fn doubled_final_l(sb: &[u8]) -> bool {
    let m = sb.len();
    if m < 5 || sb[m - 1] != b'l' || sb[m - 2] != b'l' {
        return false;
    }
    let v = sb[m - 3];
    if !is_vowel(v) || v == b'a' || is_vowel(sb[m - 4]) {
        return false;
    }
    let mut groups = 0;
    let mut prev_vowel = false;
    for &c in &sb[..m - 2] {
        let vowel = is_vowel(c) || (c == b'y' && !prev_vowel && groups > 0);
        if vowel && !prev_vowel {
            groups += 1;
        }
        prev_vowel = vowel;
    }
    groups >= 2
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

impl Lemmatizer {
    /// An empty lemmatizer plus the hand-written irregular table.
    pub fn with_irregular() -> Result<Lemmatizer, BuildError> {
        let mut l = Lemmatizer::default();
        let table = Table::parse(IRREGULAR_FILE, IRREGULAR)?;
        for row in &table.rows {
            let (form, tag, lemma) = (row.get(0), row.get(1), row.get(2));
            let xpos = Xpos::parse(tag).ok_or_else(|| {
                BuildError::data(IRREGULAR_FILE, row.line, format!("unknown tag {tag:?}"))
            })?;
            l.exceptions.insert(key(form, xpos), lemma.into());
            if tag.starts_with("VB") {
                l.verbs.insert(lower_hash(lemma));
            }
        }
        Ok(l)
    }

    /// Learns exceptions and verb lemmas from gold `(form, xpos, lemma)`
    /// triples; returns the table rows (`form\ttag\tlemma`) to save.
    pub fn learn<'a>(
        &mut self,
        gold: impl Iterator<Item = (&'a str, Xpos, &'a str)> + Clone,
    ) -> (Vec<String>, Vec<String>) {
        let mut verbs: Vec<String> = Vec::new();
        for (_, xpos, lemma) in gold.clone() {
            if xpos.as_str().starts_with("VB") && lemma.chars().all(|c| c.is_alphabetic()) {
                verbs.push(lemma.to_lowercase());
            }
        }
        verbs.sort();
        verbs.dedup();
        for v in &verbs {
            self.verbs.insert(lower_hash(v));
        }
        // Most frequent gold lemma per (lower form, tag).
        let mut counts: HashMap<(String, Xpos, String), usize> = HashMap::new();
        for (form, xpos, lemma) in gold {
            if lemma == "_" || form.is_empty() {
                continue;
            }
            *counts
                .entry((form.to_lowercase(), xpos, lemma.to_string()))
                .or_default() += 1;
        }
        let mut best: HashMap<(String, Xpos), (usize, String)> = HashMap::new();
        let mut sorted: Vec<_> = counts.into_iter().collect();
        sorted.sort();
        for ((form, xpos, lemma), n) in sorted {
            let e = best.entry((form, xpos)).or_insert((0, String::new()));
            if n > e.0 {
                *e = (n, lemma);
            }
        }
        let mut rows = Vec::new();
        for ((form, xpos), (_, lemma)) in best {
            // Proper nouns keep their case; compare case-insensitively there.
            let ruled = self.rules(&form, xpos);
            let same = if matches!(xpos.as_str(), "NNP" | "NNPS") {
                ruled.eq_ignore_ascii_case(&lemma)
            } else {
                ruled == lemma
            };
            if !same {
                self.exceptions
                    .insert(key(&form, xpos), lemma.as_str().into());
                rows.push(format!("{form}\t{xpos}\t{lemma}"));
            }
        }
        rows.sort();
        (rows, verbs)
    }

    /// Restores learned tables saved by [`Lemmatizer::learn`].
    pub fn load(&mut self, exceptions: &str, verbs: &str) -> Result<(), String> {
        for (i, line) in exceptions.lines().enumerate() {
            let mut cells = line.split('\t');
            let (Some(form), Some(tag), Some(lemma)) = (cells.next(), cells.next(), cells.next())
            else {
                return Err(format!(
                    "lemma exceptions line {}: 3 columns expected",
                    i + 1
                ));
            };
            let xpos = Xpos::parse(tag)
                .ok_or_else(|| format!("lemma exceptions line {}: unknown tag {tag:?}", i + 1))?;
            self.exceptions
                .entry(key(form, xpos))
                .or_insert_with(|| lemma.into());
        }
        for v in verbs.lines() {
            self.verbs.insert(lower_hash(v));
        }
        Ok(())
    }

    /// The lemma of `form` tagged `xpos`.
    pub fn lemma(&self, form: &str, xpos: Xpos) -> String {
        if let Some(l) = self.exceptions.get(&key(form, xpos)) {
            return l.to_string();
        }
        self.prefixed(form, xpos)
            .unwrap_or_else(|| self.rules(form, xpos))
    }

    /// An irregular verb behind a prefix ("retook" → retake, "overran" →
    /// overrun, "rebuilt" → rebuild): the prefix and the lemma of the
    /// irregular form after it. The tagger may read an unknown past form
    /// as present, so the past tenses are tried as well.
    fn prefixed(&self, form: &str, xpos: Xpos) -> Option<String> {
        const PREFIXES: &[&str] = &["re", "over", "under", "out", "with", "mis", "up"];
        if !xpos.as_str().starts_with("VB") {
            return None;
        }
        let low = form.to_lowercase();
        let present = matches!(xpos.as_str(), "VB" | "VBP");
        PREFIXES.iter().find_map(|p| {
            let rest = low.strip_prefix(p).filter(|r| r.len() >= 3)?;
            // "rebound" (present) is no past of "rebind": a rest that is a
            // verb of its own reads as given.
            let tags: &[Xpos] = if present && self.is_verb(rest, "") {
                &[]
            } else {
                &[xpos, Xpos::parse("VBD")?, Xpos::parse("VBN")?]
            };
            tags.iter()
                .find_map(|&x| self.exceptions.get(&key(rest, x)))
                .filter(|l| l.as_ref() != rest)
                .map(|l| format!("{p}{l}"))
        })
    }

    /// Whether `lemma` is a verb the lemmatizer knows.
    pub fn knows_verb(&self, lemma: &str) -> bool {
        self.is_verb(lemma, "")
    }

    fn is_verb(&self, stem: &str, extra: &str) -> bool {
        let mut h = Fnv::default();
        for c in stem.chars().chain(extra.chars()) {
            h.lower(c);
        }
        self.verbs.contains(&h.finish(77))
    }

    /// The rule-based lemma (no exception lookup).
    pub fn rules(&self, form: &str, xpos: Xpos) -> String {
        let proper = matches!(xpos.as_str(), "NNP" | "NNPS");
        let w: String = if proper {
            form.to_string()
        } else {
            form.to_lowercase()
        };
        // (`replace` allocates a new string even when nothing changes.)
        let w = if w.contains('’') {
            w.replace('’', "'")
        } else {
            w
        };
        let b = w.as_bytes();
        let n = b.len();
        let ends = |s: &str| w.ends_with(s) && n > s.len() + 1;
        let cut = |k: usize| w[..n - k].to_string();
        match group(xpos) {
            "plural" | "3sg" => {
                if ends("ies") && n > 4 {
                    return cut(3) + "y";
                }
                if ends("sses") || ends("xes") || ends("zes") || ends("ches") || ends("shes") {
                    return cut(2);
                }
                if group(xpos) == "3sg" && ends("oes") {
                    return cut(2);
                }
                if ends("ss") || ends("us") || ends("is") {
                    return w;
                }
                if ends("s") {
                    return cut(1);
                }
                w
            }
            "past" | "ing" => {
                let suffix = if group(xpos) == "past" { "ed" } else { "ing" };
                if group(xpos) == "past" && ends("ied") {
                    return cut(3) + "y";
                }
                if !ends(suffix) || !w.is_ascii() {
                    return w;
                }
                let stem = &w[..n - suffix.len()];
                self.stem_to_lemma(stem)
            }
            "er" | "est" => {
                let suffix = if group(xpos) == "er" { "er" } else { "est" };
                if !ends(suffix) || !w.is_ascii() {
                    return w;
                }
                let stem = &w[..n - suffix.len()];
                let sb = stem.as_bytes();
                if let Some(s) = stem.strip_suffix('i') {
                    return s.to_string() + "y";
                }
                let m = sb.len();
                if m >= 3 && sb[m - 1] == sb[m - 2] && !is_vowel(sb[m - 1]) {
                    return stem[..m - 1].to_string();
                }
                if m >= 2 && sb[m - 1] == b'l' && sb[m - 2] == b'b' {
                    return stem.to_string() + "e"; // nobler → noble
                }
                stem.to_string()
            }
            _ => w,
        }
    }

    /// Picks between `stem`, `stem+e` and an undoubled stem for -ed/-ing.
    fn stem_to_lemma(&self, stem: &str) -> String {
        let sb = stem.as_bytes();
        let m = sb.len();
        if m == 0 {
            return stem.to_string();
        }
        let doubled = m >= 3 && sb[m - 1] == sb[m - 2] && !is_vowel(sb[m - 1]);
        if doubled && !matches!(sb[m - 1], b'l' | b's' | b'z' | b'f') && !self.is_verb(stem, "") {
            return stem[..m - 1].to_string();
        }
        if self.is_verb(stem, "") {
            return stem.to_string();
        }
        if self.is_verb(stem, "e") {
            return stem.to_string() + "e";
        }
        if doubled && self.is_verb(&stem[..m - 1], "") {
            return stem[..m - 1].to_string();
        }
        if doubled_final_l(sb) {
            return stem[..m - 1].to_string();
        }
        let last = sb[m - 1];
        // "poised", "caused", "housed", "eased": a silent e after two
        // vowels and an s ("biased" keeps its stem).
        let vowels_s = last == b's'
            && m >= 3
            && is_vowel(sb[m - 2])
            && is_vowel(sb[m - 3])
            && !(sb[m - 3] == b'i' && sb[m - 2] == b'a');
        // "flared", "declared", "aspired", "required", "secured": a silent
        // e after a, i or u and an r ("ignored" and "honored" cannot be
        // told apart, so -or keeps its stem).
        let vowel_r = last == b'r'
            && m >= 4
            && matches!(sb[m - 2], b'a' | b'i' | b'u')
            && (!is_vowel(sb[m - 3]) || (sb[m - 3] == b'u' && sb[m - 4] == b'q'));
        let needs_e = vowels_s
            || vowel_r
            || matches!(last, b'v' | b'z' | b'u' | b'c')
            || (last == b'g' && m >= 2 && sb[m - 2] != b'n')
            || (m >= 2
                && !is_vowel(last)
                && last != b'y'
                && last != b'w'
                && last != b'x'
                && is_vowel(sb[m - 2])
                && m >= 3
                && !is_vowel(sb[m - 3])
                && m <= 3);
        if needs_e {
            stem.to_string() + "e"
        } else {
            stem.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Xpos {
        Xpos::parse(s).unwrap()
    }

    #[test]
    fn undoubles_a_final_l_only_where_the_ending_doubled_it() {
        let l = Lemmatizer::default();
        for (form, lemma) in [
            ("repelled", "repel"),
            ("patrolled", "patrol"),
            ("cancelling", "cancel"),
            ("annulled", "annul"),
            ("called", "call"),
            ("recalled", "recall"),
            ("killed", "kill"),
            ("quelled", "quell"),
        ] {
            let tag = if form.ends_with("ing") { "VBG" } else { "VBD" };
            assert_eq!(l.rules(form, t(tag)), lemma, "{form}");
        }
    }

    #[test]
    fn rules_and_tables() {
        let mut l = Lemmatizer::with_irregular().unwrap();
        let gold = [("seize", t("VB"), "seize"), ("visit", t("VB"), "visit")];
        l.learn(gold.iter().copied());
        assert_eq!(l.lemma("seized", t("VBD")), "seize");
        assert_eq!(l.lemma("visited", t("VBN")), "visit");
        assert_eq!(l.lemma("held", t("VBD")), "hold");
        assert_eq!(l.lemma("was", t("VBD")), "be");
        assert_eq!(l.lemma("stopped", t("VBD")), "stop");
        assert_eq!(l.lemma("forced", t("VBN")), "force");
        assert_eq!(l.lemma("talks", t("NNS")), "talk");
        assert_eq!(l.lemma("talks", t("VBZ")), "talk");
        assert_eq!(l.lemma("countries", t("NNS")), "country");
        assert_eq!(l.lemma("Talks", t("NN")), "talks");
        assert_eq!(l.lemma("Americans", t("NNPS")), "American");
        assert_eq!(l.lemma("bigger", t("JJR")), "big");
        assert_eq!(l.lemma("making", t("VBG")), "make");
        assert_eq!(l.lemma("goes", t("VBZ")), "go");
        // an irregular verb behind a prefix, even when read as present
        assert_eq!(l.lemma("retook", t("VBD")), "retake");
        assert_eq!(l.lemma("retook", t("VBP")), "retake");
        assert_eq!(l.lemma("overran", t("VBD")), "overrun");
        assert_eq!(l.lemma("withdrew", t("VBD")), "withdraw");
        assert_eq!(l.lemma("crises", t("NNS")), "crisis");
        // Event verbs whose -ed/-ing stem the rules cannot tell from a
        // bare stem ("praised" is not "prais").
        assert_eq!(l.lemma("praised", t("VBD")), "praise");
        assert_eq!(l.lemma("boycotting", t("VBG")), "boycott");
        // A silent e after two vowels and an s, but not in "biased".
        assert_eq!(l.rules("poised", t("VBN")), "poise");
        assert_eq!(l.rules("pausing", t("VBG")), "pause");
        assert_eq!(l.rules("biased", t("VBN")), "bias");
        assert_eq!(l.rules("focused", t("VBD")), "focus");
        // A silent e after a, i or u and an r.
        assert_eq!(l.rules("flared", t("VBD")), "flare");
        assert_eq!(l.rules("flaring", t("VBG")), "flare");
        assert_eq!(l.rules("required", t("VBN")), "require");
        assert_eq!(l.rules("honored", t("VBD")), "honor");
    }

    #[test]
    fn learns_exceptions_from_gold() {
        let mut l = Lemmatizer::default();
        let gold = [("mice", t("NNS"), "mouse"), ("cats", t("NNS"), "cat")];
        let (rows, _) = l.learn(gold.iter().copied());
        assert_eq!(rows, vec!["mice\tNNS\tmouse".to_string()]);
        let mut back = Lemmatizer::default();
        back.load(&rows.join("\n"), "").unwrap();
        assert_eq!(back.lemma("Mice", t("NNS")), "mouse");
        assert!(back.load("bad", "").is_err());
    }
}
