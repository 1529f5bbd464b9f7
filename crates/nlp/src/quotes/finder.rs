//! The quote patterns: direct quotes from quotation marks, indirect speech
//! from cues, and the speaker of each, resolved in text order.
//!
//! Reads tokens, sentences, tags (optional) and entities; returns
//! [`Quote`]s sorted by text. Shaped as two passes over candidates: the
//! first finds each quote and a *reference* to its speaker (a noun phrase, a
//! pronoun, "the same as the neighbouring quote"); the second resolves the
//! references in reading order, so that "he said" and "the spokesman
//! underlined" can point back to the speaker named before. Entities from the
//! actors layer win whenever one covers the speaker; otherwise the speaker is
//! free text (a name with its titles stripped, or the subject noun phrase).

use super::lexicon::{Cue, Cues, Frame, RoleKind, Roles};
use super::marks::{self, Segment};
use super::view::View;
use newsgraph_core::{Doc, EntityId, Quote, Span};
use std::collections::HashMap;

/// Quoted stretches shorter than this are scare quotes or fragments: part of
/// the surrounding sentence, not a quote of their own.
const MIN_DIRECT_WORDS: usize = 4;
/// A shorter quoted phrase is a quote only after a labelling verb
/// ("called it "unacceptable and dangerous"").
const MIN_LABEL_WORDS: usize = 2;
/// A reported clause needs at least this many words.
const MIN_CLAUSE_WORDS: usize = 3;
/// The longest subject noun phrase looked at, in tokens.
const MAX_NP: usize = 8;

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "another",
];
/// Words that may stand between a subject and its cue ("has also said").
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "again",
    "earlier",
    "previously",
    "further",
    "recently",
    "separately",
    "reportedly",
    "would",
    "will",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "once",
    "publicly",
    "repeatedly",
    "already",
    "subsequently",
    "had",
    "only",
    "just",
    "first",
    "always",
    "often",
    "now",
];
/// Words that end a noun phrase when walking back from its head.
const NP_STOP: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "while",
    "as",
    "because",
    "after",
    "before",
    "since",
    "if",
    "where",
    "although",
    "though",
    "and",
    "but",
    "or",
    "so",
    "than",
    "to",
    "for",
    "with",
    "by",
    "from",
    "in",
    "on",
    "at",
    "into",
    "about",
    "over",
    "under",
    "against",
    "between",
    "during",
    "without",
    "within",
    "upon",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "not",
    "also",
    "said",
    "says",
    "say",
    "according",
];
/// Words that open an adverbial, not a reported clause ("said in a
/// statement", "told reporters after the talks").
const NOT_CLAUSE_START: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "to",
    "for",
    "with",
    "by",
    "from",
    "as",
    "while",
    "when",
    "via",
    "through",
    "late",
    "early",
    "last",
    "this",
    "today",
    "yesterday",
    "earlier",
    "later",
    "of",
    "since",
    "outside",
    "inside",
    "near",
    "amid",
];
/// Cue lemmas whose noun-phrase object is what was said ("confirmed the
/// exchange"); "denied any involvement" reports nothing.
const NOUN_CONTENT: &[&str] = &[
    "according to",
    "acknowledge",
    "admit",
    "announce",
    "confirm",
    "disclose",
    "predict",
    "promise",
    "pledge",
    "reveal",
    "threaten",
    "vow",
];
/// Lower-case words inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "der", "du", "dos", "la",
    "le",
];
/// Cue lemmas whose object is often a gerund or a noun that reports no
/// speech ("denied hitting …", "claimed responsibility …", "declared X
/// the winner", "recalled its ambassador").
const OBJECT_NOT_CONTENT: &[&str] = &["deny", "claim", "declare", "recall", "pledge", "promise"];
/// Finite auxiliaries and copulas that mark a clause without tags.
const FINITE_AUX: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should",
    "may", "might", "must", "did", "does", "do",
];
/// Documents that speak for their issuer ("according to a statement from X").
const SOURCE_DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "tally",
    "count",
    "figures",
    "data",
    "estimate",
    "estimates",
    "survey",
    "poll",
    "study",
    "census",
    "document",
    "documents",
    "letter",
    "release",
    "filing",
    "post",
    "assessment",
];
/// A weekday or "today"-like word that may come between a cue and its clause.
/// A four-digit year ("2011").
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn is_day_word(w: &str) -> bool {
    matches!(
        crate::time::calendar(w),
        Some(crate::time::CalendarWord::Weekday | crate::time::CalendarWord::NearDay)
    )
}

/// Subordinators that end a reported clause when a comma precedes them.
const CLAUSE_BREAK: &[&str] = &["while", "whereas", "although", "though"];

/// Where a quote's speaker is to be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// The noun phrase of tokens `[first, last]`.
    Np(usize, usize),
    /// The speaker of the previous quote in the same sentence ("…, but
    /// warned that …", "…, noting that …").
    SameAsPrevious,
    /// No attribution of its own: the speaker of the neighbouring quote.
    Inherit,
}

#[derive(Debug, Clone)]
struct Candidate {
    text: Span,
    direct: bool,
    /// Cue tokens `[a, b)`.
    cue: Option<(usize, usize)>,
    cameo: Option<String>,
    who: Who,
    /// Sentence of the cue (or of the quote), for `SameAsPrevious`.
    sentence: usize,
    /// Paragraph of the quote's start, for `Inherit`.
    para: usize,
}

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq)]
struct Speaker {
    entity: Option<EntityId>,
    name: Option<String>,
    person: bool,
}

/// The quote finder's patterns over one Doc.
pub struct Finder<'a> {
    cues: &'a Cues,
    roles: &'a Roles,
}

impl<'a> Finder<'a> {
    pub fn new(cues: &'a Cues, roles: &'a Roles) -> Finder<'a> {
        Finder { cues, roles }
    }

    /// Every quote of `doc`, sorted by text start.
    pub fn find(&self, doc: &Doc) -> Vec<Quote> {
        let v = View::new(doc);
        if v.len() == 0 {
            return Vec::new();
        }
        let segs = marks::find(doc.text());
        let mut state = Pass {
            f: self,
            v: &v,
            in_mark: vec![false; v.len()],
            used: vec![false; v.len()],
            cands: Vec::new(),
        };
        for s in &segs {
            state.mark_tokens(s);
        }
        state.direct(&segs);
        state.indirect();
        let mut cands = state.cands;
        cands.sort_by_key(|c| (c.text.start, !c.direct));
        let mut kept: Vec<Candidate> = Vec::new();
        for c in cands {
            if kept.last().is_some_and(|k| k.text.overlaps(c.text)) {
                continue;
            }
            kept.push(c);
        }
        let quoted: Vec<Span> = segs
            .iter()
            .map(|s| Span::new(s.open, s.end().max(s.open)))
            .collect();
        self.resolve(&v, kept, &quoted)
    }

    fn resolve(&self, v: &View, cands: Vec<Candidate>, quoted: &[Span]) -> Vec<Quote> {
        let mut people = people(self, v);
        people.persons = person_mentions(v, &people, quoted);
        for (tok, s) in &people.persons {
            let (Some(n), Some(before)) = (&s.name, tok.checked_sub(1)) else {
                continue;
            };
            let w = v.lower(before);
            if FEMALE_TITLES.contains(&w) || MALE_TITLES.contains(&w) {
                people.female.insert(n.clone(), FEMALE_TITLES.contains(&w));
            }
        }
        let mut speakers: Vec<Option<Speaker>> = vec![None; cands.len()];
        let mut history: Vec<Speaker> = Vec::new();
        for (k, c) in cands.iter().enumerate() {
            let s = match c.who {
                // "According to X, … . The group said …": the body that
                // spoke in the sentence just before.
                Who::Np(a, b)
                    if b == a + 1
                        && v.lower(a) == "the"
                        && matches!(v.lower(b), "group" | "organisation" | "organization")
                        && self.body_before(v, &cands, &speakers, k).is_some() =>
                {
                    self.body_before(v, &cands, &speakers, k)
                }
                Who::Np(a, b) => {
                    // The stretch of the quote and its attribution opens in
                    // the sentence of the quote's first word or of the
                    // phrase, whichever comes first: "…" spread over two
                    // sentences before "he said" still follows the sentence
                    // before the opening mark.
                    let opens = v.doc.token_from(c.text.start).index().min(a);
                    let from = v.sentence_bounds(opens).0.min(v.sentence_bounds(a).0);
                    let s = self.resolve_np(v, a, b, from, &history, &people);
                    // "she said": the person is a woman from here on.
                    if let (Some(s), "he" | "she") = (&s, v.lower(b)) {
                        if let Some(n) = &s.name {
                            people
                                .female
                                .entry(n.clone())
                                .or_insert(v.lower(b) == "she");
                        }
                    }
                    s
                }
                Who::SameAsPrevious => (0..k)
                    .rev()
                    .take_while(|&j| cands[j].sentence == c.sentence)
                    .find_map(|j| speakers[j].clone()),
                Who::Inherit => None,
            };
            if let Some(s) = &s {
                history.push(s.clone());
            }
            speakers[k] = s;
        }
        // Quotes without attribution take the speaker of the previous quote
        // in the same or the previous paragraph, else of the next one in the
        // same paragraph.
        for k in 0..cands.len() {
            if cands[k].who != Who::Inherit {
                continue;
            }
            let prev = k
                .checked_sub(1)
                .filter(|&j| cands[k].para.saturating_sub(cands[j].para) <= 1)
                .and_then(|j| speakers[j].clone());
            let next = || {
                cands
                    .get(k + 1)
                    .filter(|n| n.para == cands[k].para)
                    .and_then(|_| speakers[k + 1].clone())
            };
            speakers[k] = prev.or_else(next);
        }
        cands
            .into_iter()
            .zip(speakers)
            .filter_map(|(c, s)| {
                let s = s?;
                let cue = c.cue.map(|(a, b)| v.span_of(a, b - 1));
                let mut span = c.text;
                if let Some(cue) = cue {
                    span = span.cover(cue);
                }
                if let Who::Np(a, b) = c.who {
                    span = span.cover(v.span_of(a, b));
                }
                Some(Quote {
                    speaker: s.entity,
                    speaker_name: if s.entity.is_some() { None } else { s.name },
                    text: c.text,
                    direct: c.direct,
                    cue,
                    span,
                    cameo: c.cameo,
                })
            })
            .collect()
    }

    /// The speaker of the sentence just before candidate `k` (same
    /// paragraph), when it is a body: an organisation entity or a name the
    /// actors layer does not know.
    fn body_before(
        &self,
        v: &View,
        cands: &[Candidate],
        speakers: &[Option<Speaker>],
        k: usize,
    ) -> Option<Speaker> {
        let c = &cands[k];
        let j = (0..k).rev().find(|&j| {
            c.sentence.checked_sub(1) == Some(cands[j].sentence) && cands[j].para == c.para
        })?;
        let s = speakers[j].as_ref()?;
        let body = match s.entity {
            Some(e) => v
                .doc
                .entity(e)
                .is_some_and(|x| x.kind != newsgraph_core::EntityKind::Person && !x.group),
            None => s.name.is_some(),
        };
        body.then(|| s.clone())
    }

    /// The speaker a noun phrase names.
    ///
    /// Names take the actor entity that covers them. Pronouns and "the
    /// spokesman" point back to the speaker of the article's earlier quotes
    /// (news reuse the last speaker far more than the last person named),
    /// then to the person named last; only then to the actors layer's own
    /// coreference. Other common-noun phrases take an entity only when the
    /// phrase is definite ("the bloc") or the entity's name holds the head
    /// word, so that "authorities" or "its foreign ministry" are not merged
    /// into an actor named nearby.
    fn resolve_np(
        &self,
        v: &View,
        a: usize,
        b: usize,
        from: usize,
        history: &[Speaker],
        people: &People,
    ) -> Option<Speaker> {
        let head = v.lower(b);
        let doc = v.doc;
        if PRONOUNS.contains(&head) {
            let person = matches!(head, "he" | "she" | "i");
            if matches!(head, "he" | "she") {
                if let Some(s) = self.pronoun_person(v, a, from, head == "she", people) {
                    return Some(s);
                }
            }
            if head == "it" {
                if let Some(e) = self.subject_body(v, a).or_else(|| self.opening_body(v, a)) {
                    return Some(self.entity_speaker(doc, e));
                }
            }
            // "President X urged allies to …. "…," he wrote": the person the
            // sentence before (same paragraph) opens with, when that
            // sentence quotes no one.
            if person {
                if let Some(e) = self.opening_person(v, from) {
                    return Some(self.entity_speaker(doc, e));
                }
            }
            let said = history.iter().rev().find(|s| s.person == person);
            return match said {
                Some(s) => Some(s.clone()),
                None => entity_for(doc, v.span(b))
                    .map(|e| self.entity_speaker(doc, e))
                    .or_else(|| {
                        if person {
                            self.person_before(v, a, people, history)
                        } else {
                            history.last().cloned()
                        }
                    }),
            };
        }
        // A name: the capitalised run at the end of the phrase, titles off.
        if v.is_cap(b) && !DETERMINERS.contains(&head) {
            let mut start = b;
            while start > a
                && (v.is_cap(start - 1)
                    || v.is_name_link(start - 1)
                    || v.is_joiner(start - 1)
                    || self.org_in(v, start - 1))
                && !v.is_possessive(start - 1)
            {
                start -= 1;
            }
            while start < b && DETERMINERS.contains(&v.lower(start)) {
                start += 1;
            }
            // "Residents of X said": a group noun opening the run heads a
            // phrase about people of a place, not the place's name.
            if start + 1 < b
                && matches!(v.lower(start + 1), "of" | "from")
                && self.roles.get(v.lower(start)).is_some_and(|r| {
                    r.kind != RoleKind::TitleOnly && !r.title && v.lower(start).ends_with('s')
                })
                && entity_for(doc, v.span_of(start, b)).is_none()
            {
                return Some(Speaker {
                    entity: None,
                    name: Some(v.doc.span_text(v.span_of(start, b)).to_owned()),
                    person: false,
                });
            }
            // "a Western diplomat in Taipei said": one unnamed person with
            // the place they speak from, when the place is no body that
            // speaks.
            if start >= a + 2
                && matches!(v.lower(start - 1), "in" | "from")
                && !v.is_cap(start - 2)
                && self
                    .roles
                    .get(v.lower(start - 2))
                    .is_some_and(|r| r.kind == RoleKind::Person)
                && entity_for(doc, v.span_of(start, b))
                    .and_then(|e| doc.entity(e))
                    .is_none_or(|e| e.kind == newsgraph_core::EntityKind::Gpe)
            {
                let first = (a..start - 2)
                    .find(|&i| !DETERMINERS.contains(&v.lower(i)))
                    .unwrap_or(start - 2);
                return Some(Speaker {
                    entity: None,
                    name: Some(v.doc.span_text(v.span_of(first, b)).to_owned()),
                    person: true,
                });
            }
            let run: Vec<usize> = (start..=b).collect();
            let mut name_start = self.strip_titles(v, &run);
            // The longest tail of the run that an actor covers: "the
            // ambassador to the United States Ali Khan" names Ali Khan.
            if let Some(e) = (name_start..=b).find_map(|st| entity_for(doc, v.span_of(st, b))) {
                return Some(self.entity_speaker(doc, e));
            }
            // "Archbishop X of Douala said": the person named before the
            // place of their office.
            let of_place = (name_start + 1..b)
                .find(|&k| v.lower(k) == "of" && is_place(doc, v.span_of(k + 1, b)));
            if let Some(k) = of_place {
                if let Some(e) =
                    (name_start..k).find_map(|st| entity_for(doc, v.span_of(st, k - 1)))
                {
                    if doc
                        .entity(e)
                        .is_some_and(|x| x.kind == newsgraph_core::EntityKind::Person)
                    {
                        return Some(self.entity_speaker(doc, e));
                    }
                }
            }
            // A body named with its seat is no person's name run.
            if !(name_start..b).any(|i| self.org_in(v, i)) {
                name_start = name_tail(v, name_start, b);
            }
            let written = name_text(v, name_start, b);
            let full = if written.split_whitespace().count() == 1 {
                people
                    .names
                    .iter()
                    .find(|n| n.words > 1 && n.last == written)
                    .map_or(written, |n| n.text.clone())
            } else {
                written
            };
            let person = self.looks_like_person(&full);
            return Some(Speaker {
                entity: None,
                name: Some(full),
                person,
            });
        }
        // "The army rejected the claim. A spokesman said …": an unnamed
        // spokesperson speaks for the body the sentence before opens with.
        if b == a + 1 && matches!(v.lower(a), "a" | "an") && SPOKES.contains(&head) {
            let (first, _) = v.sentence_bounds(a);
            let prev = first.checked_sub(1);
            let same_para = prev.is_some_and(|p| v.para.get(p) == v.para.get(a));
            if let Some(e) = prev
                .filter(|_| same_para)
                .and_then(|p| self.subject_body(v, p))
            {
                return Some(self.entity_speaker(doc, e));
            }
        }
        // "a spokesman for the presidency": an unnamed source described
        // by an office that has no name is the description.
        if let Some(s) = (a..b).find(|&i| SPOKES.contains(&v.lower(i))) {
            if v.lower(s + 1) == "for" && !(s + 2..=b).any(|i| v.is_cap(i)) {
                let start = if DETERMINERS.contains(&v.lower(a)) {
                    a + 1
                } else {
                    a
                };
                return Some(Speaker {
                    entity: None,
                    name: Some(v.doc.span_text(v.span_of(start, b)).to_owned()),
                    person: true,
                });
            }
        }
        let definite = matches!(v.lower(a), "the" | "this" | "that");
        // "the statement said": the statement of the speaker before.
        if definite && b == a + 1 && SOURCE_DOCUMENTS.contains(&head) {
            if let Some(s) = history.last() {
                return Some(s.clone());
            }
        }
        // "a Greek diplomatic source said … the source added": an unnamed
        // speaker quoted before, by the head of the description.
        if definite && b == a + 1 {
            if let Some(s) = history.iter().rev().find(|s| {
                s.entity.is_none()
                    && s.name.as_deref().is_some_and(|n| {
                        n.split_whitespace()
                            .last()
                            .is_some_and(|w| w.eq_ignore_ascii_case(head))
                    })
            }) {
                return Some(s.clone());
            }
        }
        let role = self.roles.get(head).map(|r| r.kind);
        if definite
            && b - a <= 3
            && role == Some(RoleKind::Person)
            && !(a..=b).any(|i| v.is_cap(i) && i != a)
            // "the government's spokesman": someone's aide is not the
            // person named before.
            && !(a..b).any(|i| v.is_possessive(i))
        {
            if let Some(s) = self.person_before(v, a, people, history) {
                return Some(s);
            }
        }
        let names_head = |e: EntityId| {
            doc.entity(e)
                .is_some_and(|x| x.name.to_lowercase().contains(head))
        };
        let entity = entity_for(doc, v.span_of(a, b))
            .or_else(|| entity_for(doc, v.span(b)))
            .filter(|&e| definite || names_head(e));
        // "the Multinational Security Support (MSS) mission … the mission
        // said": the body an earlier mention named with this head noun,
        // over an actor that neither is nor is named so.
        if definite && b == a + 1 && entity.is_none_or(|e| !names_head(e)) {
            if let Some(e) = named_with_head(v, a, head) {
                return Some(self.entity_speaker(doc, e));
            }
        }
        if let Some(e) = entity {
            return Some(self.entity_speaker(doc, e));
        }
        // "his spokesman", "her office": a person's aide or office is named
        // with the person's possessive, other determiners go, and so does
        // the "one" of "one man outside the court".
        let one_person = v.lower(a) == "one"
            && self
                .roles
                .get(v.lower(a + 1))
                .is_some_and(|r| r.kind == RoleKind::Person);
        let start = if (DETERMINERS.contains(&v.lower(a)) || one_person)
            && a < b
            && !matches!(v.lower(a), "his" | "her")
        {
            a + 1
        } else {
            a
        };
        let end = self.identifying_relative(v, b).unwrap_or(b);
        Some(Speaker {
            entity: None,
            name: Some(v.doc.span_text(v.span_of(start, end)).to_owned()),
            person: role == Some(RoleKind::Person),
        })
    }

    /// "A woman who fled Solino with her children told …": the last token
    /// of a short relative clause after the head `b` that names a place or
    /// a body, up to its first adjunct; what identifies an unnamed source.
    /// A clause naming nothing ("a teacher who asked not to be named", "an
    /// elder who joined the talks") identifies no one.
    fn identifying_relative(&self, v: &View, b: usize) -> Option<usize> {
        if v.lower(b + 1) != "who" || b + 2 >= v.len() {
            return None;
        }
        let (_, sent_end) = v.sentence_bounds(b);
        let verb = b + 2;
        if self.cues.match_at(&v.lower, verb).is_some() || v.is_cap(verb) {
            return None;
        }
        let mut last = verb;
        while last + 1 < sent_end && last + 1 - verb < 5 {
            let n = last + 1;
            let l = v.lower(n);
            if v.is_punct(n)
                || NP_STOP.contains(&l)
                || NOT_CLAUSE_START.contains(&l)
                || self.cues.match_at(&v.lower, n).is_some()
            {
                break;
            }
            last = n;
        }
        (last > verb && (verb + 1..=last).any(|i| v.is_cap(i))).then_some(last)
    }

    /// The person "he" or "she" at token `at` most likely stands for: the
    /// first person named earlier in its own sentence ("X accused them of
    /// …, which he said …"), else the person that the sentence before (in
    /// the same paragraph) names before its first verb, its subject. A
    /// person known to be of the other sex is passed over. The own sentence
    /// starts at token `from`, the sentence where the quote opens.
    fn pronoun_person(
        &self,
        v: &View,
        at: usize,
        from: usize,
        female: bool,
        people: &People,
    ) -> Option<Speaker> {
        let fits = |s: &Speaker| {
            s.name
                .as_ref()
                .and_then(|n| people.female.get(n))
                .is_none_or(|&f| f == female)
        };
        let first = v.sentence_bounds(from.min(at)).0;
        let in_range = |lo: usize, hi: usize| {
            let k = people.persons.partition_point(|(pos, _)| *pos < lo);
            people.persons[k..]
                .iter()
                .take_while(move |(pos, _)| *pos < hi)
                .map(|(_, s)| s)
        };
        if let Some(s) = in_range(first, at).find(|s| fits(s)) {
            return Some(s.clone());
        }
        let (p0, p1) = v.sentence_bounds(first.checked_sub(1)?);
        if v.para.get(p0) != v.para.get(at) {
            return None;
        }
        let verb = (p0..p1)
            .find(|&i| v.is_verb(i) && !v.is_cap(i))
            .unwrap_or(p1);
        in_range(p0, verb)
            .find(|s| fits(s))
            .or_else(|| match in_range(p0, verb).next() {
                // The subject is of the other sex: the last one who fits.
                Some(subject) => (!fits(subject))
                    .then(|| in_range(p0, p1).filter(|s| fits(s)).last())
                    .flatten(),
                // "The party demanded Ms X's resignation. She said …": a
                // body as subject; the person it names, once known to be of
                // the pronoun's sex.
                None => in_range(p0, p1)
                    .filter(|s| {
                        s.name
                            .as_ref()
                            .and_then(|n| people.female.get(n))
                            .is_some_and(|&f| f == female)
                    })
                    .last(),
            })
            .cloned()
    }

    /// "The government raised prices, ending subsidies that it says cost
    /// …": the body (an actor that is no person) that the sentence of
    /// token `at` names before its first verb, when that comes before `at`.
    fn subject_body(&self, v: &View, at: usize) -> Option<EntityId> {
        let (first, end) = v.sentence_bounds(at);
        let verb = (first..end).find(|&i| v.is_verb(i) && !v.is_cap(i))?;
        if verb >= at {
            return None;
        }
        let (lo, hi) = (v.span(first).start, v.span(verb).start);
        v.doc
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != newsgraph_core::EntityKind::Person && !e.group)
            // the earliest, and of those the longest ("Turkey's defence
            // ministry", not "Turkey")
            .filter_map(|(i, e)| {
                e.spans
                    .iter()
                    .filter(|s| s.start >= lo && s.end <= hi)
                    .map(|s| (s.start, std::cmp::Reverse(s.end)))
                    .min()
                    .map(|st| (st, i))
            })
            .min()
            .map(|(_, i)| EntityId::at(i))
    }

    /// "Turkey's defence ministry gave a different account. It said …":
    /// the body the sentence before opens with (its subject), when both
    /// sentences are in one paragraph and that sentence has no speech cue.
    fn opening_body(&self, v: &View, at: usize) -> Option<EntityId> {
        let (_, p1) = self.quiet_sentence_before(v, at)?;
        self.subject_body(v, p1.checked_sub(1)?)
    }

    /// The bounds of the sentence before token `at`'s, when both are in one
    /// paragraph and that sentence has no speech cue.
    fn quiet_sentence_before(&self, v: &View, at: usize) -> Option<(usize, usize)> {
        let (first, _) = v.sentence_bounds(at);
        let (p0, p1) = v.sentence_bounds(first.checked_sub(1)?);
        let cue = (p0..p1).any(|i| {
            self.cues
                .match_at(&v.lower, i)
                .is_some_and(|c| !matches!(c.frame, Frame::Appeal | Frame::Label))
        });
        (v.para.get(p0) == v.para.get(at) && !cue).then_some((p0, p1))
    }

    /// The person entity that the sentence before token `at`'s sentence
    /// opens with (after at most three title words), when both sentences
    /// are in one paragraph and that sentence has no speech cue.
    fn opening_person(&self, v: &View, at: usize) -> Option<EntityId> {
        let (p0, p1) = self.quiet_sentence_before(v, at)?;
        let opening = v.span_of(p0, (p0 + 3).min(p1.saturating_sub(1)));
        v.doc
            .entities
            .iter()
            .enumerate()
            .find(|(_, e)| {
                e.kind == newsgraph_core::EntityKind::Person
                    && e.spans
                        .iter()
                        .any(|s| s.start <= opening.end && s.start >= opening.start)
            })
            .map(|(i, _)| EntityId::at(i))
    }

    /// The person named last before token `at`: a full name mentioned in
    /// the text (its surname mentions count), else the last person speaker.
    fn person_before(
        &self,
        v: &View,
        at: usize,
        people: &People,
        history: &[Speaker],
    ) -> Option<Speaker> {
        let k = people.mentions.partition_point(|&(pos, _)| pos < at);
        let Some(n) = k
            .checked_sub(1)
            .and_then(|k| people.names.get(people.mentions[k].1))
        else {
            return history.iter().rev().find(|s| s.person).cloned();
        };
        if let Some(s) = history
            .iter()
            .rev()
            .find(|s| s.name.as_deref() == Some(n.text.as_str()))
        {
            return Some(s.clone());
        }
        if let Some(e) = entity_for(v.doc, v.span_of(n.start, n.end)) {
            return Some(self.entity_speaker(v.doc, e));
        }
        Some(Speaker {
            entity: None,
            name: Some(n.text.clone()),
            person: true,
        })
    }

    fn entity_speaker(&self, doc: &Doc, e: EntityId) -> Speaker {
        let person = doc
            .entity(e)
            .is_some_and(|x| x.kind == newsgraph_core::EntityKind::Person);
        Speaker {
            entity: Some(e),
            name: doc.entity(e).map(|x| x.name.clone()),
            person,
        }
    }

    /// Index in `run` where the name starts once leading titles
    /// ("US President", "Deputy Defense Intelligence Chief") are dropped.
    fn strip_titles(&self, v: &View, run: &[usize]) -> usize {
        let Some(&last) = run.last() else { return 0 };
        let mut start = run[0];
        for &i in run {
            let l = v.lower(i);
            let word = l.trim_end_matches('.');
            let is_title = self.roles.is_title(word) || self.roles.is_title(l);
            let is_abbrev = v.text(i).len() <= 4
                && v.text(i)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            if (is_title || (is_abbrev && i == start)) && i < last {
                // Keep the rest only if it is a name, not more of a role.
                let rest_is_name = (i + 1..=last).all(|k| {
                    let lk = v.lower(k);
                    !self.roles.is_speaker_noun(lk) && !self.roles.is_title(lk)
                });
                if rest_is_name {
                    start = i + 1;
                }
            }
        }
        start
    }

    /// "in" joining a body's capitalised name to its seat: "Embassy *in*
    /// Bishkek", "Mission *in* Somalia".
    fn org_in(&self, v: &View, i: usize) -> bool {
        i > 0
            && v.lower(i) == "in"
            && v.is_cap(i - 1)
            && v.is_cap(i + 1)
            && !v.is_punct(i + 1)
            && self
                .roles
                .get(v.lower(i - 1))
                .is_some_and(|r| r.kind == RoleKind::Group)
    }

    fn looks_like_person(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                let l = w.to_lowercase();
                w.chars().next().is_some_and(char::is_uppercase)
                    && self.roles.get(&l).is_none()
                    && !DETERMINERS.contains(&l.as_str())
            })
    }
}

/// A person's name used in the article: tokens `[start, end]`, its text
/// with titles stripped, and its last word.
#[derive(Debug, Clone)]
struct Name {
    start: usize,
    end: usize,
    text: String,
    last: String,
    words: usize,
}

/// The text of a name from tokens `[a, b]`, hyphenated parts joined
/// ("Jean-Pierre") and a possessive dropped.
fn name_text(v: &View, a: usize, b: usize) -> String {
    let text = v.doc.span_text(v.span_of(a, b));
    text.trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_owned()
}

/// Where the person's name starts in a capitalised run `[start, end]` whose
/// titles are already stripped. An organisation or place run into a name
/// ("United States Ali Khan", "of Education Sara Bell") leaves its last two
/// words; a run whose part after "of"/"for" is short is an organisation's
/// own name ("International Organization for Migration") and stays whole.
fn name_tail(v: &View, start: usize, end: usize) -> usize {
    let words: Vec<usize> = (start..=end).filter(|&i| !v.is_joiner(i)).collect();
    let after_link = (start..=end)
        .rev()
        .find(|&i| v.is_name_link(i) || (i == start && matches!(v.lower(i), "of" | "for")))
        .map(|l| words.iter().filter(|&&w| w > l).count());
    let long = match after_link {
        Some(n) => n >= 3,
        None => words.len() >= 4,
    };
    if !long {
        return start;
    }
    // The last two words, with any hyphenated parts of the first of them.
    let mut st = words[words.len() - 2];
    while st > start && v.is_joiner(st - 1) {
        st -= 2;
    }
    st
}

/// The body (no person, no group) whose name an earlier mention, before
/// token `before`, follows with the common noun `head`: "the
/// Multinational Security Support (MSS) *mission*", "the Kenya Defence
/// Forces *operation*"; the latest such.
fn named_with_head(v: &View, before: usize, head: &str) -> Option<EntityId> {
    (0..before)
        .rev()
        .filter(|&i| v.lower(i) == head)
        .find_map(|i| {
            // Back over "(MSS)" to the name's last word.
            let mut j = i.checked_sub(1)?;
            if v.text(j) == ")" && j >= 3 && v.text(j - 2) == "(" {
                j -= 3;
            }
            let end = v.span(j).end;
            v.doc
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| !e.group && e.kind != newsgraph_core::EntityKind::Person)
                .find(|(_, e)| e.spans.iter().any(|s| s.end == end && s.start < end))
                .map(|(k, _)| EntityId::at(k))
        })
}

/// "KDF", "AUSSOM", "U.N.": two to eight capitals (dots allowed), no
/// lower-case letter.
/// Whether `span` is exactly one of the article's place names.
fn is_place(doc: &Doc, span: Span) -> bool {
    doc.places.iter().any(|p| p.spans.contains(&span))
}

fn is_acronym(w: &str) -> bool {
    let caps = w.chars().filter(|c| c.is_ascii_uppercase()).count();
    (2..=8).contains(&caps) && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// The named entity whose covering span is tightest around `span` (an
/// unnamed group is an event actor, not a speaker the gold names).
fn entity_for(doc: &Doc, span: Span) -> Option<EntityId> {
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.group)
        .filter_map(|(i, e)| {
            e.spans
                .iter()
                .filter(|s| s.contains(span))
                .map(|s| s.len())
                .min()
                .map(|len| (len, i))
        })
        .min()
        .map(|(_, i)| EntityId::at(i))
}

/// The people the article names, and where: every full name and every later
/// mention of its last word, sorted by token.
struct People {
    names: Vec<Name>,
    /// `(token, index into names)`, sorted.
    mentions: Vec<(usize, usize)>,
    /// Every mention of a person outside quotation marks, by its first
    /// token, sorted: person entities and the names above.
    persons: Vec<(usize, Speaker)>,
    /// Speaker name → whether a woman, once a title or a pronoun says so.
    female: HashMap<String, bool>,
}

/// Titles that give a person's sex.
const FEMALE_TITLES: &[&str] = &[
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "madam",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
];
/// Nouns of a person who speaks for a body.
const SPOKES: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];
const MALE_TITLES: &[&str] = &["mr", "mr.", "spokesman", "chairman", "congressman"];

/// Whether tokens `[first, last]` name someone in their own right: a
/// capitalised word that is no pronoun, not a possessive ("Weber's").
fn is_name_mention(v: &View, first: usize, last: usize) -> bool {
    let l = v.lower(first);
    v.is_cap(first)
        && !PRONOUNS.contains(&l)
        && !DETERMINERS.contains(&l)
        && !v.is_possessive(last)
        && !v.is_possessive(last + 1)
}

/// The persons named outside quotation marks, by first token (see
/// [`People::persons`]); learns the sex of those titled "Ms", "spokesman".
fn person_mentions(v: &View, people: &People, quoted: &[Span]) -> Vec<(usize, Speaker)> {
    let doc = v.doc;
    let outside = |sp: Span| !quoted.iter().any(|q| q.contains(sp));
    let mut out: Vec<(usize, Speaker)> = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != newsgraph_core::EntityKind::Person || e.group {
            continue;
        }
        for sp in e.spans.iter().filter(|&&sp| outside(sp)) {
            let tok = doc.token_from(sp.start).index();
            // A pronoun the actors layer resolved, or "Weber's sister": no
            // mention of a subject person.
            let last = doc.token_from(sp.end.saturating_sub(1)).index();
            if !is_name_mention(v, tok, last) {
                continue;
            }
            out.push((
                tok,
                Speaker {
                    entity: Some(EntityId::at(i)),
                    name: Some(e.name.clone()),
                    person: true,
                },
            ));
        }
    }
    for &(tok, k) in &people.mentions {
        let Some(n) = people.names.get(k) else {
            continue;
        };
        if out.iter().any(|(t, _)| *t == tok)
            || !outside(v.span(tok))
            || !is_name_mention(v, tok, n.end.max(tok))
        {
            continue;
        }
        let speaker = match entity_for(doc, v.span_of(n.start, n.end)) {
            Some(e) => Speaker {
                entity: Some(e),
                name: doc.entity(e).map(|x| x.name.clone()),
                person: true,
            },
            None => Speaker {
                entity: None,
                name: Some(n.text.clone()),
                person: true,
            },
        };
        out.push((tok, speaker));
    }
    out.sort_by_key(|(t, _)| *t);
    out
}

fn people(f: &Finder, v: &View) -> People {
    let names = full_names(f, v);
    let mut by_last: HashMap<&str, usize> = HashMap::new();
    for (k, n) in names.iter().enumerate() {
        by_last.entry(n.last.as_str()).or_insert(k);
    }
    let mut mentions: Vec<(usize, usize)> = names
        .iter()
        .enumerate()
        .map(|(k, n)| (n.start, k))
        .collect();
    for i in 0..v.len() {
        if !v.is_cap(i) {
            continue;
        }
        if let Some(&k) = by_last.get(v.text(i)) {
            if names[k].end < i {
                mentions.push((i, k));
            }
        }
    }
    mentions.sort_unstable();
    People {
        names,
        mentions,
        persons: Vec::new(),
        female: HashMap::new(),
    }
}

/// Names of two to four capitalised words used anywhere in the article, with
/// titles stripped: "Anwari" later resolves to "Najia Anwari".
fn full_names(f: &Finder, v: &View) -> Vec<Name> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if !v.is_cap(i) || v.is_punct(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < v.len()
            && !v.is_possessive(j)
            && v.para.get(j + 1) == v.para.get(i)
            && ((v.is_cap(j + 1) && !v.is_punct(j + 1)) || v.is_joiner(j + 1))
        {
            j += 1;
        }
        while j > i && v.is_possessive(j) && v.is_punct(j) {
            j -= 1;
        }
        // "In Freiburg", "On Monday": a function word capitalised at the
        // start of a sentence is no part of a name.
        let mut from = i;
        // "Two Pakistani soldiers": nor is a number.
        while from < j && {
            let l = v.lower(from);
            NP_STOP.contains(&l)
                || NOT_CLAUSE_START.contains(&l)
                || DETERMINERS.contains(&l)
                || crate::figures::number::parse(&[l], 0).is_some()
        } {
            from += 1;
        }
        let run: Vec<usize> = (from..=j).collect();
        let s = name_tail(v, f.strip_titles(v, &run), j);
        let text = name_text(v, s, j);
        let words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
        // "clash with Afghan Taliban": a run the actors layer knows as a
        // body is no person's name.
        let body = entity_for(v.doc, v.span_of(s, j))
            .and_then(|e| v.doc.entity(e))
            .is_some_and(|e| e.kind != newsgraph_core::EntityKind::Person);
        if f.looks_like_person(&text) && !body {
            out.push(Name {
                start: s,
                end: j,
                last: words.last().cloned().unwrap_or_default(),
                words: words.len(),
                text,
            });
        }
        i = j + 1;
    }
    out
}

/// The mutable state of one run over a Doc.
struct Pass<'f, 'v, 'd> {
    f: &'f Finder<'f>,
    v: &'v View<'d>,
    /// Token lies inside quotation marks (any quoted stretch).
    in_mark: Vec<bool>,
    /// Cue token already attached to a quote.
    used: Vec<bool>,
    cands: Vec<Candidate>,
}

impl Pass<'_, '_, '_> {
    fn mark_tokens(&mut self, s: &Segment) {
        let (a, b) = (s.open as u32, s.end() as u32);
        let tokens = &self.v.doc.tokens;
        let first = tokens.partition_point(|t| t.span.start < a);
        for (i, t) in tokens.iter().enumerate().skip(first) {
            if t.span.end > b {
                break;
            }
            self.in_mark[i] = true;
        }
    }

    fn cue_at(&self, i: usize) -> Option<&Cue> {
        if self.in_mark.get(i).copied().unwrap_or(true) || self.used[i] {
            return None;
        }
        // A capitalised cue inside a sentence is a name ("Omar Said").
        if self.v.is_cap(i) && self.v.sentence_bounds(i).0 != i {
            return None;
        }
        self.f.cues.match_at(&self.v.lower, i)
    }

    /// A cue at `i` outside quotation marks, whether or not a quote has
    /// already taken it.
    fn any_cue_at(&self, i: usize) -> bool {
        let inside = self.in_mark.get(i).copied().unwrap_or(true);
        let name = self.v.is_cap(i) && self.v.sentence_bounds(i).0 != i;
        !inside && !name && self.f.cues.match_at(&self.v.lower, i).is_some()
    }

    /// Whether a subject starting at `st` opens its sentence (from
    /// `floor`), perhaps after a fronted adverbial ("On Tuesday, the
    /// ministry …").
    fn opens_sentence(&self, st: usize, floor: usize) -> bool {
        st == floor
            || (st > floor && self.v.text(st - 1) == "," && (floor..st).all(|i| !self.v.is_verb(i)))
    }

    /// First token starting at or after byte `at`.
    fn token_from(&self, at: usize) -> usize {
        self.v.doc.token_from(at as u32).index()
    }

    fn direct(&mut self, segs: &[Segment]) {
        let text = self.v.doc.text();
        let mut i = 0;
        while i < segs.len() {
            let mut j = i;
            while segs[j].continues && j + 1 < segs.len() {
                j += 1;
            }
            let (first, last) = (segs[i], segs[j]);
            i = j + 1;
            let words = text[first.inner.start as usize..last.inner.end as usize]
                .split_whitespace()
                .count();
            let open_tok = self.token_from(first.open);
            // 'what Beijing called a "stern warning"', 'called it a "grave
            // mistake"': the quoted object of a labelling verb, after at
            // most an article or a pronoun, is no phrase of the sentence.
            let label_object = || {
                self.attribution_before(&first).is_some_and(|((a, b), _)| {
                    self.f
                        .cues
                        .match_at(&self.v.lower, a)
                        .is_some_and(|c| c.frame == Frame::Label)
                        && b <= open_tok
                        && open_tok - b <= 2
                        && (b..open_tok)
                            .all(|k| matches!(self.v.lower(k), "a" | "an" | "it" | "them"))
                })
            };
            if words < MIN_LABEL_WORDS || (self.embedded(open_tok, &last) && !label_object()) {
                continue;
            }
            // "called the move "a grave mistake"": a short phrase is a quote
            // only as the object of a verb that names or judges with it.
            let labelled = || {
                self.attribution_before(&first)
                    .and_then(|((a, _), _)| self.f.cues.match_at(&self.v.lower, a))
                    .is_some_and(|c| matches!(c.frame, Frame::Label | Frame::Appeal))
            };
            if words < MIN_DIRECT_WORDS && !labelled() {
                continue;
            }
            let para = self.v.para.get(open_tok).copied().unwrap_or(0);
            let sentence = self.v.sent.get(open_tok).copied().unwrap_or(usize::MAX);
            let after_quote_in_paragraph = self
                .cands
                .last()
                .is_some_and(|c| c.direct && c.para == para);
            let attribution = self
                .attribution_after(&last)
                .or_else(|| self.attribution_before(&first))
                .or_else(|| {
                    (!after_quote_in_paragraph)
                        .then(|| self.attribution_next_sentence(&last))
                        .flatten()
                });
            // "said the deal was "a mistake" and …": a quoted phrase inside
            // the clause a speech verb reports is part of that indirect
            // quote, not a quote of its own.
            if let Some(((a, b), _)) = attribution {
                let sent_end = self.v.sentence_bounds(a).1;
                let inside = self
                    .f
                    .cues
                    .match_at(&self.v.lower, a)
                    .filter(|c| matches!(c.frame, Frame::Say | Frame::Tell))
                    .filter(|_| b <= open_tok)
                    .and_then(|c| self.clause_start(c, b, sent_end))
                    .is_some_and(|start| start < open_tok && !self.in_mark[start]);
                if inside {
                    continue;
                }
            }
            let (cue, who) = match attribution {
                Some((cue, who)) => (Some(cue), who),
                None => (None, Who::Inherit),
            };
            if let Some((a, b)) = cue {
                self.used[a..b].iter_mut().for_each(|u| *u = true);
            }
            self.cands.push(Candidate {
                text: Span::new(first.inner.start as usize, last.inner.end as usize),
                direct: true,
                cameo: cue.and_then(|(a, _)| self.cue_at_any(a)),
                cue,
                who,
                sentence,
                para,
            });
        }
    }

    /// Whether a quoted stretch (opening mark at token `open_tok`, closed by
    /// `last`) is a phrase of the sentence around it, not a
    /// quote of its own: it opens after a determiner ('said the "dangerous
    /// and illegal actions" took place'), or opens in lower case and the
    /// sentence goes on with a word right after it.
    fn embedded(&self, open_tok: usize, last: &Segment) -> bool {
        let v = self.v;
        let before = open_tok
            .checked_sub(1)
            .filter(|&b| v.sent.get(b) == v.sent.get(open_tok))
            .and_then(|b| v.upos(b));
        if before == Some("DET") {
            return true;
        }
        let Some(close) = last.close else {
            return false;
        };
        let after = self.token_from(close);
        let lower_start = !v.is_cap(open_tok + 1);
        lower_start
            && after < v.len()
            && v.sent.get(after) == v.sent.get(open_tok)
            && matches!(v.upos(after), Some("ADP" | "VERB" | "AUX" | "NOUN" | "ADV"))
            && self.cue_at_any(after).is_none()
    }

    /// The CAMEO code of the cue at `a`, ignoring whether it is used.
    fn cue_at_any(&self, a: usize) -> Option<String> {
        self.f.cues.match_at(&self.v.lower, a)?.cameo.clone()
    }

    /// `“…,” X said`, `“…,” said X`, `“…,” X, a spokesman, told reporters`.
    fn attribution_after(&self, seg: &Segment) -> Option<((usize, usize), Who)> {
        let v = self.v;
        let close = seg.close?;
        let mut t = self.token_from(close);
        let para = v.para.get(self.token_from(seg.open)).copied();
        while t < v.len() && matches!(v.text(t), "," | "—" | "–" | "-") {
            t += 1;
        }
        if t >= v.len() || v.para.get(t).copied() != para {
            return None;
        }
        // `“… ends here.” He went on …` starts a new sentence.
        let ends_sentence = v
            .doc
            .text()
            .get(..close)
            .unwrap_or("")
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with(['.', '!', '?']);
        if ends_sentence && v.is_cap(t) {
            return None;
        }
        // Inverted: "…," said the envoy.
        if let Some(cue) = self.cue_at(t) {
            if matches!(cue.frame, Frame::Say | Frame::Tell) {
                let b = t + cue.words.len();
                let (a, e) = self.np_forward(b)?;
                let (a, e) = self.appositive_name(e).unwrap_or((a, e));
                return Some(((t, b), Who::Np(a, e)));
            }
        }
        let (_, sent_end) = v.sentence_bounds(t);
        let limit = (t + 16).min(v.len());
        for k in t..limit {
            if self.in_mark[k] || v.para[k] != v.para[t] {
                return None;
            }
            if k > t && matches!(v.text(k), "." | "!" | "?" | ";" | ":") && k + 1 >= sent_end {
                return None;
            }
            if let Some(cue) = self.cue_at(k) {
                if matches!(cue.frame, Frame::Source | Frame::Label) {
                    return None;
                }
                let (a, e, st) = self.subject_with_start(k, t)?;
                return (st == t).then_some(((k, k + cue.words.len()), Who::Np(a, e)));
            }
        }
        None
    }

    /// A quote closed at its sentence end and attributed by the next short
    /// sentence: `“… .” The minister said this on state television.`
    fn attribution_next_sentence(&self, seg: &Segment) -> Option<((usize, usize), Who)> {
        let v = self.v;
        let t = self.token_from(seg.close?);
        if t >= v.len() || self.in_mark[t] {
            return None;
        }
        let (first, end) = v.sentence_bounds(t);
        if first != t || end - first > 16 {
            return None;
        }
        for k in first..end {
            if self.in_mark[k] {
                return None;
            }
            let Some(cue) = self.cue_at(k) else { continue };
            if !matches!(cue.frame, Frame::Say | Frame::Tell) {
                return None;
            }
            let cue_end = k + cue.words.len();
            let (a, e, st) = self.subject_with_start(k, first)?;
            // Nothing reported after the cue but "this"/"so" and adverbials.
            let object = v.lower(cue_end);
            let bare = cue_end >= end
                || v.is_punct(cue_end)
                || matches!(object, "this" | "so" | "these" | "it")
                || NOT_CLAUSE_START.contains(&object);
            return (st == first && bare).then_some(((k, cue_end), Who::Np(a, e)));
        }
        None
    }

    /// `X said: “…”`, `X said that “…”`, `He called on them to “…”`.
    fn attribution_before(&self, seg: &Segment) -> Option<((usize, usize), Who)> {
        let v = self.v;
        let o = self.token_from(seg.open);
        let (sent_first, _) = v.sentence_bounds(o);
        let floor = sent_first.max(o.saturating_sub(12));
        for k in (floor..o).rev() {
            if self.in_mark[k] {
                return None;
            }
            let Some(cue) = self.cue_at(k) else { continue };
            if cue.frame == Frame::Source {
                return None;
            }
            let span = (k, k + cue.words.len());
            // "…, accusing the channel of "…"": the participle shares the
            // subject of the main clause, not the noun before its comma.
            let participle = v.lower(k).ends_with("ing") && k > sent_first && v.text(k - 1) == ",";
            if let Some((a, e, st)) = self.subject_with_start(k, sent_first) {
                if !participle || self.opens_sentence(st, sent_first) {
                    return Some((span, Who::Np(a, e)));
                }
            }
            if self.coordinated(k, sent_first) || participle {
                return Some((span, self.shared_subject(k, sent_first)));
            }
            return None;
        }
        None
    }

    /// Skips the words allowed between a subject and its cue, backwards.
    /// "The ministry on Thursday said", "Police yesterday announced": a
    /// day word, with or without "on", also stands between.
    fn skip_between(&self, k: usize, floor: usize) -> usize {
        let v = self.v;
        let mut j = k;
        loop {
            if j > floor && BETWEEN.contains(&v.lower(j - 1)) {
                j -= 1;
            } else if j > floor + 3
                && v.lower(j - 2) == "in"
                && is_year(v.lower(j - 1))
                && !self.in_mark[j - 1]
            {
                // "A U.N. report in 2011 estimated …".
                j -= 2;
            } else if j > floor + 1 && is_day_word(v.lower(j - 1)) && !self.in_mark[j - 1] {
                j -= 1;
                if j > floor + 1 && v.lower(j - 1) == "on" {
                    j -= 1;
                }
            } else {
                return j;
            }
        }
    }

    /// The subject of the nearest earlier cue of the sentence, which a
    /// coordinated cue shares ("X called on … and said …"); else the speaker
    /// of the previous quote in the sentence.
    fn shared_subject(&self, k: usize, floor: usize) -> Who {
        (floor..k)
            .rev()
            .filter(|&m| !self.in_mark[m] && self.f.cues.match_at(&self.v.lower, m).is_some())
            .find_map(|m| self.subject_before(m, floor))
            // "X condemned the attack and said …": the first verb's subject,
            // from the parse or, failing that, the noun phrase that opens
            // the sentence before its first verb
            .or_else(|| self.v.conjunct_subject(k).filter(|&(a, _)| a >= floor))
            .or_else(|| {
                let verb = (floor..k).find(|&i| {
                    matches!(self.v.upos(i), Some("VERB" | "AUX")) && !self.in_apposition(i, floor)
                })?;
                self.subject_with_start(verb, floor)
                    .filter(|&(_, _, st)| self.opens_sentence(st, floor))
                    .map(|(a, e, _)| (a, e))
            })
            .map_or(Who::SameAsPrevious, |(a, e)| Who::Np(a, e))
    }

    /// Whether token `i` lies in a stretch set off by commas that opens
    /// with a relative pronoun ("X, who visited …, said").
    fn in_apposition(&self, i: usize, floor: usize) -> bool {
        let v = self.v;
        let from = (floor..i).rev().find(|&p| v.text(p) == ",");
        from.is_some_and(|c| {
            (c + 1..i).any(|p| matches!(v.lower(p), "who" | "which" | "whose" | "whom"))
        })
    }

    /// "…, but warned that …": the cue shares the subject of an earlier one.
    fn coordinated(&self, k: usize, floor: usize) -> bool {
        let j = self.skip_between(k, floor);
        j > floor && matches!(self.v.lower(j - 1), "and" | "but")
    }

    /// The subject of the cue at `k`: tokens `[first, last]`, no further
    /// back than `floor`. Handles appositions: "X, a spokesman for Y, said"
    /// and "The envoy, X, said".
    fn subject_before(&self, k: usize, floor: usize) -> Option<(usize, usize)> {
        self.subject_with_start(k, floor).map(|(a, e, _)| (a, e))
    }

    /// [`Pass::subject_before`] and where the whole subject starts (before
    /// a title in apposition: "The envoy, X, said" starts at "The envoy").
    fn subject_with_start(&self, k: usize, floor: usize) -> Option<(usize, usize, usize)> {
        let v = self.v;
        let j = self.skip_between(k, floor);
        if j <= floor {
            return None;
        }
        // "…, according to the commission, which said …": the relative
        // pronoun stands for the noun phrase before its comma.
        if j >= floor + 3 && matches!(v.lower(j - 1), "which" | "who") && v.text(j - 2) == "," {
            let (a, e) = self.np_back(j - 2, floor)?;
            return Some((a, e, a));
        }
        // `X, known as "Barbecue," said`: the comma inside the closing
        // mark of a quoted nickname still closes the apposition.
        let nickname_comma = j >= floor + 3
            && self.in_mark[j - 1]
            && v.is_punct(j - 1)
            && v.text(j - 2) == ","
            && self.short_quoted_run(j - 1, floor).is_some();
        if v.text(j - 1) == "," || nickname_comma {
            let close = if nickname_comma { j - 2 } else { j - 1 };
            // The comma that opens the apposition; a quoted nickname of a
            // word or two inside it is part of it, a longer quote ends it.
            let mut open = None;
            let mut p = close;
            while p > floor && close - p < 20 {
                p -= 1;
                if self.in_mark[p] {
                    p = self.short_quoted_run(p, floor)?;
                    continue;
                }
                if v.text(p) == "," {
                    open = Some(p);
                    break;
                }
            }
            // "X, which groups Kenya, Uganda and Tanzania, said": the
            // commas of a list inside a relative clause do not open it; the
            // comma before its pronoun does.
            let relative_open = (floor + 1..close).rev().take(20).find(|&p| {
                v.text(p) == ","
                    && !self.in_mark[p]
                    && matches!(v.lower(p + 1), "who" | "which" | "whose" | "whom")
            });
            let open = match (open, relative_open) {
                (Some(o), Some(r)) if r < o => {
                    // only when the stretch between is a list (no cue in it)
                    let cue = (r + 1..close).any(|i| {
                        self.f.cues.match_at(&v.lower, i).is_some()
                            && !matches!(v.lower(i), "who" | "which")
                    });
                    if cue {
                        Some(o)
                    } else {
                        Some(r)
                    }
                }
                (o, _) => o,
            };
            let open = open?;
            if open <= floor {
                return None;
            }
            let appos = (open + 1, close);
            // "X, who denies wrongdoing, said": a relative clause's own cue
            // does not end the subject.
            let relative = matches!(v.lower(appos.0), "who" | "which");
            if !relative && (appos.0..appos.1).any(|i| self.f.cues.match_at(&v.lower, i).is_some())
            {
                return None;
            }
            // "X, a lawmaker, criticised the deal, saying …": a stretch
            // opening with a finite verb is a clause of the sentence, not
            // an apposition ("X, speaking on condition of anonymity, said"
            // is one).
            if v.is_verb(appos.0) && !v.lower(appos.0).ends_with("ing") {
                return None;
            }
            // "…, the capital, and opened fire on them, said X": a
            // coordinated clause, not an apposition.
            if matches!(v.lower(appos.0), "and" | "but" | "or") {
                return None;
            }
            let appos_is_name = appos.1 > appos.0
                && appos.1 - appos.0 <= 6
                && v.is_cap(appos.0)
                && (appos.0..appos.1).all(|i| self.name_piece(i));
            let before = self.np_back(open, floor).or_else(|| {
                if !appos_is_name {
                    return None;
                }
                // "the victim's sister, X, said": a title the tags (or their
                // absence) do not make a noun phrase still opens the subject.
                let mut st = open;
                while st > floor && self.np_word(st - 1) {
                    st -= 1;
                }
                (st < open).then_some((st, open - 1))
            });
            if let (true, Some(b)) = (appos_is_name, before) {
                return Some((appos.0, appos.1 - 1, self.title_start(b.0, floor)));
            }
            return before.map(|(a, e)| (a, e, a));
        }
        let (a, e) = self.np_back(j, floor)?;
        // "…, a spokesman for the presidency said": the spokesperson with
        // the office they speak for.
        if a >= floor + 2 && v.lower(a - 1) == "for" {
            if let Some((a2, e2)) = self.np_back(a - 1, floor) {
                if SPOKES.contains(&v.lower(e2)) && self.subject_opens(a2, floor) {
                    return Some((a2, e, a2));
                }
            }
        }
        Some(self.modified_head(a, floor).unwrap_or((a, e, a)))
    }

    /// The first token of the stretch inside quotation marks that ends at
    /// token `end` (no further back than `floor`), when it is a nickname or
    /// a label of at most three words, not a quote.
    fn short_quoted_run(&self, end: usize, floor: usize) -> Option<usize> {
        let v = self.v;
        let mut q = end;
        while q > floor && self.in_mark[q - 1] {
            q -= 1;
        }
        (v.words(q, end + 1) <= 3).then_some(q)
    }

    /// A word of a personal name: capitalised, a particle ("al", "bin",
    /// "van", "de") or a hyphen written inside the name ("al-Sulaiti").
    fn name_piece(&self, i: usize) -> bool {
        let v = self.v;
        let tokens = &v.doc.tokens;
        let inside = |i: usize| {
            i > 0
                && tokens.get(i - 1).is_some_and(|t| !t.space_after)
                && tokens.get(i).is_some_and(|t| !t.space_after)
        };
        (v.is_cap(i) && !v.is_punct(i))
            || NAME_PARTICLES.contains(&v.lower(i))
            || (matches!(v.text(i), "-" | "‐" | "‑") && inside(i))
    }

    /// "Qatar's minister of state for foreign affairs, X, said": a title in
    /// apposition to a name may hold "for", which ends other noun phrases.
    fn title_start(&self, mut st: usize, floor: usize) -> usize {
        let v = self.v;
        while st > floor + 1
            && matches!(v.lower(st - 1), "for" | "on")
            && self.np_word(st - 2)
            && !v.is_possessive(st - 2)
        {
            st -= 1;
            while st > floor && self.np_word(st - 1) {
                st -= 1;
            }
        }
        st
    }

    /// When the noun phrase `[a, …]` just before a cue ends a modifier of
    /// the subject, the subject's own head: "A mediator who took part in
    /// earlier talks said" (a relative clause), "a police report seen by
    /// Reuters said" (a participle with its agent). Only a subject that
    /// opens its sentence (from `floor`) is taken, as `(first, last,
    /// first)`.
    fn modified_head(&self, a: usize, floor: usize) -> Option<(usize, usize, usize)> {
        let v = self.v;
        // The participle: "seen by", "obtained by", "quoted by".
        if a >= floor + 3 && v.lower(a - 1) == "by" {
            let p = a - 2;
            let l = v.lower(p);
            let participle = l.ends_with("ed") || l.ends_with("en") || l == "seen";
            if participle && !self.in_mark[p] && self.f.cues.match_at(&v.lower, p).is_none() {
                let (a2, e2) = self.np_back(p, floor)?;
                return self.subject_opens(a2, floor).then_some((a2, e2, a2));
            }
        }
        // "residents and a local group said": the first of coordinated
        // subjects.
        if a >= floor + 2 && v.lower(a - 1) == "and" {
            if let Some((a2, e2)) = self.np_back(a - 1, floor) {
                if self.subject_opens(a2, floor) && !self.in_mark[a2] {
                    return Some((a2, e2, a2));
                }
            }
        }
        // "a diplomat familiar with the talks said": an adjective with its
        // complement after a speaker noun.
        if a >= floor + 3 && matches!(v.lower(a - 1), "with" | "to" | "of" | "on") {
            let adj = a - 2;
            if matches!(v.upos(adj), Some("ADJ")) || matches!(v.lower(adj), "familiar" | "close") {
                if let Some((a2, e2)) = self.np_back(adj, floor) {
                    if self.f.roles.is_speaker_noun(v.lower(e2)) && self.subject_opens(a2, floor) {
                        return Some((a2, e2, a2));
                    }
                }
            }
        }
        // The relative clause: its pronoun within a few words, no comma or
        // cue between.
        let lowest = floor.max(a.saturating_sub(12));
        for r in (lowest..a).rev() {
            if self.in_mark[r] || v.is_punct(r) || self.f.cues.match_at(&v.lower, r).is_some() {
                return None;
            }
            let rel = v.lower(r);
            if matches!(rel, "who" | "which" | "that") {
                let (a2, e2) = self.np_back(r, floor)?;
                // "that" also opens a noun's content ("the claim that …").
                let speaker = rel != "that"
                    || self.f.roles.is_speaker_noun(v.lower(e2))
                    || (v.is_cap(e2) && e2 > a2);
                return (speaker && self.subject_opens(a2, floor)).then_some((a2, e2, a2));
            }
        }
        None
    }

    /// Whether a subject starting at `st` opens its sentence or the clause
    /// after a comma ("…, a report seen by X said").
    fn subject_opens(&self, st: usize, floor: usize) -> bool {
        self.opens_sentence(st, floor) || (st > floor && self.v.text(st - 1) == ",")
    }

    /// A noun phrase ending just before `end`, no further back than `floor`.
    fn np_back(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let v = self.v;
        if end <= floor {
            return None;
        }
        let last = end - 1;
        // "The Kenya Defence Forces (KDF) said": the acronym after the name
        // stands for it.
        if last >= floor + 3
            && v.text(last) == ")"
            && v.text(last - 2) == "("
            && is_acronym(v.text(last - 1))
        {
            let (a, _) = self.np_back(last - 2, floor)?;
            return Some((a, last - 1));
        }
        if !self.is_head(last) {
            return None;
        }
        if PRONOUNS.contains(&v.lower(last)) {
            return Some((last, last));
        }
        let mut first = last;
        loop {
            while first > floor && last + 1 - first < MAX_NP && self.np_word(first - 1) {
                first -= 1;
            }
            // "the U.S. Embassy in Bishkek": a body named with its seat;
            // "officials from the three countries", "officials on both
            // sides": a speaker noun with where it stands.
            // "a senior official in Nairobi": one person, where they stand;
            // "a woman outside the court", "a man near the border".
            let prep = first.checked_sub(1).map_or("", |k| v.lower(k));
            let pp_after_speaker = first > floor + 1
                && !v.is_cap(first - 2)
                && self.f.roles.get(v.lower(first - 2)).is_some_and(|r| {
                    (r.kind != RoleKind::TitleOnly
                        && v.lower(first - 2).ends_with('s')
                        && matches!(prep, "from" | "on" | "in"))
                        || (r.kind == RoleKind::Person
                            && matches!(prep, "from" | "in" | "outside" | "near" | "inside"))
                });
            // "local officials and residents said": two kinds of speaker,
            // both plural, are one source.
            let group = |k: usize| {
                !v.is_cap(k)
                    && v.lower(k).ends_with('s')
                    && self
                        .f
                        .roles
                        .get(v.lower(k))
                        .is_some_and(|r| r.kind == RoleKind::Group)
            };
            let coordinated_groups =
                first > floor + 1 && prep == "and" && group(first - 2) && group(last);
            if first > floor + 1
                && (self.f.org_in(v, first - 1) || pp_after_speaker || coordinated_groups)
            {
                first -= 2;
            } else {
                break;
            }
        }
        while first < last && matches!(v.lower(first), "of" | "'s" | "’s") {
            first += 1;
        }
        // "Health workers at the hospital in X said", "the association in
        // X said": a place after a preposition is where the speaker stands,
        // never the speaker; the phrase that opens the chain is.
        // A name no actor covers counts too when a common noun heads the
        // phrase before it ("in Ouallam", a town the gazetteer lacks).
        let known_place = is_place(v.doc, v.span_of(first, last));
        let unknown_name = !known_place
            && entity_for(v.doc, v.span_of(first, last)).is_none_or(|e| {
                v.doc
                    .entity(e)
                    .is_none_or(|x| x.kind == newsgraph_core::EntityKind::Gpe)
            });
        if v.is_cap(first) && (known_place || unknown_name) {
            let mut prep = first;
            for _ in 0..3 {
                if prep <= floor + 1 || !matches!(v.lower(prep - 1), "in" | "at" | "from" | "near")
                {
                    break;
                }
                let Some((a2, e2)) = self.np_back(prep - 1, floor) else {
                    break;
                };
                if is_place(v.doc, v.span_of(a2, e2)) {
                    break;
                }
                if self.subject_opens(a2, floor) && (known_place || !v.is_cap(e2)) {
                    return Some((a2, e2));
                }
                prep = a2;
            }
        }
        Some((first, last))
    }

    /// "said the lawyer, Ana Reis.": the name set off after a role noun
    /// ending at `e`, when the name ends the sentence or clause.
    fn appositive_name(&self, e: usize) -> Option<(usize, usize)> {
        let v = self.v;
        if v.is_cap(e) || v.text(e + 1) != "," || !self.f.roles.is_speaker_noun(v.lower(e)) {
            return None;
        }
        let (_, end) = v.sentence_bounds(e);
        let start = e + 2;
        let mut n = start;
        while n < end && ((v.is_cap(n) && !v.is_punct(n)) || v.is_joiner(n)) {
            n += 1;
        }
        (n > start && n - start <= 4 && (n >= end || v.is_punct(n))).then(|| (start, n - 1))
    }

    /// A noun phrase starting at `start`: "the envoy", "Khalilzad".
    fn np_forward(&self, start: usize) -> Option<(usize, usize)> {
        let v = self.v;
        let (_, sent_end) = v.sentence_bounds(start);
        let mut last = start;
        while last < sent_end
            && last + 1 - start <= MAX_NP
            && (!v.is_punct(last) || v.is_possessive(last) || v.is_joiner(last))
        {
            if NP_STOP.contains(&v.lower(last)) && last > start && !v.is_name_link(last) {
                break;
            }
            last += 1;
        }
        if last == start {
            return None;
        }
        // The head is the last word; for names, the capitalised run.
        let mut end = last - 1;
        while end > start && !v.is_cap(end) && !self.is_head(end) {
            end -= 1;
        }
        self.is_head(end).then_some((start, end))
    }

    fn is_head(&self, i: usize) -> bool {
        let v = self.v;
        if v.is_punct(i) || self.in_mark[i] {
            return false;
        }
        let l = v.lower(i);
        if PRONOUNS.contains(&l) {
            return true;
        }
        if DETERMINERS.contains(&l) || NP_STOP.contains(&l) || BETWEEN.contains(&l) {
            return false;
        }
        v.is_cap(i)
            || self.f.roles.is_speaker_noun(l)
            || SOURCE_DOCUMENTS.contains(&l)
            || matches!(v.upos(i), Some("NOUN" | "PROPN"))
    }

    fn np_word(&self, i: usize) -> bool {
        let v = self.v;
        let l = v.lower(i);
        if self.in_mark[i] || PRONOUNS.contains(&l) {
            return false;
        }
        if matches!(l, "'s" | "’s" | "of")
            || DETERMINERS.contains(&l)
            || v.is_name_link(i)
            || v.is_joiner(i)
        {
            return true;
        }
        // "spokeswoman Do Thu Ha", "May Nguyen": a capitalised function
        // word inside a run of capitalised words, not opening its sentence,
        // is part of a name.
        let in_name = || v.is_cap(i) && v.is_cap(i + 1) && v.sentence_bounds(i).0 < i;
        if v.is_punct(i) || ((NP_STOP.contains(&l) || BETWEEN.contains(&l)) && !in_name()) {
            return false;
        }
        if self.f.cues.match_at(&v.lower, i).is_some() && !in_name() {
            return false;
        }
        // "rights groups said": a plural noun the tagger read as a verb
        // before a speaker noun is part of the phrase.
        let next = v.lower(i + 1);
        if v.upos(i) == Some("VERB")
            && !v.is_cap(i)
            && l.ends_with('s')
            && !l.ends_with("ss")
            && self.f.roles.is_speaker_noun(next)
            && next.ends_with('s')
        {
            return true;
        }
        // Tags, when there are any, only veto: a verb, preposition or
        // conjunction ends the phrase.
        let vetoed = matches!(
            v.upos(i),
            Some("VERB" | "AUX" | "ADP" | "SCONJ" | "CCONJ" | "PRON" | "PUNCT" | "ADV")
        );
        !vetoed && (!l.ends_with("ed") && !l.ends_with("ing") || v.is_cap(i))
    }

    fn indirect(&mut self) {
        let v = self.v;
        for s in 0..v.doc.sentences.len() {
            // "Aid cuts leave refugees short of food, UN says": a headline
            // sums up what the report attributes in full.
            if crate::stages::sentencizer::is_headline(v.doc, s) {
                continue;
            }
            let sent = v.doc.sentences[s];
            let (mut first, end) = (sent.first.index(), sent.end.index().min(v.len()));
            // "CAIRO (AP) — Officials met …, the ministry said": the
            // dateline is no part of what was said.
            if let Some(dash) = crate::syntax::sentence_dateline(v.doc, &sent) {
                first = dash + 1;
            }
            let mut k = first;
            while k < end {
                let Some(cue) = self.cue_at(k).cloned() else {
                    k += 1;
                    continue;
                };
                let cue_end = k + cue.words.len();
                // "whose asylum claims have been rejected": a cue word
                // tagged as a noun that heads a subject or takes a
                // preposition is no speech.
                if cue.words.len() == 1
                    && v.upos(k) == Some("NOUN")
                    && matches!(v.upos(k + 1), Some("AUX" | "ADP"))
                {
                    k = cue_end;
                    continue;
                }
                if let Some(c) = self.indirect_at(&cue, k, cue_end, first, end, s) {
                    self.used[k..cue_end].iter_mut().for_each(|u| *u = true);
                    self.cands.push(c);
                }
                k = cue_end;
            }
        }
    }

    fn indirect_at(
        &self,
        cue: &Cue,
        k: usize,
        cue_end: usize,
        first: usize,
        end: usize,
        s: usize,
    ) -> Option<Candidate> {
        let v = self.v;
        let make = |clause: (usize, usize), who: Who| -> Option<Candidate> {
            let (a, b) = self.trim_clause(clause.0, clause.1)?;
            // With tags, reported speech needs a verb ("said little about it"
            // reports nothing), except after cues whose object is the content
            // ("confirmed the agreed exchange").
            let has_verb = || (a..b).any(|i| matches!(v.upos(i), Some("VERB" | "AUX")));
            let tagged = v.upos(a).is_some();
            if tagged && !NOUN_CONTENT.contains(&cue.lemma.as_str()) && !has_verb() {
                return None;
            }
            // "denied hitting any target", "claimed responsibility for the
            // attack": a gerund or noun object of these cues is no speech;
            // a "that"-clause or one with its own verb is.
            let after_that = a > 0 && matches!(v.lower(a - 1), "that" | ":");
            if OBJECT_NOT_CONTENT.contains(&cue.lemma.as_str())
                && !after_that
                && !self.in_mark[a]
                && !self.finite_clause(a, b)
            {
                return None;
            }
            Some(Candidate {
                text: v.span_of(a, b - 1),
                direct: false,
                cue: Some((k, cue_end)),
                cameo: cue.cameo.clone(),
                who,
                sentence: s,
                para: v.para.get(a).copied().unwrap_or(0),
            })
        };
        match cue.frame {
            Frame::Appeal | Frame::Label => None,
            Frame::Source => {
                // "according to X, …" or "…, according to X".
                let (mut a, mut e) = self.np_forward(cue_end)?;
                // "according to a police statement": the issuer.
                if SOURCE_DOCUMENTS.contains(&v.lower(e)) && e > a {
                    let m = e - 1;
                    // "according to U.N. estimates": a body named nowhere
                    // else is no actor of the story; its estimate speaks.
                    let phrase = v.span_of(a, e);
                    let actor = entity_for(v.doc, v.span(m))
                        .and_then(|x| v.doc.entity(x))
                        .is_some_and(|x| x.spans.iter().any(|s| !phrase.contains(*s)));
                    let issuer = self.f.roles.is_speaker_noun(v.lower(m)) || actor;
                    if issuer && !v.is_possessive(m) && !matches!(v.lower(m), "joint" | "official")
                    {
                        let mut st = m;
                        while st > a && v.is_cap(st - 1) && v.is_cap(m) {
                            st -= 1;
                        }
                        // "according to interior ministry data": the
                        // body's lower-case modifiers belong to it.
                        while st > a
                            && !v.is_cap(m)
                            && !DETERMINERS.contains(&v.lower(st - 1))
                            && !v.is_possessive(st - 1)
                            && matches!(v.upos(st - 1), Some("NOUN" | "ADJ"))
                        {
                            st -= 1;
                        }
                        (a, e) = (st, m);
                    }
                }
                // "according to a statement from the ministry": the issuer.
                if SOURCE_DOCUMENTS.contains(&v.lower(e))
                    && matches!(v.lower(e + 1), "from" | "by" | "of" | "issued" | "released")
                {
                    let mut n = e + 2;
                    if v.lower(n) == "by" {
                        n += 1;
                    }
                    if let Some((a2, e2)) = self.np_forward(n) {
                        (a, e) = (a2, e2);
                    }
                }
                let mut after = e + 1;
                while after < end && !v.is_punct(after) {
                    after += 1;
                }
                // "…, according to the bloc's chief, Josep Borrell."
                if after < end && v.text(after) == "," {
                    let mut n = after + 1;
                    while n < end && ((v.is_cap(n) && !v.is_punct(n)) || v.is_joiner(n)) {
                        n += 1;
                    }
                    if n > after + 1 && (n >= end || v.is_punct(n)) {
                        e = n - 1;
                        after = n;
                    }
                }
                let who = Who::Np(a, e);
                // "…, while the ministry said it had …, according to
                // broadcaster X": X relays a speaker the sentence names,
                // whose own quote holds what was said.
                let relayed = (first..k).any(|m| {
                    self.used[m]
                        && self
                            .f
                            .cues
                            .match_at(&v.lower, m)
                            .is_some_and(|c| matches!(c.frame, Frame::Say | Frame::Tell))
                });
                if k == first {
                    make((after + 1, end), who)
                } else if relayed {
                    None
                } else {
                    make((first, k), who)
                }
            }
            Frame::Say | Frame::Tell => {
                let is_ing = v.lower(k).ends_with("ing");
                let participle = is_ing && k > first && v.text(k - 1) == ",";
                let subject = self
                    .subject_with_start(k, first)
                    .filter(|&(_, _, st)| !participle || self.opens_sentence(st, first));
                match subject {
                    Some((a, e, st)) => {
                        // "Asked about the deal, X said it was dead" reports
                        // what follows the cue; "…, X said." what precedes.
                        let trailing = st > first
                            && v.text(st - 1) == ","
                            && self.trailing_ok(first, st - 1, cue_end, end)
                            && !self.noun_then_name(st, e);
                        let cue_ends_clause = cue_end >= end || v.is_punct(cue_end);
                        let leading = (!cue_ends_clause)
                            .then(|| self.clause_start(cue, cue_end, end))
                            .flatten()
                            .and_then(|start| {
                                make((start, self.clause_end(start, end)), Who::Np(a, e))
                            });
                        match (trailing, leading) {
                            (true, None) => make((first, st - 1), Who::Np(a, e)),
                            (_, Some(c)) => Some(c),
                            (false, None) => None,
                        }
                    }
                    None if self.coordinated(k, first)
                        || (is_ing && k > first && v.text(k - 1) == ",") =>
                    {
                        let start = self.clause_start(cue, cue_end, end)?;
                        let who = self.shared_subject(k, first);
                        make((start, self.clause_end(start, end)), who)
                    }
                    None => {
                        // "…, said the envoy."
                        if k > first && v.text(k - 1) == "," {
                            let (a, e) = self.np_forward(cue_end)?;
                            let mut n = e + 1;
                            while n < end && v.is_punct(n) {
                                n += 1;
                            }
                            // "…, said Lima Khanam, a spokeswoman for the
                            // fire service.": an apposition with no verb
                            // describes the speaker.
                            let apposition = n < end
                                && v.text(e + 1) == ","
                                && (n..end).all(|i| !matches!(v.upos(i), Some("VERB" | "AUX")));
                            if n >= end || apposition {
                                let (a, e) = self.appositive_name(e).unwrap_or((a, e));
                                return make((first, k - 1), Who::Np(a, e));
                            }
                        }
                        None
                    }
                }
            }
        }
    }

    /// "…, a charge Paris has denied": an article and a common noun (no
    /// speaker noun or title) before the name of the subject `[st, e]` is
    /// the noun a reduced relative clause ("[that] Paris has denied")
    /// describes, no attribution of what precedes the comma.
    fn noun_then_name(&self, st: usize, e: usize) -> bool {
        let v = self.v;
        if !matches!(v.lower(st), "a" | "an") {
            return false;
        }
        let Some(cap) = (st + 1..=e).find(|&i| v.is_cap(i)) else {
            return false;
        };
        let noun = v.lower(cap - 1);
        // "a diplomat in X", "a source close to X": a speaker with a
        // preposition before the name is no such noun.
        let no_preposition = (st + 1..cap).all(|k| {
            v.upos(k) != Some("ADP")
                && !matches!(
                    v.lower(k),
                    "in" | "from" | "at" | "of" | "for" | "on" | "near" | "to" | "with"
                )
        });
        cap > st + 1
            && no_preposition
            && !self.f.roles.is_speaker_noun(noun)
            && !self.f.roles.is_title(noun)
            && !v.is_possessive(cap - 1)
    }

    /// Is `[first, comma)` a reported clause attributed by the cue after
    /// the comma ("…, Interior Minister X said")?
    fn trailing_ok(&self, first: usize, comma: usize, cue_end: usize, end: usize) -> bool {
        let v = self.v;
        if v.words(first, comma) < MIN_CLAUSE_WORDS + 1 {
            return false;
        }
        if v.lower(first) == "according" {
            return false;
        }
        // "As part of the deal, the funds will be moved, X said": a fronted
        // adverbial is part of the clause when a clause with a verb follows
        // its comma. "At least six people were killed" opens with a
        // quantity, not an adverbial.
        let quantity = v.lower(first) == "at" && matches!(v.lower(first + 1), "least" | "most");
        if NOT_CLAUSE_START.contains(&v.lower(first)) && !quantity {
            let Some(c) = (first..comma).find(|&i| v.text(i) == ",") else {
                return false;
            };
            if v.words(c + 1, comma) < MIN_CLAUSE_WORDS + 1 || !(c + 1..comma).any(|i| v.is_verb(i))
            {
                return false;
            }
        }
        // "…, officials said on Monday that …" is a leading cue after an
        // adverbial.
        for n in cue_end..(cue_end + 9).min(end) {
            match v.lower(n) {
                "that" | ":" => return false,
                "," => break,
                _ if v.is_verb(n) => break,
                _ => {}
            }
        }
        true
    }

    /// Where the reported clause after a cue starts: after "that" when it
    /// comes within a few words ("said on Saturday that"), after the
    /// addressee for "told".
    fn clause_start(&self, cue: &Cue, cue_end: usize, end: usize) -> Option<usize> {
        let v = self.v;
        for n in cue_end..(cue_end + 9).min(end) {
            let l = v.lower(n);
            if l == "that" || l == ":" {
                return Some(n + 1);
            }
            // "said the government would not talk to groups that …": a verb
            // before "that" makes it a relative pronoun inside the clause.
            // "said in a televised address that": a participle after a
            // determiner is an adjective, not a verb of the clause.
            // "said in a video posted online that": nor is a participle
            // after the noun of an adverbial that opens after the cue.
            let participle = n > cue_end + 1
                && NOT_CLAUSE_START.contains(&v.lower(cue_end))
                && (l.ends_with("ed") || l.ends_with("en") || l.ends_with("ing"))
                && matches!(v.upos(n - 1), Some("NOUN" | "PROPN"));
            let verb = v.is_verb(n)
                && !participle
                && !(n > cue_end && DETERMINERS.contains(&v.lower(n - 1)));
            if l == "," || self.in_mark[n] || self.cue_at(n).is_some() || verb {
                break;
            }
        }
        let mut start = cue_end;
        if cue.frame == Frame::Tell {
            // Skip the addressee: "told reporters", "told the council".
            let mut n = start;
            while n < end
                && n - start < 5
                && !v.is_punct(n)
                && (v.is_cap(n)
                    || DETERMINERS.contains(&v.lower(n))
                    || matches!(
                        v.lower(n),
                        "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists"
                    ))
            {
                n += 1;
            }
            if n == start {
                return None;
            }
            start = n;
        }
        if start < end && v.lower(start) == "," {
            start += 1;
        }
        // "said Tuesday the talks had failed", "said on Monday the …".
        if v.lower(start) == "on" && is_day_word(v.lower(start + 1)) {
            start += 1;
        }
        while start < end && is_day_word(v.lower(start)) {
            start += 1;
        }
        let hedge = v.lower(start) == "at" && matches!(v.lower(start + 1), "least" | "most");
        if start >= end
            || (NOT_CLAUSE_START.contains(&v.lower(start)) && !hedge)
            || v.is_punct(start) && !self.in_mark[start]
        {
            return None;
        }
        Some(start)
    }

    /// Where a reported clause starting at `start` ends: the sentence end,
    /// or before a coordinated cue ("but warned"), ", while", ", according to".
    fn clause_end(&self, start: usize, end: usize) -> usize {
        let v = self.v;
        for n in start..end {
            let l = v.lower(n);
            if matches!(l, "but" | "and") {
                let mut m = n + 1;
                while m < end && BETWEEN.contains(&v.lower(m)) {
                    m += 1;
                }
                if m < end && self.any_cue_at(m) {
                    return n;
                }
            }
            if l == "," && n + 1 < end {
                let mut m = n + 1;
                while m + 1 < end && matches!(v.text(m), "\"" | "”" | "’" | "'") {
                    m += 1;
                }
                let next = v.lower(m);
                if CLAUSE_BREAK.contains(&next) || next == "according" {
                    return n;
                }
                // "said he would appeal, calling the case "…"": a participle
                // cue after a comma opens a speech act of its own.
                if next.ends_with("ing") && self.any_cue_at(m) {
                    return n;
                }
            }
        }
        end
    }

    /// Whether `[a, b)` reads as a clause with its own finite verb before
    /// any preposition or comma: "it had carried out the attack" does,
    /// "hitting any target" and "responsibility in a statement" do not.
    fn finite_clause(&self, a: usize, b: usize) -> bool {
        let v = self.v;
        if v.lower(a).ends_with("ing") {
            return false;
        }
        for n in a..b {
            let l = v.lower(n);
            if FINITE_AUX.contains(&l) || (n > a && v.is_verb(n) && !l.ends_with("ing")) {
                return true;
            }
            if v.is_punct(n) || NOT_CLAUSE_START.contains(&l) || v.upos(n) == Some("ADP") {
                return false;
            }
        }
        false
    }

    /// Drops punctuation at the ends of `[a, b)`; `None` when too short.
    fn trim_clause(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        let v = self.v;
        while a < b && v.is_punct(a) && !matches!(v.text(a), "“" | "\"" | "‘") {
            a += 1;
        }
        while b > a && v.is_punct(b - 1) && !matches!(v.text(b - 1), "”" | "\"" | "’") {
            b -= 1;
        }
        (v.words(a, b) >= MIN_CLAUSE_WORDS).then_some((a, b))
    }
}

#[cfg(test)]
mod tests;
