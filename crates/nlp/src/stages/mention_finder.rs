//! The `mentions` layer: named-entity spans (PERSON, ORG, GPE, LOC, NORP).
//!
//! Reads tokens, sentences and tags (the part of speech feeds a version-2
//! NER model; the embedded version-1 model reads none, and without tags a
//! version-2 model sees unknown tags). Two sources are combined:
//!
//! - the statistical tagger (`actors::ner`, trained by `newsgraph train
//!   ner`, embedded from `data/models/ner/ner.bin`), which finds names it has
//!   never seen; it predicts PER, ORG, LOC and NORP;
//! - the actor lexicons (`actors::lexicon`), whose matches are exact and
//!   typed: a country name or capital is a GPE, a demonym NORP, a known
//!   actor has its table kind.
//!
//! Where both cover the same words the lexicon gives the type; a lexicon
//! name inside a longer model span ("Afghan" in "Afghan Republic") leaves
//! the model span; a lexicon name longer than the model spans it overlaps
//! replaces them. A trailing possessive `'s` is never part of a mention, and
//! a model span is split at a coordination of two capitalised names; two
//! touching capitalised model spans are one name.

// Tokens, spans and candidates are parallel arrays indexed together.
#![allow(clippy::needless_range_loop)]

use crate::actors::coder::after_title_modifiers;
use crate::actors::gazetteer_codes;
use crate::geo::gazetteer::Gazetteer;
use crate::lexicon::lowercase;
use crate::stages::geocoder::SEA_FEATURES;

use crate::actors::lexicon::{Entry, Lexicons};
use crate::actors::ner::{self, Model, NerType};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer, Mention, MentionKind, Sector, Span, TokenId};

const MODEL: &[u8] = include_bytes!("../../../../data/models/ner/ner.bin");

/// Finds named mentions with the NER model and the actor lexicons.
#[derive(Debug)]
pub struct MentionFinder {
    lex: Lexicons,
    model: Model,
}

/// The mention kind a lexicon reading gives.
pub fn entry_kind(lex: &Lexicons, e: Entry) -> MentionKind {
    match e {
        Entry::Country(_) | Entry::Capital(_) => MentionKind::Gpe,
        Entry::Demonym(_) => MentionKind::Norp,
        Entry::Actor(i) => lex.actor(i).kind.into(),
    }
}

fn model_kind(t: NerType) -> MentionKind {
    match t {
        NerType::Per => MentionKind::Person,
        NerType::Org => MentionKind::Org,
        NerType::Loc => MentionKind::Loc,
        NerType::Norp => MentionKind::Norp,
    }
}

/// The span without a trailing possessive (`'s`, `’s`, or a bare `'`/`’`
/// after s).
fn trim_possessive(text: &str, span: Span) -> Span {
    let s = span.text(text);
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            if !rest.is_empty() {
                return Span::new(span.start as usize, span.start as usize + rest.len());
            }
        }
    }
    span
}

impl MentionFinder {
    pub fn new() -> Result<MentionFinder, BuildError> {
        MentionFinder::with_model("data/models/ner/ner.bin", MODEL)
    }

    /// A finder with another model file (as written by `newsgraph train
    /// ner`), for evaluating a model before it is embedded.
    pub fn with_model(file: &str, bytes: &[u8]) -> Result<MentionFinder, BuildError> {
        Ok(MentionFinder {
            lex: Lexicons::embedded()?,
            model: Model::from_bytes(file, bytes)?,
        })
    }

    /// The statistical model alone (for scoring it without the lexicons).
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The lexicons this finder matches with.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// Every mention in `doc` (tokens and sentences must be filled).
    pub fn find(&self, doc: &Doc) -> Vec<Mention> {
        let text = doc.text();
        let spans: Vec<Span> = doc.tokens.iter().map(|t| t.span).collect();
        let hits = self.lex.find(text);
        let gaz = gazetteer_codes(&self.lex, &hits, text, &spans);
        let pos: Vec<u8> = if doc.tags.len() == spans.len() {
            doc.tags.iter().map(|t| t.xpos.0).collect()
        } else {
            Vec::new()
        };

        // Model mentions, sentence by sentence (the whole text when the
        // sentence layer is empty).
        let mut ranges: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.first.index(), s.end.index()))
            .collect();
        if ranges.is_empty() && !spans.is_empty() {
            ranges.push((0, spans.len()));
        }
        let mut found: Vec<(Span, MentionKind, f32, bool)> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        for (first, end) in ranges {
            let end = end.min(spans.len());
            if first >= end {
                continue;
            }
            words.clear();
            words.extend(spans[first..end].iter().map(|s| s.text(text)));
            let (labels, margins) =
                self.model
                    .tag(&words, &gaz[first..end], pos.get(first..end).unwrap_or(&[]));
            let is_org_head = |w: &str| {
                ORG_HEADS.contains(&&*lowercase(w))
                    || self
                        .lex
                        .role(&[w])
                        .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::Org)
            };
            let joined = join_org_of(&words, &gaz[first..end], ner::spans(&labels), is_org_head);
            let joined = join_org_run(&words, &gaz[first..end], joined);
            let joined = join_ministry_and(&words, &gaz[first..end], joined);
            let joined = join_mission_in(&words, &gaz[first..end], joined);
            let parts: Vec<_> = merge_adjacent(&words, joined)
                .into_iter()
                .flat_map(|(s, e, t)| split_coordination(&words, s, e).map(move |(s, e)| (s, e, t)))
                .flat_map(|(s, e, t)| split_owned_body(&words, s, e, t, is_org_head))
                .collect();
            for (s, e, t) in parts {
                let span = trim_possessive(
                    text,
                    Span::new(
                        spans[first + s].start as usize,
                        spans[first + e - 1].end as usize,
                    ),
                );
                if span.is_empty() {
                    continue;
                }
                let m = margins[s..e].iter().fold(f32::MAX, |a, &b| a.min(b));
                let score = 1.0 / (1.0 + (-m / 4000.0).exp());
                found.push((span, model_kind(t), score, false));
            }
        }

        // Lexicon names: retype equal spans, replace shorter overlapping
        // model spans, stay out of longer ones.
        for hit in &hits {
            let Some(&entry) = hit.entries.first() else {
                continue;
            };
            let kind = entry_kind(&self.lex, entry);
            let span = hit.span;
            if let Some(f) = found.iter_mut().find(|f| f.0 == span) {
                *f = (span, kind, 1.0, true);
                continue;
            }
            // "[Afghanistan’s Interior Ministry]": a country or capital with
            // a possessive opening a longer model span is a name of its
            // own, and the rest is the institution.
            if matches!(entry, Entry::Country(_) | Entry::Capital(_)) {
                let k = spans.partition_point(|s| s.end <= span.end);
                let rest = spans
                    .get(k)
                    .filter(|s| matches!(s.text(text), "'s" | "’s"))
                    .and_then(|_| spans.get(k + 1))
                    .map(|n| n.start);
                if let Some(rest) = rest {
                    if let Some(f) = found
                        .iter_mut()
                        .find(|f| !f.3 && f.0.start == span.start && f.0.end > rest)
                    {
                        f.0 = Span::new(rest as usize, f.0.end as usize);
                        found.push((span, kind, 1.0, true));
                        continue;
                    }
                }
            }
            let inside_longer = found
                .iter()
                .any(|f| f.0.overlaps(span) && f.0.len() >= span.len());
            if inside_longer {
                continue;
            }
            found.retain(|f| !f.0.overlaps(span));
            found.push((span, kind, 1.0, true));
        }
        found.sort_by_key(|f| (f.0.start, f.0.end));
        // The article's words, for the repairs that read across sentences.
        let words: Vec<&str> = spans.iter().map(|s| s.text(text)).collect();
        let found = spelled_out_acronyms(doc, &words, &spans, found);
        let found = demonym_names(&words, &spans, &gaz, found);
        let found = peoples_names(&words, &spans, found);
        let found = self.code_names(&words, &spans, found);
        let found = self.refine(doc, &spans, &gaz, found);
        let found = self.join_coordinated_names(text, found);
        let found = sea_of_names(&words, &spans, found);
        let found = cities_taken_for_people(&words, &spans, text, found, |w| self.is_title_word(w));
        let found = regions_taken_for_names(&words, &spans, text, found);
        let found = cities_named_with_the(&words, &spans, text, found);
        let found = media_names(&words, &spans, found);
        let found = self.speakers_named(doc, &words, &spans, &gaz, found);
        found
            .into_iter()
            .map(|(span, kind, score, _)| {
                let (first, end) = token_range(&spans, span);
                let end = end.max(first + 1);
                Mention {
                    span,
                    first: TokenId::at(first),
                    end: TokenId::at(end.min(spans.len().max(1))),
                    kind,
                    score,
                }
            })
            .collect()
    }
}

/// The tokens `a..b` a character span covers (empty at `a` when none).
fn token_range(spans: &[Span], sp: Span) -> (usize, usize) {
    let a = spans.partition_point(|s| s.end <= sp.start);
    let b = spans.partition_point(|s| s.start < sp.end);
    (a, b.max(a))
}

/// "The RSF captured [El Fasher]": a name of two words or more that the
/// tagger took for a person but that is, as a whole, the name of a city of
/// 100,000 people or more is that city (a person's full name is rarely a
/// large city's; one word, as "Jackson" or "Lincoln", often is). A title
/// before the name keeps the person ("President San Martin").
fn cities_taken_for_people(
    words: &[&str],
    spans: &[Span],
    text: &str,
    mut found: Vec<(Span, MentionKind, f32, bool)>,
    title: impl Fn(&str) -> bool,
) -> Vec<(Span, MentionKind, f32, bool)> {
    let Ok(g) = Gazetteer::embedded() else {
        return found;
    };
    for f in found
        .iter_mut()
        .filter(|f| f.1 == MentionKind::Person && !f.3)
    {
        let name = f.0.text(text);
        let first = spans.partition_point(|s| s.end <= f.0.start);
        let titled = first
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|w| title(w));
        let city = g
            .large_cities(&crate::geo::text::name_key(name))
            .next()
            .is_some();
        if name.contains(' ') && city && !titled {
            f.1 = MentionKind::Gpe;
        }
    }
    found
}

/// Words before a one-word name that make it a place ("the Danube",
/// "across Patagonia"), not a person or company of that name.
const REGION_CUES: &[&str] = &[
    "across",
    "along",
    "beyond",
    "from",
    "in",
    "into",
    "near",
    "off",
    "over",
    "the",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "within",
];

/// "the [English Channel]", "[Darien Gap]", "the [Bab] el-Mandeb", "the
/// [Danube]": a model name (not a lexicon one) that is, whole or as the
/// start of a longer name, a named region of the gazetteer (a sea, river,
/// valley, desert, range…) is that region. A one-word name needs "the" or
/// a locative word before it ("Patagonia said" stays the company).
fn regions_taken_for_names(
    words: &[&str],
    spans: &[Span],
    text: &str,
    found: Vec<Found>,
) -> Vec<Found> {
    let Ok(g) = Gazetteer::embedded() else {
        return found;
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // the end of the last name a region was stretched over
    let mut stretched = 0;
    for (n, f) in found.iter().enumerate() {
        if f.0.start < stretched {
            continue;
        }
        let mut f = *f;
        if !f.3
            && matches!(
                f.1,
                MentionKind::Person | MentionKind::Org | MentionKind::Norp
            )
        {
            let (first, end) = token_range(spans, f.0);
            let end = end.max(first + 1);
            let most = g
                .words_from(&crate::geo::text::name_key(
                    words.get(first).copied().unwrap_or(""),
                ))
                .max(1);
            // the next model name, which a longer region may not run into
            let limit = found[n + 1..]
                .iter()
                .find(|x| x.0.start >= f.0.end)
                .map_or(spans.len(), |x| {
                    spans.partition_point(|s| s.end <= x.0.start)
                });
            // a hyphen or apostrophe may be a token of its own
            let last = spans.len().min(limit).min(first + 2 * most + 1).max(end);
            let hit = (end..=last).rev().find(|&e| {
                let key = crate::geo::text::name_key(
                    &text[spans[first].start as usize..spans[e - 1].end as usize],
                );
                g.region(&key).is_some()
            });
            let cued = first
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|w| REGION_CUES.contains(&&*lowercase(w)));
            let several = |e: usize| {
                let name = &text[spans[first].start as usize..spans[e - 1].end as usize];
                name.contains(' ')
            };
            if let Some(e) = hit.filter(|&e| cued || several(e)) {
                f.0 = spans[first].cover(spans[e - 1]);
                f.1 = MentionKind::Loc;
                if e > end {
                    stretched = f.0.end;
                }
            }
        }
        out.push(f);
    }
    // "the oil-rich [Essequibo] region … The Essequibo, a forested area":
    // a name read as a region once is that region wherever the model
    // typed it alone
    let regions: Vec<&str> = out
        .iter()
        .filter(|f| f.1 == MentionKind::Loc && !f.3)
        .map(|f| f.0.text(text))
        .filter(|t| g.region(&crate::geo::text::name_key(t)).is_some())
        .collect();
    if !regions.is_empty() {
        let mut again = out.clone();
        for f in again.iter_mut().filter(|f| {
            !f.3 && matches!(
                f.1,
                MentionKind::Person | MentionKind::Org | MentionKind::Norp
            ) && regions.contains(&f.0.text(text))
        }) {
            f.1 = MentionKind::Loc;
        }
        return again;
    }
    out
}

/// "the Gulf of [Thailand]", "the Bay of [Bengal]": a name right after a
/// word for a feature of the sea and "of" is that feature's name, one
/// place with them and no country or actor of its own.
fn sea_of_names(words: &[&str], spans: &[Span], mut found: Vec<Found>) -> Vec<Found> {
    for f in found.iter_mut() {
        let first = spans.partition_point(|s| s.end <= f.0.start);
        if first >= 2
            && words[first - 1] == "of"
            && words[first - 2].starts_with(char::is_uppercase)
            && SEA_FEATURES.contains(&&*lowercase(words[first - 2]))
            && matches!(f.1, MentionKind::Gpe | MentionKind::Loc)
        {
            f.0 = spans[first - 2].cover(f.0);
            f.1 = MentionKind::Loc;
        }
    }
    found
}

/// Nouns for a broadcaster or news outlet that can stand right before its
/// name ("state television [Tele Sahel]", "the news agency [Tasnim]").
const MEDIA_NOUNS: &[&str] = &[
    "agency",
    "broadcaster",
    "channel",
    "radio",
    "television",
    "TV",
];

/// "state television [Tele Sahel]", "state radio [Radio Mali]": a name
/// the tagger took for a person right after a noun for a broadcaster or
/// news outlet is that outlet's name.
fn media_names(words: &[&str], spans: &[Span], mut found: Vec<Found>) -> Vec<Found> {
    for f in found
        .iter_mut()
        .filter(|f| f.1 == MentionKind::Person && !f.3)
    {
        let first = spans.partition_point(|s| s.end <= f.0.start);
        let media = first
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|w| MEDIA_NOUNS.contains(w));
        if media {
            f.1 = MentionKind::Org;
        }
    }
    found
}

/// "a tribunal in [The Hague]": a one-word name the tagger took for an
/// organisation that, with the "The" before it and after a preposition of
/// place, is the name of a city of 100,000 people or more is that city.
fn cities_named_with_the(
    words: &[&str],
    spans: &[Span],
    text: &str,
    mut found: Vec<Found>,
) -> Vec<Found> {
    let Ok(g) = Gazetteer::embedded() else {
        return found;
    };
    for f in found.iter_mut().filter(|f| f.1 == MentionKind::Org && !f.3) {
        let (first, end) = token_range(spans, f.0);
        if first < 2
            || end != first + 1
            || words[first - 1] != "The"
            || !matches!(
                &*lowercase(words[first - 2]),
                "in" | "at" | "from" | "to" | "near"
            )
        {
            continue;
        }
        let name = format!("The {}", f.0.text(text));
        if g.large_cities(&crate::geo::text::name_key(&name))
            .next()
            .is_some()
        {
            f.1 = MentionKind::Gpe;
        }
    }
    found
}

/// Words a hyphen joins to a name that make a compound modifier of it
/// ("Putin-era", "Hamas-run"), not the second half of a given name.
const HYPHEN_MODIFIERS: &[&str] = &[
    "aged", "age", "also", "area", "based", "born", "bred", "era", "free", "held", "led", "less",
    "like", "made", "only", "owned", "run", "size", "sized", "style", "type", "wide", "year",
];

/// "[The People's Liberation Army]'s [Eastern Theater Command]": a model
/// span with a possessive inside, after a word that ends an
/// organisation's name and before two or more capitalised words that end
/// in one too, is two names: the organisation and its part. ("People's" is no organisation word, so
/// the army's own name stays whole.) Yields token ranges.
fn split_owned_body(
    words: &[&str],
    s: usize,
    e: usize,
    t: NerType,
    is_org_head: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, NerType)> {
    let cut = (s + 1..e.saturating_sub(2)).find(|&k| {
        matches!(words[k], "'s" | "’s")
            && is_org_head(words[k - 1])
            && is_org_head(words[e - 1])
            && words[k + 1].chars().next().is_some_and(char::is_uppercase)
    });
    match cut {
        Some(k) => vec![(s, k, NerType::Org), (k + 1, e, t)],
        None => vec![(s, e, t)],
    }
}

/// Lower-case words inside a long name ("Mission in Somalia", "Support
/// and Stabilisation", "Community of West African States").
const NAME_LINKS: &[&str] = &["and", "for", "in", "of", "on", "the", "&"];

/// Where the name spelled out before a parenthesised acronym starts: the
/// capitalised words (and the lower-case links of a long name) right
/// before `(`, from the first word whose initial opens the acronym, when
/// the acronym's letters run through the name in order and all but one of
/// its capitalised words give a letter to it ("Kenya Defence Forces
/// (KDF)", "African Union Support and Stabilisation Mission in Somalia
/// (AUSSOM)"). `open` is the index of `(`; returns the first word's index.
pub(crate) fn acronym_start(words: &[&str], open: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    let first_letter = *letters.first()?;
    let cap = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
    };
    // The run before "(": capitalised words and links, never opening on a link.
    let mut floor = open;
    while floor > 0 {
        let w = words[floor - 1];
        if cap(w) || NAME_LINKS.contains(&w) || matches!(w, "'s" | "’s") {
            floor -= 1;
        } else {
            break;
        }
    }
    let fits = |s: usize| {
        let caps: Vec<&str> = (s..open).map(|k| words[k]).filter(|w| cap(w)).collect();
        if caps.len() < 2 || caps.len() > letters.len() + 1 {
            return false;
        }
        // The acronym's letters in order through the name's letters, links
        // included ("Interim Force in Lebanon (UNIFIL)").
        let name: Vec<char> = (s..open)
            .map(|k| words[k])
            .filter(|w| cap(w) || NAME_LINKS.contains(w))
            .flat_map(|w| w.chars().filter(|c| c.is_alphabetic()))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let mut it = name.iter();
        if !letters.iter().all(|l| it.any(|c| c == l)) {
            return false;
        }
        // Initials that give a letter, in order.
        let mut given = 0;
        let mut at = 0;
        for w in &caps {
            let i = w.chars().next().map(|c| c.to_ascii_lowercase());
            if let Some(p) = letters[at..].iter().position(|&l| Some(l) == i) {
                at += p + 1;
                given += 1;
            }
        }
        given + 1 >= caps.len()
    };
    // "African Party for the Independence … (PAIGC)": an acronym of the
    // name in another language fits only a tail of it; no name then.
    let opens_run =
        |s: usize| s == floor || !cap(words[s - 1]) || matches!(words[s - 1], "The" | "A" | "An");
    (floor..open.saturating_sub(1)).find(|&s| {
        cap(words[s])
            && !matches!(words[s], "The" | "A" | "An")
            && opens_run(s)
            && words[s].chars().next().map(|c| c.to_ascii_lowercase()) == Some(first_letter)
            && fits(s)
    })
}

/// Links of names in French, Spanish and Portuguese ("pour la", "del").
const FOREIGN_LINKS: &[&str] = &[
    "d", "da", "das", "de", "del", "des", "do", "dos", "du", "e", "et", "l", "la", "las", "le",
    "les", "los", "para", "por", "pour", "y",
];

/// Where a name written in sentence case, as French and Spanish names
/// are, starts before its acronym in brackets: one capitalised word, then
/// lower-case words and links, whose initials (links left out) spell the
/// acronym ("Front pour la démocratie du peuple (FDP)"). `open` is the
/// index of `(`.
fn sentence_case_start(words: &[&str], open: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    let lower = |w: &str| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
    let mut s = open;
    while s > 0 && lower(words[s - 1]) && open - s < 12 {
        s -= 1;
    }
    let first = s.checked_sub(1)?;
    if !words[first].chars().next().is_some_and(char::is_uppercase)
        || !words[first].chars().all(char::is_alphabetic)
        || s == open
    {
        return None;
    }
    let initials: Vec<char> = (first..open)
        .map(|k| words[k])
        .filter(|w| !FOREIGN_LINKS.contains(w) && !NAME_LINKS.contains(w))
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (letters.len() >= 2 && initials == letters).then_some(first)
}

/// "The Kenya Defence Forces (KDF)": a name spelled out before its acronym
/// in brackets is one organisation's name, whatever pieces the model and
/// the lexicons made of it, and the acronym names it too. A span the
/// lexicons gave the whole name keeps its type.
fn spelled_out_acronyms(
    doc: &Doc,
    words: &[&str],
    spans: &[Span],
    mut found: Vec<Found>,
) -> Vec<Found> {
    let mut added = false;
    for open in 1..words.len().saturating_sub(2) {
        let acronym = words[open + 1];
        if words[open] != "("
            || words[open + 2] != ")"
            || !(2..=8).contains(&acronym.len())
            || !acronym.chars().all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        // Not across a sentence: the run stays in the sentence of "(".
        let sentence_first = doc
            .sentences
            .iter()
            .find(|s| s.first.index() <= open && open < s.end.index())
            .map_or(0, |s| s.first.index());
        let Some(s) = acronym_start(&words[sentence_first..], open - sentence_first, acronym)
            .or_else(|| {
                sentence_case_start(&words[sentence_first..], open - sentence_first, acronym)
            })
            .map(|s| s + sentence_first)
        else {
            continue;
        };
        let name = spans[s].cover(spans[open - 1]);
        let kind = match found.iter().find(|f| f.0 == name) {
            Some(f) if f.3 => f.1,
            _ => MentionKind::Org,
        };
        found.retain(|f| !f.0.overlaps(name));
        found.push((name, kind, 1.0, true));
        // Every bare use of the acronym names the same body.
        for (k, w) in words.iter().enumerate() {
            if *w == acronym && !found.iter().any(|f| f.0.overlaps(spans[k])) {
                found.push((spans[k], kind, 1.0, true));
            }
        }
        added = true;
    }
    if added {
        found.sort_by_key(|f| (f.0.start, f.0.end));
    }
    found
}

/// Last words of the names of a state's bodies that a demonym may open
/// ("Somali National Army", "Malian Armed Forces"), and of a national
/// Red Cross or Red Crescent society ("Libyan Red Crescent", "Kenya Red
/// Cross").
fn body_head(w: &str) -> bool {
    let l = lowercase(w);
    ORG_HEADS.binary_search(&&*l).is_ok()
        || matches!(&*l, "forces" | "force" | "crescent" | "cross")
}

/// "the Somali National Army", "the Iranian Foreign Ministry": a demonym
/// the lexicons know, right before two or more capitalised words that end
/// in an organisation's head word, opens that organisation's name (the
/// model and the lexicons tend to cut it after the demonym). One
/// capitalised word ("Afghan Republic", "Russian Army") stays a description.
fn demonym_names(words: &[&str], spans: &[Span], gaz: &[u8], mut found: Vec<Found>) -> Vec<Found> {
    for k in 0..words.len().saturating_sub(2) {
        // A one-word demonym (code 3 × 2, no continuation after it) or
        // country (code 1 × 2: "the Ghana Defence Force").
        if !matches!(gaz[k], 2 | 6) || matches!(gaz.get(k + 1), Some(&3 | &7)) {
            continue;
        }
        let mut e = k + 1;
        // Capitalised words of no lexicon name or place (role and
        // organisation words may be part of the name).
        // "Mongolian [People's] Party": a possessive after a word that is
        // no body's head ("Army's" ends a name), before a capitalised
        // word, is inside the name; it does not count as one of its words.
        let mut inner = 0;
        while e < words.len() {
            if capitalised_name_word(words[e]) && matches!(gaz[e], 0 | 14 | 15 | 24..) {
                e += 1;
            } else if matches!(words[e], "'s" | "’s")
                && e > k + 1
                && !body_head(words[e - 1])
                && words.get(e + 1).is_some_and(|w| capitalised_name_word(w))
            {
                e += 1;
                inner += 1;
            } else {
                break;
            }
        }
        if e - (k + 1) - inner < 2 || !body_head(words[e - 1]) {
            continue;
        }
        let name = spans[k].cover(spans[e - 1]);
        // A longer name already found holds it ("Kenya National Commission
        // on Human Rights"); a hyphen before the country makes it the half
        // of a pair ("Pakistan-Afghanistan Joint Chamber").
        let longer = found
            .iter()
            .any(|f| f.0.start <= name.start && f.0.end >= name.end && f.0.len() > name.len());
        let paired = k > 0 && matches!(words[k - 1], "-" | "‐" | "‑");
        if longer || paired {
            continue;
        }
        put_org(&mut found, name);
    }
    found.sort_by_key(|f| (f.0.start, f.0.end));
    found
}

/// "the opposition All People's Congress", "Kenya People's Party": a
/// capitalised run through "People's" that ends in a body's head word is
/// one organisation's name (the model cuts it at the possessive).
fn peoples_names(words: &[&str], spans: &[Span], mut found: Vec<Found>) -> Vec<Found> {
    for k in 1..words.len().saturating_sub(2) {
        if words[k] != "People" || !matches!(words[k + 1], "'s" | "’s") {
            continue;
        }
        let mut e = k + 2;
        while e < words.len() && capitalised_name_word(words[e]) {
            e += 1;
        }
        if e == k + 2 || !body_head(words[e - 1]) {
            continue;
        }
        // The capitalised words before it, not opening the sentence's
        // first word after a full stop.
        let mut s = k;
        while s > 0
            && capitalised_name_word(words[s - 1])
            && !matches!(
                words.get(s.wrapping_sub(2)).copied(),
                None | Some("." | "\"" | "“")
            )
        {
            s -= 1;
        }
        let name = spans[s].cover(spans[e - 1]);
        if found
            .iter()
            .any(|f| f.0.start <= name.start && f.0.end >= name.end)
        {
            continue;
        }
        put_org(&mut found, name);
    }
    found.sort_by_key(|f| (f.0.start, f.0.end));
    found
}

/// Replaces the mentions overlapping `name` by one organisation mention.
fn put_org(found: &mut Vec<Found>, name: Span) {
    found.retain(|f| !f.0.overlaps(name));
    found.push((name, MentionKind::Org, 1.0, true));
}

/// Function words that a name run does not extend over.
fn capitalised_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            w,
            "The" | "A" | "An" | "In" | "On" | "At" | "For" | "Of" | "And"
        )
}

/// Joins an organisation's head word and the name after "of"/"for"/"on"/
/// "of the" ("[Ministry] for [Peace Affairs]", "[Council] of [Europe]",
/// "[National Library] of the [Netherlands]") into one ORG span: the
/// tagger often ends the span at the preposition, or finds only the name
/// after it ("Law Society of [Kenya]"). The words before the preposition
/// must end in an organisation word (`is_org_head`: the role lexicon and
/// [`ORG_HEADS`]) and the name after it start with a capital right after
/// the preposition; when the tagger found nothing before it, the
/// capitalised run ending in the head word is the start of the name.
fn join_org_of(
    words: &[&str],
    gaz: &[u8],
    found: Vec<(usize, usize, NerType)>,
    is_org_head: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, NerType)> {
    let head = |w: &str| ORG_HEADS.contains(&&*lowercase(w)) || is_org_head(w);
    let mut out: Vec<(usize, usize, NerType)> = Vec::with_capacity(found.len());
    for (s, e, t) in found {
        let after_of = s >= 2
            && matches!(words[s - 1], "of" | "for" | "on")
            && words[s].chars().next().is_some_and(char::is_uppercase)
            && head(words[s - 2]);
        if let Some(last) = out.last_mut() {
            // "[Council] of the [Netherlands]"; "[National Panel] for the
            // [Protection of Birds]": two organisation spans the model
            // found on both sides of "for the"/"on the" are one name too.
            let both_org = last.2 == NerType::Org && t == NerType::Org;
            let of_the = last.1 + 2 == s
                && (words[last.1] == "of" || (both_org && matches!(words[last.1], "for" | "on")))
                && words[last.1 + 1] == "the"
                && words[s].chars().next().is_some_and(char::is_uppercase)
                && (head(words[last.1 - 1]) || (both_org && last.1 - last.0 >= 2));
            if (after_of && last.1 + 1 == s) || of_the {
                *last = (last.0, e, NerType::Org);
                continue;
            }
        }
        let free = out.last().is_none_or(|l| l.1 < s - 1);
        if after_of && free && capitalised_name_word(words[s - 2]) {
            let floor = out.last().map_or(0, |l| l.1);
            let mut b = s - 2;
            while b > floor && capitalised_name_word(words[b - 1]) {
                b -= 1;
            }
            out.push((b, e, NerType::Org));
            continue;
        }
        out.push((s, e, t));
    }
    // "[Regional Authority] on Trade", "[National Board] for the Relief of
    // Famine": capitalised words after the preposition that the model left
    // out continue an organisation's name that ends in an organisation
    // word or is at least two capitalised words. The words after it are
    // no known place, month or weekday, and may be linked by "of"/"and".
    let plain = |k: usize| {
        capitalised_name_word(words[k])
            && !calendar_word(words[k])
            && gaz.get(k).is_none_or(|&c| c == 0)
    };
    for k in 0..out.len() {
        let (s, e, t) = out[k];
        let next = out.get(k + 1).map_or(words.len(), |n| n.0);
        if t != NerType::Org || s >= e || e + 1 >= next || !matches!(words[e], "of" | "for" | "on")
        {
            continue;
        }
        let place = |k: usize| gaz.get(k).is_some_and(|&c| matches!(c, 2..=5 | 16..=21));
        let named = head(words[e - 1])
            || (e - s >= 2
                && words[s..e].iter().all(|w| capitalised_name_word(w))
                && !(s..e).any(place));
        let mut a = e + 1;
        if words[a] == "the" && words[e] != "of" {
            a += 1;
        }
        if !named || a >= next || !plain(a) {
            continue;
        }
        let mut b = a + 1;
        while b < next {
            if plain(b) {
                b += 1;
            } else if matches!(words[b], "of" | "and") && b + 1 < next && plain(b + 1) {
                b += 2;
            } else {
                break;
            }
        }
        out[k] = (s, b, t);
    }
    out
}

/// Month and weekday names: capitalised, but no part of a name after
/// "on"/"of" ("the Council on Monday").
fn calendar_word(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    matches!(
        w,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// "[Ministry of Industry] and Trade": a ministry's or department's name
/// runs over "and" into the capitalised words of its second portfolio
/// (names the gazetteer does not know, at most three of them), which the
/// tagger tends to leave out or take for a name of their own.
fn join_ministry_and(
    words: &[&str],
    gaz: &[u8],
    found: Vec<(usize, usize, NerType)>,
) -> Vec<(usize, usize, NerType)> {
    let mut out: Vec<(usize, usize, NerType)> = Vec::with_capacity(found.len());
    for (s, e, t) in found {
        if let Some(last) = out.last() {
            if s < last.1 {
                if e > last.1 {
                    let l = out.len() - 1;
                    out[l].1 = e;
                }
                continue;
            }
        }
        let portfolio = t == NerType::Org
            && (s + 1..e).any(|k| {
                words[k] == "of"
                    && matches!(
                        &*lowercase(words[k - 1]),
                        "ministry" | "department" | "minister" | "secretary"
                    )
            })
            && words.get(e) == Some(&"and");
        let mut b = e + 1;
        if portfolio {
            while b < words.len()
                && b < e + 4
                && capitalised_name_word(words[b])
                && gaz.get(b).is_none_or(|&c| c == 0)
            {
                b += 1;
            }
        }
        if portfolio && b > e + 1 && b < e + 4 {
            out.push((s, b, t));
        } else {
            out.push((s, e, t));
        }
    }
    out
}

/// "[United Nations Mission] in [South Sudan]", "[African Union Mission]
/// to [Somalia]", "[UN Military Observer Group] in [India] and
/// [Pakistan]": an international body's mission, force or group is named
/// with the places it serves, which belong to its name. Only bodies whose
/// name opens with an international organisation's are joined ("the
/// Wagner Group in Mali" stays two names).
fn join_mission_in(
    words: &[&str],
    gaz: &[u8],
    found: Vec<(usize, usize, NerType)>,
) -> Vec<(usize, usize, NerType)> {
    const OPENERS: &[&str] = &[
        "United", "UN", "U.N.", "African", "AU", "EU", "European", "NATO", "OSCE",
    ];
    const HEADS: &[&str] = &["Mission", "Group", "Force", "Office", "Operation"];
    let place_word = |k: usize| {
        capitalised_name_word(words[k]) && gaz.get(k).is_some_and(|&c| matches!(c, 2..=5 | 16..=21))
    };
    // the place after "in"/"to" at `k`: a found LOC span or known place words
    let place_end = |k: usize, found: &[(usize, usize, NerType)]| -> Option<usize> {
        if let Some(&(_, e, _)) = found.iter().find(|f| f.0 == k && f.2 == NerType::Loc) {
            return Some(e);
        }
        let mut e = k;
        while e < words.len() && place_word(e) {
            e += 1;
        }
        (e > k).then_some(e)
    };
    let mut out: Vec<(usize, usize, NerType)> = Vec::with_capacity(found.len());
    let mut i = 0;
    while i < found.len() {
        let (s, e, t) = found[i];
        i += 1;
        let named = t == NerType::Org
            && e - s >= 2
            && OPENERS.contains(&words[s])
            && HEADS.contains(&words[e - 1])
            && matches!(words.get(e), Some(&"in" | &"to"));
        let Some(mut end) = named.then(|| place_end(e + 1, &found)).flatten() else {
            out.push((s, e, t));
            continue;
        };
        if words.get(end) == Some(&"and") {
            if let Some(second) = place_end(end + 1, &found) {
                end = second;
            }
        }
        while i < found.len() && found[i].0 < end {
            i += 1;
        }
        out.push((s, end, NerType::Org));
    }
    out
}

/// Makes a run of capitalised words that ends in an organisation head
/// word ("Sydney Morning Herald", "Acme Widget Company") one ORG span
/// where the tagger found only parts of it ("[LOC Sydney] Morning [PER
/// Herald]"). The run must not open with a country, capital or demonym
/// of the lexicons ("Afghan Interior Ministry" stays two names), and no
/// model span may cross its edges.
fn join_org_run(
    words: &[&str],
    gaz: &[u8],
    found: Vec<(usize, usize, NerType)>,
) -> Vec<(usize, usize, NerType)> {
    let mut out: Vec<(usize, usize, NerType)> = Vec::with_capacity(found.len());
    let mut k = 0;
    let mut rest = found.into_iter().peekable();
    while k < words.len() {
        if !capitalised_name_word(words[k]) {
            k += 1;
            continue;
        }
        let a = k;
        while k < words.len() && capitalised_name_word(words[k]) {
            k += 1;
        }
        let b = k;
        // Spans before the run pass through.
        while rest.peek().is_some_and(|s| s.1 <= a) {
            out.extend(rest.next());
        }
        let inside: Vec<(usize, usize, NerType)> = {
            let mut v = Vec::new();
            while rest.peek().is_some_and(|s| s.0 >= a && s.1 <= b) {
                v.extend(rest.next());
            }
            v
        };
        let crossing = rest.peek().is_some_and(|s| s.0 < b);
        let lexicon_place = gaz.get(a).is_some_and(|&c| (2..8).contains(&c));
        let whole = inside.len() == 1 && inside[0].0 == a && inside[0].1 == b;
        if b - a >= 2
            && !inside.is_empty()
            && !whole
            && !crossing
            && !lexicon_place
            && ORG_HEADS.binary_search(&&*lowercase(words[b - 1])).is_ok()
        {
            out.push((a, b, NerType::Org));
        } else {
            out.extend(inside);
        }
    }
    out.extend(rest);
    out
}

/// Whether a sentence is a headline in title case: at least four words,
/// almost all capitalised, with a capitalised function word after the
/// first ("EU Agrees On Fresh Sanctions For Dozens Of ...").
fn title_case(tokens: &[Span], text: &str) -> bool {
    let (mut words, mut upper, mut function) = (0usize, 0usize, false);
    for w in tokens.iter().map(|s| s.text(text)) {
        let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_uppercase() {
            upper += 1;
            function |= words > 0 && FUNCTION.iter().any(|f| f.eq_ignore_ascii_case(w));
        }
        words += 1;
    }
    words >= 4 && upper * 10 >= words * 9 && function
}

/// Joins two model spans that touch, both capitalised and neither NORP
/// ("[PER Jane] [LOC Okafor]"): BIO forbids a type change inside a name,
/// so a greedy tagger that changes its mind mid-name starts a new span.
/// The joined span keeps the first type.
fn merge_adjacent(
    words: &[&str],
    found: Vec<(usize, usize, NerType)>,
) -> Vec<(usize, usize, NerType)> {
    let upper = |k: usize| {
        words
            .get(k)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let mut out: Vec<(usize, usize, NerType)> = Vec::with_capacity(found.len());
    for (s, e, t) in found {
        if let Some(last) = out.last_mut() {
            if last.1 == s
                && last.2 != NerType::Norp
                && t != NerType::Norp
                && upper(last.0)
                && upper(s)
            {
                last.1 = e;
                continue;
            }
        }
        out.push((s, e, t));
    }
    out
}

/// Splits a model span at a lower-case "and"/"or" between capitalised
/// words ("Twitter and Spotify", "Kentucky or Ohio"): the tagger tends to
/// run coordinated names together. A coordination after another
/// lower-case word stays whole, as it belongs to one long name
/// ("Institute of Arts and Sciences"). Yields token ranges.
fn split_coordination(words: &[&str], s: usize, e: usize) -> impl Iterator<Item = (usize, usize)> {
    let upper = |k: usize| {
        words
            .get(k)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let mut parts = Vec::new();
    let mut start = s;
    for k in s..e {
        let w = words[k];
        if matches!(w, "and" | "or") && k > start && k + 1 < e && upper(k - 1) && upper(k + 1) {
            parts.push((start, k));
            start = k + 1;
        } else if w.chars().next().is_some_and(char::is_lowercase) {
            break;
        }
    }
    parts.push((start, e));
    parts.into_iter()
}

/// Words that open a title rather than a name ("Mr", "Gen.", "Deputy").
pub const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "sgt",
    "capt",
    "captain",
    "major",
    "maj",
    "adm",
    "prof",
    "sir",
    "rev",
    "sheikh",
    "ayatollah",
    "former",
    "acting",
    "deputy",
    "vice",
    "prime",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "senior",
    "chief",
    "top",
];
/// Last words of the subject of a title's "for" phrase ("Assistant
/// Secretary for African Affairs", "Commissioner for Human Rights").
const TITLE_TOPICS: &[&str] = &[
    "Affairs",
    "Cooperation",
    "Development",
    "Migration",
    "Operations",
    "Policy",
    "Refugees",
    "Relations",
    "Rights",
    "Security",
    "Trade",
];
/// Nouns for settlements and regions: "the city of X" names a place.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "district",
    "island",
    "municipality",
    "province",
    "region",
    "town",
    "village",
];

/// Currency words: a name right before one ("CFA francs", "Hong Kong
/// dollars") names the currency, no entity of its own.
const CURRENCY_WORDS: &[&str] = &[
    "dinars",
    "dirhams",
    "dollars",
    "euros",
    "francs",
    "naira",
    "pesos",
    "pounds",
    "rand",
    "riyals",
    "roubles",
    "rubles",
    "rupees",
    "shillings",
    "yen",
    "yuan",
];

/// Common nouns of places beyond [`PLACE_NOUNS`] that a name can be the
/// name of ("the islets, which Turkey calls Kardak").
const NAMED_PLACE_NOUNS: &[&str] = &[
    "area",
    "islet",
    "mountain",
    "peninsula",
    "reef",
    "river",
    "strait",
    "territory",
    "valley",
];

pub use crate::actors::ORG_HEADS;

/// Last words of the names of buildings and sites ("State House",
/// "Presidential Palace", "Tahrir Square").
const BUILDINGS: &[&str] = &[
    "airport",
    "bridge",
    "castle",
    "cathedral",
    "consulate",
    "embassy",
    "house",
    "hotel",
    "mosque",
    "palace",
    "prison",
    "square",
    "stadium",
    "temple",
    "tower",
];

/// Verb forms that report what someone said: a name right before one
/// ("Okafor said") or right after one at a clause's end ("says Okafor.")
/// is the speaker.
const SPEECH_FORMS: &[&str] = &[
    "added",
    "adds",
    "argued",
    "argues",
    "explained",
    "explains",
    "insisted",
    "insists",
    "noted",
    "recalled",
    "recalls",
    "said",
    "says",
    "told",
    "tells",
    "warned",
    "warns",
    "wrote",
];

/// Capitalised words the model may take for a name that name no actor.
const NOT_NAMES: &[&str] = &["god", "allah", "lord"];

/// Words that close the name of a feature of the land or sea (a place
/// that is never a person or an organisation).
const FEATURES: &[&str] = &[
    "Atoll",
    "Bay",
    "Canal",
    "Cape",
    "Desert",
    "Gulf",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "Peninsula",
    "Plateau",
    "Reef",
    "River",
    "Sea",
    "Shoal",
    "Strait",
    "Valley",
];

/// Ordinal words that open some feature names ("Second Thomas Shoal").
const ORDINALS: &[&str] = &["First", "Second", "Third", "Fourth", "Fifth"];

/// Function words that end or split a name when capitalised in a headline.
const FUNCTION: &[&str] = &[
    "and",
    "or",
    "of",
    "the",
    "a",
    "an",
    "in",
    "on",
    "for",
    "to",
    "with",
    "as",
    "at",
    "by",
    "from",
    "into",
    "over",
    "after",
    "amid",
    "including",
];

type Found = (Span, MentionKind, f32, bool);

impl MentionFinder {
    /// "[Bangladesh Garment Manufacturers] and [Exporters Association]": two
    /// organisation spans joined by "and", where only the second ends in an
    /// organisation's head word and the first is nothing the lexicons know,
    /// are one name.
    fn join_coordinated_names(&self, text: &str, found: Vec<Found>) -> Vec<Found> {
        let last_word = |s: Span| {
            text[s.start as usize..s.end as usize]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_lowercase()
        };
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        for f in found {
            if let Some(prev) = out.last_mut() {
                let between = text.get(prev.0.end as usize..f.0.start as usize);
                let joins = prev.1 == MentionKind::Org
                    && f.1 == MentionKind::Org
                    && between == Some(" and ")
                    && ORG_HEADS.contains(&last_word(f.0).as_str())
                    && !ORG_HEADS.contains(&last_word(prev.0).as_str())
                    && self
                        .lex
                        .lookup(&text[prev.0.start as usize..prev.0.end as usize])
                        .is_empty();
                if joins {
                    prev.0 = prev.0.cover(f.0);
                    continue;
                }
            }
            out.push(f);
        }
        out
    }

    /// "the [3R] armed group", "[M23] rebels": a code name (a digit and
    /// capitals, or capitals and a digit, as one short word) that the
    /// article puts right before a word for an armed group is that
    /// group's name, at that place and everywhere else the article writes
    /// it (the tagger reads such words as numbers).
    fn code_names(&self, words: &[&str], spans: &[Span], mut found: Vec<Found>) -> Vec<Found> {
        let code = |w: &str| {
            (2..=5).contains(&w.len())
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
                && w.chars().any(|c| c.is_ascii_digit())
                && w.chars().any(|c| c.is_ascii_uppercase())
        };
        let armed = |k: usize| {
            let role = |ws: &[&str]| {
                self.lex.role(ws).is_some_and(|r| {
                    matches!(r.sector, Some(Sector::CRM | Sector::REB | Sector::INS))
                })
            };
            words.get(k).is_some_and(|w| role(&[w]))
                || words.get(k..k + 2).is_some_and(|ws| {
                    ws.iter().all(|w| w.chars().all(char::is_lowercase)) && role(ws)
                })
        };
        let names: Vec<&str> = (0..words.len())
            .filter(|&k| code(words[k]) && armed(k + 1))
            .map(|k| words[k])
            .collect();
        if names.is_empty() {
            return found;
        }
        for (k, w) in words.iter().enumerate() {
            if names.contains(w) && !found.iter().any(|f| f.0.overlaps(spans[k])) {
                found.push((spans[k], MentionKind::Org, 1.0, true));
            }
        }
        found.sort_by_key(|f| (f.0.start, f.0.end));
        found
    }

    /// "“It was close,” [Okafor] said", "…, says [Okafor].", "[Okafor], who
    /// led the inquiry, …": a run of one to three capitalised proper nouns
    /// that neither the model nor the lexicons took for a name is a person
    /// when it is the speaker of a verb of speech right after it, or right
    /// before it at the end of a clause, or opens a relative clause with
    /// "who". The quote finder then has an entity for the speaker.
    fn speakers_named(
        &self,
        doc: &Doc,
        words: &[&str],
        spans: &[Span],
        gaz: &[u8],
        mut found: Vec<Found>,
    ) -> Vec<Found> {
        if doc.tags.len() != words.len() {
            return found;
        }
        let text = doc.text();
        let mut covered = vec![false; words.len()];
        for f in &found {
            let (a, b) = token_range(spans, f.0);
            covered[a..b].iter_mut().for_each(|c| *c = true);
        }
        let starts: Vec<usize> = doc.sentences.iter().map(|s| s.first.index()).collect();
        let name_word = |k: usize| {
            let w = words[k];
            !covered[k]
                && doc.tags[k].xpos.as_str() == "NNP"
                && w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                && crate::time::calendar(w).is_none()
                && !NOT_NAMES.contains(&&*lowercase(w))
                && gaz.get(k).is_none_or(|&c| c == 0)
                && self.lex.lookup(w).is_empty()
                && self.lex.role(&[w]).is_none()
        };
        let speech = |k: usize| words.get(k).is_some_and(|w| SPEECH_FORMS.contains(w));
        let clause_edge = |k: usize| {
            starts.binary_search(&k).is_ok()
                || k.checked_sub(1)
                    .is_some_and(|p| matches!(words[p], "," | "”" | "\"" | "''" | ":" | ";"))
        };
        let mut k = 0;
        while k < words.len() {
            if !name_word(k) {
                k += 1;
                continue;
            }
            let mut e = k + 1;
            while e < words.len() && e - k < 4 && name_word(e) && starts.binary_search(&e).is_err()
            {
                e += 1;
            }
            let whole = spans[k].cover(spans[e - 1]);
            let said_after = speech(e) && clause_edge(k);
            let said_before = k >= 2
                && speech(k - 1)
                && clause_edge(k - 1)
                && words.get(e).is_some_and(|w| matches!(*w, "." | "," | ";"));
            let who = words.get(e) == Some(&",") && words.get(e + 1) == Some(&"who");
            if e - k <= 3
                && (said_after || said_before || who)
                && self.lex.lookup(whole.text(text)).is_empty()
            {
                found.push((whole, MentionKind::Person, 0.5, false));
            }
            k = e;
        }
        found.sort_by_key(|f| (f.0.start, f.0.end));
        found
    }

    fn is_title_word(&self, w: &str) -> bool {
        HONORIFICS.contains(&&*lowercase(w.trim_end_matches('.')))
            || self
                .lex
                .role(&[w])
                .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::Title)
    }

    /// Whether the tokens from `b` are an apposition naming a person's
    /// title: a comma, `the`/`a`/`an`, at most four more words (no
    /// possessive: "X, the company's chief" describes someone else) and a
    /// title word ("representative", "spokesman", "minister").
    fn title_apposition<'t>(&self, b: usize, n: usize, word: impl Fn(usize) -> &'t str) -> bool {
        if b + 2 >= n || word(b) != "," || !matches!(word(b + 1), "the" | "a" | "an") {
            return false;
        }
        for k in b + 2..n.min(b + 7) {
            let w = word(k);
            if matches!(w, "'s" | "’s" | "," | "." | ";" | ":") {
                return false;
            }
            if self
                .lex
                .role(&[w])
                .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::Title)
            {
                return true;
            }
        }
        false
    }

    /// Repairs the model's typical slips with what the text and the
    /// lexicons say: stray function words at the edges, titles inside
    /// person names, spans that are only role words, headline runs, and
    /// a name the model typed differently elsewhere in the article.
    fn refine(&self, doc: &Doc, spans: &[Span], gaz: &[u8], found: Vec<Found>) -> Vec<Found> {
        let text = doc.text();
        let toks = |sp: Span| token_range(spans, sp);
        // Past the last token reads as an empty word, so a rule that looks
        // one word beyond a span at the end of the text sees nothing there.
        let word = |k: usize| spans.get(k).map_or("", |s| s.text(text));
        let starts: Vec<usize> = doc.sentences.iter().map(|s| s.first.index()).collect();
        // (first token, dash) of every sentence a dateline opens.
        let datelines: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .filter_map(|s| Some((s.first.index(), crate::syntax::sentence_dateline(doc, s)?)))
            .collect();
        // Whether sentence i is a headline in title case, when asked.
        let mut titled: std::collections::HashMap<usize, bool> = std::collections::HashMap::new();
        let mut out: Vec<Found> = Vec::new();
        // Mentions a rule of place (or of a group word) typed (indices into
        // `out`): they win the one-name-one-type vote.
        let mut placed: Vec<usize> = Vec::new();
        for (span, mut kind, score, lexicon) in found {
            if lexicon {
                out.push((span, kind, score, lexicon));
                continue;
            }
            let (mut a, mut b) = toks(span);
            if a >= b {
                continue;
            }
            let possessive = |k: usize| matches!(word(k), "'s" | "’s" | "'S" | "’S");
            while a < b
                && (possessive(a)
                    || FUNCTION.contains(&&*lowercase(word(a)))
                    || !word(a).chars().any(char::is_alphanumeric))
            {
                a += 1;
            }
            // "[Kabul airport]": a lower-case common noun closing the span
            // is not part of the name (names end in a capitalised word).
            while b > a + 1
                && word(b - 1).chars().next().is_some_and(char::is_lowercase)
                && word(b - 1).chars().all(char::is_alphabetic)
                && word(b - 2).chars().next().is_some_and(char::is_uppercase)
            {
                b -= 1;
            }
            while b > a
                && (possessive(b - 1)
                    || FUNCTION.contains(&&*lowercase(word(b - 1)))
                    || !word(b - 1).chars().any(char::is_alphanumeric))
            {
                b -= 1;
            }
            // "[Justice] Minister Ana Silva": one word the lexicons and the
            // gazetteer do not know, right before "Minister" or "Secretary",
            // is the portfolio of a title, not an organisation.
            if kind == MentionKind::Org
                && b == a + 1
                && matches!(word(b), "Minister" | "Secretary" | "minister" | "secretary")
                && self.lex.lookup(word(a)).is_empty()
                && gaz.get(a).is_none_or(|&c| c == 0)
            {
                continue;
            }
            // "[Lai Ching]-te", "Guinea-[Bissau Human Rights League]": a
            // hyphen written inside a word (no space on either side) does
            // not end a person's or a known name ("Bahrain-based" stays
            // apart); a hyphenated title before it ("Secretary-") is left
            // to the rules below.
            let inner_hyphen = |h: usize| {
                h > 0
                    && h + 1 < spans.len()
                    && matches!(word(h), "-" | "‐" | "‑")
                    && spans[h - 1].end == spans[h].start
                    && spans[h].end == spans[h + 1].start
                    && word(h + 1).chars().all(char::is_alphabetic)
                    && word(h - 1).chars().all(char::is_alphabetic)
            };
            // Two names joined so ("the Mandera-Bulo Hawo crossing") stay
            // apart unless the whole is a name the lexicon knows or the
            // name of a body.
            let known = |x: usize, y: usize| {
                !self
                    .lex
                    .lookup(&text[spans[x].start as usize..spans[y].end as usize])
                    .is_empty()
            };
            if b > a {
                while b + 1 < spans.len()
                    && inner_hyphen(b)
                    && (kind == MentionKind::Person
                        && word(b + 1).chars().next().is_some_and(char::is_lowercase)
                        && !HYPHEN_MODIFIERS.contains(&word(b + 1))
                        || known(b - 1, b + 1))
                {
                    b += 2;
                }
                // "Pakistan-[Afghanistan Joint Chamber of Commerce]": a
                // prefix joined to a body's long name is part of it.
                let long_body = kind == MentionKind::Org && b >= a + 3;
                // "Bat-[Erdene Naran]": a capitalised word the lexicons and
                // the gazetteer do not know, hyphened to a person's name,
                // is the first half of a given name.
                let given_half = |h: usize| {
                    kind == MentionKind::Person
                        && word(h).chars().next().is_some_and(char::is_uppercase)
                        && word(h).chars().skip(1).all(char::is_lowercase)
                        && self.lex.lookup(word(h)).is_empty()
                        && gaz.get(h).is_none_or(|&c| c == 0)
                };
                while a >= 2
                    && inner_hyphen(a - 1)
                    && (known(a - 2, a) || long_body || given_half(a - 2))
                    && !self.is_title_word(word(a - 2))
                    && !self.is_title_word(word(a))
                {
                    a -= 2;
                }
            }
            // "Second [Thomas Shoal]": a name that ends in a word for a
            // feature of the land or sea is a place, with the ordinal that
            // opens it.
            if b > a
                && matches!(kind, MentionKind::Person | MentionKind::Org)
                && FEATURES.contains(&word(b - 1))
            {
                kind = MentionKind::Loc;
                if a > 0 && ORDINALS.contains(&word(a - 1)) {
                    a -= 1;
                }
            }
            // "the [Los Lobos] gang": a name right after "the" and before a
            // word for an armed or criminal group is that group, and it
            // decides the type of the name elsewhere in the article.
            let mut group_rule = false;
            if matches!(
                kind,
                MentionKind::Person | MentionKind::Org | MentionKind::Loc
            ) && b > a
            {
                let group_after = a > 0
                    && lowercase(word(a - 1)) == "the"
                    && word(b).chars().next().is_some_and(char::is_lowercase)
                    && self.lex.role(&[word(b)]).is_some_and(|r| {
                        r.use_ == crate::actors::lexicon::RoleUse::Org
                            && matches!(r.sector, Some(Sector::CRM | Sector::REB | Sector::INS))
                    });
                let place = gaz.get(a).is_some_and(|&c| c != 0 && c != 24);
                if group_after && !place {
                    kind = MentionKind::Org;
                    group_rule = true;
                }
            }
            // "[LAHORE], Pakistan (Reuters) —": the words of a dateline
            // before its agency name the place of writing, however odd
            // their capitals look to the model.
            if datelines
                .iter()
                .any(|&(s0, dash)| s0 <= a && b <= dash && !(s0..a).any(|k| word(k) == "("))
            {
                kind = MentionKind::Gpe;
            }
            // "Secretary of [State Marco Rubio]": a title cut by the model.
            'cut: for inside in 1..=2usize {
                for before in 1..=3usize {
                    if a + inside < b && a >= before {
                        let ws: Vec<&str> = (a - before..a + inside).map(word).collect();
                        if self
                            .lex
                            .role(&ws)
                            .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::Title)
                        {
                            a += inside;
                            kind = MentionKind::Person;
                            break 'cut;
                        }
                    }
                }
            }
            // "Secretary-[General Antonio Guterres]", "Director-[General
            // Tedros …]": the model cut a hyphenated title; the rest of the
            // span after it names a person.
            if a >= 2
                && b >= a + 3
                && word(a - 1) == "-"
                && self.is_title_word(word(a - 2))
                && self.is_title_word(word(a))
            {
                kind = MentionKind::Person;
            }
            if kind == MentionKind::Person {
                // "of State for [Western Hemisphere Affairs Jane Roe]": the
                // rest of a title's "for" phrase opens the span; the name
                // is the capitalised words after its last subject word or
                // place.
                if a + 1 < b && matches!(word(a), "for" | "of") {
                    a += 1;
                }
                if a > 0 && matches!(word(a - 1), "for" | "of") {
                    let topic = (a..b.saturating_sub(1)).rev().find(|&k| {
                        TITLE_TOPICS.contains(&word(k))
                            || self
                                .lex
                                .lookup(word(k))
                                .iter()
                                .any(|e| matches!(e, Entry::Country(_) | Entry::Capital(_)))
                    });
                    if let Some(k) = topic.filter(|&k| (1..=3).contains(&(b - k - 1))) {
                        a = k + 1;
                    }
                }
                let national = |k: usize| {
                    self.lex
                        .lookup(word(k))
                        .iter()
                        .any(|e| matches!(e, Entry::Country(_) | Entry::Demonym(_)))
                };
                let hyphen = |k: usize| matches!(word(k), "-" | "‐" | "‑");
                loop {
                    // "Co-President", "Vice-Chancellor": a title written
                    // with a prefix and a hyphen.
                    if a + 3 < b && hyphen(a + 1) && self.is_title_word(word(a + 2)) {
                        a += 3;
                    // "Ruritanian Co-President X", "U.S. Ambassador X": a
                    // country or demonym before a title is no part of the
                    // name, nor is the title.
                    } else if a + 2 < b
                        && national(a)
                        && (self.is_title_word(word(a + 1)) || hyphen(a + 2))
                        || a + 1 < b && self.is_title_word(word(a))
                    {
                        a += 1;
                    } else {
                        break;
                    }
                }
            }
            // "[UN Special Envoy for Sudan], Karin Holm": a known
            // organisation or country followed by a title names the
            // organisation; the title (and what follows it) describes a
            // person.
            if kind == MentionKind::Org {
                let title_at = |k: usize| {
                    self.is_title_word(word(after_title_modifiers(k, b - 1, |j| {
                        lowercase(word(j))
                    })))
                };
                let known = |end: usize| {
                    let head = &text[spans[a].start as usize..spans[end - 1].end as usize];
                    self.lex
                        .lookup(head)
                        .iter()
                        .any(|e| matches!(e, Entry::Actor(_) | Entry::Country(_)))
                };
                if let Some(t) = (a + 1..b).find(|&k| title_at(k) && known(k)) {
                    b = t;
                }
            }
            // "[National Security Adviser Eduardo Ramos]": a title whose
            // modifiers look like an organisation's name, then one to three
            // capitalised words that are no organisation's head, is a
            // person's title and name.
            let plain = |k: usize| !FUNCTION.contains(&&*lowercase(word(k)));
            if kind == MentionKind::Org && (a..b).all(plain) {
                // An abbreviated title may open the span ("[Adm. John
                // Aquilino]"): no organisation's name starts so.
                let from = if word(a).ends_with('.') { a } else { a + 1 };
                let name_from = (from..b.saturating_sub(1))
                    .rev()
                    .find(|&k| self.is_title_word(word(k)))
                    .map(|k| k + 1)
                    .filter(|&n| {
                        b - n <= 3
                            && (n..b).all(|j| {
                                let w = word(j);
                                w.chars().next().is_some_and(char::is_uppercase)
                                    && !self.is_title_word(w)
                                    && !ORG_HEADS.contains(&&*lowercase(w))
                            })
                    });
                if let Some(n) = name_from {
                    a = n;
                    kind = MentionKind::Person;
                }
            }
            if a >= b || (a..b).all(|k| self.is_title_word(word(k))) {
                continue;
            }
            // "Fighters attacked …": a group noun capitalised only because
            // it opens the sentence names no one.
            let opens_sentence = starts.binary_search(&a).is_ok();
            if opens_sentence
                && b == a + 1
                && self
                    .lex
                    .role(&[word(a)])
                    .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::People)
            {
                continue;
            }
            // "POWs", "Ukrainian MPs": a plural acronym is a common noun;
            // "God" is no actor.
            let plural_acronym = |w: &str| {
                w.len() >= 3
                    && w.ends_with('s')
                    && w[..w.len() - 1].bytes().all(|c| c.is_ascii_uppercase())
            };
            if plural_acronym(word(b - 1))
                || (b == a + 1 && NOT_NAMES.contains(&&*lowercase(word(a))))
            {
                continue;
            }
            // "EU Agrees On Fresh Sanctions": a headline, not a name.
            if (a + 1..b).any(|k| {
                let w = word(k);
                w.chars().next().is_some_and(char::is_uppercase)
                    && FUNCTION.contains(&&*lowercase(w))
            }) {
                continue;
            }
            // "... Of Belarus Officials Including [Lukashenka Family
            // Members]": in a headline in title case every word is
            // capitalised, so the tagger's guess stands only for a name
            // the article also writes elsewhere.
            let si = starts.partition_point(|&s| s <= a).saturating_sub(1);
            let sent = doc.sentences.get(si).filter(|s| {
                *titled.entry(si).or_insert_with(|| {
                    title_case(
                        &spans[s.first.index().min(spans.len())..s.end.index().min(spans.len())],
                        text,
                    )
                })
            });
            if let Some(sent) = sent {
                let name = &text[spans[a].start as usize..spans[b - 1].end as usize];
                let elsewhere = text
                    .match_indices(name)
                    .any(|(i, _)| i < sent.span.start as usize || i >= sent.span.end as usize);
                if !elsewhere {
                    continue;
                }
            }
            // "Interior Ministry" typed as a place is an organisation, and
            // so are "Harrow School", "Social Services", "Bank of Ghana".
            if matches!(kind, MentionKind::Loc | MentionKind::Person) && b - a > 1 {
                let org_role = self.lex.role(&[word(b - 1)]).is_some_and(|r| {
                    r.use_ == crate::actors::lexicon::RoleUse::Org && r.sector.is_some()
                });
                let org_head = |k: usize| ORG_HEADS.contains(&&*lowercase(word(k)));
                // "West Bank" is a place the gazetteer knows.
                let place = gaz
                    .get(a)
                    .is_some_and(|&c| (16..22).contains(&c) && c % 2 == 0)
                    && (a + 1..b).all(|k| gaz.get(k) == Some(&(gaz[a] + 1)))
                    && gaz.get(b) != Some(&(gaz[a] + 1));
                if !place && (org_role || org_head(b - 1) || (word(a + 1) == "of" && org_head(a))) {
                    kind = MentionKind::Org;
                }
            }
            // "the city of [El Fasher]": a settlement noun and "of" before
            // a name make it a place, and so does "the provincial capital,
            // [Ijevan]"; such a mention decides the type of its name
            // elsewhere in the article ("off [Abu Musa]").
            // "two villages, [Ndim] and [Kowone]": a plural settlement noun
            // and a comma before a name make it a place too, and so does
            // "and" after a name such a rule placed.
            let mut place_rule = false;
            let place_noun = |w: &str| {
                let l = lowercase(w);
                PLACE_NOUNS.contains(&&*l)
                    || l.strip_suffix("ies")
                        .is_some_and(|r| PLACE_NOUNS.contains(&&*format!("{r}y")))
                    || l.strip_suffix('s')
                        .is_some_and(|r| PLACE_NOUNS.contains(&r))
            };
            let plural_noun = |w: &str| place_noun(w) && !PLACE_NOUNS.contains(&&*lowercase(w));
            let after_placed = a >= 2
                && word(a - 1) == "and"
                && placed.last().is_some_and(|&i| {
                    i + 1 == out.len()
                        && out[i].1 == MentionKind::Loc
                        && out[i].0.end == spans[a - 2].end
                });
            if a >= 2
                && (word(a - 1) == "of" && place_noun(word(a - 2))
                    || word(a - 1) == "," && (word(a - 2) == "capital" || plural_noun(word(a - 2)))
                    || after_placed)
            {
                kind = MentionKind::Loc;
                place_rule = true;
            }
            // "met them at [State House]": a name that ends in a building
            // word after a preposition of place is the building.
            if kind == MentionKind::Org
                && b - a >= 2
                && a >= 1
                && matches!(word(a - 1), "at" | "outside" | "inside" | "near")
                && BUILDINGS.contains(&&*lowercase(word(b - 1)))
            {
                kind = MentionKind::Loc;
            }
            // "Zalmay Khalilzad, the US special representative": a name
            // with an apposition that gives a person's title is a person.
            if matches!(kind, MentionKind::Loc | MentionKind::Org)
                && self.title_apposition(b, spans.len(), word)
            {
                kind = MentionKind::Person;
            }
            let span = trim_possessive(
                text,
                Span::new(spans[a].start as usize, spans[b - 1].end as usize),
            );
            if place_rule || group_rule {
                placed.push(out.len());
            }
            out.push((span, kind, score, lexicon));
        }
        // One name, one type: a name the model typed differently elsewhere
        // in the article takes the type its mentions give most (summed
        // confidence).
        let mut kinds: Vec<MentionKind> = Vec::with_capacity(out.len());
        for f in &out {
            let mut votes: Vec<(MentionKind, f32)> = Vec::new();
            if !f.3 {
                let t = f.0.text(text);
                for (j, g) in out
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| !g.3 && g.0.text(text) == t)
                {
                    let w = if placed.contains(&j) {
                        g.2 + 100.0
                    } else {
                        g.2
                    };
                    match votes.iter_mut().find(|v| v.0 == g.1) {
                        Some(v) => v.1 += w,
                        None => votes.push((g.1, w)),
                    }
                }
            }
            let best = votes
                .iter()
                .fold(None, |b: Option<(MentionKind, f32)>, &v| match b {
                    Some(b) if b.1 >= v.1 => Some(b),
                    _ => Some(v),
                });
            kinds.push(best.map_or(f.1, |b| b.0));
        }
        for (f, k) in out.iter_mut().zip(kinds) {
            f.1 = k;
        }
        // "a letter to [Walt Disney]", "[Melania Trump]" after "Trump": a
        // name the model took for a location whose last word is the family
        // name of a person the article names is that family's person,
        // unless the gazetteer knows its words as a place.
        let last_word = |sp: Span| sp.text(text).rsplit(' ').next();
        let surnames: Vec<&str> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Person)
            .filter_map(|f| last_word(f.0))
            .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
            .collect();
        if !surnames.is_empty() {
            for (j, f) in out.iter_mut().enumerate() {
                if f.3
                    || f.1 != MentionKind::Loc
                    || placed.contains(&j)
                    || !last_word(f.0).is_some_and(|w| surnames.contains(&w))
                {
                    continue;
                }
                let (a, b) = toks(f.0);
                if (a..b).all(|k| gaz.get(k).is_none_or(|&c| c == 0)) {
                    f.1 = MentionKind::Person;
                }
            }
        }
        // "987 votes for [Aminu Garba] of the [People's Congress]", later
        // "Garba said": a short name the model took for an organisation is
        // a person when it is followed by "of (the)" and an organisation
        // (a person's affiliation: an organisation's own "of" would have
        // joined the two) or its last word stands alone as a person
        // elsewhere, as long as no word of it is an organisation word, an
        // acronym or a place the gazetteer knows.
        let org_starts: Vec<usize> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Org)
            .map(|f| toks(f.0).0)
            .collect();
        let single_persons: Vec<&str> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Person && !f.0.text(text).contains(' '))
            .map(|f| f.0.text(text))
            .collect();
        for f in out.iter_mut() {
            if f.3 || f.1 != MentionKind::Org {
                continue;
            }
            let (a, b) = toks(f.0);
            if b < a + 2 || b > a + 3 {
                continue;
            }
            let plain_name = (a..b).all(|k| {
                let w = word(k);
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && w.len() > 2
                    && cs.all(|c| c.is_lowercase() || c == '-' || c == '\'')
                    && gaz.get(k).is_none_or(|&c| c == 0)
                    && ORG_HEADS.binary_search(&&*lowercase(w)).is_err()
                    && self.lex.role(&[w]).is_none()
                    && !self.is_title_word(w)
                    && crate::time::calendar(w).is_none()
            }) && self.lex.lookup(f.0.text(text)).is_empty();
            if !plain_name {
                continue;
            }
            let of_org = word(b) == "of"
                && (org_starts.contains(&(b + 1))
                    || (word(b + 1) == "the" && org_starts.contains(&(b + 2))));
            let surname = single_persons.contains(&word(b - 1));
            if of_org || surname {
                f.1 = MentionKind::Person;
            }
        }
        // "Mozilla" after "Mozilla Foundation": the first word of an
        // organisation's name that ends in an organisation word, alone
        // elsewhere in the article, is that organisation (unless the
        // gazetteer knows it as a place: "Sydney" after "Sydney Morning
        // Herald").
        let org_firsts: Vec<&str> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Org)
            .filter_map(|f| {
                let t = f.0.text(text);
                let (first, rest) = t.split_once(' ')?;
                let last = rest.rsplit(' ').next()?;
                ORG_HEADS
                    .binary_search(&&*lowercase(last))
                    .is_ok()
                    .then_some(first)
            })
            .filter(|w| w.len() > 2 && !FUNCTION.contains(&&*lowercase(w)))
            .collect();
        if !org_firsts.is_empty() {
            for f in out.iter_mut() {
                if f.3 || !matches!(f.1, MentionKind::Person | MentionKind::Loc) {
                    continue;
                }
                let (a, b) = toks(f.0);
                let place = gaz.get(a).is_some_and(|&c| (16..22).contains(&c));
                if b == a + 1 && !place && org_firsts.contains(&f.0.text(text)) {
                    f.1 = MentionKind::Org;
                }
            }
        }
        // One name, one type: a word of a person's full name is that person.
        let person_words: Vec<&str> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Person && !f.3)
            .flat_map(|f| f.0.text(text).split(' ').collect::<Vec<_>>())
            .filter(|w| w.len() > 2)
            .collect();
        for f in out.iter_mut() {
            if !f.3 && f.1 != MentionKind::Person {
                let t = f.0.text(text);
                if !t.contains(' ') && person_words.contains(&t) {
                    f.1 = MentionKind::Person;
                }
            }
        }
        // ... and a surname the model missed ("Khalilzad said") is the person.
        let covered_at = |k: usize, out: &[Found]| out.iter().any(|f| f.0.overlaps(spans[k]));
        let mut extra = Vec::new();
        for k in 0..spans.len() {
            let w = word(k);
            // Trimming keeps the first letter: test it before trimming.
            if !w.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let bare = w.trim_end_matches("’s").trim_end_matches("'s");
            if bare.len() > 2 && person_words.contains(&bare) && !covered_at(k, &out) {
                extra.push((
                    Span::new(
                        spans[k].start as usize,
                        spans[k].start as usize + bare.len(),
                    ),
                    MentionKind::Person,
                    0.5,
                    false,
                ));
            }
        }
        out.extend(extra);
        // An acronym of an organisation named in the article ("NUF" after
        // "National Unity Front") is that organisation.
        let initials: Vec<String> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Org)
            .map(|f| {
                f.0.text(text)
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
            })
            .filter(|i| i.len() >= 2)
            .collect();
        for f in out.iter_mut() {
            if !f.3 && initials.iter().any(|i| i == f.0.text(text)) {
                f.1 = MentionKind::Org;
            }
        }
        let mut acronyms = Vec::new();
        for k in 0..spans.len() {
            let w = word(k);
            if (2..=6).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && initials.iter().any(|i| i == w)
                && !covered_at(k, &out)
            {
                acronyms.push((spans[k], MentionKind::Org, 0.5, false));
            }
        }
        out.extend(acronyms);
        // "Opposition leader [Raila Odinga]": a name right after a
        // person's title is a person, unless it ends in an organisation
        // word, is an acronym or a place the gazetteer knows.
        for f in out.iter_mut() {
            if f.3 || !matches!(f.1, MentionKind::Org | MentionKind::Loc) {
                continue;
            }
            let (a, b) = toks(f.0);
            if a == 0 || b <= a || b - a > 3 || !self.is_title_word(word(a - 1)) {
                continue;
            }
            let org_word = ORG_HEADS.binary_search(&&*lowercase(word(b - 1))).is_ok()
                || self
                    .lex
                    .role(&[word(b - 1)])
                    .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::Org);
            let acronym = !f.0.text(text).chars().any(char::is_lowercase);
            let place = gaz.get(a).is_some_and(|&c| c != 0 && c != 24);
            if !org_word && !acronym && !place {
                f.1 = MentionKind::Person;
            }
        }
        // "Suhail Shaheen, a spokesman for ...": capitalised words before a
        // comma and a title are a person's name; so are those right after
        // a title ("Major General [Zaw Min Tun]").
        let covered = |k: usize, out: &[Found]| out.iter().any(|f| f.0.overlaps(spans[k]));
        let mut k = 0;
        while k < spans.len() {
            let cap = |j: usize| {
                let w = word(j);
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !FUNCTION.contains(&&*lowercase(w))
                    && !self.is_title_word(w)
            };
            if !cap(k) || covered(k, &out) {
                k += 1;
                continue;
            }
            let mut e = k;
            while e < spans.len() && e - k < 4 && cap(e) && !covered(e, &out) {
                e += 1;
            }
            let n = e - k;
            let after_comma = e + 1 < spans.len() && word(e) == ",";
            let title_follows = after_comma && {
                let mut j = e + 1;
                if matches!(&*lowercase(word(j)), "a" | "an" | "the") {
                    j += 1;
                }
                (j..(j + 4).min(spans.len())).any(|x| {
                    self.lex
                        .role(&[word(x)])
                        .is_some_and(|r| r.use_ == crate::actors::lexicon::RoleUse::Title)
                })
            };
            let title_before = k > 0 && self.is_title_word(word(k - 1)) && e - k < 4;
            if (2..=3).contains(&n)
                && (title_follows || title_before)
                && self
                    .lex
                    .lookup(spans[k].cover(spans[e - 1]).text(text))
                    .is_empty()
            {
                out.push((
                    spans[k].cover(spans[e - 1]),
                    MentionKind::Person,
                    0.5,
                    false,
                ));
            }
            // "the German charity [Sea-Watch]", "[Alarm Phone], a hotline
            // run by activists": a capitalised run right after a lower-case
            // word for a kind of organisation, or before a comma and one,
            // names that organisation (hyphens join its words).
            let mut e = k;
            while e < spans.len() && e - k < 5 && !covered(e, &out) {
                let joined = word(e) == "-"
                    && e > k
                    && e + 1 < spans.len()
                    && spans[e - 1].end == spans[e].start
                    && spans[e].end == spans[e + 1].start
                    && cap(e + 1);
                if cap(e) || joined {
                    e += 1;
                } else {
                    break;
                }
            }
            let org_noun = |j: usize| {
                word(j).chars().next().is_some_and(char::is_lowercase)
                    && self.lex.role(&[word(j)]).is_some_and(|r| {
                        r.use_ == crate::actors::lexicon::RoleUse::Org && r.sector.is_some()
                    })
            };
            // "the monitoring group ACLED", "the rights group Avaaz": a
            // plain "group" counts after a lower-case word naming its kind.
            let kind_of_group = k > 1
                && word(k - 1) == "group"
                && word(k - 2).chars().all(char::is_lowercase)
                && word(k - 2).len() > 3
                && !matches!(word(k - 2), "this" | "that" | "their" | "which");
            let org_before = k > 0 && (org_noun(k - 1) || kind_of_group);
            let org_follows = e + 2 < spans.len()
                && word(e) == ","
                && matches!(word(e + 1), "a" | "an")
                && (e + 2..(e + 5).min(spans.len()))
                    .take_while(|&x| !matches!(word(x), "," | "." | "of" | "for"))
                    .any(org_noun);
            // Days and months: capitalised, but no names of organisations.
            let calendar = (k..e).any(|j| crate::time::calendar(word(j)).is_some());
            if e > k
                && !calendar
                && (org_before || (org_follows && e - k >= 2))
                && self
                    .lex
                    .lookup(spans[k].cover(spans[e - 1]).text(text))
                    .is_empty()
                && gaz.get(k).is_none_or(|&c| c == 0 || c == 24)
            {
                out.push((spans[k].cover(spans[e - 1]), MentionKind::Org, 0.5, false));
            }
            k = e.max(k + 1);
        }
        self.names_of_places_and_currencies(text, spans, gaz, out)
    }

    /// Last repairs of names that are places or no entity at all:
    /// - "a fine of 50 million [CFA] francs": a name right before a
    ///   currency word is part of the currency's name, no entity;
    /// - "the islets, which Turkey calls [Kardak]", "the town, known as
    ///   [Ras al-Ain]": the name a place is called by is a place;
    /// - "in [Gwale] and Dala": a one-word name coordinated with a place
    ///   after a preposition of place is a place too, unless it is a word
    ///   of a person's fuller name.
    fn names_of_places_and_currencies(
        &self,
        text: &str,
        spans: &[Span],
        gaz: &[u8],
        mut out: Vec<Found>,
    ) -> Vec<Found> {
        let toks = |sp: Span| token_range(spans, sp);
        let word = |k: usize| spans.get(k).map_or("", |s| s.text(text));
        out.retain(|f| f.3 || !CURRENCY_WORDS.contains(&&*lowercase(word(toks(f.0).1))));
        let place_word = |w: &str| {
            let l = lowercase(w);
            let sing = l
                .strip_suffix("ies")
                .map(|r| format!("{r}y"))
                .or_else(|| l.strip_suffix('s').map(str::to_string))
                .unwrap_or_else(|| l.to_string());
            PLACE_NOUNS.contains(&&*l)
                || PLACE_NOUNS.contains(&&*sing)
                || NAMED_PLACE_NOUNS.contains(&&*l)
                || NAMED_PLACE_NOUNS.contains(&&*sing)
        };
        let loc_ends: Vec<usize> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Loc)
            .map(|f| toks(f.0).1)
            .collect();
        let loc_starts: Vec<usize> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Loc)
            .map(|f| toks(f.0).0)
            .collect();
        let place_before = |k: usize| place_word(word(k)) || loc_ends.contains(&(k + 1));
        let person_words: Vec<&str> = out
            .iter()
            .filter(|f| f.1 == MentionKind::Person && f.0.text(text).contains(' '))
            .flat_map(|f| f.0.text(text).split(' ').collect::<Vec<_>>())
            .collect();
        for f in out.iter_mut() {
            if f.3 || !matches!(f.1, MentionKind::Person | MentionKind::Org) {
                continue;
            }
            let (a, b) = toks(f.0);
            if a < 3 || b <= a {
                continue;
            }
            // ", which Turkey calls [X]", ", known (locally) as [X]".
            let called = if matches!(word(a - 1), "call" | "calls" | "called" | "dubbed") {
                (a.saturating_sub(5)..a - 1)
                    .rev()
                    .find(|&j| matches!(word(j), "which" | "what"))
                    .is_some_and(|j| {
                        j >= 1
                            && (place_before(j - 1)
                                || (word(j - 1) == "," && j >= 2 && place_before(j - 2)))
                    })
            } else {
                // "known (locally) as".
                let known = (a.saturating_sub(3)..a - 1)
                    .rev()
                    .find(|&j| word(j) == "known");
                word(a - 1) == "as"
                    && known.is_some_and(|j| {
                        j >= 2
                            && (place_before(j - 1) || (word(j - 1) == "," && place_before(j - 2)))
                    })
            };
            // "in [X] and Dala", "near Dala and [X]" ("between X and Y" is
            // as often two persons: "a deal between Aoun and Hariri").
            let locative = |j: usize| {
                matches!(
                    word(j),
                    "in" | "near" | "including" | "from" | "across" | "around"
                )
            };
            let coordinated = f.1 == MentionKind::Person
                && b == a + 1
                && !person_words.contains(&word(a))
                && ((word(b) == "and"
                    && (loc_starts.contains(&(b + 1)) || gaz.get(b + 1).is_some_and(|&c| c != 0))
                    && locative(a - 1))
                    || (word(a - 1) == "and"
                        && (loc_ends.contains(&(a - 1))
                            || gaz.get(a - 2).is_some_and(|&c| c != 0))
                        && (a.saturating_sub(5)..a - 2).any(locative)));
            if called || coordinated {
                f.1 = MentionKind::Loc;
            }
        }
        out.sort_by_key(|f| (f.0.start, f.0.end));
        out
    }
}

impl Stage for MentionFinder {
    fn name(&self) -> &'static str {
        "mention finder"
    }
    fn layer(&self) -> Layer {
        Layer::Mentions
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Tags]
    }
    fn annotate(&self, doc: &mut Doc) {
        doc.mentions = self.find(doc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::{sentencizer::Sentencizer, tagger::Tagger, tokenizer::Tokenizer};
    use newsgraph_core::Article;

    fn mentions(text: &str) -> Vec<(String, MentionKind)> {
        let mut doc = Doc::new(Article {
            id: "t".into(),
            text: text.into(),
            ..Article::default()
        });
        Tokenizer::new().annotate(&mut doc);
        Sentencizer::new().annotate(&mut doc);
        Tagger::new().expect("tagger builds").annotate(&mut doc);
        let f = MentionFinder::new().expect("finder builds");
        f.annotate(&mut doc);
        doc.mentions
            .iter()
            .map(|m| (doc.span_text(m.span).to_string(), m.kind))
            .collect()
    }

    /// A tokenized Doc of `text`, the finder, the token spans and an empty
    /// gazetteer marking: what the refining passes read, so that a test can
    /// force the model's reading.
    fn forced(text: &str) -> (Doc, MentionFinder, Vec<Span>, Vec<u8>) {
        let doc = crate::stages::tokenized(text);
        let f = MentionFinder::new().expect("finder builds");
        let spans: Vec<Span> = doc.tokens.iter().map(|t| t.span).collect();
        let gaz = vec![0u8; spans.len()];
        (doc, f, spans, gaz)
    }

    /// The span of the first `s` in `text`.
    fn span_in(text: &str, s: &str) -> Span {
        let at = text.find(s).expect("in text");
        Span::new(at, at + s.len())
    }

    #[test]
    fn a_name_the_model_took_for_an_organisation_before_of_a_party_is_a_person() {
        // The model's reading is forced here: "[Bashir Tanko]" as ORG
        // before "of the [People's Front]".
        let text = "Votes went to Bashir Tanko of the People's Front (PF). Tanko spoke.";
        let (doc, f, spans, gaz) = forced(text);
        let sp = |s: &str| span_in(text, s);
        let found = vec![
            (sp("Bashir Tanko"), MentionKind::Org, 0.9, false),
            (sp("People's Front"), MentionKind::Org, 0.9, false),
        ];
        let out = f.refine(&doc, &spans, &gaz, found);
        let kind = |s: &str| out.iter().find(|m| m.0 == sp(s)).map(|m| m.1);
        assert_eq!(kind("Bashir Tanko"), Some(MentionKind::Person), "{out:?}");
        assert_eq!(kind("People's Front"), Some(MentionKind::Org), "{out:?}");
    }

    #[test]
    fn a_name_a_place_is_called_by_is_a_place() {
        let text = "Boats met off the reef, which Manila calls Panatag, and near the \
                    valley, known locally as Zardak.";
        let (_, f, spans, gaz) = forced(text);
        let sp = |s: &str| span_in(text, s);
        let found = vec![
            (sp("Panatag"), MentionKind::Person, 0.9, false),
            (sp("Zardak"), MentionKind::Person, 0.9, false),
        ];
        let out = f.names_of_places_and_currencies(text, &spans, &gaz, found);
        assert!(out.iter().all(|m| m.1 == MentionKind::Loc), "{out:?}");
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym_is_one_organisation() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
        let ws = w("said the Tanzania People 's Defence Force ( TPDF ) had");
        assert_eq!(acronym_start(&ws, 7, "TPDF"), Some(2));
        let ws = w("the Pacific Support and Recovery Mission in Fiji ( PASUREF ) said");
        assert_eq!(acronym_start(&ws, 8, "PASUREF"), Some(1));
        // A title and a person before a party's acronym are no name of it.
        let ws = w("Prime Minister Imran Khan ( PTI ) said");
        assert_eq!(acronym_start(&ws, 4, "PTI"), None);
        let ws = w("the Popular Front for the Liberation of Togo ( FLT ) said");
        assert_eq!(acronym_start(&ws, 8, "FLT"), None);
        let m = mentions(
            "The Tanzania People's Defence Force (TPDF) said it shelled the camps. \
             A TPDF spokesman declined to comment.",
        );
        assert!(
            m.iter()
                .any(|(t, k)| t == "Tanzania People's Defence Force" && *k == MentionKind::Org),
            "{m:?}"
        );
        assert_eq!(m.iter().filter(|(t, _)| t == "TPDF").count(), 2, "{m:?}");
    }

    #[test]
    fn a_large_city_s_full_name_taken_for_a_person_is_the_city() {
        let m = mentions(
            "Rebels shelled El Fasher again on Monday, and San Pedro Sula braced for more.",
        );
        assert!(!m.iter().any(|(_, k)| *k == MentionKind::Person), "{m:?}");
        has_mention(
            "President San Martin spoke on Monday.",
            "San Martin",
            MentionKind::Person,
        );
    }

    #[test]
    fn an_international_mission_keeps_the_places_it_serves() {
        has_mention(
            "The United Nations Mission in South Sudan said two peacekeepers were hurt.",
            "United Nations Mission in South Sudan",
            MentionKind::Org,
        );
        has_mention(
            "Observers of the UN Monitoring Group in Chad and Niger left on Friday.",
            "UN Monitoring Group in Chad and Niger",
            MentionKind::Org,
        );
        let m = mentions("The Wagner Group in Mali denied the report.");
        assert!(m.iter().any(|(t, _)| t == "Wagner Group"), "{m:?}");
    }

    /// Asserts that `text` has a mention `name` of `kind`.
    fn has_mention(text: &str, name: &str, kind: MentionKind) {
        let m = mentions(text);
        assert!(
            m.iter().any(|(t, k)| t == name && *k == kind),
            "{name}: {m:?}"
        );
    }

    #[test]
    fn a_location_named_like_a_person_of_the_article_is_that_person() {
        let text =
            "Governor Amara Okafor spoke first. Later a letter went to Nkem Okafor in Lagos.";
        has_mention(text, "Nkem Okafor", MentionKind::Person);
        has_mention(text, "Lagos", MentionKind::Loc);
    }

    #[test]
    fn a_name_after_state_television_is_the_broadcaster() {
        let m = mentions(
            "The army said in a statement read on state television Tele Kivu that \"dozens of rebels\" had been killed.",
        );
        assert!(
            m.iter()
                .any(|(t, k)| t == "Tele Kivu" && *k == MentionKind::Org),
            "{m:?}"
        );
    }

    #[test]
    fn a_city_named_with_the_is_no_organisation() {
        let m = mentions("Judges at a tribunal in The Hague ruled against the claim on Tuesday.");
        assert!(!m.iter().any(|(_, k)| *k == MentionKind::Org), "{m:?}");
    }

    #[test]
    fn the_unknown_speaker_of_a_quote_is_a_person() {
        has_mention(
            "“The water came at night,” Okonkwo said.",
            "Okonkwo",
            MentionKind::Person,
        );
        has_mention(
            "The market has always been political, says Vantriel.",
            "Vantriel",
            MentionKind::Person,
        );
        has_mention(
            "Brannagh, who led the inquiry, said the panel was essential.",
            "Brannagh",
            MentionKind::Person,
        );
        // Known names keep their reading, and a plural group noun is none.
        let m = mentions("Residents said the water came at night. Kenya said it would help.");
        assert!(!m.iter().any(|(_, k)| *k == MentionKind::Person), "{m:?}");
    }

    #[test]
    fn a_demonym_opens_the_name_of_a_body_of_its_state() {
        has_mention(
            "The Malian Armed Forces said they struck a convoy near the border.",
            "Malian Armed Forces",
            MentionKind::Org,
        );
        // A possessive inside the name does not end it.
        has_mention(
            "The ruling Mongolian People's Party holds 68 seats.",
            "Mongolian People's Party",
            MentionKind::Org,
        );
        // "People's" inside a party's name does not end it either.
        has_mention(
            "The opposition All People's Congress rejected the plan.",
            "All People's Congress",
            MentionKind::Org,
        );
        // A national Red Crescent society keeps its demonym.
        has_mention(
            "Volunteers of the Syrian Red Crescent recovered four bodies.",
            "Syrian Red Crescent",
            MentionKind::Org,
        );
        // One capitalised word after it is a description.
        let m = mentions("Afghan Republic negotiators met the envoy.");
        assert!(!m.iter().any(|(t, _)| t == "Afghan Republic"), "{m:?}");
    }

    #[test]
    fn a_sea_named_after_a_country_is_one_place() {
        has_mention(
            "The navy detained 23 fishermen in the Gulf of Thailand on Sunday.",
            "Gulf of Thailand",
            MentionKind::Loc,
        );
    }

    #[test]
    fn a_name_after_the_town_of_is_a_place_everywhere() {
        let m = mentions(
            "Jets struck camps near the town of Bulo Marer. \
             Residents of Bulo Marer said a market was hit.",
        );
        let k: Vec<_> = m.iter().filter(|(t, _)| t == "Bulo Marer").collect();
        assert_eq!(k.len(), 2, "{m:?}");
        assert!(k.iter().all(|(_, k)| *k == MentionKind::Loc), "{m:?}");
    }

    #[test]
    fn a_hyphen_inside_a_word_does_not_end_a_name() {
        let m =
            mentions("President Moon Jae-in met the press. Moon Jae-in said the talks went well.");
        assert!(m.iter().any(|(t, _)| t == "Moon Jae-in"), "{m:?}");
        // The first half of a hyphenated given name belongs to it.
        let m = mentions("Their lawyer, Bat-Erdene Naran, said he would appeal the order.");
        assert!(m.iter().any(|(t, _)| t == "Bat-Erdene Naran"), "{m:?}");
        let m = mentions("Officials of the Guinea-Bissau Human Rights League visited the jail.");
        assert!(
            m.iter()
                .any(|(t, _)| t == "Guinea-Bissau Human Rights League"),
            "{m:?}"
        );
        // Two places joined by a hyphen stay apart, and so does a
        // compound adjective.
        let m = mentions("Traders use the Mandera-Bulo Hawo road every day.");
        assert!(!m.iter().any(|(t, _)| t.contains("Mandera-")), "{m:?}");
        let m = mentions("Islamic State-linked militants attacked the Bahrain-based fleet.");
        assert!(
            !m.iter()
                .any(|(t, _)| t.contains("-linked") || t.contains("-based")),
            "{m:?}"
        );
    }

    #[test]
    fn plural_acronyms_and_deities_are_no_names() {
        let m = mentions("Russia freed 90 Ukrainian POWs on Friday. They thanked God.");
        assert!(!m.iter().any(|(t, _)| t.contains("POWs")), "{m:?}");
        assert!(!m.iter().any(|(t, _)| t == "God"), "{m:?}");
    }

    #[test]
    fn joins_an_organisation_head_and_its_name_after_of_the() {
        let words = [
            "the",
            "National",
            "Library",
            "of",
            "the",
            "Netherlands",
            "said",
        ];
        let found = vec![(1, 3, NerType::Org), (5, 6, NerType::Loc)];
        let joined = join_org_of(&words, &[], found, |w| ORG_HEADS.contains(&&*lowercase(w)));
        assert_eq!(joined, vec![(1, 6, NerType::Org)]);
    }

    #[test]
    fn an_organisation_name_runs_over_for_the_and_on() {
        has_mention(
            "The National Council for the Protection of Children, a state body, said the jail was full.",
            "National Council for the Protection of Children",
            MentionKind::Org,
        );
        has_mention(
            "The Southern Regional Authority on Trade said it would meet.",
            "Southern Regional Authority on Trade",
            MentionKind::Org,
        );
        has_mention(
            "The National Watchdog for the Welfare of Miners, a public body, said the mine was unsafe.",
            "National Watchdog for the Welfare of Miners",
            MentionKind::Org,
        );
        let m = mentions("The Grain Board on Monday cut its forecast.");
        assert!(!m.iter().any(|(n, _)| n.contains("Monday")), "{m:?}");
        let m = mentions("The Grain Board on Feb. 3 cut its forecast.");
        assert!(!m.iter().any(|(n, _)| n.contains("Feb")), "{m:?}");
    }

    #[test]
    fn a_capitalised_run_ending_in_an_organisation_word_is_one_name() {
        let words = [
            "the", "Sydney", "Morning", "Herald", "and", "Afghan", "Interior", "Ministry",
        ];
        let gaz = [0, 18, 0, 0, 0, 6, 0, 15];
        let found = vec![
            (1, 2, NerType::Loc),
            (3, 4, NerType::Per),
            (5, 6, NerType::Norp),
            (6, 8, NerType::Org),
        ];
        assert_eq!(
            join_org_run(&words, &gaz, found),
            vec![
                (1, 4, NerType::Org),
                (5, 6, NerType::Norp),
                (6, 8, NerType::Org)
            ]
        );
    }

    #[test]
    fn repairs_place_person_and_possessive_spans() {
        let m = mentions("Rebels attacked the city of El Fasher on Friday.");
        assert!(m.contains(&("El Fasher".into(), MentionKind::Loc)), "{m:?}");
        let m = mentions("Zalmay Khalilzad, the US special representative, arrived on Monday.");
        assert!(
            m.contains(&("Zalmay Khalilzad".into(), MentionKind::Person)),
            "{m:?}"
        );
        let m = mentions("Afghanistan’s Interior Ministry said the attack failed.");
        assert!(
            m.contains(&("Afghanistan".into(), MentionKind::Gpe)),
            "{m:?}"
        );
        assert!(m.iter().any(|(t, _)| t == "Interior Ministry"), "{m:?}");
        let m = mentions("Hundreds of people gathered at Kabul airport on Monday.");
        assert!(!m.iter().any(|(t, _)| t.ends_with("airport")), "{m:?}");
    }

    #[test]
    fn a_place_noun_types_the_name_everywhere() {
        let m = mentions(
            "Guards seized a ship near the island of Kish Garan on Monday. \
             The ship had been sailing off Kish Garan when it was stopped. \
             Residents fled to the provincial capital, Darband.",
        );
        assert!(
            m.iter()
                .filter(|(t, _)| t == "Kish Garan")
                .all(|(_, k)| *k == MentionKind::Loc),
            "{m:?}"
        );
        assert!(m.contains(&("Darband".into(), MentionKind::Loc)), "{m:?}");
    }

    #[test]
    fn lexicon_types_countries_demonyms_and_known_groups() {
        let m = mentions("Iraqi troops fought the Taliban near the border with Iran.");
        assert!(m.contains(&("Iraqi".into(), MentionKind::Norp)), "{m:?}");
        assert!(m.contains(&("Taliban".into(), MentionKind::Org)), "{m:?}");
        assert!(m.contains(&("Iran".into(), MentionKind::Gpe)), "{m:?}");
        let m = mentions("Police raided a prison held by the Clan Rotela.");
        assert!(
            m.contains(&("Clan Rotela".into(), MentionKind::Org)),
            "{m:?}"
        );
    }

    #[test]
    fn model_finds_unseen_person_names() {
        let m = mentions(
            "The minister Oleksandr Pavlenko told reporters on Monday that talks would resume.",
        );
        assert!(
            m.iter()
                .any(|(t, k)| t.contains("Pavlenko") && *k == MentionKind::Person),
            "{m:?}"
        );
    }

    #[test]
    fn coordinated_names_are_split_unless_inside_a_longer_name() {
        let words = [
            "Acme",
            "and",
            "Bolt",
            "Institute",
            "of",
            "Arts",
            "and",
            "Crafts",
        ];
        let parts: Vec<_> = split_coordination(&words, 0, 3).collect();
        assert_eq!(parts, vec![(0, 1), (2, 3)]);
        let parts: Vec<_> = split_coordination(&words, 3, 8).collect();
        assert_eq!(parts, vec![(3, 8)]);
    }

    #[test]
    fn an_organisation_word_joins_the_name_after_for() {
        let words = ["the", "Ministry", "for", "Peace", "Affairs", "of", "Oslo"];
        let found = vec![
            (1, 2, NerType::Org),
            (3, 5, NerType::Loc),
            (6, 7, NerType::Loc),
        ];
        assert_eq!(
            join_org_of(&words, &[], found, |w| w == "Ministry"),
            vec![(1, 5, NerType::Org), (6, 7, NerType::Loc)]
        );
    }

    #[test]
    fn a_group_noun_opening_a_sentence_is_no_name() {
        let ms = mentions("Fighters attacked a base near Kismayo. Protesters marched.");
        assert!(
            ms.iter().all(|(t, _)| t != "Fighters" && t != "Protesters"),
            "{ms:?}"
        );
    }

    #[test]
    fn an_organisation_name_runs_over_of_and_on() {
        let words = ["The", "Law", "Society", "of", "Kenya", "said"];
        assert_eq!(
            join_org_of(&words, &[], vec![(4, 5, NerType::Loc)], |_| false),
            vec![(1, 5, NerType::Org)]
        );
        let words = ["the", "National", "Commission", "on", "Human", "Rights"];
        let found = vec![(1, 3, NerType::Org), (4, 6, NerType::Org)];
        assert_eq!(
            join_org_of(&words, &[], found, |_| false),
            vec![(1, 6, NerType::Org)]
        );
        // A person's title is no organisation: "President of Kenya".
        let words = ["the", "President", "of", "Kenya"];
        assert_eq!(
            join_org_of(&words, &[], vec![(3, 4, NerType::Loc)], |_| false),
            vec![(3, 4, NerType::Loc)]
        );
    }

    #[test]
    fn a_ministry_name_runs_over_and_into_its_second_portfolio() {
        let words = ["the", "Ministry", "of", "Industry", "and", "Trade", "said"];
        let found = vec![(1, 4, NerType::Org), (5, 6, NerType::Org)];
        assert_eq!(
            join_ministry_and(&words, &[0; 7], found),
            vec![(1, 6, NerType::Org)]
        );
        let found = vec![(1, 4, NerType::Org)];
        assert_eq!(
            join_ministry_and(&words, &[0; 7], found),
            vec![(1, 6, NerType::Org)]
        );
        // A place after "and" is a name of its own.
        let words = ["the", "Ministry", "of", "Defence", "and", "Kenya", "said"];
        let found = vec![(1, 4, NerType::Org), (5, 6, NerType::Loc)];
        assert_eq!(
            join_ministry_and(&words, &[0, 0, 0, 0, 0, 2, 0], found.clone()),
            found
        );
    }

    #[test]
    fn a_code_name_before_a_word_for_an_armed_group_is_its_name() {
        let m = mentions(
            "Troops fought the 3R armed group near the border. The 3R said it lost three men.",
        );
        assert_eq!(
            m.iter()
                .filter(|(t, k)| t == "3R" && *k == MentionKind::Org)
                .count(),
            2,
            "{m:?}"
        );
        // A code word before no such word is no name.
        let m = mentions("The 5G network reached 3G towns.");
        assert!(!m.iter().any(|(t, _)| t == "5G" || t == "3G"), "{m:?}");
    }

    #[test]
    fn names_listed_after_a_plural_settlement_noun_are_places() {
        let m = mentions("The rebels burned homes in two nearby villages, Ndim and Kowone.");
        for v in ["Ndim", "Kowone"] {
            assert!(
                m.iter().any(|(t, k)| t == v && *k == MentionKind::Loc),
                "{v}: {m:?}"
            );
        }
        let m = mentions("Fighting spread to the towns of Mbala and Kiri on Monday.");
        for v in ["Mbala", "Kiri"] {
            assert!(
                m.iter().any(|(t, k)| t == v && *k == MentionKind::Loc),
                "{v}: {m:?}"
            );
        }
    }

    #[test]
    fn touching_capitalised_spans_are_one_name() {
        let words = ["Jane", "Okafor", "met", "Somali", "Ali"];
        let found = vec![
            (0, 1, NerType::Per),
            (1, 2, NerType::Loc),
            (3, 4, NerType::Norp),
            (4, 5, NerType::Per),
        ];
        assert_eq!(
            merge_adjacent(&words, found),
            vec![
                (0, 2, NerType::Per),
                (3, 4, NerType::Norp),
                (4, 5, NerType::Per)
            ]
        );
    }

    #[test]
    fn two_halves_of_an_organisation_name_joined_by_and_are_one_name() {
        has_mention(
            "The Ruritania Textile Makers and Exporters Association said it would investigate.",
            "Ruritania Textile Makers and Exporters Association",
            MentionKind::Org,
        );
    }

    #[test]
    fn a_name_after_a_title_is_a_person() {
        let m = mentions("Officials met Col. Sami Idris and Adm. John Aquilino on Monday.");
        assert!(
            m.contains(&("John Aquilino".into(), MentionKind::Person)),
            "{m:?}"
        );
        let m = mentions("Opposition leader Amani Wekesa condemned the killings on Monday.");
        assert!(
            m.contains(&("Amani Wekesa".into(), MentionKind::Person)),
            "{m:?}"
        );
        let m = mentions("The spokesman, Major General Thura Win Aung, denied the report.");
        assert!(
            m.contains(&("Thura Win Aung".into(), MentionKind::Person)),
            "{m:?}"
        );
        let m = mentions("National Security Adviser Lena Marquez said the talks would go on.");
        assert!(
            m.contains(&("Lena Marquez".into(), MentionKind::Person)),
            "{m:?}"
        );
        let m =
            mentions("The Department of Foreign Affairs and the National Security Council met.");
        assert!(m.iter().all(|(_, k)| *k != MentionKind::Person), "{m:?}");
    }

    #[test]
    fn a_title_case_headline_keeps_only_names_the_article_repeats() {
        let words = "Rebels Seize Town Near Border As Talks Stall In Geneva";
        let spans: Vec<Span> = words
            .split(' ')
            .scan(0, |at, w| {
                let s = Span::new(*at, *at + w.len());
                *at += w.len() + 1;
                Some(s)
            })
            .collect();
        assert!(title_case(&spans, words));
        let plain = "Rebels seize a town near the border";
        let spans: Vec<Span> = plain
            .split(' ')
            .scan(0, |at, w| {
                let s = Span::new(*at, *at + w.len());
                *at += w.len() + 1;
                Some(s)
            })
            .collect();
        assert!(!title_case(&spans, plain));
        let m = mentions(
            "Bloc Agrees On Sanctions For Officials Including Koval Family Members\n\nThe bloc agreed on sanctions against officials, including relatives of Taras Koval.",
        );
        assert!(!m.iter().any(|(t, _)| t.contains("Members")), "{m:?}");
    }

    #[test]
    fn a_building_after_at_is_a_place() {
        let m = mentions("The president offered to meet youth leaders at State House on Friday.");
        assert!(
            !m.iter()
                .any(|(t, k)| t == "State House" && *k == MentionKind::Org),
            "{m:?}"
        );
    }

    #[test]
    fn a_name_next_to_a_kind_of_organisation_is_an_organisation() {
        let m = mentions("The Dutch charity Sea-Haven said its boat had been turned away.");
        assert!(m.contains(&("Sea-Haven".into(), MentionKind::Org)), "{m:?}");
        let m = mentions("Night Signal, a hotline run by volunteers, said the boat was sinking.");
        assert!(
            m.contains(&("Night Signal".into(), MentionKind::Org)),
            "{m:?}"
        );
        let m = mentions("Fighting killed 12 people, according to the monitoring group FIRMS.");
        assert!(m.contains(&("FIRMS".into(), MentionKind::Org)), "{m:?}");
        let m = mentions("A leader of the Los Halcones gang escaped on Monday.");
        assert!(
            m.contains(&("Los Halcones".into(), MentionKind::Org)),
            "{m:?}"
        );
    }

    #[test]
    fn possessive_is_not_part_of_the_mention() {
        let m = mentions("Ukraine’s delegation arrived.");
        assert!(m.contains(&("Ukraine".into(), MentionKind::Gpe)), "{m:?}");
    }

    #[test]
    fn empty_and_odd_text_does_not_panic() {
        assert!(mentions("").is_empty());
        let _ = mentions("\u{200b} ’s ’s 's — ... ü");
        // A name after "the" that ends the text, with no full stop.
        let _ = mentions("Fans cheered the Harlem Globetrotters");
        let _ = mentions("He works for the Ford Foundation");
    }

    #[test]
    fn titles_before_a_name_are_no_part_of_it() {
        let has = |text: &str, name: &str| {
            mentions(text)
                .iter()
                .any(|(s, k)| s == name && *k == MentionKind::Person)
        };
        assert!(has(
            "Mali's junta leader, Captain Moussa Diarra, who seized power in a coup in \
             September 2022, has repeatedly ruled out negotiations with the rebels.",
            "Moussa Diarra"
        ));
        assert!(has(
            "\"We will help them,\" U.S. Assistant Secretary of State for African Affairs \
             Mark Dolan told reporters in Washington.",
            "Mark Dolan"
        ));
    }

    #[test]
    fn a_country_opens_the_name_of_its_body() {
        let ms = mentions("The Ghana Defence Force said its soldiers were wounded.");
        assert!(ms.contains(&("Ghana Defence Force".to_string(), MentionKind::Org)));
        let ms = mentions("The Zambia-Malawi Joint Chamber of Commerce said trade fell.");
        assert!(!ms.iter().any(|(s, _)| s.starts_with("Malawi")), "{ms:?}");
    }

    #[test]
    fn acronyms_spell_through_links_and_sentence_case_names() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
        let ws = w("The African Union Force in Darfur ( AUFID ) said");
        assert_eq!(acronym_start(&ws, 6, "AUFID"), Some(1));
        let ws = w("the coalition Front pour la démocratie du peuple ( FDP ) said");
        assert_eq!(sentence_case_start(&ws, 8, "FDP"), Some(2));
        assert_eq!(sentence_case_start(&ws, 8, "FDX"), None);
    }

    #[test]
    fn a_listed_region_the_model_took_for_a_name_is_a_place() {
        for (text, name) in [
            (
                "Migrants crossed the English Channel on Monday.",
                "English Channel",
            ),
            (
                "Ships avoided the Bab el-Mandeb after the attacks.",
                "Bab el-Mandeb",
            ),
            ("The Danube froze in January.", "Danube"),
            ("Snow fell across the Andes on Monday.", "Andes"),
            (
                "The Essequibo is rich in oil. Venezuela claims Essequibo.",
                "Essequibo",
            ),
        ] {
            has_mention(text, name, MentionKind::Loc);
        }
        // once read as the region, the name is the region where it recurs
        let m = mentions("The Essequibo is rich in oil. Venezuela claims Essequibo.");
        assert!(
            m.iter()
                .filter(|(t, _)| t == "Essequibo")
                .all(|(_, k)| *k == MentionKind::Loc),
            "{m:?}"
        );
        // a one-word name without "the" or a locative word keeps its type
        let m = mentions("Patagonia said sales rose.");
        assert!(!m.iter().any(|(_, k)| *k == MentionKind::Loc), "{m:?}");
    }
}
