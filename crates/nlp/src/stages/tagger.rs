//! The `tags` layer: part of speech (UPOS and Penn XPOS) and lemma of every token.
//!
//! Reads `tokens` and `sentences`; writes `doc.tags` (parallel to tokens).
//! A thin wrapper: the model (`data/models/tagger/model.bin`, trained by
//! `newsgraph train tagger`) is embedded with `include_bytes!` and the work
//! is done by [`crate::syntax::tagger`] one sentence at a time. A binary built
//! without a model still runs: it adds a Note and leaves the tags empty.

use crate::syntax::tagger::{Scratch, TaggerModel};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer, Tag, Upos, Xpos};

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
            hedged_adjective(&words, &mut out);
            gerund_subject(&words, &mut out);
            unseen_past(model, &words, &mut out);
            active_past(&words, &mut out);
            participle_after_number(&mut out);
            retag_without_time(model, &words, &mut scratch, &mut out);
            complementizer_after_time(&words, &mut out);
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

/// Whether token `k` has one of the Penn tags in `set` (false past the end).
fn xpos_in(tags: &[(Upos, Xpos)], k: usize, set: &[&str]) -> bool {
    tags.get(k).is_some_and(|t| set.contains(&t.1.as_str()))
}

/// "A top official today praised …": when a bare time word stands between
/// the subject and the verb ([`crate::syntax::interjected_time`]), the
/// sentence is tagged again without it, and the time word is a noun.
fn retag_without_time(
    model: &TaggerModel,
    words: &[&str],
    scratch: &mut Scratch,
    out: &mut Vec<(Upos, Xpos)>,
) {
    let Some(k) = crate::syntax::interjected_time(words, |k| out.get(k).map(|t| t.1)) else {
        return;
    };
    let mut rest = words.to_vec();
    rest.remove(k);
    let mut tags = Vec::new();
    model.tag(&rest, scratch, &mut tags);
    active_past(&rest, &mut tags);
    if let (Some(noun), Some(nn)) = (Upos::parse("NOUN"), Xpos::parse("NN")) {
        tags.insert(k, (noun, nn));
        *out = tags;
    }
}

/// "The ministry said on Tuesday that troops had left": a *that* right
/// after the time of a verb (a weekday, *today*, *last week*) and before
/// the start of a clause introduces the verb's complement; the tagger,
/// which sees a noun before it, often reads it as a relative pronoun
/// (WDT), and the parser then hangs the report from the time word. A time
/// noun with its own determiner ("on the night that he died") keeps a
/// relative.
fn complementizer_after_time(words: &[&str], tags: &mut [(Upos, Xpos)]) {
    const TIME: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "week",
        "month",
        "year",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "night",
    ];
    const CLAUSE: &[&str] = &[
        "DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "EX",
    ];
    const VERB: &[&str] = &["VB", "VBD", "VBZ", "VBP", "VBN", "VBG"];
    const DETERMINER: &[&str] = &["the", "a", "an", "that", "this", "every"];
    for k in 1..words.len() {
        // The cheap test first: this runs on every token.
        if !words[k].eq_ignore_ascii_case("that") || !xpos_in(tags, k, &["WDT"]) {
            continue;
        }
        let time = k - 1;
        if !TIME.iter().any(|t| words[time].eq_ignore_ascii_case(t))
            || !xpos_in(tags, k + 1, CLAUSE)
            || time
                .checked_sub(1)
                .is_some_and(|d| DETERMINER.iter().any(|x| words[d].eq_ignore_ascii_case(x)))
            || !(time.saturating_sub(3)..time).any(|v| xpos_in(tags, v, VERB))
        {
            continue;
        }
        if let (Some(t), Some(sconj), Some(in_)) =
            (tags.get_mut(k), Upos::parse("SCONJ"), Xpos::parse("IN"))
        {
            *t = (sconj, in_);
        }
    }
}

/// "bombed suspected al Shabaab camps", "the alleged plotters": a
/// hedging participle before a noun phrase, after a verb, determiner,
/// number or preposition, is an adjective. Read as a verb it takes the
/// noun phrase for its object and breaks the clause around it ("Police
/// suspected militants" keeps its verb: a noun comes before it).
fn hedged_adjective(words: &[&str], tags: &mut [(Upos, Xpos)]) {
    const HEDGES: &[&str] = &["suspected", "alleged", "purported", "presumed"];
    const BEFORE: &[&str] = &[
        "VB", "VBD", "VBN", "VBZ", "VBP", "VBG", "DT", "CD", "IN", "PRP$", "POS", "TO", ",",
    ];
    const NOUN_PHRASE: &[&str] = &["NN", "NNS", "NNP", "NNPS", "JJ", "CD"];
    let (Some(adj), Some(jj)) = (Upos::parse("ADJ"), Xpos::parse("JJ")) else {
        return;
    };
    for k in 0..words.len() {
        if !HEDGES.iter().any(|h| words[k].eq_ignore_ascii_case(h))
            || !xpos_in(tags, k, &["VBN", "VBD"])
            || !xpos_in(tags, k + 1, NOUN_PHRASE)
            || !(k == 0 || xpos_in(tags, k - 1, BEFORE))
        {
            continue;
        }
        tags[k] = (adj, jj);
    }
}

/// "Kenyan police fired tear gas", "Police detained opposition leader X":
/// a past participle right after the noun phrase that opens the sentence
/// (or its dateline) and right before an object is the past tense of the
/// main verb, not a reduced relative (a passive participle takes no
/// object). The tagger, which sees "police" followed by a participle in
/// "police killed in the attack", often reads it so.
fn active_past(words: &[&str], tags: &mut [(Upos, Xpos)]) {
    let start = crate::syntax::dateline_end(words).map_or(0, |d| d + 1);
    const NP: &[&str] = &[
        "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "POS", "HYPH",
    ];
    const NOUN: &[&str] = &["NN", "NNS", "NNP", "NNPS"];
    const OBJECT: &[&str] = &["DT", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP"];
    let Some(k) = (start..tags.len()).find(|&k| !xpos_in(tags, k, NP)) else {
        return;
    };
    let vbd = Xpos::parse("VBD");
    // "bombed suspected camps": a participle used as an adjective opens
    // the object too.
    let object = xpos_in(tags, k + 1, OBJECT)
        || (xpos_in(tags, k + 1, &["VBN"]) && xpos_in(tags, k + 2, NP));
    // "Clashes erupted between …": a verb with no passive has no passive
    // participle either.
    let intransitive = words
        .get(k)
        .is_some_and(|w| NO_PASSIVE.iter().any(|x| w.eq_ignore_ascii_case(x)));
    if k > start
        && xpos_in(tags, k - 1, NOUN)
        && xpos_in(tags, k, &["VBN"])
        && (object || intransitive)
    {
        if let (Some(vbd), Some(slot)) = (vbd, tags.get_mut(k)) {
            *slot = (Upos::parse("VERB").unwrap_or(slot.0), vbd);
        }
    }
}

/// "Fighting erupted …", "Shelling continued overnight", "Looting was
/// reported": an -ing word that opens the sentence (or follows its
/// dateline) right before the finite verb is its subject, a noun. The
/// tagger reads it as a participle and the parser then finds no subject.
/// A participle with an object after it ("Rebuilding damaged homes will
/// take years") stays.
fn gerund_subject(words: &[&str], tags: &mut [(Upos, Xpos)]) {
    let k = crate::syntax::dateline_end(words).map_or(0, |d| d + 1);
    let ing = words
        .get(k)
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_uppercase));
    if !ing || !xpos_in(tags, k, &["VBG"]) {
        return;
    }
    const FINITE: &[&str] = &["VBD", "VBZ", "VBP", "MD"];
    const PHRASE: &[&str] = &[
        "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "IN", "CC", "CD", "PRP$", "POS", "HYPH",
    ];
    const NOT_GERUNDS: &[&str] = &[
        "according",
        "barring",
        "concerning",
        "considering",
        "excluding",
        "following",
        "including",
        "pending",
        "regarding",
    ];
    if NOT_GERUNDS.iter().any(|x| words[k].eq_ignore_ascii_case(x)) {
        return;
    }
    // The finite verb right after the word (or a participle the tagger
    // took for "erupted", with no object after it) …
    let next = xpos_in(tags, k + 1, FINITE)
        || (xpos_in(tags, k + 1, &["VBN"])
            && xpos_in(tags, k + 2, &["IN", "RB", "RP", ",", ".", "TO"]));
    // … or after a phrase ("Fighting between the army and rebels has
    // forced …"), with no comma between.
    let after_phrase = xpos_in(tags, k + 1, &["IN"])
        && !words.get(k + 1).is_some_and(|w| {
            ["that", "if", "whether"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
        && (k + 2..tags.len().min(k + 14))
            .find(|&j| !xpos_in(tags, j, PHRASE))
            .is_some_and(|j| xpos_in(tags, j, FINITE));
    let finite = next || after_phrase;
    if let (true, Some(noun), Some(nn)) = (finite, Upos::parse("NOUN"), Xpos::parse("NN")) {
        tags[k] = (noun, nn);
    }
}

/// "The army clashed with rebels": a word the tagger never saw in
/// training, ending in -ed, read as a noun right after a noun and before a
/// preposition or an object, is the past tense of a known verb (the
/// tagger, guessing from context, took "army clashed" for a compound).
fn unseen_past(model: &TaggerModel, words: &[&str], tags: &mut [(Upos, Xpos)]) {
    const NOUN: &[&str] = &["NN", "NNS", "NNP", "NNPS", "PRP"];
    const AFTER: &[&str] = &["IN", "DT", "TO", "RP", "PRP$", "CD", "RB", "PRP"];
    let (Some(vbd), Some(verb)) = (Xpos::parse("VBD"), Upos::parse("VERB")) else {
        return;
    };
    for k in 1..words.len() {
        let w = words[k];
        // (or an irregular past the lemmatizer knows: "a tribunal upheld")
        let candidate = w.len() >= 5
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && xpos_in(tags, k, &["NN"])
            && (xpos_in(tags, k - 1, NOUN)
                || xpos_in(tags, k - 1, &["JJ"]) && k >= 2 && xpos_in(tags, k - 2, &["DT"]))
            && xpos_in(tags, k + 1, AFTER);
        if !candidate || model.seen(w) {
            continue;
        }
        let lemma = model.lemmatizer.lemma(w, vbd);
        if lemma != w && model.lemmatizer.knows_verb(&lemma) {
            tags[k] = (verb, vbd);
        }
    }
}

/// Past forms of verbs that take no object, so never a passive participle
/// after their subject.
const NO_PASSIVE: &[&str] = &[
    "arose", "broke", "died", "emerged", "erupted", "flared", "happened", "occurred",
];

/// "released 212 detained members", "treated 40 wounded people": a past
/// form between a number and the plural noun it counts, after the
/// clause's verb, describes the noun (a participle), not a new clause
/// whose subject is the number.
fn participle_after_number(tags: &mut [(Upos, Xpos)]) {
    let Some(vbn) = Xpos::parse("VBN") else {
        return;
    };
    for k in 2..tags.len().saturating_sub(1) {
        let verb_before = (0..k - 1).any(|j| xpos_in(tags, j, &["VBD", "VBZ", "VBP"]));
        if verb_before
            && xpos_in(tags, k - 1, &["CD"])
            && xpos_in(tags, k, &["VBD"])
            && xpos_in(tags, k + 1, &["NNS", "NNPS"])
        {
            tags[k].1 = vbn;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(s: &str) -> Vec<(Upos, Xpos)> {
        s.split(' ')
            .map(|t| {
                let x = Xpos::parse(t).expect("known tag");
                (Upos::parse("X").expect("upos"), x)
            })
            .collect()
    }

    #[test]
    fn a_past_form_between_a_number_and_its_noun_is_a_participle() {
        // "released 212 detained members"
        let mut t = tagged("NN VBD CD VBD NNS IN NNP");
        participle_after_number(&mut t);
        assert_eq!(t[3].1.as_str(), "VBN");
        // "300 protesters marched": the number opens the clause
        let mut t = tagged("CD VBD NNS");
        participle_after_number(&mut t);
        assert_eq!(t[1].1.as_str(), "VBD");
    }

    #[test]
    fn a_participle_with_an_object_after_the_subject_is_past_tense() {
        let words = ["Kenyan", "police", "fired", "tear", "gas", "."];
        let mut t = tagged("JJ NN VBN NN NN .");
        active_past(&words, &mut t);
        assert_eq!(t[2].1.as_str(), "VBD");
        // "bombed suspected camps"
        let words = ["Jets", "bombed", "suspected", "camps", "."];
        let mut t = tagged("NNS VBD VBN NNS .");
        hedged_adjective(&words, &mut t);
        assert_eq!(t[2].1.as_str(), "JJ");
        // "Police suspected militants": a verb after its subject stays.
        let w2 = ["Police", "suspected", "militants", "."];
        let mut t = tagged("NNS VBD NNS .");
        hedged_adjective(&w2, &mut t);
        assert_eq!(t[1].1.as_str(), "VBD");
        let mut t = tagged("NNS VBN VBN NNS .");
        active_past(&words, &mut t);
        assert_eq!(t[1].1.as_str(), "VBD");
        // "Soldiers wounded in the attack": a reduced relative stays.
        let words = ["Soldiers", "wounded", "in", "the", "attack", "died", "."];
        let mut t = tagged("NNS VBN IN DT NN VBD .");
        active_past(&words, &mut t);
        assert_eq!(t[1].1.as_str(), "VBN");
        // "Fighting erupted between …": the -ing word is the subject.
        let words = ["Fighting", "erupted", "between", "rivals", "."];
        let mut t = tagged("VBG VBN IN NNS .");
        gerund_subject(&words, &mut t);
        assert_eq!(t[0].1.as_str(), "NN");
        let words = [
            "Fighting", "between", "troops", "and", "rebels", "has", "forced",
        ];
        let mut t = tagged("VBG IN NNS CC NNS VBZ VBN");
        gerund_subject(&words, &mut t);
        assert_eq!(t[0].1.as_str(), "NN");
        let words = ["According", "to", "officials", "the", "army", "withdrew"];
        let mut t = tagged("VBG IN NNS DT NN VBD");
        gerund_subject(&words, &mut t);
        assert_eq!(t[0].1.as_str(), "VBG");
        let words = ["Rebuilding", "damaged", "homes", "will", "take", "years"];
        let mut t = tagged("VBG VBN NNS MD VB NNS");
        gerund_subject(&words, &mut t);
        assert_eq!(t[0].1.as_str(), "VBG");
        // "Clashes erupted between …": no passive, so the main verb.
        let words = ["Clashes", "erupted", "between", "rivals", "."];
        let mut t = tagged("NNS VBN IN NNS .");
        active_past(&words, &mut t);
        assert_eq!(t[1].1.as_str(), "VBD");
    }

    #[test]
    fn that_after_the_time_of_a_verb_is_a_complementizer() {
        let words = ["He", "said", "on", "Tuesday", "that", "troops", "left", "."];
        let mut t = tagged("PRP VBD IN NNP WDT NNS VBD .");
        complementizer_after_time(&words, &mut t);
        assert_eq!(t[4].1.as_str(), "IN");
        // A time noun with its own determiner keeps its relative.
        let words = [
            "He", "left", "on", "the", "night", "that", "they", "came", ".",
        ];
        let mut t = tagged("PRP VBD IN DT NN WDT PRP VBD .");
        complementizer_after_time(&words, &mut t);
        assert_eq!(t[5].1.as_str(), "WDT");
    }
}
