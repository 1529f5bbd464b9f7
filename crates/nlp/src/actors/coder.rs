//! Actor coding and in-document coreference: from the `mentions` layer to
//! the `entities` layer.
//!
//! Reads tokens, sentences, mentions and (when present) tags; writes
//! entities with name, aliases, kind, country, sector, title and every span
//! that refers to them. It works in three passes, each a plain function:
//!
//! 1. **Candidates** ([`Coder::candidates`]): every span that may refer to an
//!    actor — person and organisation names; countries and capitals when they
//!    act (not after a locative preposition, not as a modifier: "in Kabul",
//!    "Afghanistan's ministry" and "US Embassy" are places or modifiers);
//!    descriptive groups built from a role noun and its modifier ("Afghan
//!    forces", "Russian state media", "Ukraine's delegation", "Western
//!    officials"); definite role nouns ("the spokesman", "the militant
//!    group", "the bloc"); pronouns. A possessive pronoun whose antecedent
//!    is a state qualifies a group as the state's name would ("Its foreign
//!    ministry"); a role word before an organisation's name describes it
//!    ("paramilitary Rapid Support Forces") and forms no group; an
//!    organisation that only opens a person's title ("UN special envoy")
//!    does not act there.
//! 2. **Coding**: titles and appositions give a person's country and
//!    sector ("Ahmad Zia, a spokesman for Iraq's Ministry of Defence" → IRQ
//!    GOV); strong role cues win over the affiliation, which wins over weak
//!    cues ("spokesman for the Taliban" → INS). A person listed after
//!    "including" inherits the group's country.
//! 3. **Coreference**: names by key (same known actor, same country, same
//!    normalised organisation name), surnames to full names, acronyms to
//!    expansions, role nouns and pronouns to the nearest compatible earlier
//!    actor. Clusters become entities; the fullest name is the name.
//!
//! Nothing is guessed as fact: a country or sector the text does not give
//! stays `None`, except that an unqualified government, police or president
//! in an article about one country (its names, and the places the gazetteer
//! puts in it alone, outnumber every other's twice over) belongs to that
//! country.

// Tokens, spans and candidates are parallel arrays indexed together.
#![allow(clippy::needless_range_loop)]

use super::lexicon::{Entry, Lexicons, Role, RoleUse};
use crate::geo::text::name_key;
use crate::geo::Gazetteer;
use newsgraph_core::{Doc, Entity, EntityKind, MentionKind, Sector, Span, Upos};
use std::borrow::Cow;
use std::collections::HashMap;

/// How a candidate is tied to others before clustering.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// A person by their name tokens.
    Person,
    /// A known actor of the lexicon.
    Actor(u16),
    /// A state by ISO3 (country names, capitals as metonyms).
    Country(String),
    /// A named organisation by normalised name.
    Org(String),
    /// A descriptive group: country, sector, kind.
    Group(Option<String>, Option<Sector>, EntityKind),
    /// Refers to an earlier candidate, resolved in coreference.
    Refers(RefKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum RefKind {
    /// "the spokesman", "the Russian leader": a person.
    RolePerson,
    /// "the militant group", "the bloc": an organisation.
    RoleOrg,
    /// he, she, him, his, her.
    PronounPerson,
    /// it, its, they, their, them.
    PronounGroup,
    /// An organisation's members ("Taliban negotiators") or an explicit
    /// alias: the span of the candidate it belongs to is in `Cand::target`.
    Direct,
    /// "the Lukashenka regime": the state of the person in `Cand::target`.
    Regime,
}

#[derive(Debug, Clone)]
struct Cand {
    span: Span,
    kind: EntityKind,
    country: Option<String>,
    role: Option<Sector>,
    title: Option<String>,
    key: Key,
    /// Counts towards making its cluster an entity.
    actor: bool,
    /// Name-like surface (aliases are taken from these only).
    named: bool,
    /// Person name tokens (for surname matching).
    words: Vec<String>,
    /// For `RefKind::Direct` and regimes: the span of the candidate it refers to.
    target: Option<Span>,
    /// For a relative ("Lukashenka's son"): the span of the person named.
    kin: Option<Span>,
    sentence: usize,
    /// A role cue word that describes it ("spokesman"), for role nouns.
    cue: Option<String>,
    /// An unnamed group ("protesters", "the rebels"): when it refers to no
    /// named actor it stands as a group actor of its own.
    group: bool,
    /// Introduced as new ("a monitoring group", "21 officers"): refers to
    /// no earlier actor.
    fresh: bool,
    /// The head noun a coordinated demonym shares with its neighbour
    /// ("[Egyptian] and Ethiopian officials" → "officials"), added to its
    /// name.
    shared_head: Option<String>,
    /// For a person: the token range of the title the text gives.
    title_at: Option<(usize, usize)>,
    /// The country is the article's, given for want of any other.
    fallback: bool,
}

impl Cand {
    /// A named actor candidate with nothing coded yet; callers set the rest
    /// with struct update syntax.
    fn new(span: Span, kind: EntityKind, key: Key, sentence: usize) -> Cand {
        Cand {
            span,
            kind,
            country: None,
            role: None,
            title: None,
            key,
            actor: true,
            named: true,
            words: Vec::new(),
            target: None,
            kin: None,
            sentence,
            cue: None,
            group: false,
            fresh: false,
            shared_head: None,
            title_at: None,
            fallback: false,
        }
    }
}

/// Words of firing a weapon: a country after them and "at" is aimed at.
const AIMED: &[&str] = &[
    "artillery",
    "drones",
    "fire",
    "fired",
    "firing",
    "launched",
    "missile",
    "missiles",
    "mortars",
    "rocket",
    "rockets",
    "shells",
    "shoot",
    "shot",
];

/// Words after which a country or capital is a place, not an actor.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "from",
    "to",
    "into",
    "across",
    "throughout",
    "near",
    "inside",
    "within",
    "around",
    "of",
    "for",
    "toward",
    "towards",
    "via",
    "over",
    "through",
    "outside",
    "across",
    "visit",
    "visited",
    "visiting",
    "entered",
    "left",
    "arrived",
    "reached",
    "leave",
];
const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "his", "her"];
const GROUP_PRONOUNS: &[&str] = &["it", "its", "they", "their", "them"];
const KIN: &[&str] = &[
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
];
/// Words before a noun that make it a referring phrase ("the office",
/// "its office", "some officials"), unlike a bare "leave office".
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "every", "few", "her", "his", "its",
    "many", "more", "most", "no", "other", "our", "several", "some", "that", "the", "their",
    "these", "this", "those", "whose", "your",
];

/// Whether token `k` starts a line (a dateline's city does).
fn line_start(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.line_start)
}

/// Whether token `k` of sentence `sentence` lies in the sentence's
/// dateline ("KABUL, Afghanistan (AP) —").
fn in_dateline(v: &View, sentence: usize, k: usize) -> bool {
    let Some(s) = v.doc.sentences.get(sentence) else {
        return false;
    };
    if crate::syntax::sentence_dateline(v.doc, s).is_some_and(|dash| k < dash) {
        return true;
    }
    // A headline without a full stop runs into the dateline of the next
    // line: the dateline opens that line, not the sentence.
    let first = s.first.index();
    let Some(line) = (first..=k)
        .rev()
        .find(|&j| j == first || line_start(v.doc, j))
    else {
        return false;
    };
    let end = s.end.index().min(line + 13);
    let text = v.doc.text();
    let tokens = v.doc.tokens.get(line..end).unwrap_or(&[]);
    // "Guinea-Bissau": a hyphen inside a word is no dash (read as the
    // comma a dateline may hold).
    let words: Vec<&str> = tokens
        .iter()
        .enumerate()
        .map(|(j, t)| {
            let w = t.span.text(text);
            if w == "-" && j > 0 && tokens[j - 1].span.end == t.span.start {
                ","
            } else {
                w
            }
        })
        .collect();
    crate::syntax::dateline_end(&words).is_some_and(|dash| k < line + dash)
}

/// Whether the one-word organisation mention `first..end` is a bare
/// institution noun opening the title of a person named right after it
/// ("Cabinet spokesman Daniyar Omurzakov", "Ministry spokesman Vikram
/// Rao"); a named body keeps its name ("Foreign Ministry spokesman").
fn bare_body_in_title(v: &View, first: usize, end: usize) -> bool {
    if end != first + 1 {
        return false;
    }
    let l = v.low(first);
    if !(INSTITUTIONS.contains(&l) || matches!(l, "ministry" | "government")) {
        return false;
    }
    let mut k = end;
    let mut titles = 0;
    while let Some((_, len)) = v.cue_at(k).filter(|(r, _)| r.use_ == RoleUse::Title) {
        k += len;
        titles += 1;
    }
    titles > 0
        && v.mention_at
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|m| v.doc.mentions[m].kind == MentionKind::Person)
}

/// Nouns for a part of a body that acts on its own ("the Taliban's office
/// in Qatar", "the African Union mission in Somalia").
const PARTS_OF_BODIES: &[&str] = &["branch", "bureau", "mission", "office", "wing"];

/// Nouns for a body of a larger organisation ("the U.N. agency").
const SUB_BODIES: &[&str] = &["agency", "body", "organisation", "organization", "watchdog"];

/// Sectors of a state's own bodies.
fn state_sector(s: Sector) -> bool {
    matches!(
        s,
        Sector::GOV | Sector::MIL | Sector::COP | Sector::JUD | Sector::LEG
    )
}

/// Words that count a group rather than describe it ("many officials").
/// People named by their tie to another actor ("donors", "his
/// supporters"): never that actor itself.
const OUTSIDERS: &[&str] = &["donors", "supporters"];

/// Role nouns for a body outside the state ("the group said").
const NON_STATE: &[&str] = &["group", "movement"];

/// Ranks that open a title ("Vice Foreign Minister", "Deputy Prime
/// Minister").
const TITLE_RANKS: &[&str] = &[
    "vice",
    "deputy",
    "acting",
    "assistant",
    "senior",
    "chief",
    "first",
    "former",
];

/// Forms of the verbs that make people their casualties.
const CASUALTY_VERBS: &[&str] = &[
    "died", "hurt", "injured", "injuring", "kill", "killed", "killing", "wounded", "wounding",
];

/// Whether the noun at `h` (or the first of the nouns it is coordinated
/// with) names the casualties of its clause: the subject of "were killed"
/// or "died", the object of "killing".
fn casualties(v: &View, h: usize) -> bool {
    let deps = &v.doc.deps;
    let Some(mut d) = deps.get(h) else {
        return false;
    };
    if d.rel.as_str() == "conj" {
        match d.head.and_then(|x| deps.get(x.index())) {
            Some(x) => d = x,
            None => return false,
        }
    }
    let verb = d.head.map(|x| v.low(x.index()));
    matches!(d.rel.as_str(), "nsubj:pass" | "obj" | "nsubj")
        && verb.is_some_and(|w| CASUALTY_VERBS.contains(&w))
}

/// Words of time or order that describe a compound noun ("a former
/// police officer", "its first police contingent").
const TIME_OR_ORDER: &[&str] = &[
    "erstwhile",
    "ex",
    "first",
    "former",
    "onetime",
    "retired",
    "second",
    "third",
];

const QUANTIFIERS: &[&str] = &[
    "few", "many", "more", "most", "numerous", "other", "several", "some", "various",
];

const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "that",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "who",
    "which",
    "as",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "be",
    "been",
    "said",
    "says",
    "but",
    "not",
    "than",
    "also",
    "some",
    "many",
    "all",
    "more",
    "most",
    "other",
    "after",
    "before",
    "including",
    "like",
    "against",
    "over",
    "about",
    "into",
    "amid",
    "while",
];
const ADJ_SUFFIXES: &[&str] = &[
    "ian", "al", "ive", "ary", "ic", "ous", "ful", "ent", "ant", "ed", "ist", "ern",
];
const TITLE_MODIFIERS: &[&str] = &[
    "former",
    "acting",
    "then",
    "deputy",
    "senior",
    "top",
    "chief",
    "vice",
    "new",
    "interim",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "state",
    "policy",
    "security",
    "army",
    "military",
    "intelligence",
    "special",
    "prime",
];

/// The first word at or after `i` (and before `end`) that is not a title
/// modifier ("special", "deputy"): where the title word of "UN special
/// envoy" would be. `lower(k)` is word `k` in lower case.
pub(crate) fn after_title_modifiers<S: AsRef<str>>(
    mut i: usize,
    end: usize,
    lower: impl Fn(usize) -> S,
) -> usize {
    while i < end && TITLE_MODIFIERS.contains(&lower(i).as_ref()) {
        i += 1;
    }
    i
}
/// Last words of organisation-like names that are places ("US Embassy").
const FACILITIES: &[&str] = &[
    "embassy",
    "consulate",
    "airport",
    "port",
    "base",
    "station",
    "palace",
    "square",
    "street",
    "bridge",
    "hotel",
    "stadium",
    "prison",
];
const INSTITUTIONS: &[&str] = &[
    "government",
    "police",
    "military",
    "army",
    "regime",
    "junta",
    "parliament",
    "cabinet",
];

/// Records a body keeps ("government figures"): its name before them
/// cites a source, not an actor.
const RECORDS: &[&str] = &[
    "data",
    "documents",
    "estimates",
    "figures",
    "records",
    "statistics",
    "tallies",
    "website",
];

/// Nouns of what a body does by force ("a military air strike"): the
/// body before them is its agent, not a mere modifier.
const ACTS_OF_FORCE: &[&str] = &[
    "air",
    "airstrike",
    "airstrikes",
    "assault",
    "attack",
    "attacks",
    "bombardment",
    "crackdown",
    "drone",
    "offensive",
    "operation",
    "raid",
    "raids",
    "strike",
    "strikes",
];

/// Function words that only a headline capitalises.
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "After", "And", "As", "At", "By", "For", "From", "In", "Of", "On", "Over", "To", "With",
];

/// Verbs whose object is a person or a body, never a place: a capital as
/// their object stands for its government.
const ADDRESSING_VERBS: &[&str] = &[
    "accuse",
    "blame",
    "urge",
    "warn",
    "criticise",
    "criticize",
    "condemn",
    "thank",
    "congratulate",
    "invite",
    "press",
    "pressure",
    "threaten",
    "sanction",
    "support",
    "back",
    "reassure",
    "reproach",
    "rebuke",
    "praise",
    "persuade",
    "convince",
    "ask",
    "implore",
];

/// Words for what passes between two parties: "between" after them names
/// the parties, not a stretch of land.
const EXCHANGES: &[&str] = &[
    "mediate",
    "talk",
    "talks",
    "negotiation",
    "meeting",
    "summit",
    "dialogue",
    "deal",
    "agreement",
    "accord",
    "treaty",
    "ceasefire",
    "truce",
    "tension",
    "relation",
    "tie",
    "dispute",
    "conflict",
    "war",
    "fighting",
    "clash",
    "exchange",
    "swap",
    "rift",
    "row",
    "cooperation",
    "rapprochement",
    "normalisation",
    "normalization",
    "mediation",
    "hostility",
    "standoff",
];

/// Role nouns of institutions that still name a body of people acting
/// together, so that without a name they stand as unnamed groups.
const GROUP_BODIES: &[&str] = &[
    "troops",
    "forces",
    "security forces",
    "militias",
    "marines",
    "gangs",
    "opposition",
];

fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// A word as the coder compares it: lower-cased, without a possessive
/// `'s`, borrowed when that changes nothing (most words).
fn low_form(w: &str) -> Cow<'_, str> {
    let strip = |l: &str| -> Option<usize> {
        let x = l.strip_suffix("’s").or_else(|| l.strip_suffix("'s"))?;
        (!x.is_empty()).then_some(x.len())
    };
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cow::Borrowed(&w[..strip(w).unwrap_or(w.len())]);
    }
    let mut l = lower(w);
    if let Some(n) = strip(&l) {
        l.truncate(n);
    }
    Cow::Owned(l)
}

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "’s" | "'" | "’" | "'S" | "’S")
}

/// Normalised organisation name: lower-case, no leading "the", no
/// possessive country prefix ("Afghanistan’s Interior Ministry").
fn norm_org(s: &str) -> String {
    let mut l = lower(s);
    for apos in ["’s ", "'s "] {
        if let Some(i) = l.find(apos) {
            l = l[i + apos.len()..].to_string();
        }
    }
    l.trim_start_matches("the ").to_string()
}

/// The actor coder's view of one document.
struct View<'a> {
    doc: &'a Doc,
    lex: &'a Lexicons,
    words: Vec<&'a str>,
    /// Lower-cased words without a possessive `'s` (borrowed when the
    /// word needs no change).
    lows: Vec<Cow<'a, str>>,
    /// The longest role cue starting at each token: (role, number of
    /// tokens).
    cues: Vec<Option<(Role, usize)>>,
    /// The mention covering each token.
    mention_at: Vec<Option<usize>>,
    sentence_of: Vec<usize>,
    /// Tokens starting each sentence.
    sentence_start: Vec<bool>,
    /// Tokens of a sentence in title case (a headline: "EU Agrees On
    /// Fresh Sanctions For Dozens Of Belarus Officials").
    headline: Vec<bool>,
}

impl<'a> View<'a> {
    fn new(doc: &'a Doc, lex: &'a Lexicons) -> View<'a> {
        let text = doc.text();
        let words: Vec<&str> = doc.tokens.iter().map(|t| t.span.text(text)).collect();
        let lows: Vec<Cow<str>> = words.iter().map(|w| low_form(w)).collect();
        let cues = {
            let lows: Vec<&str> = lows.iter().map(|l| &**l).collect();
            (0..lows.len())
                .map(|i| lex.longest_role(&lows[i..]))
                .collect()
        };
        let mut mention_at = vec![None; words.len()];
        for (m, men) in doc.mentions.iter().enumerate() {
            // Tokens are in text order and do not overlap.
            let first = doc.tokens.partition_point(|t| t.span.end <= men.span.start);
            for (k, t) in doc.tokens.iter().enumerate().skip(first) {
                if t.span.start >= men.span.end {
                    break;
                }
                if t.span.overlaps(men.span) {
                    mention_at[k] = Some(m);
                }
            }
        }
        let mut sentence_of = vec![0; words.len()];
        let mut sentence_start = vec![false; words.len()];
        for (s, sent) in doc.sentences.iter().enumerate() {
            for t in sent.tokens() {
                if let Some(x) = sentence_of.get_mut(t.index()) {
                    *x = s;
                }
            }
            if let Some(x) = sentence_start.get_mut(sent.first.index()) {
                *x = true;
            }
        }
        if let Some(x) = sentence_start.first_mut() {
            *x = true;
        }
        let mut headline = vec![false; words.len()];
        for sent in &doc.sentences {
            let (a, b) = (sent.first.index(), sent.end.index().min(words.len()));
            let ws = words.get(a..b).unwrap_or(&[]);
            let alpha: Vec<&&str> = ws
                .iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .collect();
            let caps = alpha.iter().filter(|w| is_cap(w)).count();
            let capital_function_word = alpha
                .iter()
                .skip(1)
                .any(|w| HEADLINE_FUNCTION_WORDS.contains(*w));
            if alpha.len() >= 4 && caps * 5 >= alpha.len() * 4 && capital_function_word {
                headline[a..b].iter_mut().for_each(|h| *h = true);
            }
        }
        View {
            doc,
            lex,
            words,
            lows,
            cues,
            mention_at,
            sentence_of,
            sentence_start,
            headline,
        }
    }

    /// Whether token `i` is in a sentence without final punctuation (a
    /// headline or a caption, whatever its case).
    fn unpunctuated(&self, i: usize) -> bool {
        let last = self
            .sentence_of
            .get(i)
            .and_then(|&s| self.doc.sentences.get(s))
            .and_then(|s| s.end.index().checked_sub(1));
        !last.is_some_and(|k| {
            matches!(
                self.words.get(k).copied().unwrap_or(""),
                "." | "!" | "?" | "\"" | "”" | "'" | "’" | ")" | ":"
            )
        })
    }

    fn low(&self, i: usize) -> &str {
        self.lows.get(i).map_or("", |l| l)
    }

    fn span(&self, first: usize, end: usize) -> Span {
        let t = &self.doc.tokens;
        Span::new(t[first].span.start as usize, t[end - 1].span.end as usize)
    }

    fn text(&self, first: usize, end: usize) -> &'a str {
        self.doc
            .article
            .text
            .get(self.span(first, end).range())
            .unwrap_or("")
    }

    fn upos(&self, i: usize) -> Option<Upos> {
        self.doc.tags.get(i).map(|t| t.upos)
    }

    /// The longest role cue starting at token `i`: (role, number of tokens).
    fn cue_at(&self, i: usize) -> Option<(Role, usize)> {
        self.cues.get(i).copied().flatten()
    }

    /// Whether a person's title starts at token `i` ("[UN] special envoy",
    /// "[NATO] chief"): the organisation before it only qualifies the
    /// person, who is the actor.
    fn opens_title(&self, i: usize) -> bool {
        let i = after_title_modifiers(i, self.words.len(), |k| self.low(k));
        let title = |k: usize| {
            self.cue_at(k)
                .is_some_and(|(r, _)| r.use_ == RoleUse::Title)
        };
        // "UN human rights chief": up to two lower-case words of the
        // office's field before the title
        let field = |k: usize| {
            self.words
                .get(k)
                .is_some_and(|w| w.chars().all(char::is_lowercase))
                && !STOP.contains(&self.low(k))
                && self
                    .upos(k)
                    .is_some_and(|u| u == upos("NOUN") || u == upos("ADJ"))
        };
        title(i) || (field(i) && title(i + 1)) || (field(i) && field(i + 1) && title(i + 2))
    }

    /// The span of the subject of the speech verb whose reported clause
    /// holds `span` ("The alliance … said its lawmakers would …" → "The
    /// alliance"): the verb's own subject or, for a verb joined to
    /// another ("filed … and said"), the first verb's; and where the
    /// verb ends.
    fn reporting_subject(&self, span: Span) -> Option<(Span, u32)> {
        let deps = &self.doc.deps;
        let toks = &self.doc.tokens;
        let k = self.first_token(span);
        let mut x = k;
        let mut through_report = false;
        for _ in 0..8 {
            let d = deps.get(x)?;
            let h = d.head?.index();
            if matches!(d.rel.as_str(), "ccomp" | "parataxis") {
                through_report = true;
            }
            let lemma = self.doc.tags.get(h).map_or("", |t| t.lemma.as_str());
            if through_report && matches!(lemma, "say" | "tell" | "add" | "announce" | "state") {
                // The nearest subject before the verb.
                let subject = |v: usize| {
                    (0..v).rev().find(|&c| {
                        deps[c].head.is_some_and(|hh| hh.index() == v)
                            && deps[c].rel.as_str() == "nsubj"
                    })
                };
                let s = subject(h).or_else(|| {
                    (deps[h].rel.as_str() == "conj")
                        .then(|| deps[h].head)
                        .flatten()
                        .and_then(|g| subject(g.index()))
                })?;
                // The subject's phrase: its dependents before the verb
                // ("Zambia's main opposition alliance", "the opposition,
                // the Patriotic Front,").
                let under = |mut y: usize| {
                    for _ in 0..6 {
                        if y == s {
                            return true;
                        }
                        match deps.get(y).and_then(|d| d.head) {
                            Some(g) => y = g.index(),
                            None => return false,
                        }
                    }
                    false
                };
                let mut first = s;
                while first > 0 && under(first - 1) {
                    first -= 1;
                }
                let last = (s..h).take_while(|&y| under(y)).last().unwrap_or(s);
                let phrase = Span::new(
                    toks.get(first)?.span.start as usize,
                    toks.get(last)?.span.end as usize,
                );
                return Some((phrase, toks.get(h)?.span.end));
            }
            x = h;
        }
        None
    }

    /// Whether a phrase ends in a plural common noun ("the rebels").
    fn plural_noun(&self, span: Span) -> bool {
        let toks = &self.doc.tokens;
        let last = toks.partition_point(|t| t.span.start < span.end);
        last.checked_sub(1)
            .and_then(|k| self.doc.tags.get(k))
            .is_some_and(|t| t.xpos.as_str() == "NNS")
    }

    /// The index of the first token of `span` (tokens are in text order
    /// and do not overlap).
    fn first_token(&self, span: Span) -> usize {
        self.doc
            .tokens
            .partition_point(|t| t.span.end <= span.start)
    }

    /// The mention index and its token range for mention `m`.
    fn mention_tokens(&self, m: usize) -> (usize, usize) {
        let men = &self.doc.mentions[m];
        let toks = &self.doc.tokens;
        let first = self.first_token(men.span);
        let end = toks.partition_point(|t| t.span.start < men.span.end);
        (first, end.max(first + 1).min(toks.len()))
    }

    /// The lexicon readings of mention `m`.
    fn entries(&self, m: usize) -> &'a [Entry] {
        let span = self.doc.mentions[m].span;
        self.lex.lookup(span.text(self.doc.text()))
    }

    /// ISO3 of a country signal in mention `m` (country, capital, demonym
    /// or a known actor with a country).
    fn mention_country(&self, m: usize) -> Option<String> {
        self.entries(m).iter().find_map(|e| match *e {
            Entry::Country(i) | Entry::Capital(i) | Entry::Demonym(i) => {
                Some(self.lex.country(i).iso3.clone())
            }
            Entry::Actor(i) => self.lex.actor(i).country.clone(),
        })
    }

    /// Whether a capital at `[first, end)` stands for its government:
    /// followed by a verb ("Moscow proposed", "Washington has spent") or
    /// the agent or partner of one ("backed by Moscow", "talks with Kyiv").
    fn metonym(&self, first: usize, end: usize) -> bool {
        if self.between_parties(first, end) {
            return true;
        }
        if self.in_locative_phrase(first, end) {
            return false;
        }
        if first > 0 && matches!(self.low(first - 1), "by" | "with" | "against" | "and") {
            return true;
        }
        // The subject of a clause, whatever comes between ("Washington,
        // along with its allies, demanded ...", "Beirut again rejected").
        let deps = &self.doc.deps;
        let subject = (first..end).any(|k| {
            deps.get(k).is_some_and(|d| {
                d.rel.as_str() == "nsubj"
                    && d.head.is_some_and(|h| !(first..end).contains(&h.index()))
            })
        });
        if subject {
            return true;
        }
        // The person-like object of a verb said of people, not of places
        // ("accused Kabul of", "urged Moscow to", "warned Manila against").
        let addressed = (first..end).any(|k| {
            deps.get(k).is_some_and(|d| {
                matches!(d.rel.as_str(), "obj" | "iobj")
                    && d.head.is_some_and(|h| {
                        let h = h.index();
                        !(first..end).contains(&h)
                            && self
                                .doc
                                .tags
                                .get(h)
                                .is_some_and(|t| ADDRESSING_VERBS.contains(&t.lemma.as_str()))
                    })
            })
        });
        if addressed {
            return true;
        }
        if let Some(u) = self.upos(end) {
            return u == upos("VERB") || u == upos("AUX");
        }
        let next = self.low(end);
        const VERBS: &[&str] = &[
            "has", "have", "had", "is", "was", "will", "would", "could", "can", "does", "did",
            "says", "said", "wants", "sees", "may", "might", "must", "should",
        ];
        VERBS.contains(&next)
            || (next.len() > 3 && next.ends_with("ed") && next.chars().all(char::is_lowercase))
    }

    /// "Beijing's Taiwan Affairs Office", "Moscow's foreign ministry":
    /// whether the name at `[first, end)` owns a body (a capital that does
    /// stands for its government, wherever the phrase stands).
    fn owns_body(&self, end: usize) -> bool {
        if !is_possessive(self.low(end)) {
            return false;
        }
        let body = |k: usize| {
            self.mention_at
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|m| self.doc.mentions[m].kind == MentionKind::Org)
                || self.cue_at(k).is_some_and(|(r, _)| r.use_ == RoleUse::Org)
        };
        body(end + 1) || body(end + 2)
    }

    /// The head of the phrase at `[first, end)`, or of the first name it is
    /// coordinated with ("between Kyiv and [Moscow]" → Kyiv).
    fn first_conjunct_head(&self, first: usize, end: usize) -> Option<usize> {
        let h = self.phrase_head(first, end)?;
        let d = self.doc.deps.get(h)?;
        if d.rel.as_str() == "conj" {
            d.head.map(|x| x.index())
        } else {
            Some(h)
        }
    }

    /// Whether the parse puts the name at `[first, end)`, or the name it is
    /// coordinated with, in a prepositional phrase other than an agent's or
    /// partner's ("the road between Beledweyne and Mogadishu", not "talks
    /// with Kyiv" or "backed by Moscow").
    fn in_locative_phrase(&self, first: usize, end: usize) -> bool {
        let deps = &self.doc.deps;
        let Some(h) = self.first_conjunct_head(first, end) else {
            return false;
        };
        if !matches!(deps[h].rel.as_str(), "nmod" | "obl") {
            return false;
        }
        // a dependent lies in its head's sentence
        let (lo, hi) = self
            .sentence_of
            .get(h)
            .and_then(|&s| self.doc.sentences.get(s))
            .map_or((0, deps.len()), |s| (s.first.index(), s.end.index()));
        let case = (lo..hi.min(deps.len()))
            .find(|&k| {
                deps[k].rel.as_str() == "case" && deps[k].head.is_some_and(|x| x.index() == h)
            })
            .map(|k| self.low(k));
        case.is_some_and(|c| !matches!(c, "by" | "with" | "against" | "'s" | "’s"))
    }

    /// Whether the name at `[first, end)` (or the first of the names
    /// coordinated with it) is one of the parties "between" whom an
    /// exchange passes ("mediated between Islamabad and Kabul", "talks
    /// between Kyiv and Moscow"; not "the road between Kabul and Jalalabad").
    fn between_parties(&self, first: usize, end: usize) -> bool {
        let deps = &self.doc.deps;
        let Some(h) = self.first_conjunct_head(first, end) else {
            return false;
        };
        let case = (h.saturating_sub(3)..h).any(|k| {
            deps[k].rel.as_str() == "case"
                && deps[k].head.is_some_and(|x| x.index() == h)
                && self.low(k) == "between"
        });
        case && deps[h]
            .head
            .and_then(|g| self.doc.tags.get(g.index()))
            .is_some_and(|t| EXCHANGES.contains(&t.lemma.to_lowercase().as_str()))
    }

    /// Whether the parse makes the name at `[first, end)` (or the first
    /// of the names coordinated with it) an argument of a verb: its object
    /// ("visited Russia today", "will visit Mauritania and Senegal") or the
    /// object of a preposition that says whom an act is aimed at or comes
    /// from ("hand over to Britain", "withdraw from Lebanon", "sanctions on
    /// Iran", "ties with Iran"). Such a country is a party to the act,
    /// not only where it happens ("demonstrated in Serbia" stays a place).
    fn argument(&self, first: usize, end: usize) -> bool {
        self.phrase_head(first, end)
            .is_some_and(|h| self.argument_token(h, 0))
    }

    /// The preposition marking the noun at `n`, which comes a few words
    /// before it ("to Great Britain", "on Palestinian lorries").
    fn case_before(&self, n: usize) -> Option<&str> {
        let deps = &self.doc.deps;
        (n.saturating_sub(4)..n)
            .find(|&k| {
                deps.get(k).is_some_and(|x| {
                    x.rel.as_str() == "case" && x.head.is_some_and(|y| y.index() == n)
                })
            })
            .map(|k| self.low(k))
    }

    /// The token of `[first, end)` whose head in the parse lies outside
    /// it: the phrase's head.
    fn phrase_head(&self, first: usize, end: usize) -> Option<usize> {
        (first..end).find(|&k| {
            self.doc
                .deps
                .get(k)
                .and_then(|d| d.head)
                .is_some_and(|h| !(first..end).contains(&h.index()))
        })
    }

    /// [`View::argument`] for the head token `h` of a phrase; a phrase "of"
    /// a role noun stands where the role noun does ("negotiate with the
    /// president of Armenia").
    fn argument_token(&self, mut h: usize, depth: u8) -> bool {
        let deps = &self.doc.deps;
        for _ in 0..4 {
            match deps.get(h) {
                Some(d) if d.rel.as_str() == "conj" => match d.head {
                    Some(x) if x.index() < h => h = x.index(),
                    _ => return false,
                },
                _ => break,
            }
        }
        let Some(d) = deps.get(h) else {
            return false;
        };
        let Some(head) = d.head.map(|x| x.index()) else {
            return false;
        };
        let is_verb = |k: usize| self.upos(k) == Some(upos("VERB"));
        let verb = is_verb(head);
        let case = || self.case_before(h);
        // "providing intelligence to Macedonia", "calling for independence
        // from Iraq": what is given, withdrawn or sought goes to or comes
        // from a party.
        let argument_noun = |n: usize| {
            deps.get(n)
                .is_some_and(|g| matches!(g.rel.as_str(), "obj" | "obl"))
                && deps
                    .get(n)
                    .and_then(|g| g.head)
                    .is_some_and(|v| is_verb(v.index()))
        };
        match d.rel.as_str() {
            "obj" | "iobj" => verb,
            "obl" => {
                verb && case().is_some_and(|c| {
                    matches!(
                        c,
                        "against"
                            | "on"
                            | "upon"
                            | "to"
                            | "into"
                            | "toward"
                            | "towards"
                            | "from"
                            | "with"
                    )
                })
            }
            "nmod" => case().is_some_and(|c| {
                matches!(c, "against" | "on" | "upon" | "with")
                    // "launched drills around Taiwan": encircled.
                    || (matches!(c, "to" | "from" | "around") && argument_noun(head))
                    || (c == "of"
                        && depth == 0
                        && self.cue_at(head).is_some()
                        && self.upos(head) == Some(upos("NOUN"))
                        && self.argument_token(head, depth + 1))
            }),
            _ => false,
        }
    }

    /// Whether the name at `[first, end)` qualifies the thing an act is
    /// done to, a thing it made or owns ("rejected an Indian proposal",
    /// "rejected a US offer", "lifted a blockade on Palestinian lorries"):
    /// acting on it acts on the state; or the thing that acts ("Palestinian
    /// riots ... continue"). Not when the noun is a group ("Indian troops"),
    /// which is an actor of its own.
    fn owns_object(&self, first: usize, end: usize) -> bool {
        let deps = &self.doc.deps;
        let Some(h) = self.phrase_head(first, end) else {
            return false;
        };
        let head_of = |k: usize| deps.get(k).and_then(|d| d.head).map(|x| x.index());
        let rel = |k: usize| deps.get(k).map_or("", |d| d.rel.as_str());
        if !matches!(rel(h), "amod" | "compound" | "nmod:poss") {
            return false;
        }
        let Some(mut n) = head_of(h) else {
            return false;
        };
        if self.upos(n) != Some(upos("NOUN")) || self.cue_at(n).is_some() {
            return false;
        }
        // "a blockade on Palestinian lorries": one preposition up (not a
        // place: "talks in the Qatari capital").
        if rel(n) == "nmod" {
            if !self
                .case_before(n)
                .is_some_and(|c| matches!(c, "on" | "against" | "to" | "with" | "for" | "by"))
            {
                return false;
            }
            match head_of(n) {
                Some(g) if self.upos(g) == Some(upos("NOUN")) => n = g,
                _ => return false,
            }
        }
        // "Palestinian riots against ... continue", "Israeli strikes killed
        // ...": the maker of what acts, with no role word between (that
        // would be a group's own name: "Chinese coast guard vessels fired").
        let maker = rel(n) == "nsubj" && (end..n).all(|k| self.cue_at(k).is_none());
        (matches!(rel(n), "obj" | "nsubj:pass") || maker)
            && head_of(n).is_some_and(|g| self.upos(g) == Some(upos("VERB")))
    }

    /// Whether the GPE at tokens `[first, end)` acts, rather than being a
    /// place or a modifier.
    fn acts(&self, first: usize, end: usize) -> bool {
        let next = self.low(end);
        let next_word = self.words.get(end).copied().unwrap_or("");
        if is_possessive(next) || next_word.starts_with('\'') || next_word.starts_with('’') {
            return false;
        }
        // The mention text itself may end in a possessive with the stand-in tokenizer.
        let tok_text = self.words.get(end - 1).copied().unwrap_or("");
        if tok_text.ends_with("’s") || tok_text.ends_with("'s") {
            return false;
        }
        if self.argument(first, end) {
            return true;
        }
        // "visited Russia today", "attacked Gaza Monday": a time word after
        // the name does not make the name its modifier.
        let temporal = crate::time::calendar(next).is_some();
        // "a Myanmar military air strike": the country qualifies the group
        // that the role word names.
        if self
            .cue_at(end)
            .is_some_and(|(r, _)| r.use_ != RoleUse::Title && r.sector.is_some())
        {
            return false;
        }
        if end < self.words.len() && !temporal {
            if let Some(u) = self.upos(end) {
                if u == upos("NOUN") || u == upos("PROPN") {
                    return false;
                }
            } else if (is_cap(next_word) && !self.sentence_start[end] && next_word != "I")
                || self.cue_at(end).is_some()
                || [
                    "tion", "sion", "ment", "ity", "ism", "ness", "ance", "ence", "ship",
                ]
                .iter()
                .any(|s| next.ends_with(s))
                    && next != "government"
            {
                return false;
            }
        }
        // "LIMA, Peru --", "TBILISI, Georgia (AP) —": a dateline names the
        // place of writing.
        let opens_line =
            (first.saturating_sub(3)..=first).any(|k| k == 0 || line_start(self.doc, k));
        if matches!(next, "--" | "—" | "–" | "-" | "(") && (first < 8 || opens_line) {
            return false;
        }
        if first == 0 || self.sentence_start[first] {
            return true;
        }
        let prev = self.low(first - 1);
        // "fired rockets at Israel": the country a weapon is aimed at is
        // the target of the attack, not where it happened.
        let aimed = prev == "at"
            && (first.saturating_sub(4)..first - 1).any(|k| AIMED.contains(&self.low(k)));
        if LOCATIVE.contains(&prev) && !aimed {
            return false;
        }
        // "in central Somalia": a compass word after the preposition.
        if first >= 2
            && crate::lexicon::COMPASS_WORDS.contains(&prev)
            && LOCATIVE.contains(&self.low(first - 2))
        {
            return false;
        }
        // "in Russia and Ukraine": a conjunct shares its neighbour's case.
        if matches!(prev, "and" | "or" | ",") && first >= 2 {
            if prev == ","
                && self.mention_at[first - 2].is_some_and(|m| {
                    matches!(
                        self.doc.mentions[m].kind,
                        MentionKind::Loc | MentionKind::Gpe
                    )
                })
            {
                // "LIMA, Peru": a city, then its country.
                let (f, _) = self.mention_tokens(self.mention_at[first - 2].unwrap_or(0));
                if f == 0 || !LOCATIVE.contains(&self.low(f - 1)) {
                    return prev != ",";
                }
                return false;
            }
            if let Some(m) = self.mention_at[first - 2] {
                let (f, _) = self.mention_tokens(m);
                if f > 0 && LOCATIVE.contains(&self.low(f - 1)) {
                    return false;
                }
            }
        }
        true
    }
}

/// A people named by a plural demonym or group noun ("Afghans",
/// "Kurds", "Bosnian Serbs"), with a demonym before it ("Iraqi Kurds")
/// as its country: a group actor of its own, a modifier when a role noun
/// follows ("Kurdish fighters", "Serbs' leaders").
fn people_noun(v: &View, m: usize, first: usize, end: usize, sentence: usize) -> Option<Cand> {
    let men = &v.doc.mentions[m];
    let text = men.span.text(v.doc.text());
    let last = text.rsplit(' ').next().unwrap_or(text);
    let people = |w: &str| {
        w.ends_with('s')
            && v.lex.lookup(w).iter().any(|e| match e {
                Entry::Demonym(_) => true,
                Entry::Actor(i) => v.lex.actor(*i).kind == EntityKind::Norp,
                _ => false,
            })
    };
    if !people(last) || v.cue_at(end).is_some() {
        return None;
    }
    if v.upos(end)
        .is_some_and(|u| u == upos("NOUN") || u == upos("PROPN"))
    {
        return None;
    }
    let demonym = |w: &str| {
        v.lex.lookup(w).iter().find_map(|e| match e {
            Entry::Demonym(i) => Some(v.lex.country(*i).iso3.clone()),
            _ => None,
        })
    };
    // "Iraqi Kurds": a demonym just before, in the mention or as one of
    // its own.
    let mut start = first;
    let mut country = None;
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() >= 2 {
        country = demonym(words[0]);
    } else if first > 0 {
        if let Some(pm) = v.mention_at[first - 1].filter(|&pm| pm != m) {
            let pmen = &v.doc.mentions[pm];
            if pmen.kind == MentionKind::Norp {
                if let Some(c) = demonym(pmen.span.text(v.doc.text())) {
                    country = Some(c);
                    start = v.mention_tokens(pm).0;
                }
            }
        }
    }
    let country = country.or_else(|| demonym(last));
    // "Thousands of Palestinians": a quantity's "of" is no place.
    let counted = start >= 2
        && v.low(start - 1) == "of"
        && (v.upos(start - 2) == Some(upos("NUM"))
            || matches!(
                v.low(start - 2),
                "thousands" | "hundreds" | "millions" | "dozens" | "tens" | "scores"
            ));
    Some(Cand {
        kind: EntityKind::Norp,
        country: country.clone(),
        key: Key::Group(country, None, EntityKind::Norp),
        actor: counted || v.acts(start, end),
        ..Cand::new(v.span(start, end), EntityKind::Norp, Key::Person, sentence)
    })
}

/// "French and Egyptian warships", "Israeli, Jordanian and Egyptian
/// officials": each demonym coordinated before a national group's own
/// names a group of that country with the same role and kind, spanning the
/// demonym. Only demonyms that are no candidate of their own.
fn coordinated_groups(v: &View, c: &Cand, sofar: &[Cand]) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::new();
    let Key::Group(Some(own), sector, kind) = &c.key else {
        return out;
    };
    let Some(mut k) = v
        .doc
        .tokens
        .iter()
        .position(|t| t.span.start == c.span.start)
    else {
        return out;
    };
    // The words of the group after its own demonym ("officials").
    let head = v.mention_at[k]
        .map(|m| v.mention_tokens(m).1)
        .and_then(|e| v.doc.tokens.get(e))
        .map(|t| t.span.start as usize)
        .filter(|&s| s < c.span.end as usize)
        .and_then(|s| v.doc.text().get(s..c.span.end as usize))
        .map(str::to_string);
    while k >= 2 && matches!(v.low(k - 1), "and" | "," | "or") {
        let Some(m) = v.mention_at[k - 2] else { break };
        let men = &v.doc.mentions[m];
        let demonym = men.kind == MentionKind::Norp
            && v.entries(m).iter().any(|e| matches!(e, Entry::Demonym(_)));
        let Some(country) = v.mention_country(m).filter(|_| demonym) else {
            break;
        };
        if sofar.iter().chain(&out).any(|o| o.span == men.span) {
            break;
        }
        if &country != own && out.iter().all(|o| o.country.as_ref() != Some(&country)) {
            out.push(Cand {
                span: men.span,
                key: Key::Group(Some(country.clone()), *sector, *kind),
                country: Some(country),
                shared_head: head.clone(),
                ..c.clone()
            });
        }
        k = v.mention_tokens(m).0;
    }
    out
}

fn upos(label: &str) -> Upos {
    Upos::parse(label).unwrap_or_default()
}

/// The actor coder: candidates, coding, coreference.
pub struct Coder<'a> {
    lex: &'a Lexicons,
}

impl<'a> Coder<'a> {
    pub fn new(lex: &'a Lexicons) -> Coder<'a> {
        Coder { lex }
    }

    /// The entities of `doc` (mentions must be filled).
    pub fn code(&self, doc: &Doc) -> Vec<Entity> {
        if doc.tokens.is_empty() {
            return Vec::new();
        }
        let v = View::new(doc, self.lex);
        let (home, leading) = home_country(&v);
        let written = dateline_country(&v);
        let mut cands = self.candidates(&v, home.as_deref(), written.as_deref());
        inherit_from_lists(&v, &mut cands);
        inherit_from_owners(&v, &mut cands);
        inherit_from_offices(&v, &mut cands);
        let clusters = corefer(&v, &mut cands);
        inherit_from_title_bodies(&v, &mut cands, &clusters);
        build_entities(
            &v,
            &cands,
            clusters,
            home.as_deref().or(leading.as_deref()),
            written.as_deref(),
        )
    }

    fn candidates(&self, v: &View, home: Option<&str>, written: Option<&str>) -> Vec<Cand> {
        let mut out: Vec<Cand> = Vec::new();
        let n = v.words.len();
        let mut used = vec![false; n];
        // Named mentions.
        for m in 0..v.doc.mentions.len() {
            let men = &v.doc.mentions[m];
            let (first, end) = v.mention_tokens(m);
            let sentence = v.sentence_of.get(first).copied().unwrap_or(0);
            let base = Cand::new(men.span, EntityKind::Org, Key::Person, sentence);
            let mtext = men.span.text(v.doc.text());
            // All-capital words open datelines ("LIMA, Peru"), not names.
            if mtext.chars().filter(|c| c.is_alphabetic()).count() > 2
                && mtext.chars().all(|c| !c.is_lowercase())
                && v.lex.lookup(mtext).is_empty()
                && v.doc.tokens.get(first).is_some_and(|t| t.line_start)
            {
                continue;
            }
            // "TBILISI, Georgia (AP) —": the agency of a dateline wrote the
            // report; it is not an actor in it.
            if in_dateline(v, sentence, first) {
                continue;
            }
            // "Cabinet spokesman X", "Ministry spokesman Y": a bare
            // institution noun opening a title names no body of its own.
            if men.kind == MentionKind::Org && bare_body_in_title(v, first, end) {
                for u in used.iter_mut().take(end).skip(first) {
                    *u = true;
                }
                continue;
            }
            if men.kind == MentionKind::Org
                && mtext
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| FACILITIES.contains(&lower(w).as_str()))
            {
                continue;
            }
            // A country the tagger took for a location ("will visit
            // Mauritania and Senegal") is a state like any other: whether it
            // acts is decided below, as for a GPE.
            let country_loc = men.kind == MentionKind::Loc
                && v.entries(m).iter().any(|e| matches!(e, Entry::Country(_)));
            let kind = if country_loc {
                MentionKind::Gpe
            } else {
                men.kind
            };
            match kind {
                MentionKind::Person => {
                    let words: Vec<String> = (first..end)
                        .map(|k| {
                            v.words[k]
                                .trim_end_matches("’s")
                                .trim_end_matches("'s")
                                .to_string()
                        })
                        .filter(|w| !w.is_empty() && w != "'s" && w != "’s")
                        .collect();
                    let mut c = Cand {
                        kind: EntityKind::Person,
                        words,
                        ..base
                    };
                    self.code_person(v, first, end, &mut c, home);
                    // "Jorge Mendieta, alias \"El Flaco,\"": a nickname
                    // after "alias" or "known as" is the person named
                    // before it.
                    let mut p = first;
                    while p > 0 && matches!(v.words[p - 1], "\"" | "“" | "'" | "‘") {
                        p -= 1;
                    }
                    let cue = p > 0 && matches!(v.low(p - 1), "alias" | "aka" | "nicknamed")
                        || p > 1 && v.low(p - 2) == "known" && v.low(p - 1) == "as";
                    let named_before = out.iter().rfind(|o| {
                        o.kind == EntityKind::Person
                            && o.key == Key::Person
                            && o.sentence == sentence
                            && o.span.end <= v.doc.tokens[p].span.start
                    });
                    if let Some(o) = named_before.filter(|_| cue) {
                        c.target = Some(o.span);
                        c.key = Key::Refers(RefKind::Direct);
                        c.country = o.country.clone();
                        c.role = o.role;
                    }
                    out.push(c);
                }
                MentionKind::Org | MentionKind::Norp | MentionKind::Gpe => {
                    let entries = v.entries(m);
                    let known = entries.iter().find_map(|e| match e {
                        Entry::Actor(i) => Some(*i),
                        _ => None,
                    });
                    let country_entry = entries.iter().find_map(|e| match e {
                        Entry::Country(i) | Entry::Capital(i) => Some(*i),
                        _ => None,
                    });
                    if let Some(i) = known {
                        let a = v.lex.actor(i);
                        let actor = (a.kind != EntityKind::Norp && a.kind != EntityKind::Gpe
                            || v.acts(first, end))
                            && !v.opens_title(end);
                        // Group adjectives ("Arab", "Western") are modifiers, not
                        // actors; their plurals ("Kurds", "Shiites") are peoples.
                        if a.kind == EntityKind::Norp {
                            if let Some(c) = people_noun(v, m, first, end, sentence) {
                                out.push(c);
                                for u in used.iter_mut().take(end).skip(first) {
                                    *u = true;
                                }
                            }
                            continue;
                        }
                        // "the country's Security Council", "Armenia's
                        // Security Council": a state's own body under the
                        // short name of an international one.
                        if a.sector == Some(Sector::IGO) && a.country.is_none() {
                            if let Some(country) = state_possessor(v, first) {
                                out.push(Cand {
                                    kind: EntityKind::Org,
                                    country: country.or_else(|| home.map(str::to_string)),
                                    role: Some(Sector::GOV),
                                    key: Key::Org(norm_org(mtext)),
                                    actor,
                                    ..base
                                });
                                for u in used.iter_mut().take(end).skip(first) {
                                    *u = true;
                                }
                                continue;
                            }
                        }
                        out.push(Cand {
                            kind: a.kind,
                            country: a.country.clone(),
                            role: a.sector,
                            key: Key::Actor(i),
                            actor,
                            ..base
                        });
                    } else if let Some(i) = country_entry {
                        let iso3 = v.lex.country(i).iso3.clone();
                        let capital = entries.iter().all(|e| matches!(e, Entry::Capital(_)));
                        let acts = (v.acts(first, end) && (!capital || v.metonym(first, end)))
                            || (!capital && v.owns_object(first, end))
                            || (capital && v.owns_body(end));
                        if capital && !acts {
                            continue;
                        }
                        out.push(Cand {
                            kind: EntityKind::Gpe,
                            country: Some(iso3.clone()),
                            key: Key::Country(iso3),
                            actor: acts,
                            named: true,
                            cue: capital.then(|| "capital".to_string()),
                            ..base
                        });
                    } else if men.kind == MentionKind::Org {
                        let (mut country, role, descriptive) = self.code_org(v, first, end);
                        // "the Interior Ministry" in a story about one
                        // country: that state's.
                        // A body named in capitals ("the Metropolitan
                        // Police", "Parliament") is the host's in a story
                        // written abroad.
                        if country.is_none() && role.is_some_and(state_sector) {
                            let proper = v.words[first..end].iter().all(|w| is_cap(w));
                            country = written
                                .filter(|_| proper && !descriptive)
                                .or(home)
                                .map(str::to_string);
                        }
                        if descriptive {
                            // "Afghan Republic": a demonym and a role noun.
                            out.push(Cand {
                                key: Key::Group(country.clone(), role, EntityKind::Org),
                                country,
                                role,
                                ..base
                            });
                        } else {
                            // "Armenia's Defence Ministry": the owner is part
                            // of the name, which tells it from Azerbaijan's.
                            let span = match country_possessor(v, first) {
                                Some(f) => v.span(f, end),
                                None => men.span,
                            };
                            out.push(Cand {
                                key: Key::Org(norm_org(men.span.text(v.doc.text()))),
                                country,
                                role,
                                span,
                                ..base
                            });
                        }
                    } else if men.kind == MentionKind::Norp {
                        // A plural demonym standing alone ("Afghans fled"),
                        // or qualified ("Bosnian Serbs", "Iraqi Kurds").
                        if let Some(c) = people_noun(v, m, first, end, sentence) {
                            out.push(c);
                        } else if let Some(iso3) = entries
                            .iter()
                            .find_map(|e| match e {
                                Entry::Demonym(i) => Some(v.lex.country(*i).iso3.clone()),
                                _ => None,
                            })
                            .filter(|_| v.owns_object(first, end))
                        {
                            out.push(Cand {
                                kind: EntityKind::Gpe,
                                country: Some(iso3.clone()),
                                key: Key::Country(iso3),
                                actor: true,
                                named: true,
                                cue: Some("demonym".to_string()),
                                ..base
                            });
                        }
                    }
                }
                MentionKind::Loc | MentionKind::Fac => {}
            }
            for u in used.iter_mut().take(end).skip(first) {
                *u = true;
            }
        }

        // Descriptive groups and role nouns.
        let mut i = 0;
        while i < n {
            let Some((role, len)) = v.cue_at(i) else {
                i += 1;
                continue;
            };
            let head_end = i + len;
            // Role cues inside a name ("Interior Ministry") belong to it; a
            // cue followed by a name is a title ("President Biden")
            let inside_name = v.mention_at[i].is_some_and(|m| {
                matches!(
                    v.doc.mentions[m].kind,
                    MentionKind::Org | MentionKind::Person
                )
            });
            // ... or describes one ("the paramilitary Rapid Support Forces").
            let same_sentence = v.sentence_of.get(head_end) == v.sentence_of.get(i);
            let before_name = same_sentence
                && v.mention_at
                    .get(head_end)
                    .copied()
                    .flatten()
                    .is_some_and(|m| {
                        matches!(
                            v.doc.mentions[m].kind,
                            MentionKind::Person | MentionKind::Org
                        )
                    });
            let capital_title = is_cap(v.words[i]) && !v.sentence_start[i];
            // "airline companies": the last role noun is the head.
            let compound = v
                .cue_at(head_end)
                .is_some_and(|(r, _)| r.use_ != RoleUse::Title);
            // A capitalised role noun in a headline repeats a group the
            // story names in its body; coded there, not here.
            let headline_group = capital_title && v.headline[i];
            // "a military offensive", "military aid": a role word used as
            // an adjective on a common noun names no group.
            let after_state = i > 0
                && v.mention_at[i - 1].is_some_and(|m| {
                    matches!(v.doc.mentions[m].kind, MentionKind::Gpe | MentionKind::Norp)
                });
            let adjective = len == 1
                && !after_state
                && v.upos(i) == Some(upos("ADJ"))
                && v.upos(head_end)
                    .is_some_and(|u| u == upos("NOUN") || u == upos("ADJ"));
            // "Army spokesman X", "provincial police chief X", "Cabinet
            // spokesman X": a bare institution noun before a title and a
            // name is part of the title, not an actor of its own (a named
            // body keeps its capitalised name: "Foreign Ministry spokesman").
            let in_title = {
                let mut k = head_end;
                while k < n && v.sentence_of[k] == v.sentence_of[i] {
                    if let Some((r, l)) = v.cue_at(k).filter(|(r, _)| r.use_ == RoleUse::Title) {
                        let _ = r;
                        k += l;
                    } else if TITLE_MODIFIERS.contains(&v.low(k))
                        || is_cap(v.words[k]) && k > head_end && v.mention_at[k].is_none()
                    {
                        k += 1;
                    } else {
                        break;
                    }
                }
                let named_before = i > 0
                    && !v.sentence_start[i]
                    && is_cap(v.words[i - 1])
                    && v.words[i - 1].chars().any(char::is_alphabetic);
                k > head_end
                    && v.cue_at(head_end)
                        .is_some_and(|(r, _)| r.use_ == RoleUse::Title)
                    && v.mention_at
                        .get(k)
                        .copied()
                        .flatten()
                        .is_some_and(|m| v.doc.mentions[m].kind == MentionKind::Person)
                    && !named_before
            };
            // "Sudan's army-backed government", "a police-run camp": a
            // role word joined by a hyphen to the next word modifies it.
            let hyphenated = v.words.get(head_end).is_some_and(|w| *w == "-")
                && v.doc.tokens[head_end].span.start == v.doc.tokens[head_end - 1].span.end;
            if inside_name
                || before_name
                || used[i]
                || compound
                || hyphenated
                || headline_group
                || adjective
                || in_title
            {
                i = head_end;
                continue;
            }
            if let Some(c) = self.group(v, i, head_end, role, home, &out) {
                // "the African Union mission in Somalia": the body named in
                // a part of it acts only where the text names it alone.
                if matches!(c.key, Key::Org(_))
                    && c.cue
                        .as_deref()
                        .is_some_and(|h| PARTS_OF_BODIES.contains(&h))
                {
                    for o in out.iter_mut() {
                        if o.span != c.span && c.span.contains(o.span) {
                            o.actor = false;
                        }
                    }
                }
                let more = coordinated_groups(v, &c, &out);
                out.push(c);
                out.extend(more);
            }
            i = head_end;
        }

        // A country inside a group's name ("Opposition groups in
        // Zimbabwe") places the group; it does not act there.
        let placed: Vec<Span> = out
            .iter()
            .filter(|c| matches!(c.key, Key::Group(..)) && c.kind != EntityKind::Person)
            .map(|c| c.span)
            .collect();
        for c in out.iter_mut().filter(|c| c.kind == EntityKind::Gpe) {
            if placed.iter().any(|g| *g != c.span && g.contains(c.span)) {
                c.actor = false;
            }
        }

        // Pronouns.
        for k in 0..n {
            let l = v.low(k);
            let rk = if PERSON_PRONOUNS.contains(&l) {
                RefKind::PronounPerson
            } else if GROUP_PRONOUNS.contains(&l) {
                RefKind::PronounGroup
            } else {
                continue;
            };
            out.push(Cand {
                actor: false,
                named: false,
                ..Cand::new(
                    v.doc.tokens[k].span,
                    EntityKind::Person,
                    Key::Refers(rk),
                    v.sentence_of[k],
                )
            });
        }
        out.sort_by_key(|c| (c.span.start, c.span.end));
        out
    }

    /// Country, sector and whether an unknown organisation name is only a
    /// description ("Afghan Republic": demonym + role noun).
    fn code_org(
        &self,
        v: &View,
        first: usize,
        end: usize,
    ) -> (Option<String>, Option<Sector>, bool) {
        let mut country = None;
        let mut strong = None;
        let mut weak = None;
        let mut descriptive = true;
        let mut bilateral = false;
        // "the Multinational Security Support mission": a body of several
        // states.
        let multinational = (first..end).any(|k| v.low(k) == "multinational");
        // Capitalised words of the name that are neither a role cue nor a
        // state's name or demonym ("Ambazonia" in "Ambazonia Defence
        // Forces"), and whether a state is named in it.
        let mut foreign_word = false;
        let mut state_named = false;
        let mut k = first;
        while k < end {
            if let Some((r, len)) = v.cue_at(k) {
                if r.weak {
                    weak = weak.or(r.sector);
                } else {
                    strong = r.sector.or(strong);
                }
                k += len;
                continue;
            }
            // "Guinea-Bissau Human Rights League": a hyphenated country.
            let touching = |a: usize| v.doc.tokens[a].span.end == v.doc.tokens[a + 1].span.start;
            if v.low(k + 1) == "-" && k + 2 < end && touching(k) && touching(k + 1) {
                let joined = v.text(k, k + 3);
                if let Some(c) = v.lex.lookup(joined).iter().find_map(|e| match *e {
                    Entry::Country(i) | Entry::Demonym(i) => Some(v.lex.country(i).iso3.clone()),
                    _ => None,
                }) {
                    bilateral |= country.as_ref().is_some_and(|x| *x != c);
                    country = country.or(Some(c));
                    descriptive = false;
                    k += 3;
                    continue;
                }
            }
            let w = v.words[k];
            let ents = v
                .lex
                .lookup(w.trim_end_matches("’s").trim_end_matches("'s"));
            if let Some(c) = ents.iter().find_map(|e| match *e {
                Entry::Country(i) | Entry::Demonym(i) => Some(v.lex.country(i).iso3.clone()),
                _ => None,
            }) {
                // "the Pakistan-Afghanistan Joint Chamber": a body of two
                // countries is of neither.
                bilateral |= country.as_ref().is_some_and(|x| *x != c);
                country = country.or(Some(c));
                state_named = true;
                if !ents.iter().any(|e| matches!(e, Entry::Demonym(_))) {
                    descriptive = false;
                }
            } else {
                descriptive = false;
                foreign_word |= is_cap(w) && !NATIONAL_FORCE_WORDS.contains(&&*lower(w));
            }
            k += 1;
        }
        // "Beijing's Taiwan Affairs Office", "the PLA's Eastern Theater
        // Command": a possessor with a country owns the body, whatever
        // place its name is about.
        let owner_mention = (first >= 2 && is_possessive(v.low(first - 1)))
            .then(|| v.mention_at[first - 2])
            .flatten();
        let owner = owner_mention.and_then(|m| v.mention_country(m));
        // ... and a known body's part is of its sector.
        let owner_sector = owner_mention.and_then(|m| {
            v.entries(m).iter().find_map(|e| match *e {
                Entry::Actor(i) => v.lex.actor(i).sector,
                _ => None,
            })
        });
        // "the ECOWAS Commission", "African Union Mission in Somalia",
        // "NATO's peacekeeping mission KFOR": a body whose name opens with
        // an international organisation the lexicon knows, or that one owns
        // (its possessive a few lower-case words before the name), is an
        // organ of it: international, of no state.
        let opens_with_body = (first + 1..end.min(first + 4))
            .any(|k| v.words[k] != "-" && international(v, first, k));
        let owned_by_body = (first.saturating_sub(4)..first).rev().find(|&p| {
            is_possessive(v.low(p))
                && (p + 1..first).all(|x| v.words[x].chars().all(char::is_lowercase))
        });
        let owned_by_body = owned_by_body.is_some_and(|p| {
            (p.saturating_sub(3)..p).any(|s| {
                v.mention_at[s].is_some_and(|m| v.mention_tokens(m) == (s, p))
                    && international(v, s, p)
            })
        });
        // "the Alliance of Sahel States", "the Organisation of American
        // States": a body "of" several states is an international one.
        let of_states = end >= first + 3
            && (first + 1..end - 1).any(|k| v.low(k) == "of")
            && matches!(v.low(end - 1), "states" | "nations" | "countries")
            && !matches!(v.low(first), "united");
        let inter = opens_with_body || owned_by_body || of_states;
        if owner.is_some() && !inter {
            country = owner;
        } else if bilateral || multinational || inter {
            country = None;
        }
        if inter || multinational && strong.is_none() {
            strong = Some(Sector::IGO);
        }
        if strong.is_none() && weak.is_none() {
            strong = owner_sector;
        }
        // "Pakistan's Foreign Office", "Beijing's Taiwan Affairs Office": a
        // state's office is its government's.
        if strong.is_none()
            && weak.is_none()
            && country.is_some()
            && v.low(end.saturating_sub(1)) == "office"
        {
            strong = Some(Sector::GOV);
        }
        // "Afghanistan’s Interior Ministry", "Russian Defence Ministry".
        if country.is_none() && first > 0 {
            let p = first - 1;
            let p = if is_possessive(v.low(p)) && p > 0 {
                p - 1
            } else {
                p
            };
            if let Some(m) = v.mention_at[p] {
                country = v.mention_country(m);
            }
        }
        // "state broadcaster MRTV", "rights group Amnesty": an
        // organisation's kind said right before its name gives its sector.
        if strong.is_none() && weak.is_none() {
            let kind_at = (first.saturating_sub(3)..first).find(|&k| {
                v.cue_at(k)
                    .is_some_and(|(r, len)| k + len == first && !r.weak && r.use_ == RoleUse::Org)
            });
            strong = kind_at
                .and_then(|k| v.cue_at(k))
                .and_then(|(r, _)| r.sector);
            // "the German charity Sea-Watch": a demonym on the kind gives
            // the organisation's country.
            if country.is_none() {
                country = kind_at
                    .filter(|&k| k > 0)
                    .and_then(|k| v.mention_at[k - 1])
                    .filter(|&m| v.doc.mentions[m].kind == MentionKind::Norp)
                    .and_then(|m| v.mention_country(m));
            }
        }
        // "the Los Lobos gang": the kind right after the name.
        if strong.is_none() && weak.is_none() && v.words.get(end).is_some_and(|w| !is_cap(w)) {
            strong = v
                .cue_at(end)
                .filter(|(r, _)| !r.weak && r.use_ == RoleUse::Org)
                .and_then(|(r, _)| r.sector);
        }
        // "Tunduk TV, an independent broadcaster,": the kind in an
        // apposition right after the name.
        if strong.is_none() && weak.is_none() && v.low(end) == "," {
            let det = end + 1;
            if matches!(v.low(det), "a" | "an" | "the") {
                strong = (det + 1..det + 5).find_map(|k| {
                    v.cue_at(k)
                        .filter(|(r, len)| {
                            !r.weak
                                && r.use_ == RoleUse::Org
                                && !matches!(v.low(k + len), "of" | "for" | "in" | "'s" | "’s")
                        })
                        .and_then(|(r, _)| r.sector)
                });
            }
        }
        // "the ruling United Party": the party in government.
        if first > 0 && matches!(v.low(first - 1), "ruling" | "governing") {
            strong = Some(Sector::GOV);
        }
        // "the Ambazonia Defence Forces (ADF), an armed separatist group",
        // "the rebel Tigray Defence Forces": a force whose name names no
        // state but a place or people of its own, or that the text calls
        // separatist, rebel or militant, is an armed group fighting the
        // state, not the state's military.
        if strong.is_none() && weak == Some(Sector::MIL) && !state_named {
            let cue = armed_group_cue(v, first, end);
            if cue.is_some() || foreign_word {
                weak = Some(cue.unwrap_or(Sector::REB));
            }
        }
        let sector = strong.or(weak);
        let descriptive = descriptive && sector.is_some() && country.is_some();
        (country, sector, descriptive)
    }

    /// A descriptive group or a definite role noun with head `[i, head_end)`.
    fn group(
        &self,
        v: &View,
        i: usize,
        head_end: usize,
        role: Role,
        home: Option<&str>,
        sofar: &[Cand],
    ) -> Option<Cand> {
        let sentence = v.sentence_of[i];
        let mut start = i;
        let mut country: Option<String> = None;
        let mut modifier_org: Option<usize> = None;
        let mut modifier_person: Option<usize> = None;
        let mut pro_government = false;
        // "a pro-government militia": an armed group on the state's side.
        let mut pro_state = false;
        let mut modified = false;
        let mut k = i;
        let mut lowercase_mods = 0;
        // Where the name of an unmodified group starts: its lower-case
        // modifiers after any quantifier ("many local officials" → "local
        // officials").
        let mut named_from = i;
        let mut quantified = false;
        // Walk left over modifiers.
        while k > 0 {
            let p = k - 1;
            if v.sentence_of[p] != sentence && v.mention_at[p].is_none() {
                break;
            }
            let w = v.words[p];
            let l = v.low(p);
            if is_possessive(l) && p > 0 {
                // "Ukraine's delegation", "the Taliban's office".
                if let Some(m) = v.mention_at[p - 1] {
                    let (f, _) = v.mention_tokens(m);
                    start = f;
                    match v.doc.mentions[m].kind {
                        MentionKind::Person => modifier_person = Some(m),
                        MentionKind::Org => modifier_org = Some(m),
                        _ => country = v.mention_country(m),
                    }
                    modified = true;
                }
                break;
            }
            // "Rwanda denied it. Its foreign ministry said…": a possessive
            // pronoun whose antecedent is a state makes the group that
            // state's, as "Rwanda's foreign ministry" would.
            if matches!(l, "its" | "their") {
                let here = v.doc.tokens[p].span.start;
                let fits =
                    |c: &&Cand| c.named && c.kind != EntityKind::Person && c.span.end <= here;
                // "X filed a petition and said its lawmakers would …": the
                // speaker's own members.
                let speaker = v
                    .reporting_subject(v.doc.tokens[p].span)
                    .and_then(|(subj, verb)| {
                        if sofar.iter().filter(fits).any(|c| c.span.start >= verb) {
                            return None;
                        }
                        sofar
                            .iter()
                            .filter(fits)
                            .filter(|c| c.span.overlaps(subj))
                            .max_by_key(|c| (c.span.end == subj.end, c.span.end - c.span.start))
                    });
                let antecedent =
                    speaker.or_else(|| sofar.iter().filter(fits).max_by_key(|c| c.span.start));
                if let Some(c) = antecedent.filter(|c| c.kind == EntityKind::Gpe && c.actor) {
                    // The name leaves the pronoun out: "foreign ministry".
                    country = c.country.clone();
                    start = k;
                    modified = true;
                } else if let Some(c) = antecedent.filter(|c| {
                    c.kind == EntityKind::Org && c.actor && role.use_ == RoleUse::People
                }) {
                    // "The group said its fighters had …": the members of
                    // the organisation named before.
                    return Some(Cand {
                        role: role.sector,
                        cue: Some(v.low(i).to_string()),
                        target: Some(c.span),
                        ..Cand::new(
                            v.span(k, head_end),
                            EntityKind::Org,
                            Key::Refers(RefKind::Direct),
                            sentence,
                        )
                    });
                }
                break;
            }
            if let Some(m) = v.mention_at[p] {
                let (f, _) = v.mention_tokens(m);
                let men = &v.doc.mentions[m];
                let text = men.span.text(v.doc.text());
                let possessive = text.ends_with("’s")
                    || text.ends_with("'s")
                    || w.ends_with("’s")
                    || w.ends_with("'s");
                match men.kind {
                    MentionKind::Person => modifier_person = Some(m),
                    MentionKind::Org => modifier_org = Some(m),
                    MentionKind::Norp | MentionKind::Gpe => {
                        // A city names where people are, not whose they are.
                        if v.entries(m).iter().all(|e| matches!(e, Entry::Capital(_))) {
                            break;
                        }
                        country = v.mention_country(m);
                    }
                    MentionKind::Loc | MentionKind::Fac => break,
                }
                let _ = possessive;
                start = f;
                modified = true;
                break;
            }
            // "Taiwan's Vice Foreign Minister": a rank inside the title.
            if role.use_ == RoleUse::Title && TITLE_RANKS.contains(&l) && is_cap(w) {
                k = p;
                continue;
            }
            // "the Iran-backed group", "a Kabul-based militia": whoever backs
            // or hosts the group is not its owner; the phrase still refers
            // back like "the group" ("the Saudi-led coalition" is its
            // leader's, and stops the walk as before).
            if p >= 2
                && v.upos(p) == Some(upos("VERB"))
                && v.words[p - 1] == "-"
                && w.chars().all(char::is_lowercase)
                && w.ends_with('d')
                && l != "led"
            {
                named_from = p - 2;
                k = p - 2;
                continue;
            }
            if l.starts_with("pro-") {
                pro_government = true;
                pro_state |= matches!(l, "pro-government" | "pro-state" | "pro-army");
                start = p;
                modified = true;
                k = p;
                continue;
            }
            if w.chars().all(char::is_lowercase)
                && !STOP.contains(&l)
                && !LOCATIVE.contains(&l)
                && lowercase_mods < 2
                && (v
                    .upos(p)
                    // a lower-case word tagged PROPN is a tagger slip
                    // ("defence ministry")
                    .is_none_or(|u| u == upos("ADJ") || u == upos("NOUN") || u == upos("PROPN")))
            {
                lowercase_mods += 1;
                quantified |= QUANTIFIERS.contains(&l);
                // A headline's tags are unreliable ("Fighters attack army
                // base": "attack" tagged as a noun).
                if !quantified && !v.headline[p] && !v.unpunctuated(p) {
                    named_from = p;
                }
                k = p;
                continue;
            }
            break;
        }
        if !modified {
            start = named_from;
        }
        // "a former police officer", "its first police contingent": a word
        // of time or order before a body's noun that opens a compound
        // describes the compound (a person, a unit), not the body acting.
        let compound = v.upos(head_end) == Some(upos("NOUN"))
            && v.sentence_of.get(head_end) == Some(&sentence);
        if compound
            && role.use_ == RoleUse::Org
            && (k..i).any(|j| TIME_OR_ORDER.contains(&v.low(j)))
        {
            return None;
        }
        let kind = if role.use_ == RoleUse::People {
            EntityKind::Norp
        } else {
            EntityKind::Org
        };
        let definite =
            i > 0 && matches!(v.low(i - 1), "the") || start > 0 && v.low(start - 1) == "the";
        if role.use_ == RoleUse::Title {
            // "a Chinese official", "an Argentine judge": someone the text
            // never names but codes by nationality and office.
            // "a top U.S. official": up to two lower-case adjectives
            // between the article and the country.
            let mut a = start;
            while a > 0
                && start - a < 2
                && v.words[a - 1].chars().all(char::is_lowercase)
                && v.upos(a - 1) == Some(upos("ADJ"))
            {
                a -= 1;
            }
            let indefinite = a > 0 && matches!(v.low(a - 1), "a" | "an");
            // "Ana Silva, a former Chilean foreign minister,": the phrase in
            // apposition to a named person is that person's title.
            let of_named = indefinite
                && a >= 3
                && v.low(a - 2) == ","
                && v.mention_at
                    .get(a - 3)
                    .copied()
                    .flatten()
                    .is_some_and(|m| v.doc.mentions[m].kind == MentionKind::Person);
            if of_named {
                return None;
            }
            if indefinite && country.is_some() && modifier_org.is_none() {
                let key = Key::Group(country.clone(), role.sector, EntityKind::Person);
                return Some(Cand {
                    country,
                    role: role.sector,
                    cue: Some(v.low(i).to_string()),
                    ..Cand::new(v.span(start, head_end), EntityKind::Person, key, sentence)
                });
            }
            // "Taiwan's foreign minister": a person named before if there
            // is one, else an unnamed person of that country.
            // "Ethiopia's chief negotiator, Tefera Alemu": the apposition
            // names the person.
            let named_after = v.low(head_end) == ","
                && v.mention_at
                    .get(head_end + 1)
                    .copied()
                    .flatten()
                    .is_some_and(|m| v.doc.mentions[m].kind == MentionKind::Person);
            let possessed = modified
                && !named_after
                && country.is_some()
                && start < i
                && (start..i).any(|k| {
                    let w = v.words[k];
                    is_possessive(w) || w.ends_with("'s") || w.ends_with("’s")
                });
            // "the spokesman", "the Russian leader": a person named before.
            if !(definite || possessed) || modifier_org.is_some() || modifier_person.is_some() {
                return None;
            }
            return Some(Cand {
                country,
                role: role.sector,
                actor: false,
                named: false,
                group: possessed,
                cue: Some(v.low(i).to_string()),
                ..Cand::new(
                    v.span(if modified { start } else { i }, head_end),
                    EntityKind::Person,
                    Key::Refers(RefKind::RolePerson),
                    sentence,
                )
            });
        }
        // "an Omani government plane", "a German air force flight": a body
        // named as the modifier of one thing it owns is no actor there.
        if role.use_ == RoleUse::Org
            && start > 0
            && matches!(v.low(start - 1), "a" | "an")
            && v.upos(head_end) == Some(upos("NOUN"))
            && v.cue_at(head_end).is_none()
            && !ACTS_OF_FORCE.contains(&v.low(head_end))
            && v.sentence_of.get(head_end) == Some(&sentence)
        {
            return None;
        }
        let head_low = v.low(i).to_string();
        // A junta is the military in power: its sector is the government's,
        // but "the junta" and "the military" are one body.
        let key_sector = |s: Option<Sector>| {
            if head_low == "junta" {
                Some(Sector::MIL)
            } else {
                s
            }
        };
        let span = v.span(start, head_end);
        // People ("protesters", "rebels") and armed bodies ("troops") may
        // act as unnamed groups; institutions and buildings ("the court",
        // "a hospital") refer back or are nothing.
        let people = role.use_ == RoleUse::People
            || GROUP_BODIES.contains(&lower(v.span(i, head_end).text(v.doc.text())).as_str());
        let base = Cand {
            role: role.sector,
            // the whole cue: "protest organisers", not "protest"
            cue: Some(lower(v.span(i, head_end).text(v.doc.text()))),
            ..Cand::new(span, kind, Key::Refers(RefKind::Direct), sentence)
        };
        // "Taliban negotiators", "EU officials": members of a named organisation.
        if let Some(m) = modifier_org {
            let om = v.doc.mentions[m].span;
            let target = sofar.iter().rposition(|c| c.span == om)?;
            // "The World Food Programme … , the U.N. agency said": a body
            // of the modifier's kind named before is what "the X agency"
            // describes.
            if definite && SUB_BODIES.contains(&head_low.as_str()) {
                let modifier_role = sofar[target].role;
                let named_before = sofar[..target].iter().rposition(|c| {
                    c.kind == EntityKind::Org
                        && c.named
                        && !matches!(c.key, Key::Refers(_))
                        && c.role == modifier_role
                        && modifier_role.is_some()
                });
                if let Some(b) = named_before {
                    return Some(Cand {
                        target: Some(sofar[b].span),
                        ..base
                    });
                }
            }
            // "the Taliban's office in Qatar": a part of it, a separate actor.
            if PARTS_OF_BODIES.contains(&head_low.as_str()) {
                let mut end = head_end;
                if matches!(v.low(end), "in" | "at")
                    && v.mention_at.get(end + 1).copied().flatten().is_some()
                {
                    let (_, e) = v.mention_tokens(v.mention_at[end + 1].unwrap_or(0));
                    end = e;
                }
                let t = &sofar[target];
                let s = v.span(start, end);
                return Some(Cand {
                    span: s,
                    kind: EntityKind::Org,
                    country: t.country.clone(),
                    role: t.role,
                    key: Key::Org(lower(s.text(v.doc.text()))),
                    ..base
                });
            }
            return Some(Cand {
                target: Some(sofar[target].span),
                ..base
            });
        }
        // "the Lukashenka regime": the state the person leads.
        if let Some(m) = modifier_person {
            if matches!(
                head_low.as_str(),
                "regime" | "government" | "administration"
            ) {
                let om = v.doc.mentions[m].span;
                let target = sofar.iter().rposition(|c| c.span == om)?;
                return Some(Cand {
                    key: Key::Refers(RefKind::Regime),
                    target: Some(sofar[target].span),
                    role: Some(Sector::GOV),
                    ..base
                });
            }
            return None;
        }
        // "Two Pakistani soldiers were killed": people counted by
        // nationality are a number of people (the casualties of a report),
        // not the nation's forces acting.
        let counted = start > 0
            && v.upos(start - 1) == Some(upos("NUM"))
            && role.use_ == RoleUse::People
            && modifier_org.is_none()
            && casualties(v, head_end - 1);
        if modified && counted {
            return Some(Cand {
                country,
                key: Key::Refers(RefKind::RoleOrg),
                actor: false,
                group: true,
                fresh: true,
                ..base
            });
        }
        if modified {
            if pro_government {
                country = sofar
                    .iter()
                    .find(|c| {
                        c.role == Some(Sector::GOV)
                            && c.country.is_some()
                            && c.kind != EntityKind::Person
                    })
                    .and_then(|c| c.country.clone());
            }
            let sector = if pro_state && matches!(role.sector, Some(Sector::REB | Sector::INS)) {
                Some(Sector::MIL)
            } else {
                role.sector
            };
            return Some(Cand {
                key: Key::Group(country.clone(), key_sector(sector), kind),
                country,
                role: sector,
                ..base
            });
        }
        // "Opposition groups in Zimbabwe", "students in Indonesia": a
        // plural group placed in a country is that country's.
        if matches!(v.low(head_end), "in" | "throughout" | "across")
            && !definite
            && role.use_ != RoleUse::Title
        {
            let plural = v
                .doc
                .tags
                .get(head_end - 1)
                .is_some_and(|t| matches!(t.xpos.as_str(), "NNS" | "NNPS"));
            // "rebels in the Ivory Coast"
            let at = head_end + 1 + usize::from(v.low(head_end + 1) == "the");
            let place = v.mention_at.get(at).copied().flatten().filter(|&m| {
                v.mention_tokens(m).0 == at
                    && v.entries(m).iter().any(|e| matches!(e, Entry::Country(_)))
            });
            if let Some(m) = place.filter(|_| plural) {
                let country = v.mention_country(m);
                let (_, end) = v.mention_tokens(m);
                return Some(Cand {
                    span: v.span(start, end),
                    key: Key::Group(country.clone(), key_sector(role.sector), kind),
                    country,
                    ..base
                });
            }
        }
        // "A court in Bishkek sentenced …", "a military court in Gao": a
        // court placed in a town is one body of its own, as if named.
        let court_in = !definite
            && start > 0
            && matches!(v.low(start - 1), "a" | "an")
            && role.sector == Some(Sector::JUD)
            && role.use_ == RoleUse::Org
            && v.low(head_end) == "in";
        let placed = court_in
            .then(|| v.mention_at.get(head_end + 1).copied().flatten())
            .flatten()
            .filter(|&m| {
                v.mention_tokens(m).0 == head_end + 1
                    && matches!(v.doc.mentions[m].kind, MentionKind::Gpe | MentionKind::Loc)
            });
        if let Some(m) = placed {
            let (_, end) = v.mention_tokens(m);
            let span = v.span(start, end);
            let country = v.mention_country(m).or_else(|| home.map(str::to_string));
            return Some(Cand {
                span,
                key: Key::Org(lower(span.text(v.doc.text()))),
                country,
                ..base
            });
        }
        // "the interior ministry said": a ministry named by its portfolio
        // alone is that ministry of the article's country.
        let portfolio = start < i
            && (start..i).all(|k| {
                v.upos(k) == Some(upos("DET"))
                    || v.words[k].chars().next().is_some_and(char::is_lowercase)
            })
            && (start..i).any(|k| v.upos(k) != Some(upos("DET")));
        if head_low == "ministry" && definite && portfolio && modifier_org.is_none() {
            let first = (start..i)
                .find(|&k| v.upos(k) != Some(upos("DET")))
                .unwrap_or(i);
            let name = lower(v.text(first, head_end));
            let c = home.map(str::to_string);
            return Some(Cand {
                span: v.span(first, head_end),
                key: Key::Org(name),
                country: c,
                ..base
            });
        }
        // Unmodified: an institution ("the government", "police") is an
        // actor of the article's country; a definite role noun refers back.
        if INSTITUTIONS.contains(&head_low.as_str()) && role.use_ == RoleUse::Org {
            let before = v.low(start.saturating_sub(1));
            let next_noun = v.upos(head_end) == Some(upos("NOUN"))
                && v.sentence_of.get(head_end) == Some(&sentence);
            // "an elected government": a new, often hoped-for, body ("a
            // police spokesman" is the police's).
            let indefinite = (i.saturating_sub(2)..i).any(|a| {
                matches!(v.low(a), "a" | "an")
                    && (a + 1..i).all(|b| v.words[b].chars().all(char::is_lowercase))
            }) && !next_noun;
            // "according to government figures": the body's records, not
            // the body acting.
            let modifier = next_noun && RECORDS.contains(&v.low(head_end));
            // "head of government", "debated in parliament", "outside
            // parliament": a bare singular after a preposition is an office
            // or a place, not the body acting ("clashed with police" is).
            let bare_place = i > 0
                && matches!(head_low.as_str(), "government" | "parliament" | "cabinet")
                && (start == i && v.upos(i - 1) == Some(upos("ADP")) && before != "by"
                    || matches!(v.low(i - 1), "outside" | "inside"));
            if indefinite || modifier || bare_place {
                return None;
            }
            // "the junta", "the regime": the ruling body named before,
            // whichever country it rules, not the article's by default.
            let c = if definite && matches!(head_low.as_str(), "junta" | "regime") {
                None
            } else {
                home.map(str::to_string)
            };
            return Some(Cand {
                key: Key::Group(c.clone(), key_sector(role.sector), kind),
                country: c,
                ..base
            });
        }
        if definite {
            let rk = if role.use_ == RoleUse::Title {
                RefKind::RolePerson
            } else {
                RefKind::RoleOrg
            };
            return Some(Cand {
                key: Key::Refers(rk),
                named: rk == RefKind::RoleOrg,
                group: rk == RefKind::RoleOrg && people,
                ..base
            });
        }
        // "leave office", "in power": a bare singular noun refers to no one.
        let before = v.low(start.saturating_sub(1));
        let determined = start > 0
            && (DETERMINERS.contains(&before)
                || v.upos(start - 1) == Some(upos("NUM"))
                || v.upos(start - 1) == Some(upos("DET")));
        let singular = v
            .doc
            .tags
            .get(head_end - 1)
            .is_some_and(|t| t.xpos.as_str() == "NN");
        if singular && !determined {
            return None;
        }
        // "a monitoring group", "21 officers": a new referent, never an
        // earlier actor.
        let fresh =
            start > 0 && (matches!(before, "a" | "an") || v.upos(start - 1) == Some(upos("NUM")));
        // An unmodified group of people joins an actor of the same sector
        // if there is one ("police officers" after "police"), else stands
        // as an unnamed group ("protesters").
        Some(Cand {
            key: Key::Refers(RefKind::RoleOrg),
            actor: false,
            group: people,
            fresh,
            ..base
        })
    }

    /// Title, country and sector of a person from the words around the name.
    fn code_person(&self, v: &View, first: usize, end: usize, c: &mut Cand, home: Option<&str>) {
        let mut title: Option<(usize, usize)> = None;
        // Before the name: "US President", "Afghanistan’s Interior Ministry spokesman".
        let mut s = first;
        let mut has_cue = false;
        let mut field_words = 0;
        // Past an "of", only a title word goes on ("Minister of Foreign
        // Affairs"), not any noun ("the release of opposition leader X").
        let mut crossed_of = false;
        while s > 0 && v.sentence_of[s - 1] == c.sentence {
            let p = s - 1;
            let w = v.words[p];
            let l = v.low(p);
            let cue = v.lex.role(&[w]).is_some();
            if v.mention_at[p].is_some_and(|m| v.doc.mentions[m].kind == MentionKind::Person) {
                break;
            }
            // "Secretary-General": a hyphen inside a capitalised title.
            let hyphen = w == "-"
                && p > 0
                && p + 1 < first
                && is_cap(v.words[p - 1])
                && is_cap(v.words[p + 1]);
            let ok = cue
                || hyphen
                // "ruling party candidate X": a cue of several words
                || (has_cue && v.cue_at(p).is_some())
                || TITLE_MODIFIERS.contains(&l)
                || is_possessive(l)
                // "Secretary of State for African Affairs X": a title's
                // "of" and "for" phrases.
                || (matches!(w, "of" | "for") && (has_cue || (p > 0 && is_cap(v.words[p - 1]))))
                || (is_cap(w) && !v.sentence_start[p] && !STOP.contains(&l))
                || (is_cap(w) && v.sentence_start[p] && (cue || v.mention_at[p].is_some()))
                || v.mention_at[p].is_some()
                || (w.chars().all(char::is_lowercase)
                    && has_cue
                    && !crossed_of
                    && ADJ_SUFFIXES.iter().any(|x| l.ends_with(x))
                    && !STOP.contains(&l)
                    && l.len() > 4
                    && !v.upos(p).is_some_and(|u| u == upos("VERB") || u == upos("AUX")))
                // "UN human rights chief", "EU foreign policy chief": the
                // field of the office, in lower case, between body and title
                || (w.chars().all(char::is_lowercase)
                    && has_cue
                    && !crossed_of
                    && field_words < 2
                    && !STOP.contains(&l)
                    && v.upos(p).is_some_and(|u| u == upos("NOUN") || u == upos("ADJ")));
            if !ok {
                break;
            }
            if w.chars().all(char::is_lowercase) && !cue && !TITLE_MODIFIERS.contains(&l) {
                field_words += 1;
            }
            has_cue |= cue || (p + 1 < first && v.cue_at(p).is_some());
            crossed_of |= l == "of";
            s = p;
        }
        while s < first && (matches!(v.low(s), "of" | "for") || is_possessive(v.low(s))) {
            s += 1;
        }
        if s < first && (has_cue || (s..first).any(|k| v.cue_at(k).is_some())) {
            title = Some((s, first));
        }
        // After the name: ", a spokesman for X," / ", head of X,".
        if title.is_none() && v.low(end) == "," {
            let mut k = end + 1;
            if matches!(v.low(k), "and" | "or" | "but" | "while" | "which") {
                k = v.words.len();
            }
            if matches!(v.low(k), "a" | "an" | "the") {
                k += 1;
            }
            let t0 = k;
            let mut e = k;
            while e < v.words.len()
                && v.sentence_of[e] == c.sentence
                && !matches!(
                    v.low(e),
                    "," | "." | "who" | "said" | "says" | "told" | "”" | "\"" | ";" | "(" | ")"
                )
                && e - t0 < 14
            {
                e += 1;
            }
            if e > t0
                && (t0..(t0 + 4).min(e)).any(|k| v.cue_at(k).is_some() || KIN.contains(&v.low(k)))
            {
                title = Some((t0, e));
            }
        }
        // Before the name with a comma: "the bloc's foreign policy chief, Josep Borrell".
        // It also outranks a past office written next to the name: "the
        // bloc's envoy, former Kenyan minister X" and "the bloc's envoy, X,
        // a former diplomat" hold the envoy's post now.
        let former = |t: Option<(usize, usize)>| {
            t.is_some_and(|(a, b)| (a..b).any(|k| matches!(v.low(k), "former" | "ex")))
        };
        let anchor = match title {
            None => Some(first),
            Some((s0, e0)) if former(title) => Some(if e0 == first { s0 } else { first }),
            Some(_) => None,
        };
        if let Some(first) = anchor.filter(|&f| f >= 2 && v.low(f - 1) == ",") {
            let e = first - 1;
            let mut k = e;
            while k > 0
                && v.sentence_of[k - 1] == c.sentence
                && (!matches!(
                    v.low(k - 1),
                    "the" | "a" | "an" | "," | "." | "to" | "“" | "\"" | "by" | "according"
                )
                    // "the governor of the North region, X": a title's "of the".
                    || (k > 1 && v.low(k - 1) == "the" && v.low(k - 2) == "of"))
                // "The UAE summoned Iran's ambassador, X": the title starts
                // after the verb.
                && !v
                    .upos(k - 1)
                    .is_some_and(|u| u == upos("VERB") || u == upos("AUX"))
                && e - k < 10
            {
                k -= 1;
            }
            // Keep "to" inside a title ("Special Envoy to Yemen").
            if k > 1 && v.low(k - 1) == "to" && v.cue_at(k.saturating_sub(2)).is_some() {
                k -= 1;
                while k > 0 && !matches!(v.low(k - 1), "the" | "a" | "an" | "," | ".") {
                    k -= 1;
                }
            }
            while k < e && matches!(v.low(k), "and" | "or" | "but") {
                k += 1;
            }
            if k < e
                && (k..e).any(|x| v.cue_at(x).is_some() || KIN.contains(&v.low(x)))
                && (title.is_none() || !former(Some((k, e))))
            {
                title = Some((k, e));
            }
        }
        // "Paul Biya, who has ruled since 1982", "General X, who has led
        // Niger since the coup": who rules a state is of its government,
        // whatever the rank.
        let rules = v.low(end) == "," && v.low(end + 1) == "who" && {
            let k = end + 2 + usize::from(matches!(v.low(end + 2), "has" | "had"));
            matches!(v.low(k), "ruled" | "governed")
                || (v.low(k) == "led"
                    && v.mention_at
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|m| v.doc.mentions[m].kind == MentionKind::Gpe))
        };
        let Some((t0, t1)) = title else {
            c.role = rules.then_some(Sector::GOV);
            if rules && c.country.is_none() {
                c.country = home.map(str::to_string);
                c.fallback = true;
            }
            return;
        };
        c.title = Some(v.text(t0, t1).to_string());
        c.title_at = Some((t0, t1));
        // Split at the first preposition after a cue: pre-modifiers, complement.
        let split = (t0..t1)
            .find(|&k| matches!(v.low(k), "for" | "of" | "to" | "at" | "with" | "in") && k > t0)
            .unwrap_or(t1);
        let (mut strong, mut weak) = (None, None);
        let mut kin_of: Option<usize> = None;
        let mut affil: Option<(Option<String>, Option<Sector>)> = None;
        let mut post_affil: Option<(Option<String>, Option<Sector>)> = None;
        let mut post_strong = None;
        // "Taliban government spokesman": the title names the government
        // the holder serves, whatever the group's own sector.
        let mut works_for_state = false;
        let mut k = t0;
        while k < t1 {
            if let Some(m) = v.mention_at[k] {
                let (_, me) = v.mention_tokens(m);
                let mk = v.doc.mentions[m].kind;
                let ents = v.entries(m);
                let known = ents.iter().find_map(|e| match e {
                    Entry::Actor(i) => Some(v.lex.actor(*i)),
                    _ => None,
                });
                let a = if let Some(a) = known {
                    Some((a.country.clone(), a.sector))
                } else if matches!(mk, MentionKind::Gpe | MentionKind::Norp | MentionKind::Loc) {
                    // "Tavush Governor", "Hormozgan province's chief
                    // justice": a province or town of one country.
                    v.mention_country(m)
                        .or_else(|| place_country(v, m))
                        .map(|c| (Some(c), None))
                } else if mk == MentionKind::Org {
                    let (cc, r, _) = self.code_org(v, v.mention_tokens(m).0, me);
                    Some((cc, r))
                } else {
                    None
                };
                if let Some(a) = a {
                    let slot = if k < split {
                        &mut affil
                    } else {
                        &mut post_affil
                    };
                    match slot {
                        None => *slot = Some(a),
                        Some(s) => {
                            if s.0.is_none() && a.0.is_some() && known.is_none() {
                                s.0 = a.0;
                            }
                            if s.1.is_none() {
                                s.1 = a.1;
                            }
                        }
                    }
                }
                if mk == MentionKind::Person && kin_of.is_none() {
                    kin_of = Some(k);
                }
                k = me.max(k + 1);
                continue;
            }
            // "Tavush Governor": a province or town the tagger did not name.
            if v.cue_at(k).is_none() && is_cap(v.words[k]) && !v.sentence_start[k] {
                if let Some(c) = word_place_country(v, k) {
                    let slot = if k < split {
                        &mut affil
                    } else {
                        &mut post_affil
                    };
                    if slot.is_none() {
                        *slot = Some((Some(c), None));
                    }
                }
            }
            if let Some((r, len)) = v.cue_at(k) {
                if k < split {
                    if r.weak {
                        weak = weak.or(r.sector);
                    } else if r.sector.is_some() {
                        strong = r.sector;
                        works_for_state |= r.use_ == RoleUse::Org && r.sector == Some(Sector::GOV);
                    }
                } else if !r.weak && post_strong.is_none() {
                    post_strong = r.sector;
                }
                // "the bloc": a role noun naming an organisation.
                if r.use_ != RoleUse::Title && r.sector.is_some() {
                    let slot = if k < split {
                        &mut affil
                    } else {
                        &mut post_affil
                    };
                    if slot.is_none() && r.weak && r.sector == Some(Sector::IGO) {
                        *slot = Some((None, r.sector));
                    }
                }
                k += len;
                continue;
            }
            k += 1;
        }
        if let (Some(k), true) = (kin_of, (t0..t1).any(|k| KIN.contains(&v.low(k)))) {
            if let Some(m) =
                v.mention_at[k].filter(|&m| v.doc.mentions[m].kind == MentionKind::Person)
            {
                c.kin = Some(v.doc.mentions[m].span);
            }
        }
        let (country, asector) = match (&affil, &post_affil) {
            (Some(a), _) => (a.0.clone(), a.1),
            (None, Some(b)) => (b.0.clone(), b.1),
            (None, None) => (None, None),
        };
        c.country = country;
        c.role = strong.or(asector).or(post_strong).or(weak);
        // "CONAIE president X", "rebel commander X": the head of a body
        // outside the state is of the body's sector, not the government's.
        if strong == Some(Sector::GOV)
            && !works_for_state
            && asector.is_some_and(|s| !state_sector(s))
        {
            c.role = asector;
        }
        // "Democratic Party lawmaker X": a member of parliament for a
        // party in opposition is of the opposition.
        if strong == Some(Sector::LEG) && asector == Some(Sector::OPP) {
            c.role = asector;
        }
        if rules {
            c.role = Some(Sector::GOV);
        }
        let kin = (t0..t1).any(|k| KIN.contains(&v.low(k)));
        if kin {
            c.role = None;
        }
        // "former Prime Minister X": a past office holder is of the elite,
        // not the government.
        if c.role == Some(Sector::GOV) && (t0..t1).any(|k| v.low(k) == "former") {
            c.role = Some(Sector::ELI);
        }
        // Offices of a state, and its opposition ("Opposition leader X"),
        // are the article's country's unless the text says otherwise.
        let state_role = c.role.is_some_and(|r| state_sector(r) || r == Sector::OPP);
        if c.country.is_none() && affil.is_none() && post_affil.is_none() && !kin && state_role {
            c.country = home.map(str::to_string);
            c.fallback = true;
        }
    }
}

/// The article's country: the one whose names, demonyms and capitals, and
/// places the gazetteer puts in it alone ("El Fasher", "North Darfur"), are
/// mentioned at least twice as often as any other's. News is about where
/// it happens: a story that names Washington twice and three Sudanese towns
/// is about Sudan. Second, the leading country: the most mentioned one
/// when no other is mentioned as often (a story of two countries names
/// the one it is about a little more often).
fn home_country(v: &View) -> (Option<String>, Option<String>) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let gazetteer = Gazetteer::embedded().ok();
    for m in 0..v.doc.mentions.len() {
        let entries = v.entries(m);
        if entries.iter().any(|e| !matches!(e, Entry::Actor(_))) {
            if let Some(c) = v.mention_country(m) {
                *counts.entry(c).or_default() += 1;
            }
        } else if let (true, Some(g)) = (entries.is_empty(), gazetteer) {
            let men = &v.doc.mentions[m];
            if !matches!(men.kind, MentionKind::Gpe | MentionKind::Loc) {
                continue;
            }
            let refs = g.lookup(&name_key(men.span.text(v.doc.text())));
            let mut countries = refs.iter().map(|r| g.iso3(r.entry));
            if let Some(first) = countries.next().filter(|c| !c.is_empty()) {
                if countries.all(|c| c == first) {
                    *counts.entry(first.to_string()).or_default() += 1;
                }
            }
        }
    }
    let mut top: Vec<(String, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    match top.as_slice() {
        [(c, n), rest @ ..] if rest.first().is_none_or(|r| *n >= 2 * r.1) && *n >= 2 => {
            (Some(c.clone()), Some(c.clone()))
        }
        [(c, n), rest @ ..] if rest.first().is_none_or(|r| *n > r.1) && *n >= 2 => {
            (None, Some(c.clone()))
        }
        _ => (None, None),
    }
}

/// The country of the place a dateline names ("LONDON, Feb 11 (AFP) —"):
/// where the story was written, whose own institutions it names without
/// saying whose they are.
fn dateline_country(v: &View) -> Option<String> {
    let gazetteer = Gazetteer::embedded().ok()?;
    let n = v.words.len();
    let line = dateline_line(v)?;
    // The place: the words before the first comma or bracket.
    let end =
        (line..n.min(line + 6)).find(|&k| matches!(v.words[k], "," | "(" | "-" | "—" | "–"))?;
    let place = v.words[line..end].join(" ");
    let key = name_key(&place);
    let refs = gazetteer.lookup(&key);
    // The largest place of that name (LONDON is not London, Ontario).
    let best = refs
        .iter()
        .max_by_key(|r| gazetteer.entry(r.entry).population)?;
    let iso3 = gazetteer.iso3(best.entry);
    (!iso3.is_empty()).then(|| iso3.to_string())
}

/// The first token of the line a dateline opens, if any.
fn dateline_line(v: &View) -> Option<usize> {
    (0..v.words.len().min(200)).find(|&k| {
        (k == 0 || line_start(v.doc, k))
            && v.sentence_of
                .get(k)
                .is_some_and(|&s| s <= 2 && in_dateline(v, s, k))
    })
}

/// Titles of monarchs and popes, who are known by the title and one name
/// ("King Charles", "Pope Leo"): the title is part of the name.
const ROYAL_TITLES: &[&str] = &["King", "Queen", "Prince", "Princess", "Emperor", "Pope"];

/// "a Ukrainian delegation, including Foreign Minister Andrii Sybiha": a
/// person (or a body: "Presidential Office head X") listed after "including"
/// or "like" takes the group's country.
fn inherit_from_lists(v: &View, cands: &mut [Cand]) {
    let toks = &v.doc.tokens;
    for k in 0..v.words.len() {
        if !matches!(v.low(k), "including" | "like") {
            continue;
        }
        let at = toks[k].span.start;
        let sentence = v.sentence_of[k];
        let group_country = cands
            .iter()
            .rfind(|c| {
                c.span.end <= at
                    && c.sentence == sentence
                    && c.kind != EntityKind::Person
                    && c.actor
            })
            .and_then(|c| c.country.clone());
        let Some(gc) = group_country else { continue };
        for c in cands.iter_mut() {
            let named = c.kind == EntityKind::Person && c.key == Key::Person
                || c.kind == EntityKind::Org && matches!(c.key, Key::Org(_));
            if named && c.span.start > at && c.sentence == sentence && c.country.is_none() {
                c.country = Some(gc.clone());
            }
        }
    }
}

/// The first token of a country named as the possessor of the name at
/// `first` ("Armenia's Defence Ministry").
fn country_possessor(v: &View, first: usize) -> Option<usize> {
    if first < 2 || !is_possessive(v.low(first - 1)) {
        return None;
    }
    let m = v.mention_at[first - 2]?;
    v.entries(m)
        .iter()
        .any(|e| matches!(e, Entry::Country(_)))
        .then(|| v.mention_tokens(m).0)
}

/// Whether the name at `first` is owned by a state: "Armenia's", "the
/// country's", "the nation's", "its" (of a state named before is not
/// checked: a body owned by "its" is at least no international one).
/// `Some(Some(iso3))` when the owner is a named country, `Some(None)`
/// for a state not named.
fn state_possessor(v: &View, first: usize) -> Option<Option<String>> {
    if first == 0 {
        return None;
    }
    let p = first - 1;
    if matches!(v.low(p), "national") {
        return Some(None);
    }
    if !is_possessive(v.low(p)) || p == 0 {
        return None;
    }
    let owner = p - 1;
    if let Some(m) = v.mention_at[owner] {
        let country = v.entries(m).iter().find_map(|e| match *e {
            Entry::Country(i) | Entry::Capital(i) => Some(v.lex.country(i).iso3.clone()),
            _ => None,
        });
        return country.map(Some);
    }
    matches!(v.low(owner), "country" | "nation" | "state").then_some(None)
}

/// The country of a place mention the gazetteer puts in one country
/// alone.
fn place_country(v: &View, m: usize) -> Option<String> {
    let g = Gazetteer::embedded().ok()?;
    let men = &v.doc.mentions[m];
    let refs = g.lookup(&name_key(men.span.text(v.doc.text())));
    let mut countries = refs.iter().map(|r| g.iso3(r.entry));
    let first = countries.next().filter(|c| !c.is_empty())?;
    countries.all(|c| c == first).then(|| first.to_string())
}

/// The country of a capitalised word that names places of one country
/// only, none of them a common word, where the article names that country
/// too (a town's name may be another country's town).
fn word_place_country(v: &View, k: usize) -> Option<String> {
    let w = v.words[k];
    if TITLE_MODIFIERS.contains(&v.low(k)) || STOP.contains(&v.low(k)) {
        return None;
    }
    let g = Gazetteer::embedded().ok()?;
    let refs = g.lookup(&name_key(w));
    if refs.iter().any(|r| g.entry(r.entry).common) {
        return None;
    }
    let mut countries = refs.iter().map(|r| g.iso3(r.entry));
    let first = countries.next().filter(|c| !c.is_empty())?;
    let named = (0..v.doc.mentions.len()).any(|m| v.mention_country(m).as_deref() == Some(first));
    (countries.all(|c| c == first) && named).then(|| first.to_string())
}

/// Bodies a possessive title can name its holder's employer by ("the
/// group's director").
const OWNER_NOUNS: &[&str] = &[
    "agency",
    "bloc",
    "body",
    "channel",
    "company",
    "firm",
    "group",
    "movement",
    "organisation",
    "organization",
    "party",
];

/// "Its regional director, X", "the group's coordinator, X", "his
/// spokesman X": a title owned by a pronoun or a body noun names the
/// holder's employer, the last body (or person, for "his"/"her") named
/// before; the holder takes its country, and its sector where the title
/// gives none or only a state office's weak one (the spokesman of the UN
/// chief is no government's).
fn inherit_from_owners(v: &View, cands: &mut [Cand]) {
    for i in 0..cands.len() {
        let Some((t0, t1)) = cands[i].title_at else {
            continue;
        };
        if cands[i].kind != EntityKind::Person {
            continue;
        }
        let lows: Vec<&str> = (t0.saturating_sub(2)..t1).map(|k| v.low(k)).collect();
        let off = t0 - t0.saturating_sub(2);
        // The owner word: the title's first word, or the one before it.
        let at = |j: usize| lows.get(j).copied().unwrap_or("");
        let (pron, body) = {
            let w0 = at(off);
            let wb = if off > 0 { at(off - 1) } else { "" };
            let pron = [w0, wb]
                .into_iter()
                .find(|w| matches!(*w, "its" | "their" | "his" | "her"));
            let body = OWNER_NOUNS.contains(&w0) && is_possessive(at(off + 1))
                || off >= 2 && OWNER_NOUNS.contains(&at(off - 2)) && is_possessive(wb);
            (pron, body)
        };
        let want_person = matches!(pron, Some("his" | "her"));
        if pron.is_none() && !body {
            continue;
        }
        let start = cands[i].span.start.min(v.doc.tokens[t0].span.start);
        let sentence = cands[i].sentence;
        let owner = cands[..i].iter().rposition(|c| {
            c.span.end <= start
                && c.named
                && c.actor
                && sentence.saturating_sub(c.sentence) <= 2
                && !matches!(c.key, Key::Refers(_))
                && if want_person {
                    c.kind == EntityKind::Person
                } else {
                    c.kind == EntityKind::Org && matches!(c.key, Key::Org(_) | Key::Actor(_))
                }
        });
        let Some(o) = owner else { continue };
        let (oc, or) = (cands[o].country.clone(), cands[o].role);
        let c = &mut cands[i];
        if c.country.is_none() {
            c.country = oc;
        }
        let international = matches!(or, Some(Sector::IGO | Sector::NGO));
        if c.role.is_none() || international && c.role == Some(Sector::GOV) {
            c.role = or;
        }
    }
}

/// Offices a title can name without their state ("ministry spokesman",
/// "military spokesman"): the holder serves the body of that office named
/// last before.
const OFFICE_WORDS: &[&str] = &[
    "army",
    "government",
    "military",
    "ministry",
    "navy",
    "police",
];

/// Local offices whose title names the place they serve ("Springfield
/// mayor", "governor of Ohio").
const LOCAL_OFFICES: &[&str] = &["governor", "mayor"];

/// A person whose title names only an office takes the country of what
/// the title refers to rather than the article's: a place in a local
/// office's title ("Amadiya mayor X" → the town's country), a body named in
/// the title and elsewhere tied to a state ("KRG spokesman"), the office's
/// body named last before in the same or the previous sentence ("Iraq's
/// foreign ministry summoned ... ministry spokesman X"), or the city a
/// sentence opens with ("In Moscow, Foreign Ministry spokeswoman X").
fn inherit_from_offices(v: &View, cands: &mut [Cand]) {
    let text = v.doc.text();
    for i in 0..cands.len() {
        let Some((t0, t1)) = cands[i].title_at else {
            continue;
        };
        let unknown = cands[i].country.is_none() || cands[i].fallback;
        if cands[i].kind != EntityKind::Person || !unknown || t1 > v.words.len() {
            continue;
        }
        // (`View::low` is already lower-cased and without a possessive)
        let local = (t0..t1).any(|k| LOCAL_OFFICES.contains(&v.low(k)));
        let office = (t0..t1)
            .map(|k| v.low(k))
            .find(|w| OFFICE_WORDS.contains(w));
        let place = || {
            (t0..t1).find_map(|k| match v.mention_at[k] {
                Some(m)
                    if matches!(v.doc.mentions[m].kind, MentionKind::Gpe | MentionKind::Loc) =>
                {
                    v.mention_country(m).or_else(|| place_country(v, m))
                }
                _ => word_place_country(v, k),
            })
        };
        let body = || {
            (t0..t1)
                .filter_map(|k| v.mention_at[k])
                .filter(|&m| v.doc.mentions[m].kind == MentionKind::Org)
                .find_map(|m| {
                    let name = v.doc.mentions[m].span.text(text);
                    cands
                        .iter()
                        .find(|c| {
                            c.kind == EntityKind::Org
                                && c.country.is_some()
                                && c.span.text(text) == name
                        })
                        .and_then(|c| c.country.clone())
                })
        };
        let start = cands[i].span.start.min(v.doc.tokens[t0].span.start);
        let sentence = cands[i].sentence;
        let opening = || {
            let s0 = (0..=t0).rev().find(|&k| v.sentence_start[k])?;
            (v.low(s0) == "in" && s0 + 1 < t0).then_some(())?;
            let m = v.mention_at[s0 + 1]?;
            let comma = (s0 + 1..t0).find(|&k| v.words[k] == ",")?;
            (comma + 1 == t0 || v.low(comma + 1) == "the" && comma + 2 == t0).then_some(())?;
            matches!(v.doc.mentions[m].kind, MentionKind::Gpe)
                .then(|| v.mention_country(m).or_else(|| place_country(v, m)))
                .flatten()
        };
        let country = if local {
            place()
        } else if let Some(w) = office {
            opening().or_else(body).or_else(|| {
                cands[..i]
                    .iter()
                    .rev()
                    .find(|c| {
                        c.span.end <= start
                            && c.kind == EntityKind::Org
                            && c.country.is_some()
                            && sentence.saturating_sub(c.sentence) <= 1
                            && c.span.text(text).split(' ').any(|x| low_form(x) == w)
                    })
                    .and_then(|c| c.country.clone())
            })
        } else {
            body()
        };
        if country.is_some() {
            cands[i].country = country;
            cands[i].fallback = false;
        }
    }
}

/// "Viv Ansanm leader Jimmy Chérizier": a person whose title names a body
/// that is no part of a state (a gang, a party, a firm), known as such
/// from its other mentions, is of the body's sector rather than the
/// government's a bare "leader" suggests.
fn inherit_from_title_bodies(v: &View, cands: &mut [Cand], clusters: &[usize]) {
    for i in 0..cands.len() {
        let Some((t0, t1)) = cands[i].title_at else {
            continue;
        };
        if cands[i].kind != EntityKind::Person || cands[i].role.is_some_and(|r| r != Sector::GOV) {
            continue;
        }
        // "Taliban government spokesman": the government the group forms.
        let serves_state = (t0..t1).any(|k| {
            v.cue_at(k)
                .is_some_and(|(r, _)| r.use_ == RoleUse::Org && r.sector == Some(Sector::GOV))
        });
        if serves_state {
            continue;
        }
        // The body's name in the title, and a mention of it as an actor
        // (the name in the title may be none).
        let text = v.doc.text();
        let name = (t0..t1)
            .find_map(|k| v.mention_at[k])
            .filter(|&m| v.doc.mentions[m].kind == MentionKind::Org)
            .map(|m| v.doc.mentions[m].span.text(text));
        let Some(name) = name else { continue };
        let body = (0..cands.len()).find(|&j| {
            cands[j].kind == EntityKind::Org && cands[j].named && cands[j].span.text(text) == name
        });
        let Some(j) = body else { continue };
        let roles: Vec<Sector> = (0..cands.len())
            .filter(|&k| clusters[k] == clusters[j] && cands[k].kind == EntityKind::Org)
            .filter_map(|k| cands[k].role)
            .collect();
        // a sector outside the state that at least half its mentions give
        let votes = |r: Sector| roles.iter().filter(|&&x| x == r).count();
        let outside = roles
            .iter()
            .copied()
            .find(|&r| !state_sector(r) && 2 * votes(r) >= roles.len());
        if let Some(r) = outside {
            cands[i].role = Some(r);
        }
    }
}

/// Clusters of candidate indices (union-find over keys and references).
fn corefer(v: &View, cands: &mut [Cand]) -> Vec<usize> {
    let n = cands.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            p[hi] = lo;
        }
    };
    // Same key; organisations of one name but two countries ("Armenia's
    // Defence Ministry", "Azerbaijan's Defence Ministry") stay apart, and
    // the name alone joins the last one of a country it fits.
    let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
    for i in 0..n {
        match &cands[i].key {
            Key::Person | Key::Refers(_) | Key::Group(..) => {}
            k => {
                let seen = by_key.entry(k.clone()).or_default();
                let fits = |j: &usize| match (&cands[*j].country, &cands[i].country) {
                    (Some(a), Some(b)) => a == b || !matches!(k, Key::Org(_)),
                    _ => true,
                };
                let same = |j: &usize| cands[*j].country == cands[i].country;
                let j = seen
                    .iter()
                    .rev()
                    .find(|j| same(j))
                    .or_else(|| seen.iter().rev().find(|j| fits(j)))
                    .copied();
                if let Some(j) = j {
                    union(&mut parent, j, i);
                }
                seen.push(i);
            }
        }
    }
    // Persons: same full name, or a part of a longer name.
    for i in 0..n {
        if cands[i].kind != EntityKind::Person
            || cands[i].key != Key::Person
            || cands[i].words.is_empty()
        {
            continue;
        }
        let best = (0..n)
            .filter(|&j| {
                j != i && cands[j].key == Key::Person && cands[j].kind == EntityKind::Person
            })
            .filter(|&j| {
                let (a, b) = (&cands[i].words, &cands[j].words);
                a == b && j < i || (b.len() > a.len() && a.iter().all(|w| b.contains(w)))
            })
            .min_by_key(|&j| (std::cmp::Reverse(cands[j].words.len()), j));
        if let Some(j) = best {
            union(&mut parent, j, i);
        }
    }
    // Acronyms: "RSF" after "Rapid Support Forces".
    for i in 0..n {
        let t = cands[i].span.text(v.doc.text());
        let all_caps = t.chars().all(|c| c.is_ascii_uppercase());
        // "the Maritime Security Agency (Bakamla)": a short form in mixed
        // case names its expansion only from the brackets after it.
        let word = t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && t.chars().all(char::is_alphanumeric);
        if cands[i].kind != EntityKind::Org || t.len() < 2 || !(all_caps || word) {
            continue;
        }
        if let Some(j) = (0..n).find(|&j| {
            j != i && cands[j].kind == EntityKind::Org && {
                let initials: String = cands[j]
                    .span
                    .text(v.doc.text())
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| is_cap(w))
                    .filter_map(|w| w.chars().next())
                    .collect();
                // "the Kenya Defence Forces (KDF)": the name the acronym
                // follows in brackets.
                let bracketed = v
                    .doc
                    .text()
                    .get(cands[j].span.end as usize..)
                    .and_then(|r| r.strip_prefix(" ("))
                    .is_some_and(|r| r.strip_prefix(t).is_some_and(|r| r.starts_with(')')));
                (all_caps && initials == t) || bracketed
            }
        }) {
            union(&mut parent, j, i);
            // "the Ambazonia Defence Forces (ADF)": an acronym the text
            // spells out as another name than the body the lexicon knows
            // by it (the Allied Democratic Forces) is the text's body: it
            // takes that name's country and sector.
            let text = v.doc.text();
            let spelled = text
                .get(cands[j].span.end as usize..)
                .and_then(|r| r.strip_prefix(" ("))
                .is_some_and(|r| r.strip_prefix(t).is_some_and(|r| r.starts_with(')')));
            let other_body = match cands[i].key {
                Key::Actor(a) => {
                    spelled
                        && cands[j].key != cands[i].key
                        && !v
                            .lex
                            .lookup(cands[j].span.text(text))
                            .contains(&Entry::Actor(a))
                }
                _ => false,
            };
            if other_body {
                cands[i].country = cands[j].country.clone();
                cands[i].role = cands[j].role;
                cands[i].key = cands[j].key.clone();
            }
        }
    }
    // Descriptive groups: "Russian delegates" with "Russian delegation",
    // "American troops" with "US forces".
    for i in 0..n {
        if let Key::Group(c, s, _) = &cands[i].key {
            let class_i = head_class(cands[i].cue.as_deref().unwrap_or(""));
            // "Colombia's government … the government": a body of no
            // country the text gives is the last one of its kind named.
            if c.is_none() && class_i == "GOVT" {
                let last = (0..i).rev().find(|&j| {
                    matches!(&cands[j].key, Key::Group(Some(_), s2, _) if s2 == s)
                        && head_class(cands[j].cue.as_deref().unwrap_or("")) == class_i
                });
                if let Some(j) = last {
                    union(&mut parent, j, i);
                    continue;
                }
            }
            for j in 0..i {
                if let Key::Group(c2, s2, _) = &cands[j].key {
                    if c == c2
                        && s == s2
                        && class_i == head_class(cands[j].cue.as_deref().unwrap_or(""))
                    {
                        union(&mut parent, j, i);
                        break;
                    }
                }
            }
        }
    }
    // A state's armed forces under a common noun ("Kenya's military",
    // "Kenyan troops", "the junta") are the one armed body of that state
    // the article names ("the Kenya Defence Forces"), or, where the army
    // rules, its military government ("Myanmar's military government").
    for i in 0..n {
        let Key::Group(c, _, _) = &cands[i].key else {
            continue;
        };
        let cue = cands[i].cue.as_deref().unwrap_or("");
        let ruler = matches!(cue, "junta" | "regime");
        if !(ruler || (c.is_some() && head_class(cue) == "MIL")) {
            continue;
        }
        let text = v.doc.text();
        // "Myanmar's military", not a bare "the army": only a force its
        // state's name qualifies is the state's military rulers.
        let phrase = lower(cands[i].span.text(text));
        let owned = phrase.trim_start_matches("the ") != cue;
        let same_state = |j: usize| c.is_none() || cands[j].country == *c;
        let military_rule = |j: usize| {
            let name = lower(cands[j].span.text(text));
            j != i
                && same_state(j)
                && cands[j].kind == EntityKind::Org
                && cands[j].country.is_some()
                && !matches!(cands[j].key, Key::Refers(_))
                && cands[j].role == Some(Sector::GOV)
                && name.split(' ').any(|w| w == "military" || w == "junta")
        };
        // The last ruling body named before, else the first after.
        let rule = (0..i)
            .rev()
            .find(|&j| military_rule(j))
            .or_else(|| (i + 1..n).find(|&j| military_rule(j)))
            .filter(|_| ruler || owned);
        // "the junta … the government": where no military government is
        // named, a state's ruling junta is its government, or the
        // government the text names no state of.
        let rule = rule.or_else(|| {
            (0..n).filter(|_| ruler).find(|&j| {
                j != i
                    && (cands[j].country.is_none() || cands[j].country == cands[i].country)
                    && cands[j].kind == EntityKind::Org
                    && matches!(&cands[j].key, Key::Group(_, _, _))
                    && cands[j].cue.as_deref() == Some("government")
            })
        });
        let armed: Vec<usize> = if ruler {
            Vec::new()
        } else {
            (0..n)
                .filter(|&j| {
                    j != i
                        && same_state(j)
                        && matches!(cands[j].key, Key::Org(_) | Key::Actor(_))
                        && cands[j].kind == EntityKind::Org
                        && cands[j].role == Some(Sector::MIL)
                        && national_force(v, cands[j].span.text(text), c.as_deref())
                })
                .collect()
        };
        let one_armed = armed
            .first()
            .filter(|&&j| armed.iter().all(|&k| cands[k].key == cands[j].key));
        if let Some(&j) = one_armed.or(rule.as_ref()) {
            union(&mut parent, j, i);
        }
    }
    // "the police" after "the Haitian National Police": a state's police
    // under the common noun is the one police force of that state named.
    for i in 0..n {
        let Key::Group(c, Some(Sector::COP), EntityKind::Org) = &cands[i].key else {
            continue;
        };
        if cands[i].cue.as_deref() != Some("police") {
            continue;
        }
        let text = v.doc.text();
        let forces: Vec<usize> = (0..n)
            .filter(|&j| {
                j != i
                    && matches!(cands[j].key, Key::Org(_) | Key::Actor(_))
                    && cands[j].kind == EntityKind::Org
                    && cands[j].role == Some(Sector::COP)
                    && (c.is_none() || cands[j].country == *c)
                    && cands[j].span.text(text).split(' ').any(|w| w == "Police")
            })
            .collect();
        let one = forces
            .first()
            .filter(|&&j| forces.iter().all(|&k| cands[k].key == cands[j].key));
        if let Some(&j) = one {
            union(&mut parent, j, i);
        }
    }
    // "Zambia's main opposition alliance" … "the Tonse Alliance": a
    // state's group described by a body noun is the one organisation named
    // with that noun as its head, of that state or of none given.
    for i in 0..n {
        let Key::Group(Some(c), _, _) = &cands[i].key else {
            continue;
        };
        let text = v.doc.text();
        let Some(noun) = cands[i]
            .span
            .text(text)
            .rsplit(' ')
            .next()
            .filter(|w| !is_cap(w))
            .map(lower)
            .filter(|w| {
                super::ORG_HEADS.binary_search(&w.as_str()).is_ok() && head_class(w) != "MIL"
            })
        else {
            continue;
        };
        let named: Vec<usize> = (0..n)
            .filter(|&j| {
                j != i
                    && !matches!(cands[j].key, Key::Refers(_) | Key::Person | Key::Country(_))
                    && cands[j].named
                    && cands[j].kind == EntityKind::Org
                    && cands[j].country.as_ref().is_none_or(|x| x == c)
                    && cands[j]
                        .span
                        .text(text)
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| is_cap(w) && lower(w) == noun)
            })
            .collect();
        if let Some(&j) = named.first() {
            if named.iter().all(|&k| cands[k].key == cands[j].key) {
                union(&mut parent, j, i);
            }
        }
    }
    // "the Islamic State group" with "Islamic State Sahel Province": a
    // name "X group" is the one organisation named whose name begins
    // with X.
    for i in 0..n {
        let t = cands[i].span.text(v.doc.text());
        let t = t
            .strip_prefix("the ")
            .or_else(|| t.strip_prefix("The "))
            .unwrap_or(t);
        let Some(x) = t.strip_suffix(" group").filter(|x| x.contains(' ')) else {
            continue;
        };
        if cands[i].kind != EntityKind::Org {
            continue;
        }
        let longer: Vec<usize> = (0..n)
            .filter(|&j| {
                j != i
                    && cands[j].kind == EntityKind::Org
                    && cands[j].named
                    && cands[j]
                        .span
                        .text(v.doc.text())
                        .strip_prefix(x)
                        .is_some_and(|r| r.starts_with(' ') && r != " group")
            })
            .collect();
        if let Some(&j) = longer.first() {
            if longer
                .iter()
                .all(|&k| find(&mut parent, k) == find(&mut parent, j))
            {
                union(&mut parent, j, i);
            }
        }
    }
    // References: the nearest compatible earlier actor.
    // The gender of a cluster, once a pronoun has named it ("she said"):
    // `Some(true)` for she/her, by root.
    let mut female: Vec<Option<bool>> = vec![None; n];
    fn root(p: &[usize], mut x: usize) -> usize {
        while p[x] != x {
            x = p[x];
        }
        x
    }
    for i in 0..n {
        let Key::Refers(rk) = cands[i].key.clone() else {
            continue;
        };
        let pronoun_female = match lower(cands[i].span.text(v.doc.text())).as_str() {
            "she" | "her" => Some(true),
            "he" | "him" | "his" => Some(false),
            _ => None,
        };
        let target = match rk {
            RefKind::Direct => cands[i]
                .target
                .and_then(|t| cands.iter().position(|c| c.span == t)),
            RefKind::Regime => {
                let person = cands[i]
                    .target
                    .and_then(|t| cands.iter().position(|c| c.span == t));
                let country = person.and_then(|p| {
                    let root = find(&mut parent, p);
                    (0..n)
                        .filter(|&k| find(&mut parent, k) == root)
                        .find_map(|k| cands[k].country.clone())
                });
                country.and_then(|c| cands.iter().position(|x| x.key == Key::Country(c.clone())))
            }
            RefKind::RolePerson => {
                let cue = cands[i].cue.clone().unwrap_or_default();
                let country = cands[i].country.clone();
                // "Bangladesh's interim leader, Chief Adviser Nurul Karim,":
                // the person the role names in apposition, after a comma and
                // at most a title.
                let text = v.doc.text();
                let appositive = cands.get(i + 1).filter(|c| {
                    let gap = text
                        .get(cands[i].span.end as usize..c.span.start as usize)
                        .unwrap_or("");
                    c.kind == EntityKind::Person
                        && c.key == Key::Person
                        && c.sentence == cands[i].sentence
                        && gap.trim_start().starts_with(',')
                        && gap.len() <= 40
                        && gap
                            .trim_start_matches([',', ' '])
                            .split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                });
                if appositive.is_some() {
                    Some(i + 1)
                } else {
                    (0..i)
                        .rev()
                        .filter(|&j| {
                            cands[j].kind == EntityKind::Person && cands[j].key == Key::Person
                        })
                        .find(|&j| {
                            let c = &cands[j];
                            let title_match =
                                c.title.as_deref().is_some_and(|t| lower(t).contains(&cue));
                            let compatible =
                                country.is_none() || c.country.is_none() || c.country == country;
                            compatible
                                && (title_match || c.role == cands[i].role || c.role.is_none())
                        })
                }
            }
            // "his office said": a person's office, no body named before.
            RefKind::RoleOrg if cands[i].fresh || person_owned(v, &cands[i]) => None,
            RefKind::RoleOrg => {
                let role = cands[i].role;
                let cands_ref = &*cands;
                // "diplomats said", "two officials said": an indefinite role
                // noun is a new group unless it repeats the head of a
                // described group ("Afghan officials" … "officials") or
                // names the institution ("police" … "police officers").
                let indefinite = !cands[i].actor;
                let cue = cands[i].cue.as_deref().unwrap_or("");
                let phrase = lower(cands[i].span.text(v.doc.text()));
                let same_body = |c: &Cand| {
                    !indefinite
                        || !matches!(c.key, Key::Group(..))
                        || c.cue.as_deref().is_some_and(|a| {
                            head_class(a) == head_class(cue) || phrase.split(' ').any(|w| w == a)
                        })
                };
                // "the U.N. agency" (= the WFP): its modifier is no
                // antecedent of a later "the agency".
                let modifier_only = |j: usize| {
                    let c = &cands_ref[j];
                    cands_ref.iter().any(|o| {
                        o.span != c.span
                            && o.span.contains(c.span)
                            && o.kind != EntityKind::Person
                            && o.target.is_some_and(|t| t != c.span)
                    })
                };
                // "the prisoners": people of no sector are no organisation;
                // "aid groups" (no determiner): several bodies are not one
                // named organisation.
                let bodies = [
                    "groups",
                    "organisations",
                    "organizations",
                    "agencies",
                    "parties",
                ];
                // "Police fired at protesters", "residents said" after "a
                // deal mediated by the Catholic Church": members of the
                // public are no named organisation of the civilian sector.
                let public = cands[i].group && matches!(role, None | Some(Sector::CVL));
                let many = public || (indefinite && bodies.iter().any(|b| phrase.ends_with(b)));
                let one_named = |c: &Cand| !matches!(c.key, Key::Group(..));
                let compatible = |c: &Cand| {
                    !matches!(c.key, Key::Refers(_))
                        && c.kind != EntityKind::Person
                        && c.kind != EntityKind::Gpe
                        && match role {
                            Some(Sector::INS) | Some(Sector::REB) => {
                                matches!(c.role, Some(Sector::INS | Sector::REB))
                            }
                            // "the group", "the movement": a body outside
                            // the state, never its army or ministries.
                            None if NON_STATE.contains(&cue) => {
                                c.kind == EntityKind::Org && !c.role.is_some_and(state_sector)
                            }
                            None => c.kind == EntityKind::Org && !OUTSIDERS.contains(&cue),
                            // "the bloc", "the alliance": the union of
                            // states itself, not one of its organs ("the
                            // ECOWAS Commission").
                            r if MULTINATIONAL.contains(&cue) => {
                                c.role == r && !organ(c.span.text(v.doc.text()))
                            }
                            r => c.role == r,
                        }
                };
                let fits = |j: usize| {
                    let c = &cands_ref[j];
                    c.actor && !(many && one_named(c)) && same_body(c) && compatible(c)
                };
                // "Houthi negotiator X said the group would …": the body
                // named in the title of a person earlier in the sentence.
                let in_title = |j: usize| {
                    let c = &cands_ref[j];
                    let name = c.span.text(v.doc.text());
                    !many
                        && matches!(c.key, Key::Actor(_) | Key::Org(_))
                        && compatible(c)
                        && cands_ref[j + 1..i].iter().any(|p| {
                            p.kind == EntityKind::Person
                                && p.title.as_deref().is_some_and(|t| t.contains(name))
                        })
                };
                let sentence = cands[i].sentence;
                (0..i)
                    .rev()
                    .take_while(|&j| cands_ref[j].sentence == sentence)
                    .find(|&j| in_title(j))
                    .or_else(|| {
                        // "the Interior Ministry … the government … the
                        // ministry denied": a body whose name ends in the
                        // head noun outranks a nearer body of another name.
                        let headed = |j: usize| {
                            let name = lower(cands_ref[j].span.text(v.doc.text()));
                            !cue.is_empty() && name.len() > cue.len() && name.ends_with(cue)
                        };
                        (0..i)
                            .rev()
                            .find(|&j| fits(j) && !modifier_only(j) && headed(j))
                    })
                    .or_else(|| (0..i).rev().find(|&j| fits(j) && !modifier_only(j)))
            }
            RefKind::PronounPerson | RefKind::PronounGroup => {
                let s = cands[i].sentence;
                // "the army said the rebels had attacked its positions":
                // "it" is no plural noun phrase.
                let singular = matches!(
                    cands[i].span.text(v.doc.text()),
                    "it" | "its" | "It" | "Its"
                );
                let person = rk == RefKind::PronounPerson;
                // "Her lawyer, Nurbek Sadykov, said he would appeal … since
                // her arrest": "her" is not the man "he" stood for.
                let agrees = |j: usize| {
                    pronoun_female.is_none_or(|f| female[root(&parent, j)].is_none_or(|g| g == f))
                };
                let fits_kind = |c: &Cand| (c.kind == EntityKind::Person) == person;
                // "X filed a petition and said its lawmakers would …": a
                // pronoun in what a speaker says is the speaker's.
                // "HRW said Malian forces and their allies …": unless an
                // actor named in the report comes first.
                let compatible = |c: &Cand| {
                    (c.actor || matches!(c.key, Key::Refers(_)))
                        && !matches!(
                            c.key,
                            Key::Refers(RefKind::PronounPerson | RefKind::PronounGroup)
                        )
                        && fits_kind(c)
                        && !(singular && v.plural_noun(c.span))
                };
                let compatible_at = |j: usize| compatible(&cands[j]) && agrees(j);
                let speaker = v.reporting_subject(cands[i].span).and_then(|(subj, verb)| {
                    let in_report = (0..i)
                        .rev()
                        .take_while(|&j| cands[j].span.start >= verb)
                        .any(compatible_at);
                    if in_report {
                        return None;
                    }
                    // The name that heads the subject ("the U.S. Navy's
                    // Bahrain-based Fifth Fleet"), else any in it.
                    let named: Vec<usize> = (0..i)
                        .rev()
                        .take_while(|&j| cands[j].sentence == s)
                        .filter(|&j| cands[j].span.overlaps(subj) && compatible_at(j))
                        .collect();
                    named
                        .iter()
                        .copied()
                        .find(|&j| cands[j].span.end == subj.end)
                        .or(named.first().copied())
                });
                let antecedent = |j: usize| {
                    let c = &cands[j];
                    !matches!(
                        c.key,
                        Key::Refers(RefKind::PronounPerson | RefKind::PronounGroup)
                    ) && (c.actor || matches!(c.key, Key::Refers(_)))
                        && !(singular && v.plural_noun(c.span))
                        && fits_kind(c)
                        && agrees(j)
                };
                speaker.or_else(|| {
                    let nearest = (0..i)
                        .rev()
                        .take_while(|&j| cands[j].sentence + 2 >= s)
                        .find(|&j| antecedent(j))?;
                    // "fired tear gas at students marching towards the
                    // Presidential Secretariat and arrested 17 of them":
                    // a plural pronoun takes a plural group of its own
                    // sentence over a nearer body named in the singular.
                    let pronoun = cands[i].span.text(v.doc.text());
                    let plural_pronoun = ["they", "them", "their"]
                        .iter()
                        .any(|p| pronoun.eq_ignore_ascii_case(p));
                    let plural = |j: usize| cands[j].group || v.plural_noun(cands[j].span);
                    if !plural_pronoun || person || plural(nearest) {
                        return Some(nearest);
                    }
                    (0..nearest)
                        .rev()
                        .take_while(|&j| cands[j].sentence == s)
                        .find(|&j| antecedent(j) && plural(j))
                        .or(Some(nearest))
                })
            }
        };
        if let Some(j) = target {
            // A role noun's description codes the person it names
            // ("the Russian leader" → RUS).
            if rk == RefKind::RolePerson {
                let (country, role) = (cands[i].country.clone(), cands[i].role);
                let root = find(&mut parent, j);
                for k in 0..n {
                    if find(&mut parent, k) == root {
                        if cands[k].country.is_none() {
                            cands[k].country = country.clone();
                        }
                        if cands[k].role.is_none() {
                            cands[k].role = role;
                        }
                    }
                }
                cands[i].kind = EntityKind::Person;
            }
            if rk == RefKind::RoleOrg || rk == RefKind::Regime {
                cands[i].actor = true;
            }
            cands[i].kind = cands[j].kind;
            let known = female[find(&mut parent, j)].or(female[find(&mut parent, i)]);
            union(&mut parent, j, i);
            let r = find(&mut parent, i);
            female[r] = known.or(pronoun_female);
        } else if rk == RefKind::RoleOrg && !cands[i].fresh && state_force(v, &cands[i]) {
            // "Security forces arrested three activists": with no armed
            // body named before, the state's forces are an actor of their
            // own (of the article's country), as "police" is.
            cands[i].actor = true;
            cands[i].named = true;
            let same = (0..i)
                .rev()
                .find(|&j| cands[j].actor && state_force(v, &cands[j]));
            if let Some(j) = same {
                union(&mut parent, j, i);
            }
        } else {
            cands[i].actor = false;
            // "protesters ... the protesters": one unnamed group.
            if cands[i].group {
                let class = head_class(cands[i].cue.as_deref().unwrap_or(""));
                let same = (0..i).rev().find(|&j| {
                    cands[j].group
                        && !cands[j].actor
                        && head_class(cands[j].cue.as_deref().unwrap_or("")) == class
                });
                // "Al-Shabab fighters attacked a post … soldiers repelled
                // the militants": a definite group of fighters is the
                // armed group named before.
                let attackers = cands[i]
                    .cue
                    .as_deref()
                    .is_some_and(|c| ATTACKER_NOUNS.contains(&c));
                let k = v.first_token(cands[i].span);
                let definite = k > 0 && v.low(k - 1) == "the";
                let armed_group = (attackers && definite && same.is_none())
                    .then(|| {
                        (0..i).rev().find(|&j| {
                            cands[j].actor
                                && cands[j].named
                                && cands[j].kind == EntityKind::Org
                                && matches!(
                                    cands[j].role,
                                    Some(Sector::REB | Sector::INS | Sector::CRM | Sector::SEP)
                                )
                        })
                    })
                    .flatten();
                // "Gunmen from the Islamic State Sahel Province attacked":
                // armed men "from"/"of" a named organisation are that
                // organisation.
                let end = v.first_token(cands[i].span)
                    + cands[i].span.text(v.doc.text()).split(' ').count();
                let from =
                    attackers && end + 1 < v.words.len() && matches!(v.low(end), "from" | "of");
                let named_from = from
                    .then(|| {
                        let at = if v.low(end + 1) == "the" {
                            end + 2
                        } else {
                            end + 1
                        };
                        let start = v.doc.tokens.get(at).map(|t| t.span.start)?;
                        (i + 1..n).find(|&j| {
                            cands[j].span.start == start
                                && cands[j].named
                                && cands[j].kind == EntityKind::Org
                                && !cands[j].role.is_some_and(state_sector)
                        })
                    })
                    .flatten();
                if let Some(j) = named_from.or(same).or(armed_group) {
                    union(&mut parent, j, i);
                }
            }
        }
    }
    // A relative takes the country of the person named ("Lukashenka's son").
    for i in 0..n {
        if let Some(k) = cands[i].kin {
            if let Some(p) = cands.iter().position(|c| c.span == k) {
                let root = find(&mut parent, p);
                let country = (0..n)
                    .filter(|&x| find(&mut parent, x) == root)
                    .find_map(|x| cands[x].country.clone());
                if cands[i].country.is_none() {
                    cands[i].country = country;
                }
            }
        }
    }
    (0..n).map(|i| find(&mut parent, i)).collect()
}

/// Plural nouns for armed men: "the militants" refers to the armed group
/// the article named.
const ATTACKER_NOUNS: &[&str] = &[
    "fighters",
    "gunmen",
    "insurgents",
    "jihadists",
    "militants",
    "rebels",
];

/// Words of the names of states' own armed forces ("Royal Armed Forces",
/// "National Defence Force") besides the state's name.
const NATIONAL_FORCE_WORDS: &[&str] = &[
    "air",
    "armed",
    "army",
    "border",
    "defence",
    "defense",
    "federal",
    "force",
    "forces",
    "ground",
    "guard",
    "military",
    "national",
    "naval",
    "navy",
    "people's",
    "republican",
    "royal",
    "security",
    "self-defense",
    "special",
];

/// The sector the words around a force's name `[first, end)` give it: a
/// word before it ("the separatist X") or in an apposition after it and its
/// acronym ("X (ADF), one of the largest armed separatist groups"):
/// separatists and rebels are REB, insurgents and militants INS.
fn armed_group_cue(v: &View, first: usize, end: usize) -> Option<Sector> {
    let sector = |w: &str| match w {
        "separatist" | "separatists" | "secessionist" | "secessionists" | "rebel" | "rebels" => {
            Some(Sector::REB)
        }
        "insurgent" | "insurgents" | "militant" | "militants" | "jihadist" | "jihadists" => {
            Some(Sector::INS)
        }
        _ => None,
    };
    if let Some(s) = (first.saturating_sub(2)..first).find_map(|k| sector(v.low(k))) {
        return Some(s);
    }
    let mut k = end;
    // "(ADF)": the acronym in brackets.
    if v.low(k) == "(" && v.low(k + 2) == ")" {
        k += 3;
    }
    if v.low(k) != "," {
        return None;
    }
    (k + 1..(k + 9).min(v.words.len()))
        .take_while(|&j| !matches!(v.low(j), "," | "." | ";" | "said" | "says"))
        .find_map(|j| sector(v.low(j)))
}

/// Whether `name` is a state's national armed force: it ends in "Forces",
/// "Army" or "Military" and says whose or what kind it is ("Kenya Defence
/// Forces", "Somali National Army", "Armed Forces of …"), unlike a militia
/// of a colour or a place ("White Army").
fn national_force(v: &View, name: &str, iso3: Option<&str>) -> bool {
    let words: Vec<String> = name.split(' ').map(lower).collect();
    let head = words
        .iter()
        .any(|w| matches!(w.as_str(), "forces" | "army" | "military"));
    let national = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "armed" | "defence" | "defense" | "national" | "royal" | "people's"
        )
    });
    let of_state = name.split(' ').any(|w| {
        v.lex.lookup(w).iter().any(|e| match e {
            Entry::Country(i) | Entry::Demonym(i) => Some(v.lex.country(*i).iso3.as_str()) == iso3,
            _ => false,
        })
    });
    head && (national || of_state)
}

/// Whether a role noun is a person's own ("his office", "her staff").
fn person_owned(v: &View, c: &Cand) -> bool {
    let before = v
        .doc
        .text()
        .get(..c.span.start as usize)
        .and_then(|t| t.split_whitespace().next_back())
        .map(lower)
        .unwrap_or_default();
    matches!(before.as_str(), "his" | "her")
}

/// Whether a candidate is the bare "security forces" of a state.
fn state_force(v: &View, c: &Cand) -> bool {
    let text = v.doc.text();
    // "its security forces", "the security forces": someone's, or ones
    // named before.
    let before = text
        .get(..c.span.start as usize)
        .and_then(|t| t.split_whitespace().next_back())
        .map(lower)
        .unwrap_or_default();
    matches!(c.key, Key::Refers(RefKind::RoleOrg))
        && lower(c.span.text(text)) == "security forces"
        && !matches!(
            before.as_str(),
            "the" | "its" | "their" | "his" | "her" | "our" | "whose"
        )
}

/// Whether tokens `[a, b)` name an international organisation the lexicon
/// knows (no country, sector IGO).
fn international(v: &View, a: usize, b: usize) -> bool {
    v.lex.lookup(v.text(a, b)).iter().any(|e| match *e {
        Entry::Actor(i) => {
            let k = v.lex.actor(i);
            k.country.is_none() && k.sector == Some(Sector::IGO)
        }
        _ => false,
    })
}

/// Role nouns that name the same kind of body ("forces", "troops").
fn head_class(cue: &str) -> String {
    match cue {
        "forces" | "troops" | "military" | "army" | "soldiers" | "security forces"
        | "warplanes" | "jets" => "MIL".into(),
        "government" | "regime" | "administration" | "authorities" | "republic" | "cabinet" => {
            "GOVT".into()
        }
        // "protest organisers" is not "protesters": each word of a
        // several-word cue counts ("aid agency" = "aid agencies").
        c => c
            .split(' ')
            .map(|w| w.chars().take(5).collect::<String>())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Whether a named person or organisation of no country the text gives
/// takes the article's country: news names its own country's people and
/// bodies without saying whose they are ("President X", "the lawyer, Y",
/// "Tunduk TV"); international bodies and their staff have none, nor have
/// the actors of the lexicon, which carry theirs.
/// Heads of bodies made of several states.
const MULTINATIONAL: &[&str] = &["alliance", "bloc", "coalition"];

/// Heads of the organs of a larger body ("the ECOWAS Commission", "the
/// African Union Mission in Somalia").
const ORGANS: &[&str] = &[
    "agency",
    "assembly",
    "commission",
    "council",
    "court",
    "force",
    "mission",
    "office",
    "parliament",
    "secretariat",
];

/// Whether a name is that of an organ: its head, the word before any "in"
/// or "for" or "of", is one of [`ORGANS`].
fn organ(name: &str) -> bool {
    let head = name
        .split(' ')
        .take_while(|w| !matches!(*w, "in" | "for" | "of" | "on"))
        .last()
        .unwrap_or("");
    ORGANS.contains(&lower(head).as_str())
}

/// Whether a name holds two states' names ("the Zambia-Malawi Joint
/// Chamber", "the Franco-German Brigade" aside): a body of two countries
/// is of neither, nor of the article's.
fn of_two_states(v: &View, name: &str) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for w in name.split([' ', '-']) {
        for e in v.lex.lookup(w) {
            if let Entry::Country(i) | Entry::Demonym(i) = *e {
                let c = v.lex.country(i).iso3.as_str();
                if !seen.contains(&c) {
                    seen.push(c);
                }
            }
        }
    }
    seen.len() >= 2
}

fn takes_article_country(kind: EntityKind, role: Option<Sector>, known: bool) -> bool {
    matches!(kind, EntityKind::Person | EntityKind::Org)
        && !known
        && !matches!(role, Some(Sector::IGO | Sector::NGO))
}

fn build_entities(
    v: &View,
    cands: &[Cand],
    roots: Vec<usize>,
    article_country: Option<&str>,
    dateline_country: Option<&str>,
) -> Vec<Entity> {
    let text = v.doc.text();
    let mut order: Vec<usize> = Vec::new();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &r) in roots.iter().enumerate() {
        members.entry(r).or_insert_with(|| {
            order.push(r);
            Vec::new()
        });
        if let Some(m) = members.get_mut(&r) {
            m.push(i);
        }
    }
    let mut out = Vec::new();
    let mut groups = Vec::new();
    let headline_end = dateline_line(v)
        .filter(|&l| l > 0)
        .and_then(|l| v.doc.tokens.get(l))
        .map(|t| t.span.start);
    let only_headline =
        |ms: &[usize]| headline_end.is_some_and(|h| ms.iter().all(|&i| cands[i].span.end <= h));
    for r in order {
        let ms = &members[&r];
        if !ms.iter().any(|&i| cands[i].actor) {
            if let Some(g) = unnamed_group(v, cands, ms).filter(|_| !only_headline(ms)) {
                groups.push(g);
            }
            continue;
        }
        let named: Vec<usize> = ms.iter().copied().filter(|&i| cands[i].named).collect();
        if named.is_empty() {
            continue;
        }
        // "... as Tamil protesters rally": a group only described in the
        // headline above the dateline is none of the story's actors (the
        // body names them in its own words).
        let described = ms
            .iter()
            .all(|&i| matches!(cands[i].key, Key::Group(..)) || cands[i].kind == EntityKind::Norp);
        if described && only_headline(ms) {
            continue;
        }
        // The first non-reference member decides the kind.
        let head = ms
            .iter()
            .copied()
            .find(|&i| !matches!(cands[i].key, Key::Refers(_)))
            .unwrap_or(named[0]);
        let kind = cands[head].kind;
        let surface = |i: usize| -> String {
            let s = cands[i].span.text(text);
            let s = s
                .strip_prefix("the ")
                .or_else(|| s.strip_prefix("The "))
                .unwrap_or(s);
            let s = s.trim_end_matches("’s").trim_end_matches("'s");
            match &cands[i].shared_head {
                Some(h) => format!("{s} {h}"),
                None => s.to_string(),
            }
        };
        // The fullest form: longest name of the head's kind; countries by
        // their name rather than a capital or a demonym.
        let name_of = named
            .iter()
            .copied()
            .filter(|&i| {
                cands[i].kind == kind && !matches!(cands[i].key, Key::Refers(_))
                    || kind == EntityKind::Person && cands[i].key == Key::Person
            })
            .max_by_key(|&i| {
                (
                    !matches!(cands[i].cue.as_deref(), Some("capital" | "demonym")),
                    // A proper name before a description it was joined to.
                    !matches!(cands[i].key, Key::Group(..)),
                    // "Jihadists kill 17 soldiers in attack on Niger army
                    // post": a headline's clipped compound is no name the
                    // story gives; a form of the body is.
                    headline_end.is_none_or(|h| cands[i].span.end > h),
                    surface(i).chars().count(),
                    std::cmp::Reverse(i),
                )
            })
            .unwrap_or(head);
        let mut name = surface(name_of);
        // "King Charles": a monarch's title before a single name.
        if kind == EntityKind::Person && !name.contains(' ') {
            let before = text[..cands[name_of].span.start as usize].trim_end();
            if let Some(t) = ROYAL_TITLES.iter().find(|t| {
                before
                    .strip_suffix(**t)
                    .is_some_and(|b| b.is_empty() || b.ends_with(' '))
            }) {
                name = format!("{t} {name}");
            }
        }
        let mut aliases: Vec<String> = named
            .iter()
            .map(|&i| surface(i))
            .filter(|s| *s != name && !s.is_empty())
            .collect();
        aliases.sort();
        aliases.dedup();
        let pick = |f: &dyn Fn(&Cand) -> bool| ms.iter().copied().find(|&i| f(&cands[i]));
        let country = pick(&|c| {
            c.country.is_some()
                && !matches!(
                    c.key,
                    Key::Refers(RefKind::PronounGroup | RefKind::PronounPerson)
                )
        })
        .and_then(|i| cands[i].country.clone());
        // A person's sector is the one the first title gives; a body's is
        // the one most of its mentions give ("the military" three times,
        // "the junta" twice), the first on a tie.
        let role = if kind == EntityKind::Gpe {
            None
        } else if kind == EntityKind::Person {
            // "Rwanda's army spokesman, Brigadier General X": the title
            // written next to the name says more than a description
            // joined to it.
            pick(&|c| c.key == Key::Person && c.title.is_some() && c.role.is_some())
                .or_else(|| {
                    pick(&|c| {
                        c.role.is_some() && !matches!(c.key, Key::Refers(RefKind::Direct))
                            || c.role.is_some() && c.kind == kind
                    })
                })
                .and_then(|i| cands[i].role)
        } else {
            let voters: Vec<Sector> = ms
                .iter()
                .filter(|&&i| {
                    let c = &cands[i];
                    c.role.is_some() && !matches!(c.key, Key::Refers(RefKind::Direct))
                        || c.role.is_some() && c.kind == kind
                })
                .filter_map(|&i| cands[i].role)
                .collect();
            let votes = |r: Sector| voters.iter().filter(|&&x| x == r).count();
            // "the Taliban government", "Taliban authorities": a group the
            // text calls a government is one, however often it is named
            // alone.
            let governs = ms.iter().any(|&i| {
                cands[i].role == Some(Sector::GOV)
                    && matches!(cands[i].key, Key::Refers(RefKind::Direct))
                    && matches!(
                        cands[i].cue.as_deref(),
                        Some("government" | "administration" | "authorities")
                    )
            });
            if governs {
                Some(Sector::GOV)
            } else {
                voters
                    .iter()
                    .copied()
                    .fold(None, |best: Option<Sector>, r| match best {
                        Some(b) if votes(b) >= votes(r) => Some(b),
                        _ => Some(r),
                    })
            }
        };
        // Known actors carry their country; coalitions and blocs are of
        // several.
        let known = ms.iter().any(|&i| {
            matches!(cands[i].key, Key::Actor(_))
                || cands[i]
                    .cue
                    .as_deref()
                    .is_some_and(|h| MULTINATIONAL.contains(&h))
        });
        // A named institution no text ties to a state ("the Home Office",
        // "Parliament") is one of the country the story was written in
        // when that differs from the country it is about: a visit abroad
        // meets the host's police and ministries.
        let proper = |i: usize| matches!(cands[i].key, Key::Org(_)) && cands[i].named;
        let host = (kind == EntityKind::Org && ms.iter().all(|&i| proper(i)))
            .then_some(dateline_country)
            .flatten();
        let country = country.or_else(|| {
            (takes_article_country(kind, role, known) && !of_two_states(v, &name))
                .then(|| host.or(article_country).map(str::to_string))
                .flatten()
        });
        // An international body and its officials speak for no state: the
        // UN's Kenyan envoy in Bangui is of neither Kenya nor the host.
        let country = country.filter(|_| role != Some(Sector::IGO));
        let title = pick(&|c| c.title.is_some()).and_then(|i| cands[i].title.clone());
        let mut spans: Vec<Span> = ms.iter().map(|&i| cands[i].span).collect();
        spans.sort();
        spans.dedup();
        out.push(Entity {
            name,
            aliases,
            kind,
            country,
            role,
            title,
            spans,
            group: false,
        });
    }
    // Named actors first, then the unnamed groups (each by first mention).
    out.extend(groups);
    out
}

/// A cluster of unnamed group nouns that refer to no named actor
/// ("protesters ... they"): an entity marked as a group, named by its first
/// group noun ("the rebels" → "rebels").
fn unnamed_group(v: &View, cands: &[Cand], ms: &[usize]) -> Option<Entity> {
    let first = ms.iter().copied().find(|&i| cands[i].group)?;
    let c = &cands[first];
    let text = c.span.text(v.doc.text());
    let name = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text);
    // Group nouns are common nouns: "Protesters" opening a sentence is
    // "protesters"; a nationality keeps its capital ("Kenyan soldiers").
    let k = v.first_token(c.span);
    let national = v.mention_at.get(k).copied().flatten().is_some_and(|m| {
        v.doc.mentions[m].kind == MentionKind::Norp && v.doc.mentions[m].span.start == c.span.start
    });
    let name = if national {
        name.to_string()
    } else {
        lower(name)
    };
    let mut spans: Vec<Span> = ms.iter().map(|&i| cands[i].span).collect();
    spans.sort();
    spans.dedup();
    Some(Entity {
        name,
        aliases: Vec::new(),
        kind: c.kind,
        country: c.country.clone(),
        role: c.role,
        title: None,
        spans,
        group: true,
    })
}
