//! The `deps` layer: the syntactic head and UD relation of every token.
//!
//! Reads `tokens`, `sentences` and `tags` (XPOS); writes `doc.deps` (parallel
//! to tokens, heads inside the same sentence, `None` for each sentence's
//! root). A thin wrapper around [`crate::syntax::parser`]: the model
//! (`data/models/parser/model.bin`, trained by `newsgraph train parser`) is
//! embedded with `include_bytes!`. Without a model it adds a Note.

use crate::syntax::parser::{ParserModel, Scratch};
use crate::{BuildError, Stage};
use newsgraph_core::{Dep, DepRel, Doc, Layer, TokenId, Xpos};

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
        let (mut body_heads, mut body_rels) = (Vec::new(), Vec::new());
        let parataxis = DepRel::parse("parataxis").unwrap_or_default();
        let labels = Labels::new();
        let mut words: Vec<&str> = Vec::new();
        let mut tags: Vec<Xpos> = Vec::new();
        let mut lemmas: Vec<&str> = Vec::new();
        let text = doc.article.text.as_str();
        for s in &doc.sentences {
            words.clear();
            tags.clear();
            lemmas.clear();
            for t in s.tokens() {
                words.push(doc.tokens[t.index()].span.text(text));
                tags.push(doc.tags[t.index()].xpos);
                lemmas.push(doc.tags[t.index()].lemma.as_str());
            }
            match crate::syntax::dateline_end(&words) {
                // "TBILISI, Georgia (AP) — Police detained …": the dateline
                // and the report are parsed apart, so that the place of
                // writing cannot become the report's subject; the
                // dateline's root hangs from the report's.
                Some(dash) => {
                    let (head_words, body_words) = words.split_at(dash + 1);
                    let (head_tags, body_tags) = tags.split_at(dash + 1);
                    model.parse(head_words, head_tags, &mut scratch, &mut heads, &mut rels);
                    parse_part(
                        model,
                        labels.as_ref(),
                        body_words,
                        body_tags,
                        &mut scratch,
                        &mut body_heads,
                        &mut body_rels,
                    );
                    let body_root = body_heads
                        .iter()
                        .position(Option::is_none)
                        .map(|r| r + dash + 1);
                    if let Some(root) = body_root {
                        for (h, r) in heads.iter_mut().zip(rels.iter_mut()) {
                            if h.is_none() {
                                *h = Some(root);
                                *r = parataxis;
                            }
                        }
                    }
                    heads.extend(body_heads.iter().map(|h| h.map(|x| x + dash + 1)));
                    rels.extend_from_slice(&body_rels);
                }
                None => parse_part(
                    model,
                    labels.as_ref(),
                    &words,
                    &tags,
                    &mut scratch,
                    &mut heads,
                    &mut rels,
                ),
            }
            if let Some(l) = &labels {
                for repair in REPAIRS {
                    let sentence = Words {
                        words: &words,
                        lemmas: &lemmas,
                        tags: &tags,
                    };
                    repair(l, &sentence, &mut heads, &mut rels);
                }
            }
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

/// Parses one sentence (or the report after its dateline). A bare time
/// word between the subject and the verb
/// ([`crate::syntax::interjected_time`]) is left out of the parse, so that
/// it cannot become the subject, and then hangs from the verb (or from the
/// verb an auxiliary or adverb after it belongs to) as `obl:unmarked`.
fn parse_part(
    model: &ParserModel,
    labels: Option<&Labels>,
    words: &[&str],
    tags: &[Xpos],
    scratch: &mut Scratch,
    heads: &mut Vec<Option<usize>>,
    rels: &mut Vec<DepRel>,
) {
    let time = crate::syntax::interjected_time(words, |k| tags.get(k).copied());
    let (Some(k), Some(unmarked)) = (time, labels.map(|l| l.unmarked)) else {
        model.parse(words, tags, scratch, heads, rels);
        return;
    };
    let (mut w, mut t) = (words.to_vec(), tags.to_vec());
    w.remove(k);
    t.remove(k);
    model.parse(&w, &t, scratch, heads, rels);
    // Indices at or after `k` move up by one; the token after the time word
    // (now at `k`) is the verb or its auxiliary or adverb.
    for h in heads.iter_mut().flatten() {
        if *h >= k {
            *h += 1;
        }
    }
    let lean = ["aux", "aux:pass", "advmod"];
    let verb = match (heads.get(k).copied().flatten(), rels.get(k)) {
        (Some(h), Some(r)) if lean.contains(&r.as_str()) => h,
        _ => k + 1,
    };
    heads.insert(k, Some(verb));
    rels.insert(k, unmarked);
}

/// A repair of a parse the model gets wrong in a known way: it reads the
/// sentence's words and tags and rewires a few heads and relations.
type Repair = fn(&Labels, &Words, &mut [Option<usize>], &mut [DepRel]);

/// What a repair reads of a sentence: its words, the tagger's lemmas and
/// Penn tags, parallel to each other.
#[derive(Clone, Copy)]
struct Words<'s> {
    words: &'s [&'s str],
    lemmas: &'s [&'s str],
    tags: &'s [Xpos],
}

/// The repairs, in the order they run.
const REPAIRS: &[Repair] = &[
    subordinate_clauses,
    agent_for_subject,
    of_name_as_subject,
    split_subject,
    finite_verb_for_noun_root,
    object_control,
];

/// "The talks collapsed after rebels attacked a base": a subordinator the
/// parser read as the preposition of the clause's subject ("after rebels",
/// `case`) is the clause's `mark`, and a finite verb right after that
/// subject which it joined to the main clause as a conjunct (or which has
/// no subject of its own) heads an adverbial clause (`advcl`) with that
/// subject. The repair only rewires those three tokens, and only when the
/// verb directly follows the subject's head noun.
fn subordinate_clauses(l: &Labels, s: &Words, heads: &mut [Option<usize>], rels: &mut [DepRel]) {
    let Words { words, tags, .. } = *s;
    const SUBORDINATORS: &[&str] = &[
        "after", "before", "since", "until", "because", "although", "though", "unless", "while",
        "when", "as", "once",
    ];
    let Labels {
        case,
        mark,
        nsubj,
        advcl,
        conj,
        cc,
        ..
    } = *l;
    for a in 0..words.len() {
        if rels[a] != case
            || !SUBORDINATORS
                .iter()
                .any(|w| words[a].eq_ignore_ascii_case(w))
        {
            continue;
        }
        let Some(h) = heads[a] else { continue };
        if !(is(tags, h, NOUNS) || is(tags, h, &["PRP"])) {
            continue;
        }
        let v = h + 1;
        if !is(tags, v, FINITE) {
            continue;
        }
        let own_subject = (0..words.len()).any(|k| heads[k] == Some(v) && rels[k] == nsubj);
        match (heads[h], heads[v]) {
            // "after rebels [obl] attacked [conj]": both hang from the main
            // verb, or the subject from a phrase of it ("on Wednesday, a day
            // after rebels [nmod] attacked [conj]"). A conjunct of the main
            // verb after the clause's verb with no comma before its "and"
            // ("attacked a base and killed four soldiers") continues the
            // clause.
            (Some(x), Some(y)) if under(heads, x, y, 3) && rels[v] == conj && !own_subject => {
                heads[h] = Some(v);
                rels[h] = nsubj;
                heads[a] = Some(v);
                rels[a] = mark;
                rels[v] = advcl;
                heads[v] = Some(y);
                for k in v + 1..words.len() {
                    if heads[k] != Some(y) || rels[k] != conj {
                        continue;
                    }
                    let joined = (v + 1..k)
                        .rev()
                        .find(|&c| heads[c] == Some(k) && rels[c] == cc);
                    if joined.is_some_and(|c| c > 0 && words[c - 1] != ",") {
                        heads[k] = Some(v);
                    }
                }
            }
            // "after rebels [nsubj] attacked": the subject is right; the
            // subordinator and the clause's relation are not.
            (Some(x), _) if x == v && rels[h] == nsubj => {
                heads[a] = Some(v);
                rels[a] = mark;
                if rels[v] == conj {
                    rels[v] = advcl;
                }
            }
            _ => {}
        }
    }
}

/// Lemmas of verbs whose object is the subject of the infinitive after it
/// ("urged the rebels to release the hostages", "ordered troops to
/// withdraw").
const OBJECT_CONTROL: &[&str] = &[
    "advise",
    "allow",
    "ask",
    "authorise",
    "authorize",
    "compel",
    "direct",
    "encourage",
    "force",
    "instruct",
    "invite",
    "order",
    "permit",
    "persuade",
    "press",
    "pressure",
    "push",
    "require",
    "tell",
    "urge",
    "warn",
];

/// "urged the kidnappers to release the children": the parser may hang the
/// infinitive on the object as a relative (`acl`), which reads as the
/// object's own act. After an object-control verb the infinitive is the
/// verb's `xcomp`, whose subject is that object.
fn object_control(l: &Labels, s: &Words, heads: &mut [Option<usize>], rels: &mut [DepRel]) {
    let Words {
        words,
        lemmas,
        tags,
    } = *s;
    let Labels {
        acl,
        mark,
        obj,
        xcomp,
        ..
    } = *l;
    for k in 1..words.len() {
        if rels[k] != acl || !is(tags, k, &["VB"]) {
            continue;
        }
        let to = (0..k)
            .any(|c| heads[c] == Some(k) && rels[c] == mark && words[c].eq_ignore_ascii_case("to"));
        let Some(o) = heads[k].filter(|&o| o < k && rels[o] == obj) else {
            continue;
        };
        let Some(v) = heads[o].filter(|&v| v < o && OBJECT_CONTROL.contains(&lemmas[v])) else {
            continue;
        };
        if to && tags.get(v).is_some_and(|t| t.as_str().starts_with("VB")) {
            heads[k] = Some(v);
            rels[k] = xcomp;
        }
    }
}

/// "Troops backed by air force jets had launched an offensive": the parser
/// may make the agent of the reduced relative ("by … jets") the subject of
/// the main verb and demote the noun the participle describes ("troops").
/// A subject with its own "by" that follows an `acl` participle (VBN) of
/// a noun earlier in the clause is that participle's `obl:agent`, and the
/// described noun is the subject.
fn agent_for_subject(l: &Labels, s: &Words, heads: &mut [Option<usize>], rels: &mut [DepRel]) {
    let Words { words, tags, .. } = *s;
    let Labels {
        nsubj, agent, acl, ..
    } = *l;
    for s in 0..words.len() {
        let Some(v) = heads[s].filter(|_| rels[s] == nsubj) else {
            continue;
        };
        let by = (0..s).any(|c| heads[c] == Some(s) && words[c].eq_ignore_ascii_case("by"));
        if !by || v < s {
            continue;
        }
        // The participle right before the "by" phrase, describing a noun.
        let Some(p) = (0..s)
            .rev()
            .find(|&p| rels[p] == acl && is(tags, p, &["VBN"]))
        else {
            continue;
        };
        let Some(x) = heads[p].filter(|&x| x < p && is(tags, x, NOUNS)) else {
            continue;
        };
        let own =
            (0..words.len()).any(|k| k != s && k != x && heads[k] == Some(v) && rels[k] == nsubj);
        if own || heads[x] != Some(v) {
            continue;
        }
        heads[s] = Some(p);
        rels[s] = agent;
        rels[x] = nsubj;
    }
}

/// "Soldiers at a checkpoint outside the town of Debre Tabor stopped a
/// convoy": the parser may read "of" as the marker of a clause whose
/// subject is the name after it, although the verb already has its
/// subject before. "Of" marks no finite clause: the name is the `nmod`
/// of the noun before "of", with "of" its `case`.
fn of_name_as_subject(l: &Labels, s: &Words, heads: &mut [Option<usize>], rels: &mut [DepRel]) {
    let Words { words, tags, .. } = *s;
    let Labels {
        case,
        mark,
        nsubj,
        nmod,
        ..
    } = *l;
    for a in 1..words.len() {
        if rels[a] != mark || !words[a].eq_ignore_ascii_case("of") {
            continue;
        }
        let Some(v) = heads[a].filter(|&v| v > a && is(tags, v, FINITE)) else {
            continue;
        };
        let noun = a - 1;
        if !is(tags, noun, NOUNS) {
            continue;
        }
        let subjects: Vec<usize> = (0..words.len())
            .filter(|&k| heads[k] == Some(v) && rels[k] == nsubj)
            .collect();
        let (Some(&before), Some(&after)) = (
            subjects.iter().find(|&&k| k < a),
            subjects.iter().find(|&&k| k > a && k < v),
        ) else {
            continue;
        };
        if before >= noun {
            continue;
        }
        heads[after] = Some(noun);
        rels[after] = nmod;
        heads[a] = Some(after);
        rels[a] = case;
    }
}

/// "Fighting between Ethiopian troops and Fano militiamen has forced …":
/// the parser may end the subject at "and" and make the noun after it a
/// second subject of the verb (with "and" hanging from the verb). A verb
/// has one subject: a later subject after an "and" of the verb, whose
/// word before it is a noun inside the first subject, is that noun's
/// conjunct.
fn split_subject(l: &Labels, s: &Words, heads: &mut [Option<usize>], rels: &mut [DepRel]) {
    let tags = s.tags;
    let Labels {
        nsubj, cc, conj, ..
    } = *l;
    let n = heads.len();
    for c in 1..n {
        let Some(v) = heads[c].filter(|&v| v > c && rels[c] == cc) else {
            continue;
        };
        let first = (0..c).find(|&k| heads[k] == Some(v) && rels[k] == nsubj);
        let second = (c + 1..v).find(|&k| heads[k] == Some(v) && rels[k] == nsubj);
        let (Some(first), Some(second)) = (first, second) else {
            continue;
        };
        let before = c - 1;
        if !is(tags, before, NOUNS) || !is(tags, second, NOUNS) || !under(heads, before, first, 7) {
            continue;
        }
        heads[second] = Some(before);
        rels[second] = conj;
        heads[c] = Some(second);
    }
}

/// "Relatives of inmates protested outside the prison": the parser may
/// make the subject noun the root and hang the finite verb after it from
/// a noun of the subject as a relative (`acl`). A past or present tense
/// (VBD, VBZ, VBP) is no reduced relative: when the root is a noun, that
/// verb is the root and the noun its subject.
fn finite_verb_for_noun_root(
    l: &Labels,
    s: &Words,
    heads: &mut [Option<usize>],
    rels: &mut [DepRel],
) {
    let tags = s.tags;
    let Labels {
        nsubj,
        acl,
        root,
        punct,
        ..
    } = *l;
    let n = heads.len();
    let roots: Vec<usize> = (0..n).filter(|&k| heads[k].is_none()).collect();
    let [r] = roots[..] else {
        return;
    };
    if !is(tags, r, NOUNS) {
        return;
    }
    let Some(v) = (r + 1..n).find(|&v| {
        rels[v] == acl
            && is(tags, v, FINITE)
            && under(heads, v, r, 3)
            && !(0..n).any(|k| heads[k] == Some(v) && rels[k] == nsubj)
    }) else {
        return;
    };
    heads[v] = None;
    rels[v] = root;
    heads[r] = Some(v);
    rels[r] = nsubj;
    for k in v + 1..n {
        if heads[k] == Some(r) && rels[k] == punct {
            heads[k] = Some(v);
        }
    }
}

/// Common nouns and proper names, singular and plural (Penn tags).
const NOUNS: &[&str] = &["NN", "NNS", "NNP", "NNPS"];
/// Finite verbs in the past or present (a clause of their own).
const FINITE: &[&str] = &["VBD", "VBZ", "VBP"];

/// Whether token `k` has one of the Penn tags `set` (false past the end).
fn is(tags: &[Xpos], k: usize, set: &[&str]) -> bool {
    tags.get(k).is_some_and(|t| set.contains(&t.as_str()))
}

/// Whether token `k` is `top` or hangs from it within `up` steps up the
/// tree.
fn under(heads: &[Option<usize>], mut k: usize, top: usize, up: usize) -> bool {
    for _ in 0..=up {
        if k == top {
            return true;
        }
        match heads[k] {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

/// The UD relations the repairs read and write, looked up once per
/// document (`None`, and no repairs, if the label set lacks one).
#[derive(Clone, Copy)]
struct Labels {
    unmarked: DepRel,
    case: DepRel,
    mark: DepRel,
    nsubj: DepRel,
    advcl: DepRel,
    conj: DepRel,
    agent: DepRel,
    acl: DepRel,
    nmod: DepRel,
    cc: DepRel,
    root: DepRel,
    punct: DepRel,
    obj: DepRel,
    xcomp: DepRel,
}

impl Labels {
    fn new() -> Option<Labels> {
        let rel = DepRel::parse;
        Some(Labels {
            unmarked: rel("obl:unmarked")?,
            case: rel("case")?,
            mark: rel("mark")?,
            nsubj: rel("nsubj")?,
            advcl: rel("advcl")?,
            conj: rel("conj")?,
            agent: rel("obl:agent")?,
            acl: rel("acl")?,
            nmod: rel("nmod")?,
            cc: rel("cc")?,
            root: rel("root")?,
            punct: rel("punct")?,
            obj: rel("obj")?,
            xcomp: rel("xcomp")?,
        })
    }
}
