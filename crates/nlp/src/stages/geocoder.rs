//! The `places` layer: places named in the article, geocoded offline from
//! the embedded gazetteer, each with an honest `precision`.
//!
//! Reads the text itself (through [`crate::geo::text::scan`]) and, when they
//! are filled, `mentions` (a PERSON/ORG/NORP mention is not a place) and
//! `entities` (a capital that is an alias of a state entity is a metonym).
//! It writes one [`Place`] per distinct place, with every span naming it.
//!
//! The work runs in four steps, each a function below:
//! 1. **find**: longest gazetteer match over capitalised word sequences, site
//!    runs ("Plaza San Martin", "Tahrir Square") and demonyms;
//! 2. **judge**: keep a match when it is a country, a well-known site, or a
//!    city/division with a cue ("in", "near", "province of", "X province",
//!    ", Peru"), or prominent enough; drop parts of longer names, people,
//!    common words and capitals used as metonyms ("Moscow has not agreed");
//! 3. **resolve** homonyms by kind cue, containment ("Lima, Peru"), the
//!    countries the article is about, proximity and population;
//! 4. **patterns**: "<city> airport/port", "the airport in X" and "the US
//!    Embassy (in X)" become sites at their city; "the village of X" an
//!    unlisted settlement; named regions ("Middle East") regions. What is
//!    not known is left out: a place located only to a country or division
//!    carries that `precision` and no coordinates, never a made-up centroid.
//!
//! Rules are general news conventions, not tuned to particular articles;
//! every one has a unit test below with a sentence written for it.

use crate::geo::text::{scan, Gap, Word};
use crate::geo::{distance_km, EntryId, EntryKind, Gazetteer, NameRef};
use crate::time::CalendarWord;

/// Within `km` of each other: a cheap latitude test first, then the
/// great-circle distance.
fn near(a: (f64, f64), b: (f64, f64), km: f64) -> bool {
    (a.0 - b.0).abs() * 111.2 <= km && distance_km(a, b) <= km
}
use crate::{BuildError, Stage};
use newsgraph_core::{
    Doc, EntityKind, Layer, MentionKind, Place, PlaceKind, Precision, Sector, Span,
};
use std::collections::{HashMap, HashSet};

/// Words before a name that make it a location ("in Kabul", "near Herat").
const LOC_CUES: &[&str] = &[
    "in",
    "near",
    "off",
    "at",
    "from",
    "to",
    "into",
    "outside",
    "across",
    "around",
    "toward",
    "towards",
    "via",
    "through",
    "throughout",
    "inside",
    "within",
    "neighboring",
    "neighbouring",
    "bordering",
    "of",
    "downtown",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "between",
    "over",
    "on",
    "reached",
    "visited",
    "visit",
    "arrived",
    "left",
    "entered",
];

/// Words that may precede a name without making it part of a longer one.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "in",
    "at",
    "from",
    "to",
    "into",
    "near",
    "and",
    "or",
    "but",
    "of",
    "on",
    "for",
    "with",
    "by",
    "as",
    "after",
    "before",
    "since",
    "while",
    "when",
    "though",
    "although",
    "if",
    "that",
    "both",
    "across",
    "a",
    "an",
    "outside",
    "inside",
    "around",
    "between",
    "over",
    "via",
    "downtown",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "neighboring",
    "neighbouring",
    "toward",
    "towards",
    "through",
    "throughout",
    "within",
    "like",
    "including",
    "against",
    "about",
    "even",
    "also",
    "then",
    "meanwhile",
    "here",
    "there",
    "where",
    "under",
    "during",
    "despite",
    "amid",
    "among",
    "beyond",
    "along",
    "until",
    "unlike",
    "than",
    "so",
    "yet",
];

/// Words after a name that make it a first-level division ("Herat province").
const ADMIN_AFTER: &[&str] = &[
    "province",
    "governorate",
    "region",
    "oblast",
    "state",
    "prefecture",
    "county",
    "department",
    "voivodeship",
    "emirate",
    "territory",
    "provinces",
    "regions",
];

/// Words before "of" that make the name after it a division ("province of Laghman").
const ADMIN_BEFORE: &[&str] = &[
    "province",
    "governorate",
    "region",
    "oblast",
    "state",
    "prefecture",
    "county",
];

/// Titles that make the next capitalised word a person ("President Lincoln").
const TITLES: &[&str] = &[
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "general",
    "minister",
    "senator",
    "sen",
    "rep",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "judge",
    "governor",
    "mayor",
    "ambassador",
    "colonel",
    "col",
    "captain",
    "capt",
    "lt",
    "sgt",
    "chancellor",
    "premier",
    "secretary",
    "spokesman",
    "spokeswoman",
    "lord",
    "lady",
    "sir",
    "saint",
    "st",
];

/// Words after a capital that make it the subject of a verb: a metonym for
/// its government ("Moscow has not agreed", "Washington says").
const VERB_AFTER: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "does",
    "did",
    "will",
    "would",
    "could",
    "can",
    "should",
    "must",
    "may",
    "might",
    "says",
    "said",
    "wants",
    "wanted",
    "insists",
    "insisted",
    "claims",
    "claimed",
    "hopes",
    "believes",
    "sees",
    "plans",
    "planned",
    "agreed",
    "agrees",
    "denied",
    "denies",
    "rejected",
    "rejects",
    "accused",
    "accuses",
    "warned",
    "warns",
    "refused",
    "refuses",
    "announced",
    "announces",
    "proposed",
    "proposes",
    "responded",
    "demanded",
    "demands",
    "blamed",
    "blames",
    "urged",
    "urges",
    "threatened",
    "threatens",
    "spent",
    "sent",
    "sends",
    "imposed",
    "imposes",
    "sought",
    "seeks",
    "declined",
    "declines",
    "dispatched",
    "launched",
    "condemned",
    "condemns",
    "welcomed",
    "welcomes",
    "supports",
    "supported",
    "backed",
    "backs",
    "recognised",
    "recognized",
    "regards",
    "considers",
    "considered",
    "signalled",
    "signaled",
    "continues",
];

/// Site head words after a city name: "<city> airport" is a site at the city.
const SITE_AFTER: &[&[&str]] = &[
    &["temple"],
    &["shrine"],
    &["international", "airport"],
    &["airport"],
    &["air", "base"],
    &["airbase"],
    &["airfield"],
    &["port"],
    &["seaport"],
    &["harbour"],
    &["harbor"],
    &["border", "crossing"],
    &["crossing"],
];

/// Head words that make a capitalised run a site ("Tahrir Square").
const SITE_HEADS: &[&str] = &[
    "square",
    "castle",
    "prison",
    "plaza",
    "bridge",
    "stadium",
    "mosque",
    "cathedral",
    "airport",
    "palace",
    "hospital",
    "river",
    "forest",
];

/// Lower-case building words that make the name before them a site ("the
/// Turi prison").
const LOWER_SITE_HEADS: &[&str] = &[
    "prison",
    "jail",
    "penitentiary",
    "castle",
    "palace",
    "hospital",
    "forest",
    "temple",
    "shrine",
    "monastery",
    // "the High Atlas mountains", "the Depsang plains": natural features
    "mountains",
    "hills",
    "plains",
    "valley",
    "river",
];

/// Capitalised words that make a run a natural feature: "Mount" opening
/// it ("Mount Gara"), the others closing it ("the Dangrek Mountains",
/// "the Nuba Hills", "the Owen Stanley Range").
const FEATURE_FIRST: &[&str] = &["mount"];
const FEATURE_LAST: &[&str] = &["mountains", "hills", "range"];

/// Whether an unlisted site's key names a natural feature, which lies in
/// a country rather than at a city.
fn natural_feature(key: &str) -> bool {
    [
        " river",
        " forest",
        " mountains",
        " hills",
        " range",
        " plains",
        " valley",
    ]
    .iter()
    .any(|s| key.ends_with(s))
        || key.starts_with("mount ")
}

/// Lower-case words for a route, crossing or market that make a joined or
/// numbered name before them one site ([`Finder::compound_sites`]).
const COMPOUND_SITE_HEADS: &[&str] = &[
    "crossing",
    "highway",
    "road",
    "railway",
    "pipeline",
    "corridor",
    "market",
    "checkpoint",
    "bridge",
];

/// Job nouns after a region that make it an office's remit, not a place
/// ("the Middle East and North Africa director", "Asia editor").
const DESK_ROLES: &[&str] = &[
    "coordinator",
    "director",
    "editor",
    "correspondent",
    "researcher",
    "analyst",
    "chief",
    "head",
    "envoy",
    "representative",
    "desk",
    "bureau",
    "programme",
    "program",
    "division",
    "deputy",
    "manager",
    "expert",
    "specialist",
];

/// Words before "of" that introduce a settlement's name ("the village of X").
const SETTLEMENTS: &[&str] = &[
    "city",
    "commune",
    "hamlet",
    "municipality",
    "settlement",
    "suburb",
    "town",
    "township",
    "village",
];

/// Words after a district's name that speak of its offices ("Khyber
/// district deputy commissioner", "the Swat district administration").
const DISTRICT_OFFICES: &[&str] = &[
    "administration",
    "administrator",
    "authorities",
    "chief",
    "commissioner",
    "council",
    "deputy",
    "governor",
    "official",
    "officials",
    "police",
];

/// Words naming diplomatic missions: "the US Embassy", "the Russian consulate".
const MISSIONS: &[&str] = &["embassy", "consulate"];

/// Words that name the next places as neighbours, not containers
/// ("borders Mali", "bordering Chad"); "border with" is read apart.
const NEIGHBOUR_CUES: &[&str] = &["bordered", "bordering", "borders"];

fn is(list: &[&str], key: &str) -> bool {
    list.contains(&key.trim_end_matches('.'))
}

#[derive(Debug)]
pub struct Geocoder {
    gazetteer: &'static Gazetteer,
}

impl Geocoder {
    pub fn new() -> Result<Geocoder, BuildError> {
        Ok(Geocoder {
            gazetteer: Gazetteer::embedded()?,
        })
    }

    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gazetteer
    }
}

impl Stage for Geocoder {
    fn name(&self) -> &'static str {
        "geocoder"
    }
    fn layer(&self) -> Layer {
        Layer::Places
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Mentions, Layer::Entities]
    }
    fn annotate(&self, doc: &mut Doc) {
        let places = Finder::new(self.gazetteer, doc).run();
        doc.places = places;
    }
}

/// How far a word is kept from being a place by the mention it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Block {
    Free,
    /// Inside an ORG or NORP mention: only a country may be named there.
    Soft,
    /// Inside a PERSON mention or a site name: no place starts here.
    Hard,
}

/// What a matched name stands for once judged.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    /// A gazetteer entry.
    Entry(EntryId),
    /// A named region (index into the gazetteer's regions).
    Region(usize),
    /// A place not in the gazetteer (a site, a village), located in an entry
    /// (a city, a division or a country) when that is known.
    Unlisted {
        key: String,
        kind: PlaceKind,
        at: Option<EntryId>,
    },
}

/// One name found in the text.
#[derive(Debug, Clone)]
struct Occurrence {
    target: Target,
    /// The name as written ("Laghman", "Kabul airport").
    span: Span,
    /// The name with its cue words, when they differ ("province of Laghman").
    full: Option<Span>,
}

/// A gazetteer match before judging.
#[derive(Debug, Clone)]
struct Match<'g> {
    first: usize,
    end: usize,
    refs: &'g [NameRef],
}

struct Finder<'a> {
    g: &'static Gazetteer,
    doc: &'a Doc,
    text: &'a str,
    words: Vec<Word>,
    /// Words that name no place (PERSON mentions, site runs) or only a
    /// country (inside ORG/NORP mentions: "Afghanistan's Interior Ministry").
    blocked: Vec<Block>,
    /// Words inside a GPE/LOC/FAC mention: the recogniser calls them places.
    located: Vec<bool>,
    /// Lines whose words are nearly all capitalised (headlines).
    headline: Vec<bool>,
    /// Last words of capitalised runs that are not places (surnames).
    surnames: HashSet<String>,
    /// Weight of each country in the article (named, demonyms, places).
    focus: HashMap<EntryId, f64>,
}

/// Words for a feature of the sea whose name ends in a country's ("the
/// Gulf of Thailand", "the Bay of Bengal"), lower-cased.
pub(crate) const SEA_FEATURES: &[&str] = &["bay", "gulf", "sea", "strait", "straits"];

impl<'a> Finder<'a> {
    fn new(g: &'static Gazetteer, doc: &'a Doc) -> Finder<'a> {
        let text = doc.text();
        let words = scan(text);
        let mut f = Finder {
            g,
            doc,
            text,
            blocked: vec![Block::Free; words.len()],
            located: vec![false; words.len()],
            headline: vec![false; words.len()],
            words,
            surnames: HashSet::new(),
            focus: HashMap::new(),
        };
        f.mark_headlines();
        f.block_mentions();
        f.block_spelled_out_acronyms();
        f
    }

    fn run(mut self) -> Vec<Place> {
        let mut occ = self.site_runs();
        occ.extend(self.compound_sites());
        occ.extend(self.region_runs());
        let mut matches = self.find();
        self.count_focus(&matches);
        self.divisions_of_the_article(&mut matches);
        let mut accepted: Vec<(Match, EntryId, bool)> = Vec::new();
        for m in &matches {
            if let Some((entry, metonym)) = self.judge(m, &accepted) {
                accepted.push((m.clone(), entry, metonym));
            }
        }
        self.refine_by_proximity(&mut accepted);
        let (strays, kept): (Vec<_>, Vec<_>) = accepted
            .into_iter()
            .partition(|(m, e, metonym)| !metonym && self.stray_abroad(m, *e));
        accepted = kept;
        for (m, _, _) in &strays {
            let span = self.words[m.first].span.cover(self.words[m.end - 1].span);
            occ.push(Occurrence {
                target: Target::Unlisted {
                    key: crate::geo::text::name_key(span.text(self.text)),
                    kind: PlaceKind::City,
                    at: None,
                },
                span,
                full: None,
            });
        }
        for (m, entry, metonym) in &accepted {
            if let Some(o) = self.site_pattern(m, *entry) {
                occ.push(o);
                continue;
            }
            if *metonym {
                continue;
            }
            occ.push(self.occurrence(m, *entry));
        }
        occ.extend(self.shared_heads(&accepted));
        occ.extend(self.missions(&accepted));
        occ.extend(self.sites_in(&accepted));
        occ.extend(self.settlements(&accepted));
        self.repeat_unlisted(&mut occ, &accepted);
        self.listed_settlements(&mut occ, &accepted);
        self.one_reading_per_name(&mut occ);
        self.locate_unplaced_sites(&mut occ, &accepted);
        self.places(occ)
    }

    /// "kills villagers in Sagaing … in the Sagaing region": a bare name
    /// that is both a city and the division it lies in means the division
    /// when the text names the division as such elsewhere.
    fn one_reading_per_name(&self, occ: &mut [Occurrence]) {
        let text = |sp: Span| sp.text(self.text).to_lowercase();
        let divisions: Vec<(String, EntryId)> = occ
            .iter()
            .filter_map(|o| match o.target {
                Target::Entry(e) if self.g.entry(e).kind == EntryKind::Admin1 => {
                    Some((text(o.span), e))
                }
                _ => None,
            })
            .collect();
        for o in occ.iter_mut() {
            let Target::Entry(e) = o.target else { continue };
            let entry = self.g.entry(e);
            if entry.kind != EntryKind::City {
                continue;
            }
            let name = text(o.span);
            let within = self.words_within(o.span);
            if self.city_cue(within.start, within.end) {
                continue;
            }
            // "DUHOK, Iraq —": a dateline names the city
            let dateline = self
                .words
                .get(within.start)
                .is_some_and(|w| w.starts_line && w.upper)
                && self.words.get(within.end).is_some_and(|w| w.comma_before);
            if dateline {
                continue;
            }
            if let Some((_, d)) = divisions
                .iter()
                .find(|(n, d)| *n == name && entry.admin1 == Some(*d))
            {
                o.target = Target::Entry(*d);
            }
        }
    }

    fn key(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.key.as_str())
    }

    /// Words `first..end` are one name: joined by spaces or hyphens on one line.
    fn chained(&self, first: usize, end: usize) -> bool {
        (first + 1..end).all(|j| self.words[j].gap != Gap::Other)
    }

    /// Whether the words `first..end` are the name of a listed region.
    fn region_at(&self, first: usize, end: usize) -> bool {
        end <= self.words.len()
            && self.chained(first, end)
            && self.g.region(&self.ngram_key(first, end)).is_some()
    }

    /// Whether some run of words within `first..end` (not across
    /// punctuation) is a name the gazetteer lists.
    fn names_any_listed(&self, first: usize, end: usize) -> bool {
        (first..end).any(|a| {
            (a + 1..=end)
                .any(|b| self.chained(a, b) && !self.g.lookup(&self.ngram_key(a, b)).is_empty())
        })
    }

    fn mark_headlines(&mut self) {
        let mut start = 0;
        while start < self.words.len() {
            let mut end = start + 1;
            while end < self.words.len() && !self.words[end].starts_line {
                end += 1;
            }
            let n = end - start;
            let caps = self.words[start..end].iter().filter(|w| w.cap).count();
            if n >= 5 && caps * 10 >= n * 7 {
                self.headline[start..end].iter_mut().for_each(|h| *h = true);
            }
            start = end;
        }
    }

    /// PERSON, ORG and NORP mentions hold no place, except a country named
    /// inside them ("Afghanistan's Interior Ministry" still names Afghanistan).
    fn block_mentions(&mut self) {
        // "Lai" after "President Lai Ching-te": a short form of a person's
        // full name is that person, whatever cue stands before it
        let text = self.text;
        let surnames: Vec<Span> = self
            .doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && e.name.contains(' '))
            .flat_map(|e| {
                e.spans
                    .iter()
                    .copied()
                    .filter(|s| !text[s.range()].contains(' ') && e.name.contains(&text[s.range()]))
                    .collect::<Vec<_>>()
            })
            .collect();
        let person = self
            .doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| e.spans.iter().map(|&s| (s, Block::Hard)));
        let mentions = self.doc.mentions.iter().filter_map(|m| match m.kind {
            MentionKind::Person => Some((m.span, Block::Hard)),
            MentionKind::Org | MentionKind::Norp => Some((m.span, Block::Soft)),
            MentionKind::Gpe | MentionKind::Loc | MentionKind::Fac => None,
        });
        let spans: Vec<(Span, Block)> = mentions.chain(person).collect();
        let places: Vec<Span> = self
            .doc
            .mentions
            .iter()
            .filter(|m| {
                matches!(
                    m.kind,
                    MentionKind::Gpe | MentionKind::Loc | MentionKind::Fac
                )
            })
            .map(|m| m.span)
            .collect();
        for (s, b) in &spans {
            let words = self.words_within(*s);
            // "the island of Abu Musa", "the provincial capital, Ijevan": a
            // gazetteer place the recogniser took for a person is a place
            // where the words before it speak of a place
            if !words.is_empty() && !surnames.contains(s) && self.mention_is_place(words.clone()) {
                continue;
            }
            for i in words {
                self.blocked[i] = self.blocked[i].max(*b);
            }
        }
        for s in &places {
            for i in self.words_within(*s) {
                self.located[i] = true;
            }
        }
    }

    /// "the African Party for the Independence of Guinea and Cape Verde
    /// (PAIGC)": a long capitalised name spelled out before its acronym in
    /// brackets names an organisation; the places in it are not places.
    fn block_spelled_out_acronyms(&mut self) {
        for k in 1..self.words.len() {
            let w = &self.words[k];
            let gap = &self.text[self.words[k - 1].span.end as usize..w.span.start as usize];
            let closes = self.text[w.span.end as usize..].starts_with(')');
            let letters = w.key.chars().count();
            if !w.upper || !gap.trim_end().ends_with('(') || !closes || !(3..=8).contains(&letters)
            {
                continue;
            }
            // the run before: capitalised words and the small words of names
            let mut first = k;
            let mut caps = 0;
            while first > 0 {
                let p = &self.words[first - 1];
                if p.starts_line && first - 1 != 0 && !p.cap {
                    break;
                }
                let small = matches!(
                    p.key.as_str(),
                    "of" | "for" | "the" | "and" | "de" | "du" | "des"
                );
                if !(p.cap || small) || (first < k && self.words[first].gap == Gap::Other) {
                    break;
                }
                if p.cap {
                    caps += 1;
                }
                first -= 1;
                if p.starts_sentence {
                    break;
                }
            }
            while first < k && !self.words[first].cap {
                first += 1;
            }
            // the acronym's letters among the run's initials
            let initials: Vec<char> = self.words[first..k]
                .iter()
                .filter(|x| x.cap)
                .filter_map(|x| x.key.chars().next())
                .collect();
            let shared = w.key.chars().filter(|c| initials.contains(c)).count();
            // "the Democratic Republic of Congo (DRC)" is itself a place
            let named = first < k
                && self.chained(first, k)
                && !self.g.lookup(&self.ngram_key(first, k)).is_empty();
            if caps < 3 || shared < 3 || named {
                continue;
            }
            self.blocked[first..k]
                .iter_mut()
                .for_each(|b| *b = Block::Hard);
        }
    }

    /// A person or organisation mention over words `words` that is a
    /// listed place (not a common word) right after a location cue, or
    /// after a coordinated name word that makes another listed place with
    /// its head ("Greater and Lesser Tunb").
    fn mention_is_place(&self, words: std::ops::Range<usize>) -> bool {
        let (first, end) = (words.start, words.end);
        if !self.chained(first, end) {
            return false;
        }
        let listed = |key: &str| {
            self.g
                .lookup(key)
                .iter()
                .any(|r| !self.g.entry(r.entry).common)
        };
        if !listed(&self.ngram_key(first, end)) {
            return false;
        }
        if self.locative_before(first) {
            return true;
        }
        // "The rebels captured El Fasher": a name of two or more words
        // that is a city of 100,000 people in a country the article
        // names is that city, whoever the recogniser took it for
        let city_of_the_story = end - first >= 2
            && self
                .g
                .large_cities(&self.ngram_key(first, end))
                .any(|(r, e)| r.primary && self.names_country(e.country));
        if city_of_the_story {
            return true;
        }
        let shared = first >= 2
            && end - first >= 2
            && self.key(first - 1) == "and"
            && self.words[first - 2].cap;
        shared && {
            let mut key = self.words[first - 2].key.clone();
            for j in first + 1..end {
                key.push(' ');
                key.push_str(&self.words[j].key);
            }
            listed(&key)
        }
    }

    /// The text names country `c` (by name or demonym) somewhere.
    fn names_country(&self, c: EntryId) -> bool {
        (0..self.words.len()).any(|i| {
            if !self.words[i].cap {
                return false;
            }
            if self.g.demonym(&self.words[i].key) == Some(c) {
                return true;
            }
            let max = self
                .g
                .words_from(&self.words[i].key)
                .min(self.words.len() - i);
            (1..=max.min(4)).any(|len| {
                self.chained(i, i + len)
                    && self
                        .g
                        .lookup(&self.ngram_key(i, i + len))
                        .iter()
                        .any(|r| r.entry == c)
            })
        })
    }

    /// The words before word `first` ask for a place: a location cue other
    /// than "of" ("near X", "in the X"), a settlement noun and "of" ("the
    /// island of X"), or a capital in apposition ("the provincial capital, X").
    fn locative_before(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1) else {
            return false;
        };
        if self.words[first].starts_sentence {
            return false;
        }
        let pk = self.key(p);
        if pk == "of" {
            let noun = p.checked_sub(1).map_or("", |q| self.key(q));
            return is(SETTLEMENTS, noun) || matches!(noun, "island" | "islands");
        }
        if self.words[first].comma_before {
            return pk == "capital";
        }
        if pk == "the" {
            return p
                .checked_sub(1)
                .is_some_and(|q| is(LOC_CUES, self.key(q)) && self.key(q) != "of");
        }
        is(LOC_CUES, pk)
    }

    /// The words inside `span` (words are in text order and do not overlap).
    fn words_within(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.words.partition_point(|w| w.span.start < span.start);
        // a word with its possessive ("Lai's") is within a span of the
        // name alone
        let end = first + self.words[first..].partition_point(|w| w.span.end <= span.end);
        first..end
    }

    /// Capitalised runs with a site head word ("Plaza San Martin", "Tahrir
    /// Square") that the gazetteer does not know: sites to be located later.
    fn site_runs(&mut self) -> Vec<Occurrence> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            if !self.words[i].cap || self.headline[i] {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < self.words.len() && self.words[end].gap == Gap::Space && self.words[end].cap
            {
                end += 1;
            }
            let mut head_at = (i..end).find(|&j| is(SITE_HEADS, self.key(j)));
            if head_at.is_none() && end - i >= 2 {
                let first = is(FEATURE_FIRST, self.key(i));
                let last = is(FEATURE_LAST, self.key(end - 1));
                head_at = first.then_some(i).or(last.then_some(end - 1));
            }
            let known = |end: usize| {
                (i..end).any(|a| (a + 1..=end).any(|b| self.lookup_entry(a, b, EntryKind::Site)))
            };
            // "the Turi prison": a name the gazetteer does not know as a
            // place, after "the" and before a lower-case word for a
            // building, is that building.
            if head_at.is_none()
                && end < self.words.len()
                && end - i <= 2
                && self.words[end].gap == Gap::Space
                && is(LOWER_SITE_HEADS, self.key(end))
                && i > 0
                && self.key(i - 1) == "the"
                && !self.names_any_listed(i, end)
            {
                head_at = Some(end);
                end += 1;
            }
            // "the Mekong River", "the Sambisa forest": a listed region
            // is left to [`Finder::region_runs`]
            if head_at.is_some() && self.region_at(i, end) {
                i = end;
                continue;
            }
            if let Some(h) = head_at.filter(|_| !known(end)) {
                // the head ends the run ("Tahrir Square") or opens it ("Plaza de Mayo")
                if end - i >= 2 && (h == end - 1 || h == i) {
                    let span = self.words[i].span.cover(self.words[end - 1].span);
                    let key = crate::geo::text::name_key(&self.text[span.range()]);
                    out.push(Occurrence {
                        target: Target::Unlisted {
                            key,
                            kind: PlaceKind::Site,
                            at: None,
                        },
                        span,
                        full: None,
                    });
                    self.blocked[i..end]
                        .iter_mut()
                        .for_each(|b| *b = Block::Hard);
                }
            }
            i = end;
        }
        out
    }

    /// A name joining two places with a hyphen, carrying a number, or
    /// unknown to the gazetteer, before a lower-case word for a route,
    /// crossing or market ("the Kano-Zaria highway", "the Narva-Ivangorod
    /// border crossing", "Mile 12 market", "the Kerem Shalom crossing") is
    /// that one site, not the places it is named after. Names of two
    /// countries are left alone ("the Iran-Iraq border").
    fn compound_sites(&mut self) -> Vec<Occurrence> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            let w = &self.words[i];
            if !w.cap || self.headline[i] || self.blocked[i] == Block::Hard {
                i += 1;
                continue;
            }
            // the name: capitalised words joined by spaces or hyphens, and
            // numbers after the first word
            let mut end = i + 1;
            let (mut hyphen, mut number) = (false, false);
            while let Some(x) = self.words.get(end) {
                let digits = x.key.bytes().all(|b| b.is_ascii_digit());
                if !(x.cap || digits) || !matches!(x.gap, Gap::Space | Gap::Hyphen) {
                    break;
                }
                hyphen |= x.gap == Gap::Hyphen && x.cap;
                number |= digits;
                end += 1;
            }
            let noun = end + usize::from(self.words.get(end).is_some_and(|x| x.key == "border"));
            let site = self
                .words
                .get(noun)
                .filter(|x| x.gap == Gap::Space && !x.cap && is(COMPOUND_SITE_HEADS, &x.key));
            let countries = (i..end).all(|k| {
                self.g
                    .lookup(self.key(k))
                    .iter()
                    .any(|r| self.g.entry(r.entry).kind == EntryKind::Country)
            });
            // or a name of two or three words the gazetteer does not know
            // at all, after "the" ("the Kerem Shalom crossing"), outside
            // any mention (one such word is more likely the town's name)
            let unknown = i > 0
                && self.key(i - 1) == "the"
                && (2..=3).contains(&(end - i))
                && self.blocked[i..end].iter().all(|b| *b == Block::Free)
                && !self.names_any_listed(i, end);
            // "the Zangezur corridor": a listed region, not an unknown site
            let region = self.region_at(i, end) || self.region_at(i, noun + 1);
            if site.is_none() || !(hyphen || number || unknown) || (countries && !number) || region
            {
                i = end;
                continue;
            }
            let span = self.words[i].span.cover(self.words[noun].span);
            out.push(Occurrence {
                target: Target::Unlisted {
                    key: crate::geo::text::name_key(&self.text[span.range()]),
                    kind: PlaceKind::Site,
                    at: None,
                },
                span,
                full: None,
            });
            self.blocked[i..=noun]
                .iter_mut()
                .for_each(|b| *b = Block::Hard);
            i = noun + 1;
        }
        out
    }

    /// Named regions ("the Middle East", "Donbas"), unless part of a longer
    /// name ("Radio Free Europe", "Middle East Eye").
    fn region_runs(&mut self) -> Vec<Occurrence> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            if !self.words[i].cap || self.blocked[i] != Block::Free {
                i += 1;
                continue;
            }
            let max = self.g.words_from(self.key(i)).min(self.words.len() - i);
            let hit = (1..=max).rev().find_map(|len| {
                let end = i + len;
                if !self.chained(i, end) {
                    return None;
                }
                let key = self.ngram_key(i, end);
                self.g.region(&key).map(|index| (end, index))
            });
            let Some((end, index)) = hit else {
                i += 1;
                continue;
            };
            let glued_before = i > 0
                && self.words[i].gap == Gap::Space
                && self.words[i - 1].cap
                && !is(FUNCTION_WORDS, self.key(i - 1))
                && !self.words[i - 1].starts_sentence;
            let glued_after = self
                .words
                .get(end)
                .is_some_and(|w| w.gap == Gap::Space && w.cap);
            // "the Gulf of Mexico": a longer name the table does not hold
            let of_name = self.key(end) == "of"
                && self
                    .words
                    .get(end + 1)
                    .is_some_and(|w| w.cap && w.gap == Gap::Space);
            // "Europe and Central Asia coordinator": a desk in a job title
            let desk = {
                let mut k = end;
                while k < self.words.len()
                    && (self.words[k].cap || matches!(self.key(k), "and" | "&"))
                    && self.words[k].gap == Gap::Space
                {
                    k += 1;
                }
                self.words
                    .get(k)
                    .is_some_and(|w| !w.cap && w.gap == Gap::Space && is(DESK_ROLES, &w.key))
            };
            // "the Gulf state's foreign ministry", "Baltic countries": a
            // region describing a state is no place of the story
            let describes_state = self.words.get(end).is_some_and(|w| {
                !w.cap
                    && w.gap == Gap::Space
                    && matches!(
                        w.key.as_str(),
                        "state" | "states" | "country" | "countries" | "nation" | "nations"
                    )
            });
            let desk = desk || describes_state;
            // "Burkina Faso's Sahel region", "the Sahel region of Burkina
            // Faso": a region the named country has a division of that
            // name is that division, not the region across borders.
            let owner = self
                .possessor_country(i)
                .or_else(|| {
                    (self.key(end) == "region")
                        .then(|| self.owner_after(end + 1))
                        .flatten()
                })
                .or_else(|| self.owner_after(end));
            let division = owner.is_some_and(|c| {
                self.g.lookup(&self.ngram_key(i, end)).iter().any(|r| {
                    let e = self.g.entry(r.entry);
                    e.country == c && matches!(e.kind, EntryKind::Admin1 | EntryKind::City)
                })
            });
            if division {
                i = end;
                continue;
            }
            // "Pakistan-administered Kashmir", "Indian-held Kashmir": the
            // part of the region a country holds is a place in that country
            let held = (i >= 2
                && matches!(
                    self.key(i - 1),
                    "administered" | "controlled" | "held" | "occupied"
                )
                && self.words[i - 1].gap == Gap::Hyphen
                && self.words[i].gap == Gap::Space
                && self.words[i - 2].cap)
                .then(|| {
                    let w = &self.words[i - 2].key;
                    self.g.demonym(w).or_else(|| {
                        self.g
                            .lookup(w)
                            .iter()
                            .find(|r| self.g.entry(r.entry).kind == EntryKind::Country)
                            .map(|r| r.entry)
                    })
                })
                .flatten();
            if let Some(country) = held.filter(|_| !glued_after && !desk) {
                let span = self.words[i - 2].span.cover(self.words[end - 1].span);
                out.push(Occurrence {
                    target: Target::Unlisted {
                        key: crate::geo::text::name_key(span.text(self.text)),
                        kind: PlaceKind::Region,
                        at: Some(country),
                    },
                    span,
                    full: None,
                });
                self.blocked[i - 2..end]
                    .iter_mut()
                    .for_each(|b| *b = Block::Hard);
                i = end;
                continue;
            }
            // ("Upper Nile state": a region glued to the name before it is
            // part of that name, left alone)
            if (desk || of_name) && !glued_before {
                self.blocked[i..end]
                    .iter_mut()
                    .for_each(|b| *b = Block::Hard);
            }
            if !glued_before && !glued_after && !of_name && !desk {
                out.push(Occurrence {
                    target: Target::Region(index),
                    span: self.words[i].span.cover(self.words[end - 1].span),
                    full: None,
                });
                self.blocked[i..end]
                    .iter_mut()
                    .for_each(|b| *b = Block::Hard);
            }
            i = end;
        }
        out
    }

    /// The country whose possessive ends just before word `first`
    /// ("Burkina Faso's Sahel"): its entry.
    fn possessor_country(&self, first: usize) -> Option<EntryId> {
        let last = first.checked_sub(1)?;
        if !self.words[last].possessive {
            return None;
        }
        (last.saturating_sub(3)..=last).find_map(|a| {
            if !self.chained(a, last + 1) {
                return None;
            }
            self.g
                .lookup(&self.ngram_key(a, last + 1))
                .iter()
                .find(|r| self.g.entry(r.entry).kind == EntryKind::Country)
                .map(|r| r.entry)
        })
    }

    /// The city or country whose possessive name ends at word `last`
    /// ("Dakar's"): a country's entry, else the likeliest city of that
    /// name (the article's country first, then the largest).
    fn possessive_place(&self, last: usize) -> Option<EntryId> {
        self.possessive_place_from(last.saturating_sub(3), last)
    }

    /// [`Finder::possessive_place`] for a name opening at or after `from`.
    fn possessive_place_from(&self, from: usize, last: usize) -> Option<EntryId> {
        if !self.words.get(last)?.possessive {
            return None;
        }
        (from..=last).find_map(|a| {
            if !self.words[a].cap || !self.chained(a, last + 1) {
                return None;
            }
            let refs = self.g.lookup(&self.ngram_key(a, last + 1));
            let country = refs
                .iter()
                .find(|r| self.g.entry(r.entry).kind == EntryKind::Country);
            country.map(|r| r.entry).or_else(|| {
                refs.iter()
                    .filter(|r| r.primary && self.g.entry(r.entry).kind == EntryKind::City)
                    .max_by(|x, y| {
                        let (ex, ey) = (self.g.entry(x.entry), self.g.entry(y.entry));
                        self.focus_share(ex.country)
                            .total_cmp(&self.focus_share(ey.country))
                            .then(ex.population.cmp(&ey.population))
                            .then(y.entry.cmp(&x.entry))
                    })
                    .map(|r| r.entry)
            })
        })
    }

    /// The city or country that holds a match by its possessive before
    /// it ("Dakar's Medina") or in an apposition after it ("the Medina,
    /// Dakar's old quarter"): its entry.
    fn owning_place(&self, m: &Match) -> Option<EntryId> {
        let before = m
            .first
            .checked_sub(1)
            .and_then(|l| self.possessive_place(l));
        before.or_else(|| {
            let w = self.words.get(m.end)?;
            if !w.comma_before || !w.cap {
                return None;
            }
            // the possessive name opens the apposition ("NAIROBI, Kenya
            // (AP) — Ethiopia's government" is none)
            (m.end..(m.end + 3).min(self.words.len()))
                .take_while(|&l| self.chained(m.end, l + 1))
                .find(|&l| self.words[l].possessive)
                .and_then(|l| self.possessive_place_from(m.end, l))
        })
    }

    /// The country an "of X" or "in (northern) X" at word `at` names
    /// ("the Sahel region of Burkina Faso"): its entry.
    fn owner_after(&self, at: usize) -> Option<EntryId> {
        if !matches!(self.key(at), "of" | "in") {
            return None;
        }
        let mut first = at + 1;
        if is(crate::lexicon::COMPASS_WORDS, self.key(first))
            && self.words.get(first).is_some_and(|w| !w.cap)
        {
            first += 1;
        }
        if !self.words.get(first).is_some_and(|w| w.cap) {
            return None;
        }
        self.container_at(first)?
            .iter()
            .find(|r| self.g.entry(r.entry).kind == EntryKind::Country)
            .map(|r| r.entry)
    }

    fn lookup_entry(&self, first: usize, end: usize, kind: EntryKind) -> bool {
        if end > self.words.len() || !self.chained(first, end) {
            return false;
        }
        let key = self.ngram_key(first, end);
        self.g
            .lookup(&key)
            .iter()
            .any(|r| self.g.entry(r.entry).kind == kind)
    }

    /// The lookup key of words `first..end` (borrowed for a single word).
    fn ngram_key(&self, first: usize, end: usize) -> std::borrow::Cow<'_, str> {
        if end == first + 1 {
            return std::borrow::Cow::Borrowed(&self.words[first].key);
        }
        let mut key = String::new();
        for j in first..end {
            if j > first {
                key.push(' ');
            }
            key.push_str(&self.words[j].key);
        }
        std::borrow::Cow::Owned(key)
    }

    /// Longest gazetteer matches starting at capitalised words; demonyms are
    /// skipped (they name a nationality, not a place) and counted for focus.
    fn find(&mut self) -> Vec<Match<'static>> {
        let mut out = Vec::new();
        let mut i = 0;
        let n = self.words.len();
        while i < n {
            let w = &self.words[i];
            if !w.cap || self.blocked[i] == Block::Hard {
                i += 1;
                continue;
            }
            if matches!(
                crate::time::calendar(&w.key),
                Some(CalendarWord::Month | CalendarWord::Weekday)
            ) {
                i += 1;
                continue;
            }
            let demonym = self.g.demonym(&w.key);
            let mut found = None;
            let max = self.g.words_from(&w.key).min(n - i);
            let min = if demonym.is_some() { 2 } else { 1 };
            for len in (min..=max).rev() {
                let end = i + len;
                let block = self.blocked[i..end]
                    .iter()
                    .copied()
                    .max()
                    .unwrap_or(Block::Free);
                if !self.chained(i, end) || block == Block::Hard {
                    continue;
                }
                let refs = self.g.lookup(&self.ngram_key(i, end));
                let country = |r: &NameRef| self.g.entry(r.entry).kind == EntryKind::Country;
                if block == Block::Soft && !refs.iter().any(country) {
                    continue;
                }
                // "Cameroon's East region": a division of that name in
                // another country is not it; the name before the division
                // noun is tried next
                let abroad = len >= 2
                    && is(ADMIN_AFTER, self.key(end - 1))
                    && self
                        .possessor_country(i)
                        .is_some_and(|c| !refs.iter().any(|r| self.g.entry(r.entry).country == c));
                if !refs.is_empty() && !abroad {
                    found = Some(Match {
                        first: i,
                        end,
                        refs,
                    });
                    break;
                }
            }
            if let (None, Some(c)) = (&found, demonym) {
                *self.focus.entry(c).or_default() += 0.5;
                i += 1;
                continue;
            }
            match found {
                Some(m) => {
                    i = m.end;
                    out.push(m);
                }
                None => {
                    // a capitalised run that is not a place: remember its last
                    // word, which later names the same person or organisation
                    // (a sentence's first word may be any word: not counted)
                    let start = if self.words[i].starts_sentence {
                        i + 1
                    } else {
                        i
                    };
                    let mut end = i + 1;
                    while end < n && self.words[end].gap == Gap::Space && self.words[end].cap {
                        end += 1;
                    }
                    // a country closing a name ("Tehrik-e-Taliban Pakistan")
                    // is no surname: it still names the country elsewhere
                    let country = self
                        .g
                        .lookup(&self.words[end - 1].key)
                        .iter()
                        .any(|r| self.g.entry(r.entry).kind == EntryKind::Country);
                    if end >= start + 2
                        && !self.headline[i]
                        && !country
                        && !is(FUNCTION_WORDS, &self.words[start].key)
                    {
                        self.surnames.insert(self.words[end - 1].key.clone());
                    }
                    i += 1;
                }
            }
        }
        out
    }

    /// The countries the article is about: countries named (unambiguously),
    /// and capitals or cities of a million people; demonyms count in `find`.
    fn count_focus(&mut self, matches: &[Match]) {
        for m in matches {
            let countries: Vec<EntryId> = m
                .refs
                .iter()
                .filter(|r| self.g.entry(r.entry).kind == EntryKind::Country)
                .map(|r| r.entry)
                .collect();
            match countries.as_slice() {
                [c] => *self.focus.entry(*c).or_default() += 1.0,
                [] => {
                    let big = |r: &NameRef| {
                        let e = self.g.entry(r.entry);
                        e.capital || e.population >= 1_000_000
                    };
                    if let Some(r) = m.refs.iter().find(|r| big(r)) {
                        let c = self.g.entry(r.entry).country;
                        if m.refs
                            .iter()
                            .all(|x| !big(x) || self.g.entry(x.entry).country == c)
                        {
                            *self.focus.entry(c).or_default() += 0.5;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether the place starting at byte `start` is named as a neighbour
    /// ("the region, which borders Mali and Burkina Faso", "near the
    /// border with Chad"): a country across a border contains nothing the
    /// sentence goes on to name.
    fn neighbour_named(&self, start: u32) -> bool {
        let mut k = self.words.partition_point(|w| w.span.start < start);
        for _ in 0..6 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            let key = self.key(p);
            if is(NEIGHBOUR_CUES, key) || key == "with" && p > 0 && self.key(p - 1) == "border" {
                return true;
            }
            if !(self.words[p].cap || key == "and") {
                return false;
            }
            k = p;
        }
        false
    }

    fn focus_share(&self, country: EntryId) -> f64 {
        let total: f64 = self.focus.values().sum();
        if total <= 0.0 {
            return 0.0;
        }
        self.focus.get(&country).copied().unwrap_or(0.0) / total
    }

    /// The kind the words around a match ask for: a division ("Herat
    /// province", "province of Laghman") or a city ("city of X", "X city").
    fn kind_cue(&self, m: &Match) -> Option<EntryKind> {
        let after = self.key(m.end);
        let after_ok = self.words.get(m.end).is_some_and(|w| w.gap == Gap::Space);
        let (b1, b2) = (m.first.checked_sub(1), m.first.checked_sub(2));
        let before_of =
            b1.is_some_and(|b| self.key(b) == "of" && self.words[m.first].gap == Gap::Space);
        let before_kind = b2.map(|b| self.key(b)).unwrap_or("");
        if after_ok && is(ADMIN_AFTER, after) {
            return Some(EntryKind::Admin1);
        }
        // "the province of Laghman", but not "the Tahoua region of Niger",
        // where the noun is another name's and "of" names its country.
        let named_noun =
            m.first >= 3 && self.words[m.first - 3].cap && !self.words[m.first - 2].cap;
        if before_of && is(ADMIN_BEFORE, before_kind) && !named_noun {
            return Some(EntryKind::Admin1);
        }
        if self.city_cue(m.first, m.end) {
            return Some(EntryKind::City);
        }
        None
    }

    /// Whether the words around the name at `first..end` call it a city:
    /// "X city", "the city of X", "the regional capital X", "the
    /// provincial capital, X" (the city, not the division it governs).
    fn city_cue(&self, first: usize, end: usize) -> bool {
        let after_ok = self.words.get(end).is_some_and(|w| w.gap == Gap::Space);
        let b1 = first.checked_sub(1);
        let before_of =
            b1.is_some_and(|b| self.key(b) == "of" && self.words[first].gap == Gap::Space);
        let before_kind = first.checked_sub(2).map_or("", |b| self.key(b));
        let after_capital = b1.is_some_and(|b| self.key(b) == "capital" && !self.words[b].cap);
        (after_ok && self.key(end) == "city")
            || (before_of && before_kind == "city")
            || after_capital
    }

    /// The span of the name with its kind cue ("province of Laghman").
    fn full_span(&self, m: &Match) -> Option<Span> {
        let first = self.words[m.first].span;
        let last = self.words[m.end - 1].span;
        match self.kind_cue(m) {
            Some(_)
                if self.words.get(m.end).is_some_and(|w| w.gap == Gap::Space)
                    && (is(ADMIN_AFTER, self.key(m.end)) || self.key(m.end) == "city") =>
            {
                Some(first.cover(self.words[m.end].span))
            }
            // "the province of Laghman"; "the regional capital X" is no
            // name of the city
            Some(_) if m.first >= 2 && self.key(m.first - 1) == "of" => {
                Some(self.words[m.first - 2].span.cover(last))
            }
            _ => None,
        }
    }

    /// The previous word is a location cue, or the match follows a place in
    /// a list ("in Taiz and Aden"), or opens a dateline ("LIMA, Peru --").
    fn has_cue(&self, m: &Match, accepted: &[(Match, EntryId, bool)]) -> bool {
        if self.kind_cue(m).is_some() || self.located[m.first] {
            return true;
        }
        let prev = m.first.checked_sub(1);
        if let Some(p) = prev {
            let pk = self.key(p);
            if is(LOC_CUES, pk) && !self.words[m.first].starts_sentence {
                return true;
            }
            // "the provincial capital, Ijevan"
            if pk == "capital" && self.words[m.first].comma_before {
                return true;
            }
            // "in the Gaza Strip"
            let through = p
                .checked_sub(1)
                .filter(|_| pk == "the" && !self.words[p].starts_sentence);
            if through.is_some_and(|q| is(LOC_CUES, self.key(q))) {
                return true;
            }
            // coordination with an accepted place
            let listed = (pk == "and" || pk == "or") || self.words[m.first].comma_before;
            if listed {
                let before = if pk == "and" || pk == "or" {
                    p
                } else {
                    m.first
                };
                if accepted
                    .iter()
                    .any(|(a, _, met)| !met && a.end == before && before > 0)
                {
                    return true;
                }
            }
        }
        // "X, Country" (containment) or a dateline
        self.container_after(m).is_some()
    }

    /// The entries named right after ", " that may contain this match.
    fn container_after(&self, m: &Match) -> Option<&'static [NameRef]> {
        let w = self.words.get(m.end)?;
        if !w.comma_before || !w.cap {
            return None;
        }
        self.container_at(m.end)
    }

    /// The longest name from word `first` that the gazetteer knows as a
    /// country or first-level division: its refs.
    fn container_at(&self, first: usize) -> Option<&'static [NameRef]> {
        let w = self.words.get(first)?;
        let max = self.g.words_from(&w.key).min(self.words.len() - first);
        (1..=max).rev().find_map(|len| {
            if !self.chained(first, first + len) {
                return None;
            }
            let refs = self.g.lookup(&self.ngram_key(first, first + len));
            refs.iter()
                .any(|r| {
                    matches!(
                        self.g.entry(r.entry).kind,
                        EntryKind::Country | EntryKind::Admin1
                    )
                })
                .then_some(refs)
        })
    }

    /// The country or division a following "in (central) X" places the
    /// match in ("the town of Mahas in central Somalia"): its refs, when X
    /// is one.
    fn container_in(&self, end: usize) -> Option<&'static [NameRef]> {
        if self.key(end) != "in" || self.words.get(end + 1).is_none() {
            return None;
        }
        let mut first = end + 1;
        if is(crate::lexicon::COMPASS_WORDS, self.key(first)) && !self.words[first].cap {
            first += 1;
        }
        let w = self.words.get(first)?;
        if !w.cap || w.gap != Gap::Space {
            return None;
        }
        self.container_at(first)
    }

    /// The country or division an "in (central) X" at word `end` names:
    /// its primary entry when it has one; among equals, the one in the
    /// country the article is most about, then a country over a division
    /// ("the town of X in western Niger" is in the state, not in Nigeria's
    /// Niger State).
    fn stated_container(&self, end: usize) -> Option<EntryId> {
        let rank = |r: &NameRef| {
            let e = self.g.entry(r.entry);
            (
                r.primary,
                (self.focus_share(e.country) * 1000.0) as u32,
                e.kind == EntryKind::Country,
            )
        };
        self.container_in(end)?
            .iter()
            .filter(|r| {
                matches!(
                    self.g.entry(r.entry).kind,
                    EntryKind::Country | EntryKind::Admin1
                )
            })
            .max_by_key(|r| rank(r))
            .map(|r| r.entry)
    }

    /// "the Iran-Iraq border", "Afghanistan-Pakistan talks": a country
    /// hyphened to a country before it is a place of its own, not the end
    /// of a longer name.
    fn country_pair(&self, m: &Match) -> bool {
        let is_country = |first: usize, end: usize| {
            self.g
                .lookup(&self.ngram_key(first, end))
                .iter()
                .any(|r| self.g.entry(r.entry).kind == EntryKind::Country)
        };
        m.first > 0
            && self.words[m.first].gap == Gap::Hyphen
            && is_country(m.first, m.end)
            && (m.first.saturating_sub(3)..m.first).any(|a| {
                self.chained(a, m.first)
                    && (a..m.first).all(|k| self.words[k].cap)
                    && is_country(a, m.first)
            })
    }

    /// The match is inside a longer capitalised name ("Kabul Bank", "Marco
    /// Rubio"), or names a person (a title before it, a known surname).
    fn part_of_name(&self, m: &Match) -> bool {
        // "the Gulf of Thailand", "the Bay of Bengal": the name after a
        // word for a feature of the sea and "of" ends the feature's name.
        if m.first >= 2
            && self.key(m.first - 1) == "of"
            && self.words[m.first - 2].cap
            && SEA_FEATURES.contains(&self.key(m.first - 2))
        {
            return true;
        }
        if let Some(p) = m.first.checked_sub(1) {
            let pw = &self.words[p];
            let glued = self.words[m.first].gap != Gap::Other;
            if glued
                && pw.cap
                && !is(FUNCTION_WORDS, &pw.key)
                && !self.headline[p]
                && !self.country_pair(m)
            {
                return true;
            }
            if glued && is(TITLES, &pw.key) {
                return true;
            }
        }
        if let Some(nw) = self.words.get(m.end) {
            let glued = nw.gap == Gap::Space;
            let head = is(ADMIN_AFTER, &nw.key)
                || nw.key == "city"
                || SITE_AFTER.iter().any(|s| s[0] == nw.key)
                || is(MISSIONS, &nw.key);
            if glued && nw.cap && !head && !self.headline[m.end] {
                return true;
            }
        }
        m.end - m.first == 1 && self.surnames.contains(&self.words[m.first].key)
    }

    /// Chooses an entry for a match and says whether it is a place at all;
    /// the flag is true for a capital used as a metonym for its government.
    fn judge(&self, m: &Match, accepted: &[(Match, EntryId, bool)]) -> Option<(EntryId, bool)> {
        let g = self.g;
        // among countries sharing a name ("Congo"), the one the article is about
        let country = m
            .refs
            .iter()
            .filter(|r| g.entry(r.entry).kind == EntryKind::Country)
            .max_by(|a, b| {
                let (fa, fb) = (self.focus_share(a.entry), self.focus_share(b.entry));
                fa.total_cmp(&fb)
                    .then(a.primary.cmp(&b.primary))
                    .then(b.entry.cmp(&a.entry))
            });
        let site = m
            .refs
            .iter()
            .find(|r| g.entry(r.entry).kind == EntryKind::Site);
        // two-letter all-caps aliases ("US", "UK") only count as written in capitals
        let surface = &self.text[self.words[m.first]
            .span
            .cover(self.words[m.end - 1].span)
            .range()];
        if surface.len() <= 3
            && !self.words[m.first].upper
            && !surface.contains('.')
            && m.refs.iter().all(|r| !r.primary)
        {
            return None;
        }
        if let Some(s) = site {
            return Some((s.entry, false));
        }
        if self.part_of_name(m) && !self.site_follows(m) {
            return None;
        }
        if country.is_some() && self.attributive(m) {
            return None;
        }
        if let Some(c) = country {
            if self.kind_cue(m) != Some(EntryKind::Admin1)
                && self.kind_cue(m) != Some(EntryKind::City)
            {
                return Some((c.entry, false));
            }
        }
        let cue = self.has_cue(m, accepted);
        let entry = self.resolve(m, accepted)?;
        let e = g.entry(entry);
        let strong = e.capital
            || e.population >= 1_000_000
            || (e.kind == EntryKind::Admin1
                && !e.common
                && self.focus_share(e.country) > 0.0
                && m.refs.iter().any(|r| r.primary && r.entry == entry))
            || e.kind == EntryKind::Country;
        let medium = e.population >= 100_000 && self.focus_share(e.country) > 0.0;
        if self.headline[m.first] && !strong {
            return None;
        }
        if e.common && e.population < 1_000_000 && !cue {
            return None;
        }
        if !(cue || strong || medium || self.site_follows(m)) {
            return None;
        }
        // "Fano fighters … from Fano": the name of an armed group the actors
        // layer knows is a town only after a location cue, and only a town
        // in a country the article names (when it names any)
        if e.kind != EntryKind::Country && self.armed_group_name(m) {
            let elsewhere = !self.focus.is_empty() && self.focus_share(e.country) <= 0.0;
            if !cue || elsewhere {
                return None;
            }
        }
        if e.kind != EntryKind::Country && self.short_org_name(m) {
            return None;
        }
        let metonym = e.kind == EntryKind::City && self.is_metonym(m, entry);
        Some((entry, metonym))
    }

    /// "the Sinaloa cartel" where the article names the "Sinaloa Cartel
    /// of the Pacific": a name followed by a lower-case word is the short
    /// form of an organisation whose name opens with that name and holds
    /// that word; the division or town in it is no place of the story.
    fn short_org_name(&self, m: &Match) -> bool {
        let Some(next) = self.words.get(m.end) else {
            return false;
        };
        if next.cap || next.gap != Gap::Space {
            return false;
        }
        let surface = self.words[m.first].span.cover(self.words[m.end - 1].span);
        let surface = crate::geo::text::name_key(surface.text(self.text));
        let mentioned = self
            .doc
            .mentions
            .iter()
            .filter(|x| x.kind == MentionKind::Org)
            .map(|x| x.span.text(self.text));
        let named = self
            .doc
            .entities
            .iter()
            .filter(|x| x.kind == EntityKind::Org)
            .map(|x| x.name.as_str());
        mentioned.chain(named).any(|name| {
            let key = crate::geo::text::name_key(name);
            key.strip_prefix(surface.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| rest.split(' ').any(|w| w == next.key))
        })
    }

    /// The words of `m` are the name of an armed group (rebels, insurgents,
    /// a militia or an army) among the article's actors.
    fn armed_group_name(&self, m: &Match) -> bool {
        let span = self.words[m.first].span.cover(self.words[m.end - 1].span);
        let surface = span.text(self.text);
        self.doc.entities.iter().any(|e| {
            e.kind == EntityKind::Org
                && matches!(e.role, Some(Sector::REB | Sector::INS | Sector::MIL))
                && (e.name.eq_ignore_ascii_case(surface)
                    || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(surface)))
        })
    }

    /// "US lawmakers", "the US State Department": a country's name used
    /// as the modifier that opens a group's name, or its initials opening
    /// a body's name (as a demonym would), name no place; "Japan's defence
    /// ministry" and "the Myanmar military" do.
    fn attributive(&self, m: &Match) -> bool {
        let span = self.words[m.first].span.cover(self.words[m.end - 1].span);
        if self.words[m.end - 1].possessive {
            return false;
        }
        // a country's initials ("US", "U.S.") are written as its adjective
        let initials = self.text[span.range()]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.');
        self.doc.entities.iter().any(|e| {
            (e.kind == EntityKind::Norp || e.kind == EntityKind::Org && initials)
                && e.spans
                    .iter()
                    .any(|s| s.start == span.start && s.end > span.end)
        })
    }

    fn site_follows(&self, m: &Match) -> bool {
        self.site_suffix(m).is_some()
    }

    /// The words after a match that make it a site ("airport", "port").
    fn site_suffix(&self, m: &Match) -> Option<usize> {
        SITE_AFTER.iter().find_map(|pat| {
            let ok = pat.iter().enumerate().all(|(k, p)| {
                self.words
                    .get(m.end + k)
                    .is_some_and(|w| w.gap == Gap::Space && w.key == *p)
            });
            ok.then_some(m.end + pat.len())
        })
    }

    /// Picks the best entry among homonyms.
    fn resolve(&self, m: &Match, accepted: &[(Match, EntryId, bool)]) -> Option<EntryId> {
        let g = self.g;
        let want = self.kind_cue(m);
        let container = self.container_after(m);
        // "X in central Somalia": a town of that name elsewhere is not it
        let stated = self.container_in(m.end);
        // "Burkina Faso's Sahel", "Dakar's Medina": a place in the
        // possessing country (near the possessing city)
        let owning = self.owning_place(m);
        let owner = self
            .possessor_country(m.first)
            .or_else(|| owning.map(|o| g.entry(o).country));
        let owner_city = owning.filter(|&o| g.entry(o).kind == EntryKind::City);
        let inside = |e: &crate::geo::gazetteer::Entry, c: &[NameRef]| {
            c.iter()
                .any(|x| x.entry == e.country || Some(x.entry) == e.admin1)
        };
        if let Some(c) = stated {
            let cities = m
                .refs
                .iter()
                .all(|r| g.entry(r.entry).kind == EntryKind::City);
            if cities && !m.refs.iter().any(|r| inside(g.entry(r.entry), c)) {
                return None;
            }
        }
        let capital_named = m.refs.iter().any(|r| {
            let e = g.entry(r.entry);
            r.primary && e.capital && e.kind == EntryKind::City
        });
        // "Iraq's northern Duhok province": where the gazetteer knows the
        // name only as a city, a division noun after it names the division
        // that city is the capital of (divisions named for their capital)
        let no_division = !m
            .refs
            .iter()
            .any(|r| g.entry(r.entry).kind == EntryKind::Admin1);
        let divided = |id: EntryId| -> EntryId {
            let e = g.entry(id);
            let seat = e.admin1.filter(|&a| {
                want == Some(EntryKind::Admin1)
                    && no_division
                    && e.kind == EntryKind::City
                    && g.entry(a).city == Some(id)
            });
            seat.unwrap_or(id)
        };
        // no homonym in the possessing country: not a place it holds here
        if let Some(c) = owner {
            if !m
                .refs
                .iter()
                .any(|r| g.entry(divided(r.entry)).country == c)
            {
                return None;
            }
        }
        // the prior of each homonym: kind, prominence, cues, the article's countries
        let mut scored: Vec<(f64, EntryId)> = m
            .refs
            .iter()
            .map(|r| {
                let id = divided(r.entry);
                let e = g.entry(id);
                let mut score = match e.kind {
                    EntryKind::Country => 10.0,
                    EntryKind::Site => 12.0,
                    // a division outranks a small town of its name (Texas, Texas City);
                    // one whose capital is a large city of another name (Florida,
                    // Tallahassee) outranks a town abroad of its name too
                    EntryKind::Admin1 => {
                        let prominent = e.city.is_some_and(|c| {
                            g.entry(c).population >= 100_000 && !m.refs.iter().any(|r| r.entry == c)
                        });
                        if prominent {
                            6.5
                        } else {
                            5.5
                        }
                    }
                    EntryKind::City => {
                        let capital = if e.capital { 1.0 } else { 0.0 };
                        1.0 + (e.population.max(1) as f64).log10() + capital
                    }
                };
                if r.primary {
                    score += 1.0;
                } else if capital_named {
                    // a capital's own name outweighs the same word among
                    // another city's old names (Islamabad, once a name of
                    // Chittagong), whatever the article's country
                    score -= 4.0;
                }
                if let Some(k) = want {
                    score += if e.kind == k { 20.0 } else { -5.0 };
                }
                score += 4.0 * self.focus_share(e.country);
                let contained = container.or(stated).is_some_and(|c| inside(e, c));
                if contained || owner.is_some_and(|c| e.country == c) {
                    score += 10.0;
                }
                if owner_city.is_some_and(|c| {
                    let ce = g.entry(c);
                    near((e.lat, e.lon), (ce.lat, ce.lon), 50.0)
                }) {
                    score += 2.0;
                }
                (score, id)
            })
            .collect();
        // context: a division already named, or places within 300 km of one
        // named; only the likeliest homonyms are worth the distances
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.truncate(12);
        let mut anchors: Vec<EntryId> = accepted
            .iter()
            .filter(|(o, a, _)| o.first != m.first && g.entry(*a).kind != EntryKind::Country)
            .map(|(_, a, _)| *a)
            .collect();
        anchors.sort_unstable();
        anchors.dedup();
        let mut best: Option<(f64, EntryId)> = None;
        for (mut score, id) in scored {
            let e = g.entry(id);
            for &a in &anchors {
                let ae = g.entry(a);
                if e.admin1.is_some() && ae.admin1 == e.admin1 && ae.kind == EntryKind::Admin1 {
                    score += 3.0;
                }
                if near((e.lat, e.lon), (ae.lat, ae.lon), 300.0) {
                    score += 1.0;
                }
            }
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, id));
            }
        }
        best.map(|(_, e)| e)
    }

    /// "militants who tried to cross near Uri" in a story about India and
    /// Pakistan: a small town or a minor division (its capital a town) of
    /// a country the article never names, read only from a location cue,
    /// is rather a place of the story the gazetteer does not hold; it is
    /// kept as an unlisted settlement located from its context.
    fn stray_abroad(&self, m: &Match, entry: EntryId) -> bool {
        let g = self.g;
        let e = g.entry(entry);
        let small = match e.kind {
            EntryKind::City => !e.capital && e.population < 100_000,
            EntryKind::Admin1 => e.city.is_none_or(|c| g.entry(c).population < 100_000),
            _ => false,
        };
        small
            && !self.focus.is_empty()
            && self.focus_share(e.country) <= 0.0
            && !self.headline[m.first]
            && self.kind_cue(m).is_none()
            && self.container_after(m).is_none()
            && self.container_in(m.end).is_none()
            && self.possessor_country(m.first).is_none()
            && !self.site_follows(m)
    }

    /// Proximity needs the other places: re-resolve each ambiguous match
    /// once against all accepted ones.
    fn refine_by_proximity(&self, accepted: &mut [(Match, EntryId, bool)]) {
        for i in 0..accepted.len() {
            let (m, entry, _) = &accepted[i];
            let kind = self.g.entry(*entry).kind;
            if m.refs.len() < 2 || kind == EntryKind::Country || kind == EntryKind::Site {
                continue;
            }
            if let Some(e) = self.resolve(m, accepted) {
                accepted[i].1 = e;
            }
        }
    }

    /// A capital (or a city the actors layer made an alias of a state) that
    /// is the subject of a verb rather than a location.
    fn is_metonym(&self, m: &Match, entry: EntryId) -> bool {
        let span = self.words[m.first].span.cover(self.words[m.end - 1].span);
        let e = self.g.entry(entry);
        let state_alias = self.doc.entities.iter().any(|ent| {
            ent.kind == EntityKind::Gpe
                && ent.spans.iter().any(|s| s.contains(span))
                && self
                    .g
                    .lookup(&crate::geo::text::name_key(&ent.name))
                    .iter()
                    .any(|r| {
                        let c = self.g.entry(r.entry);
                        c.kind == EntryKind::Country && c.city == Some(entry)
                    })
        });
        // "disputing Ankara's statement … Ankara says": a capital the
        // actors layer reads elsewhere as its state is that state wherever
        // no location cue comes before it
        let prev_locative = m.first.checked_sub(1).is_some_and(|p| {
            let k = self.key(p);
            is(LOC_CUES, k) || k == "the" || k == "of"
        });
        let name = span.text(self.text);
        let state_elsewhere = e.capital
            && !prev_locative
            && self.doc.entities.iter().any(|ent| {
                ent.kind == EntityKind::Gpe
                    && ent
                        .spans
                        .iter()
                        .any(|s| s.text(self.text) == name && !s.contains(span))
                    && self
                        .g
                        .lookup(&crate::geo::text::name_key(&ent.name))
                        .iter()
                        .any(|r| {
                            let c = self.g.entry(r.entry);
                            c.kind == EntryKind::Country && c.city == Some(entry)
                        })
            });
        // the actors layer has judged every capital in context (with the
        // parse): a capital it left out of the states is a place
        if state_alias || state_elsewhere || self.doc.has(Layer::Entities) {
            return state_alias || state_elsewhere;
        }
        if !e.capital {
            return false;
        }
        if prev_locative {
            return false;
        }
        let Some(next) = self.words.get(m.end) else {
            return false;
        };
        if next.gap != Gap::Space || self.words[m.end - 1].possessive {
            return false;
        }
        is(VERB_AFTER, &next.key)
    }

    /// "<city> airport", "<city> port": a site at the city.
    fn site_pattern(&self, m: &Match, entry: EntryId) -> Option<Occurrence> {
        let e = self.g.entry(entry);
        if !matches!(e.kind, EntryKind::City | EntryKind::Admin1) {
            return None;
        }
        let end = self.site_suffix(m)?;
        let span = self.words[m.first].span.cover(self.words[end - 1].span);
        // "the Preah Vihear temple": a shrine named for a division lies
        // somewhere in it, not at its capital
        let shrine = matches!(self.key(end - 1), "temple" | "shrine");
        let at = if shrine && e.kind == EntryKind::Admin1 {
            entry
        } else {
            e.city.unwrap_or(entry)
        };
        Some(Occurrence {
            target: Target::Unlisted {
                kind: PlaceKind::Site,
                key: format!("{}@{at}", self.key(end - 1)),
                at: Some(at),
            },
            span,
            full: None,
        })
    }

    /// "the village of Novaya Zarya": a settlement too small for the
    /// gazetteer, placed in the division named right after it ("in the
    /// Donetsk region") or left for the article's main country.
    fn settlements(&self, accepted: &[(Match, EntryId, bool)]) -> Vec<Occurrence> {
        let mut out = self.named_settlements(accepted);
        for i in 0..self.words.len().saturating_sub(2) {
            if !is(SETTLEMENTS, self.key(i)) || self.words[i].cap || self.key(i + 1) != "of" {
                continue;
            }
            let first = i + 2;
            if !self.words[first].cap
                || self.blocked[first] != Block::Free
                || accepted.iter().any(|(m, _, _)| m.first == first)
            {
                continue;
            }
            let mut end = first + 1;
            while end < self.words.len() && self.words[end].gap != Gap::Other && self.words[end].cap
            {
                end += 1;
            }
            let span = self.words[first].span.cover(self.words[end - 1].span);
            let division = accepted
                .iter()
                .filter(|(m, e, _)| {
                    m.first > end
                        && m.first <= end + 3
                        && self.g.entry(*e).kind == EntryKind::Admin1
                })
                .map(|(_, e, _)| *e)
                .next();
            // "the town of X in central Somalia": at least its country;
            // "the Somali town of X": the country of the demonym.
            let demonym = i
                .checked_sub(1)
                .filter(|&p| self.words[p].cap)
                .and_then(|p| self.g.demonym(self.key(p)));
            let within = division.or_else(|| self.stated_container(end)).or(demonym);
            out.push(Occurrence {
                target: Target::Unlisted {
                    key: crate::geo::text::name_key(&self.text[span.range()]),
                    kind: PlaceKind::City,
                    at: within,
                },
                span,
                full: Some(self.words[i].span.cover(span)),
            });
        }
        out
    }

    /// "in Pazigyi village", "near Kalma camp": a capitalised name before a
    /// lower-case settlement noun, after a location cue, is an unlisted
    /// settlement (in the division or country a following "in X" names).
    fn named_settlements(&self, accepted: &[(Match, EntryId, bool)]) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for k in 1..self.words.len() {
            let w = &self.words[k];
            // A province or zone the gazetteer's first-level divisions do
            // not hold is a lower one ("Soum province" of a region).
            let kind = match self.key(k) {
                "village" | "town" | "hamlet" | "camp" | "island" => PlaceKind::City,
                "district" | "tehsil" | "subdistrict" | "county" | "province" | "zone" => {
                    PlaceKind::Admin2
                }
                "area" | "region" | "sector" => PlaceKind::Region,
                "neighborhood" | "neighbourhood" | "quarter" => PlaceKind::Site,
                "villages" | "towns" => PlaceKind::City,
                "districts" | "counties" | "provinces" | "zones" => PlaceKind::Admin2,
                "regions" => PlaceKind::Region,
                _ => continue,
            };
            if w.cap || w.gap != Gap::Space {
                continue;
            }
            if self.key(k).ends_with('s') {
                out.extend(self.coordinated_divisions(k, kind, accepted));
                continue;
            }
            // "Khyber district deputy commissioner": a district's office
            // names the district, even in the sentence's first word.
            let office = kind == PlaceKind::Admin2
                && self
                    .words
                    .get(k + 1)
                    .is_some_and(|n| is(DISTRICT_OFFICES, &n.key));
            // "the Solino neighborhood of Port-au-Prince": a part of the
            // city named after it.
            let city_after = (kind == PlaceKind::Site && self.key(k + 1) == "of")
                .then(|| {
                    accepted
                        .iter()
                        .find(|(m, e, _)| {
                            m.first == k + 2 && self.g.entry(*e).kind == EntryKind::City
                        })
                        .map(|(_, e, _)| *e)
                })
                .flatten();
            let end = k;
            let mut first = k;
            while first > 0
                && self.words[first - 1].cap
                && !self.words[first - 1].possessive
                && (!self.words[first - 1].starts_sentence
                    || office && first == end && !is(FUNCTION_WORDS, self.key(first - 1)))
                && self.blocked[first - 1] == Block::Free
                && (first == end || self.words[first].gap != Gap::Other)
            {
                first -= 1;
            }
            // "in Bajaur district", "in the Mamund area"
            // "in Colombia's X region": through "the" or a possessive name
            let cued = office
                || city_after.is_some()
                || first > 0
                    && (is(LOC_CUES, self.key(first - 1))
                        || ((self.key(first - 1) == "the" || self.words[first - 1].possessive)
                            && first > 1
                            && is(LOC_CUES, self.key(first - 2))));
            // "the mayor of Dakar's Medina district": a part of the city
            // or country whose possessive name comes before it
            let owner = first.checked_sub(1).and_then(|l| self.possessive_place(l));
            let cued = cued || owner.is_some();
            // "the Somali town of X": a demonym describes the settlement
            // named after "of".
            let demonym = end - first == 1 && self.g.demonym(self.key(first)).is_some();
            if first == end
                || !cued
                || demonym
                || end - first > 3
                || accepted
                    .iter()
                    .any(|(m, _, _)| m.first < end && m.end > first)
            {
                continue;
            }
            let mut span = self.words[first].span.cover(self.words[end - 1].span);
            // a district or an island is named with its noun ("Mohmand
            // district", "Yonaguni island")
            if kind == PlaceKind::Admin2 || self.key(k) == "island" {
                span = span.cover(w.span);
            }
            out.push(Occurrence {
                target: Target::Unlisted {
                    key: crate::geo::text::name_key(&self.text[span.range()]),
                    kind,
                    at: city_after
                        .or(owner)
                        .or_else(|| self.stated_container(end + 1)),
                },
                span,
                full: Some(span.cover(w.span)),
            });
        }
        out
    }

    /// "in Soum and Loroum provinces", "in the Bam, Nord and Sanmatenga
    /// districts": a plural kind noun after coordinated names makes each
    /// name a place of that kind (unless the gazetteer holds it already).
    fn coordinated_divisions(
        &self,
        k: usize,
        kind: PlaceKind,
        accepted: &[(Match, EntryId, bool)],
    ) -> Vec<Occurrence> {
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut end = k;
        loop {
            let mut first = end;
            while first > 0
                && self.words[first - 1].cap
                && !self.words[first - 1].starts_sentence
                && self.blocked[first - 1] != Block::Hard
                && end - first < 3
                && (first == end || self.words[first].gap != Gap::Other)
            {
                first -= 1;
            }
            if first == end {
                return Vec::new();
            }
            names.push((first, end));
            // ", " or " and " before this name, and a name before that
            let sep = first.checked_sub(1).map(|b| self.key(b));
            let comma = self.words[first].comma_before;
            if sep == Some("and") && first >= 2 {
                end = first - 1;
            } else if comma && names.len() == 1 {
                return Vec::new();
            } else if comma {
                end = first;
            } else {
                break;
            }
        }
        let first = names.last().map_or(k, |n| n.0);
        let cued = first > 0
            && (is(LOC_CUES, self.key(first - 1))
                || self.key(first - 1) == "the" && first > 1 && is(LOC_CUES, self.key(first - 2)));
        if names.len() < 2 || !cued {
            return Vec::new();
        }
        let mut out = Vec::new();
        for &(first, end) in names.iter().rev() {
            let listed = accepted
                .iter()
                .any(|(m, _, _)| m.first < end && m.end > first);
            if listed || self.g.demonym(self.key(first)).is_some() {
                continue;
            }
            let span = self.words[first].span.cover(self.words[end - 1].span);
            // a division is known by its name with its noun ("Soum
            // province"), as where it is named alone
            let mut name = self.text[span.range()].to_string();
            if kind == PlaceKind::Admin2 {
                let noun = self.key(k);
                let singular = match noun.strip_suffix("ies") {
                    Some(stem) => format!("{stem}y"),
                    None => noun.strip_suffix('s').unwrap_or(noun).to_string(),
                };
                name = format!("{name} {singular}");
            }
            out.push(Occurrence {
                target: Target::Unlisted {
                    key: crate::geo::text::name_key(&name),
                    kind,
                    at: self.stated_container(k + 1),
                },
                span,
                full: None,
            });
        }
        out
    }

    /// "results from Northern Province" in an article about Zambia: a
    /// division written with its capitalised kind word is the article's
    /// country's division of the shorter name ("Northern") when the full
    /// name belongs only to divisions of countries the article is not about.
    fn divisions_of_the_article(&self, matches: &mut [Match<'static>]) {
        for m in matches.iter_mut() {
            let last = m.end - 1;
            if m.end - m.first < 2 || !self.words[last].cap || !is(ADMIN_AFTER, self.key(last)) {
                continue;
            }
            let about = |refs: &[NameRef]| {
                refs.iter().any(|r| {
                    let e = self.g.entry(r.entry);
                    e.kind == EntryKind::Admin1 && self.focus_share(e.country) > 0.0
                })
            };
            if about(m.refs) {
                continue;
            }
            let shorter = self.g.lookup(&self.ngram_key(m.first, last));
            if about(shorter) {
                m.refs = shorter;
            }
        }
    }

    /// "the Greater and Lesser Tunb islands", "North and South Korea": a
    /// name word coordinated before a listed name that shares its head.
    fn shared_heads(&self, accepted: &[(Match, EntryId, bool)]) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for (m, entry, metonym) in accepted {
            if *metonym || m.end - m.first < 2 || m.first < 2 || self.key(m.first - 1) != "and" {
                continue;
            }
            let w = m.first - 2;
            if !self.words[w].cap || self.blocked[w] == Block::Hard {
                continue;
            }
            let mut key = self.words[w].key.clone();
            for j in m.first + 1..m.end {
                key.push(' ');
                key.push_str(&self.words[j].key);
            }
            let country = self.g.entry(*entry).country;
            let kind = self.g.entry(*entry).kind;
            let refs = self.g.lookup(&key);
            let pick = refs
                .iter()
                .filter(|r| self.g.entry(r.entry).kind == kind)
                .max_by_key(|r| (self.g.entry(r.entry).country == country, r.primary));
            if let Some(r) = pick {
                out.push(Occurrence {
                    target: Target::Entry(r.entry),
                    span: self.words[w].span,
                    full: None,
                });
            }
        }
        out
    }

    /// "in Bajaur district … raids in Bajaur": a settlement or district the
    /// text has introduced with its noun is the same place wherever its
    /// name recurs on its own (not inside another name).
    fn repeat_unlisted(&self, occ: &mut Vec<Occurrence>, accepted: &[(Match, EntryId, bool)]) {
        let mut extra = Vec::new();
        for o in occ.iter() {
            let Target::Unlisted { kind, .. } = &o.target else {
                continue;
            };
            if !matches!(
                kind,
                PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Region
            ) {
                continue;
            }
            let mut words = self.words_within(o.span);
            // without its noun ("Bajaur district" recurs as "Bajaur")
            if words.len() > 1 && !self.words[words.end - 1].cap {
                words.end -= 1;
            }
            let len = words.len();
            if len == 0 {
                continue;
            }
            for first in 0..self.words.len().saturating_sub(len - 1) {
                let end = first + len;
                let same =
                    (0..len).all(|j| self.words[first + j].key == self.words[words.start + j].key);
                if !same
                    || first == words.start
                    || !self.words[first].cap
                    || !self.chained(first, end)
                    || self.blocked[first..end].iter().any(|b| *b != Block::Free)
                    || self.part_of_name(&Match {
                        first,
                        end,
                        refs: &[],
                    })
                    || accepted
                        .iter()
                        .any(|(m, _, _)| m.first < end && m.end > first)
                {
                    continue;
                }
                let span = self.words[first].span.cover(self.words[end - 1].span);
                if occ
                    .iter()
                    .chain(extra.iter())
                    .any(|x: &Occurrence| x.span.start < span.end && span.start < x.span.end)
                {
                    continue;
                }
                extra.push(Occurrence {
                    target: o.target.clone(),
                    span,
                    full: None,
                });
            }
        }
        occ.extend(extra);
    }

    /// "from Berkaber, Voskepar and Baghanis": the last name of a list
    /// whose two items before it are unlisted settlements is one too, even
    /// where the recogniser took it for a person.
    fn listed_settlements(&self, occ: &mut Vec<Occurrence>, accepted: &[(Match, EntryId, bool)]) {
        let settlement = |o: &Occurrence| {
            matches!(
                o.target,
                Target::Unlisted {
                    kind: PlaceKind::City,
                    ..
                }
            )
        };
        let mut extra = Vec::new();
        for a in occ.iter().filter(|o| settlement(o)) {
            let wa = self.words_within(a.span);
            let Some(b) = occ.iter().filter(|o| settlement(o)).find(|o| {
                let wb = self.words_within(o.span);
                wb.start == wa.end && self.words[wb.start].comma_before
            }) else {
                continue;
            };
            let wb = self.words_within(b.span);
            let and = wb.end;
            if !matches!(self.key(and), "and" | "or") {
                continue;
            }
            let first = and + 1;
            let Some(w) = self.words.get(first) else {
                continue;
            };
            if !w.cap || w.gap != Gap::Space || self.headline[first] {
                continue;
            }
            let mut end = first + 1;
            while end < self.words.len() && self.words[end].gap == Gap::Space && self.words[end].cap
            {
                end += 1;
            }
            let span = self.words[first].span.cover(self.words[end - 1].span);
            let taken = accepted
                .iter()
                .any(|(m, _, _)| m.first < end && m.end > first)
                || occ
                    .iter()
                    .any(|o| o.span.start < span.end && span.start < o.span.end)
                || self.blocked[first..end].contains(&Block::Soft);
            if taken {
                continue;
            }
            let at = match &b.target {
                Target::Unlisted { at, .. } => *at,
                _ => None,
            };
            extra.push(Occurrence {
                target: Target::Unlisted {
                    key: crate::geo::text::name_key(&self.text[span.range()]),
                    kind: PlaceKind::City,
                    at,
                },
                span,
                full: None,
            });
        }
        occ.extend(extra);
    }

    /// "the airport in Goma": a site at that city (the city stays a place).
    fn sites_in(&self, accepted: &[(Match, EntryId, bool)]) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for (m, entry, _) in accepted {
            let e = self.g.entry(*entry);
            if e.kind != EntryKind::City || m.first < 2 || self.key(m.first - 1) != "in" {
                continue;
            }
            let h = m.first - 2;
            let head = self.key(h);
            let is_head = SITE_AFTER.iter().any(|p| p.last() == Some(&head)) && !self.words[h].cap;
            if !is_head
                || self.words[h + 1].gap != Gap::Space
                || self.words[m.first].gap != Gap::Space
            {
                continue;
            }
            out.push(Occurrence {
                target: Target::Unlisted {
                    kind: PlaceKind::Site,
                    key: format!("{head}@{entry}"),
                    at: Some(*entry),
                },
                span: self.words[h].span.cover(self.words[m.end - 1].span),
                full: None,
            });
        }
        out
    }

    /// "the US Embassy (in Kabul)": a site in the named city, or else in the
    /// capital of the country the article is most about (other than the
    /// embassy's own).
    fn missions(&self, accepted: &[(Match, EntryId, bool)]) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for (i, w) in self.words.iter().enumerate() {
            if !is(MISSIONS, &w.key) || i == 0 || w.gap != Gap::Space {
                continue;
            }
            let p = &self.words[i - 1];
            let owner = self.g.demonym(&p.key).or_else(|| {
                accepted
                    .iter()
                    .find(|(m, e, _)| m.end == i && self.g.entry(*e).kind == EntryKind::Country)
                    .map(|(_, e, _)| *e)
            });
            let Some(owner) = owner else { continue };
            let first = accepted
                .iter()
                .find(|(m, _, _)| m.end == i)
                .map_or(i - 1, |(m, _, _)| m.first);
            // "The US Embassy (in Kabul) said": the mission speaks as an
            // actor, unless a location cue places something there
            let mut after = i + 1;
            if self.key(after) == "in" {
                if let Some((m, _, _)) = accepted.iter().find(|(m, _, _)| m.first == after + 1) {
                    after = m.end;
                }
            }
            let speaks = self
                .words
                .get(after)
                .is_some_and(|w| w.gap == Gap::Space && is(VERB_AFTER, &w.key));
            let before = first.checked_sub(1).map(|p| {
                if self.key(p) == "the" {
                    p.checked_sub(1)
                } else {
                    Some(p)
                }
            });
            let cued = before.flatten().is_some_and(|p| is(LOC_CUES, self.key(p)));
            if speaks && !cued {
                continue;
            }
            let span = self.words[first].span.cover(w.span);
            // "in <city>" right after
            let host = (self.key(i + 1) == "in")
                .then(|| {
                    accepted.iter().find(|(m, e, _)| {
                        m.first == i + 2 && self.g.entry(*e).kind == EntryKind::City
                    })
                })
                .flatten()
                .map(|(_, e, _)| *e);
            let host = host.or_else(|| {
                let mut ranked: Vec<(&EntryId, &f64)> =
                    self.focus.iter().filter(|(c, _)| **c != owner).collect();
                ranked.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
                ranked
                    .first()
                    .map(|(c, _)| self.g.entry(**c).city.unwrap_or(**c))
            });
            let key = crate::geo::text::name_key(&self.text[span.range()]);
            out.push(Occurrence {
                target: Target::Unlisted {
                    key,
                    kind: PlaceKind::Site,
                    at: host,
                },
                span,
                full: None,
            });
        }
        out
    }

    /// Sites from runs ("Plaza San Martin") lie in the nearest city named
    /// before them, else in the article's main country (country precision).
    fn locate_unplaced_sites(&self, occ: &mut [Occurrence], accepted: &[(Match, EntryId, bool)]) {
        let main_country = self
            .focus
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(c, _)| *c);
        // "SRINAGAR, India —" over a story about India and Pakistan: where
        // the article is about two countries about as much, a settlement
        // it locates nowhere else lies in the dateline's country.
        let top = self.focus.values().copied().fold(0.0, f64::max);
        let home = accepted
            .iter()
            .find(|(m, _, _)| {
                let w = &self.words[m.first];
                w.starts_line && w.upper && self.words.get(m.end).is_some_and(|n| n.comma_before)
            })
            .map(|(_, e, _)| self.g.entry(*e).country)
            .filter(|c| self.focus.get(c).is_some_and(|f| 2.0 * f >= top))
            .or(main_country);
        // Every listed place found, by where it starts.
        let listed: Vec<(u32, EntryId)> = occ
            .iter()
            .filter_map(|o| match o.target {
                Target::Entry(e) => Some((o.span.start, e)),
                _ => None,
            })
            .chain(
                accepted
                    .iter()
                    .map(|(m, e, _)| (self.words[m.first].span.start, *e)),
            )
            .collect();
        // The country of every place located so far, listed or not, by
        // where it starts ("Pakistan-administered Kashmir" lies in Pakistan).
        let countries: Vec<(u32, EntryId)> = listed
            .iter()
            .map(|&(w, e)| (w, e))
            .chain(occ.iter().filter_map(|o| match o.target {
                Target::Unlisted { at: Some(e), .. } => Some((o.span.start, e)),
                _ => None,
            }))
            .filter(|&(_, e)| self.g.entry(e).kind != EntryKind::Site)
            .filter(|&(w, _)| !self.neighbour_named(w))
            .map(|(w, e)| (w, self.g.entry(e).country))
            .collect();
        for o in occ.iter_mut() {
            if let Target::Unlisted {
                at: at @ None,
                kind: PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Region,
                ..
            } = &mut o.target
            {
                // "fleeing attacks on the town of Tawila": a settlement lies
                // in the country or division named last before it in its
                // sentence ("Sudan's Darfur region"), not in a city.
                let start = self.words.partition_point(|w| w.span.start < o.span.start);
                let sentence = (0..start)
                    .rev()
                    .find(|&k| self.words[k].starts_sentence)
                    .map_or(0, |k| self.words[k].span.start);
                // Else in the division of the main country named last
                // before it ("a village in the Sagaing region. … Pazigyi
                // village").
                let named_before = |from: u32, kinds: &[EntryKind]| {
                    listed
                        .iter()
                        .filter(|&&(w, e)| {
                            let e = self.g.entry(e);
                            w >= from
                                && w < o.span.start
                                && kinds.contains(&e.kind)
                                && (from == sentence || main_country.is_none_or(|c| e.country == c))
                        })
                        .max_by_key(|&&(w, _)| w)
                        .map(|&(_, e)| e)
                };
                // "… in the Kotli district of Pakistan-administered Kashmir.
                // Two men were killed in the village of Khuiratta": else in
                // the country of the place named last before it in its
                // paragraph.
                let paragraph = (0..start)
                    .rev()
                    .find(|&k| self.words[k].starts_line)
                    .map_or(0, |k| self.words[k].span.start);
                let in_paragraph = countries
                    .iter()
                    .filter(|&&(w, _)| w >= paragraph && w < o.span.start)
                    .max_by_key(|&&(w, _)| w)
                    .map(|&(_, c)| c);
                // (in the division of that country named before, if any)
                let division = named_before(0, &[EntryKind::Admin1]);
                let in_paragraph = in_paragraph.map(|c| {
                    division
                        .filter(|&d| self.g.entry(d).country == c)
                        .unwrap_or(c)
                });
                *at = named_before(sentence, &[EntryKind::Country, EntryKind::Admin1])
                    .or(in_paragraph)
                    .or(division)
                    .or(home);
                continue;
            }
            if let Target::Unlisted {
                at: at @ None, key, ..
            } = &mut o.target
            {
                let start = self.words.partition_point(|w| w.span.start < o.span.start);
                let sentence = (0..start)
                    .rev()
                    .find(|&k| self.words[k].starts_sentence)
                    .unwrap_or(0);
                let from = self.words.get(sentence).map_or(0, |w| w.span.start);
                let before = |kind: EntryKind| {
                    listed
                        .iter()
                        .filter(|&&(w, e)| {
                            w >= from && w < o.span.start && self.g.entry(e).kind == kind
                        })
                        .max_by_key(|&&(w, _)| w)
                        .map(|&(_, e)| e)
                };
                // "the Kagera River", "the Mabira forest": a natural
                // feature is no point at a city; it lies in the country its
                // sentence names, else the article's.
                // "their border in the Dangrek Mountains": one between two
                // countries its sentence names lies in neither
                if natural_feature(key) {
                    let mut named: Vec<EntryId> = listed
                        .iter()
                        .filter(|&&(w, e)| {
                            w >= from
                                && w < o.span.start
                                && self.g.entry(e).kind == EntryKind::Country
                        })
                        .map(|&(_, e)| e)
                        .collect();
                    named.sort_unstable();
                    named.dedup();
                    // ("The two countries dispute their border in …": a
                    // story about two countries as much)
                    let pair = self.focus.values().filter(|&&f| 2.0 * f >= top).count() >= 2;
                    let border = (sentence..start).any(|k| self.key(k) == "border");
                    if border && (named.len() >= 2 || pair) {
                        continue;
                    }
                    // "near the town of Amadiya and the slopes of Mount
                    // Gara": else in the country of the place named last
                    // before it in its sentence
                    let near = listed
                        .iter()
                        .filter(|&&(w, _)| w >= from && w < o.span.start)
                        .max_by_key(|&&(w, _)| w)
                        .map(|&(_, e)| self.g.entry(e).country);
                    // (else the dateline's country in a story of two)
                    *at = before(EntryKind::Country).or(near).or(home);
                    continue;
                }
                // "the Mandera-Bulo Hawo crossing": a joined name starting
                // with a town the article names by itself lies at that town
                let joined = self
                    .words
                    .get(start + 1)
                    .is_some_and(|w| w.gap == Gap::Hyphen);
                let named_for = accepted.iter().find(|(m, e, _)| {
                    m.end == m.first + 1
                        && self.key(m.first) == self.key(start)
                        && self.g.entry(*e).kind == EntryKind::City
                });
                if let Some((_, e, _)) = named_for.filter(|_| joined) {
                    *at = Some(*e);
                    continue;
                }
                // "A Brazilian minister hosted talks at the X Palace": a
                // building lies in the city its sentence names, else in
                // the last city named of the country its sentence names or
                // describes (not only the article's main country).
                let city_of = |c: EntryId| {
                    accepted
                        .iter()
                        .rfind(|(m, e, _)| {
                            let e = self.g.entry(*e);
                            e.kind == EntryKind::City && e.country == c && {
                                let w = self.words[m.first].span.start;
                                w < o.span.start
                            }
                        })
                        .map(|(_, e, _)| *e)
                };
                // "The Algerian minister and his Nigerien counterpart
                // signed at the X palace" after "talks in Algiers": of the
                // countries the sentence describes, one with a city named
                // before, else the nearest
                let demonyms: Vec<EntryId> = (sentence..start)
                    .rev()
                    .filter_map(|k| self.g.demonym(&self.words[k].key))
                    .collect();
                let demonym = demonyms
                    .iter()
                    .copied()
                    .find(|&c| city_of(c).is_some())
                    .or(demonyms.first().copied());
                let country = before(EntryKind::Country).or(demonym);
                let located = before(EntryKind::City)
                    .or_else(|| country.and_then(city_of))
                    .or(country.filter(|c| main_country != Some(*c)));
                if located.is_some() {
                    *at = located;
                    continue;
                }
                let city = accepted
                    .iter()
                    .rfind(|(m, e, _)| {
                        let e = self.g.entry(*e);
                        self.words[m.first].span.start < o.span.start
                            && e.kind == EntryKind::City
                            && main_country.is_none_or(|c| e.country == c)
                    })
                    .map(|(_, e, _)| *e);
                *at = city.or(main_country);
            }
        }
    }

    fn occurrence(&self, m: &Match, entry: EntryId) -> Occurrence {
        let span = self.words[m.first].span.cover(self.words[m.end - 1].span);
        Occurrence {
            target: Target::Entry(entry),
            span,
            full: self.full_span(m),
        }
    }

    /// One place per target, with every span and surface form.
    fn places(&self, mut occ: Vec<Occurrence>) -> Vec<Place> {
        occ.sort_by_key(|o| o.span);
        let mut order: Vec<Target> = Vec::new();
        let mut groups: HashMap<String, Vec<Occurrence>> = HashMap::new();
        for o in occ {
            let k = match &o.target {
                Target::Entry(e) => format!("e{e}"),
                Target::Unlisted { key, .. } => format!("s{key}"),
                Target::Region(r) => format!("r{r}"),
            };
            if !groups.contains_key(&k) {
                order.push(o.target.clone());
            }
            groups.entry(k).or_default().push(o);
        }
        let mut out = Vec::new();
        for t in order {
            let k = match &t {
                Target::Entry(e) => format!("e{e}"),
                Target::Unlisted { key, .. } => format!("s{key}"),
                Target::Region(r) => format!("r{r}"),
            };
            let Some(os) = groups.remove(&k) else {
                continue;
            };
            out.push(self.place(&t, &os));
        }
        out
    }

    fn place(&self, t: &Target, os: &[Occurrence]) -> Place {
        let g = self.g;
        let surface = |s: Span| {
            let text = &self.text[s.range()];
            let text = text
                .strip_prefix("the ")
                .or_else(|| text.strip_prefix("The "))
                .unwrap_or(text);
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let mut names: Vec<String> = Vec::new();
        for o in os {
            let s = surface(o.span);
            if !names.contains(&s) {
                names.push(s);
            }
        }
        // a dateline in capitals ("KYIV") is named in title case ("Kyiv"),
        // unless the text also writes it in mixed case
        let shouting = |n: &str| n.chars().count() > 3 && !n.chars().any(char::is_lowercase);
        if let (Some(first), true) = (names.first(), names.iter().all(|n| shouting(n))) {
            let title = first
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map_or(String::new(), |c| {
                        c.to_uppercase()
                            .chain(cs.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ");
            names.insert(0, title);
        }
        let all = names.clone();
        names.retain(|n| !shouting(n));
        // the fullest form used in the text is the name, preferring a
        // compact one ("Goma airport") over a phrase ("airport in Goma")
        let name = names
            .iter()
            .max_by_key(|n| {
                let phrase = n.contains(" in ") || n.contains(" of ");
                let first = names.iter().position(|x| x == *n);
                (!phrase, n.chars().count(), std::cmp::Reverse(first))
            })
            .cloned()
            .unwrap_or_default();
        // "Duhok province", where the gazetteer knows "Duhok" only as the
        // capital's name: the division goes by the name with its noun
        let with_noun = match t {
            Target::Entry(id)
                if g.entry(*id).kind == EntryKind::Admin1
                    && !g
                        .lookup(&crate::geo::text::name_key(&name))
                        .iter()
                        .any(|r| r.entry == *id) =>
            {
                os.iter()
                    .filter_map(|o| o.full)
                    .map(surface)
                    .find(|f| f.starts_with(name.as_str()))
            }
            _ => None,
        };
        // a name written in part ("Greater" of "the Greater and Lesser Tunb
        // islands") is not one of the entry's names: the entry's own is
        let name = match (t, with_noun) {
            (_, Some(n)) => n,
            (Target::Entry(id), None)
                if name.split(' ').count() < g.entry(*id).name.split(' ').count()
                    && !g
                        .lookup(&crate::geo::text::name_key(&name))
                        .iter()
                        .any(|r| r.entry == *id) =>
            {
                g.entry(*id).name.clone()
            }
            _ => name,
        };
        let mut aliases: Vec<String> = all.into_iter().filter(|n| *n != name).collect();
        for o in os {
            if let Some(f) = o.full {
                let s = surface(f);
                if s != name && !aliases.contains(&s) {
                    aliases.push(s);
                }
            }
        }
        aliases.sort();
        let spans: Vec<Span> = os.iter().map(|o| o.span).collect();
        let admin1_name = |e: EntryId| g.entry(e).admin1.map(|a| g.entry(a).name.clone());
        match t {
            Target::Entry(id) => {
                let e = g.entry(*id);
                let (kind, precision) = match e.kind {
                    EntryKind::Country => (PlaceKind::Country, Precision::Country),
                    EntryKind::Admin1 => (PlaceKind::Admin1, Precision::Admin1),
                    EntryKind::City => (PlaceKind::City, Precision::City),
                    EntryKind::Site => (PlaceKind::Site, Precision::Site),
                };
                Place {
                    name,
                    aliases,
                    kind,
                    country: Some(g.iso3(*id).to_string()),
                    admin1: if e.kind == EntryKind::Country {
                        None
                    } else {
                        admin1_name(*id)
                    },
                    lat: Some(e.lat),
                    lon: Some(e.lon),
                    precision,
                    gazetteer_id: Some(e.id.clone()),
                    spans,
                }
            }
            Target::Region(index) => {
                let region = &g.regions[*index];
                Place {
                    name,
                    aliases,
                    kind: PlaceKind::Region,
                    country: region.country.map(|c| g.iso3(c).to_string()),
                    admin1: None,
                    lat: None,
                    lon: None,
                    precision: Precision::Country,
                    gazetteer_id: Some(region.id.clone()),
                    spans,
                }
            }
            Target::Unlisted { at, kind, .. } => {
                let at = at.map(|a| g.entry(a));
                // coordinates only when it lies in a city: a division's or a
                // country's would be a made-up centroid
                let located = at.filter(|a| matches!(a.kind, EntryKind::City | EntryKind::Site));
                Place {
                    name,
                    aliases,
                    kind: *kind,
                    country: at.map(|a| g.iso3(a.country).to_string()),
                    admin1: at.and_then(|a| a.admin1).map(|a| g.entry(a).name.clone()),
                    lat: located.map(|a| a.lat),
                    lon: located.map(|a| a.lon),
                    precision: match at.map(|a| a.kind) {
                        Some(EntryKind::City | EntryKind::Site) => Precision::City,
                        Some(EntryKind::Admin1) => Precision::Admin1,
                        _ => Precision::Country,
                    },
                    gazetteer_id: None,
                    spans,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_core::Article;

    fn places(text: &str) -> Vec<Place> {
        let mut doc = Doc::new(Article {
            id: "t".into(),
            text: text.into(),
            ..Article::default()
        });
        Geocoder::new().expect("geocoder builds").annotate(&mut doc);
        doc.places
    }

    fn find<'p>(ps: &'p [Place], name: &str) -> Option<&'p Place> {
        ps.iter()
            .find(|p| p.name == name || p.aliases.iter().any(|a| a == name))
    }

    /// The first place of kind `kind`.
    fn first_of(ps: &[Place], kind: PlaceKind) -> Option<&Place> {
        ps.iter().find(|p| p.kind == kind)
    }

    /// The country of the place named `name`, if it was found.
    fn country_of<'p>(ps: &'p [Place], name: &str) -> Option<&'p str> {
        find(ps, name).and_then(|p| p.country.as_deref())
    }

    #[test]
    fn country_and_city_with_cue() {
        let ps = places("Rebels attacked a checkpoint near Kandahar in southern Afghanistan.");
        let k = find(&ps, "Kandahar").expect("Kandahar found");
        assert_eq!(k.kind, PlaceKind::City);
        assert_eq!(k.country.as_deref(), Some("AFG"));
        assert_eq!(k.precision, Precision::City);
        let a = find(&ps, "Afghanistan").expect("Afghanistan found");
        assert_eq!(a.kind, PlaceKind::Country);
    }

    #[test]
    fn division_cues_pick_admin1() {
        let ps = places("Fighters took a district in Herat province and the province of Laghman.");
        let h = find(&ps, "Herat").expect("Herat found");
        assert_eq!(h.kind, PlaceKind::Admin1);
        assert!(
            h.aliases.contains(&"Herat province".to_string()),
            "{:?}",
            h.aliases
        );
        let l = find(&ps, "Laghman").expect("Laghman found");
        assert_eq!(l.kind, PlaceKind::Admin1);
        assert_eq!(l.country.as_deref(), Some("AFG"));
        assert!(l.aliases.contains(&"province of Laghman".to_string()));
    }

    #[test]
    fn bare_name_prefers_the_city_over_its_province() {
        let ps = places("Talks resumed in Herat on Monday.");
        let h = find(&ps, "Herat").expect("Herat found");
        assert_eq!(h.kind, PlaceKind::City);
    }

    #[test]
    fn a_division_outranks_a_small_town_of_its_name() {
        let ps = places("The governor of Texas sent troops to the border.");
        assert_eq!(
            find(&ps, "Texas").map(|p| p.kind),
            Some(PlaceKind::Admin1),
            "{ps:?}"
        );
    }

    #[test]
    fn saint_abbreviations_stay_in_the_name() {
        let ps = places("An economic forum opened in St. Petersburg on Friday.");
        let p = find(&ps, "St. Petersburg").expect("found with its abbreviation");
        assert_eq!(p.country.as_deref(), Some("RUS"));
        // "Saint" written "St" inside a country name with "and"
        let ps = places("Envoys from St Vincent and the Grenadines and St. Kitts and Nevis met.");
        assert_eq!(
            country_of(&ps, "St Vincent and the Grenadines"),
            Some("VCT"),
            "{ps:?}"
        );
        assert_eq!(
            country_of(&ps, "St. Kitts and Nevis"),
            Some("KNA"),
            "{ps:?}"
        );
    }

    #[test]
    fn a_country_s_division_named_like_a_cross_border_region_is_the_division() {
        for text in [
            "Drought hit herders in Burkina Faso's Sahel region and across the Sahel.",
            "Drought hit herders in the Sahel region of Burkina Faso and across the Sahel.",
        ] {
            let ps = places(text);
            let d = first_of(&ps, PlaceKind::Admin1).expect("the division");
            assert_eq!(d.country.as_deref(), Some("BFA"), "{ps:?}");
            assert!(
                ps.iter().any(|p| p.kind == PlaceKind::Region),
                "the region: {ps:?}"
            );
        }
    }

    #[test]
    fn containment_picks_the_homonym() {
        let ps = places("Protesters gathered in Lima, Ohio, on Friday.");
        assert_eq!(country_of(&ps, "Lima"), Some("USA"));
        let ps = places("Protesters gathered in Lima, Peru, on Friday.");
        assert_eq!(country_of(&ps, "Lima"), Some("PER"));
    }

    #[test]
    fn article_countries_pick_the_homonym() {
        let ps =
            places("Lebanon's army deployed in Tripoli after clashes. Lebanon called for calm.");
        assert_eq!(country_of(&ps, "Tripoli"), Some("LBN"));
        let ps = places("Libya's rival governments met in Tripoli. Libya remains divided.");
        assert_eq!(country_of(&ps, "Tripoli"), Some("LBY"));
    }

    #[test]
    fn capitals_as_subjects_are_metonyms() {
        let ps = places("Moscow has not agreed to the plan, and Washington says it will wait.");
        assert!(find(&ps, "Moscow").is_none(), "{ps:?}");
        assert!(find(&ps, "Washington").is_none(), "{ps:?}");
        let ps = places("The delegates arrived in Moscow on Tuesday.");
        assert!(find(&ps, "Moscow").is_some());
    }

    #[test]
    fn a_country_naming_a_gulf_is_no_place() {
        let ps = places("The navy detained 23 fishermen in the Gulf of Thailand on Sunday.");
        assert!(find(&ps, "Thailand").is_none(), "{ps:?}");
    }

    #[test]
    fn a_region_describing_a_state_is_no_place() {
        let ps = places("Talks were brokered by Qatar, the Gulf state's foreign ministry said.");
        assert!(find(&ps, "Gulf").is_none(), "{ps:?}");
    }

    #[test]
    fn a_demonym_before_a_settlement_noun_gives_its_country() {
        let ps = places(
            "Nairobi said its jets struck camps near the Ugandan town of Kabwoya. \
             Kenya denied it.",
        );
        assert!(find(&ps, "Ugandan").is_none(), "{ps:?}");
        let t = find(&ps, "Kabwoya").expect("Kabwoya found");
        assert_eq!(t.country.as_deref(), Some("UGA"));
    }

    #[test]
    fn demonyms_are_not_places() {
        let ps = places("Qatari officials hosted talks in the Qatari capital of Doha.");
        assert!(find(&ps, "Qatari").is_none());
        assert!(find(&ps, "Qatar").is_none());
        let d = find(&ps, "Doha").expect("Doha found");
        assert_eq!(d.country.as_deref(), Some("QAT"));
    }

    #[test]
    fn joined_numbered_or_unknown_names_before_a_route_or_market_are_one_site() {
        let ps = places(
            "Gunmen stopped buses on the Kano-Zaria highway in Nigeria. Traders at the \
             Mile 12 market in Lagos protested. Guards shut the Dorvan Kesh crossing. \
             Troops massed on the Iran-Iraq border.",
        );
        for name in [
            "Kano-Zaria highway",
            "Mile 12 market",
            "Dorvan Kesh crossing",
        ] {
            let site = find(&ps, name).unwrap_or_else(|| panic!("{name} found: {ps:?}"));
            assert_eq!(site.kind, PlaceKind::Site);
            assert_eq!(site.country.as_deref(), Some("NGA"), "{name}");
        }
        for part in ["Kano", "Zaria", "Mile"] {
            assert!(find(&ps, part).is_none(), "{part} is part of a site name");
        }
        assert!(
            find(&ps, "Iran").is_some(),
            "two countries' border is no site"
        );
        let ps = places(
            "Police in Mandera, Kenya, said gunmen fled across the Mandera-Dolo Bur crossing.",
        );
        let site = find(&ps, "Mandera-Dolo Bur crossing").expect("crossing found");
        let town = find(&ps, "Mandera").expect("town found");
        assert_eq!((site.lat, site.country.as_deref()), (town.lat, Some("KEN")));
    }

    #[test]
    fn a_capital_s_name_is_the_capital_not_another_city_s_old_name() {
        let ps = places(
            "Bangladesh wants more ships to dock in Chittagong, Bangladesh's main port. \
             Bangladesh and Pakistan will hold their next talks in Islamabad.",
        );
        assert_eq!(country_of(&ps, "Islamabad"), Some("PAK"), "{ps:?}");
    }

    #[test]
    fn a_possessor_city_rules_out_homonyms_abroad() {
        // no Medina in Senegal is listed: not the Saudi city, but a
        // district of Dakar
        let ps = places("The mayor of Dakar's Medina district was jailed on Monday.");
        assert!(
            ps.iter().all(|p| p.country.as_deref() != Some("SAU")),
            "{ps:?}"
        );
        assert_eq!(country_of(&ps, "Medina district"), Some("SEN"), "{ps:?}");
        let ps = places("Police fired tear gas in the Medina, Dakar's old quarter, on Monday.");
        assert!(
            ps.iter().all(|p| p.country.as_deref() != Some("SAU")),
            "{ps:?}"
        );
    }

    #[test]
    fn a_lower_case_feature_noun_makes_a_natural_feature() {
        let ps = places(
            "RABAT, Morocco -- Villages at the foot of the Rif Atlas mountains were cut off. Floods hit the Souss plains.",
        );
        assert_eq!(
            country_of(&ps, "Rif Atlas mountains"),
            Some("MAR"),
            "{ps:?}"
        );
        assert_eq!(country_of(&ps, "Souss plains"), Some("MAR"), "{ps:?}");
    }

    #[test]
    fn india_s_union_territories_are_first_level_divisions() {
        for (text, name) in [
            (
                "Troops were moved to forward posts in Ladakh on Monday.",
                "Ladakh",
            ),
            (
                "Fishermen were stranded in Lakshadweep, India said.",
                "Lakshadweep",
            ),
        ] {
            let ps = places(text);
            let p = find(&ps, name).unwrap_or_else(|| panic!("{name}: {ps:?}"));
            assert_eq!(p.country.as_deref(), Some("IND"), "{ps:?}");
            assert_eq!(p.kind, PlaceKind::Admin1, "{ps:?}");
        }
    }

    #[test]
    fn a_valley_in_one_country_has_that_country() {
        let ps = places("Soldiers clashed near the Galwan Valley in January.");
        assert_eq!(country_of(&ps, "Galwan Valley"), Some("IND"), "{ps:?}");
    }

    #[test]
    fn a_possessor_country_rules_out_a_division_of_the_name_abroad() {
        let ps = places("Separatists attacked a village in Cameroon's East region on Monday.");
        assert_eq!(country_of(&ps, "East"), Some("CMR"), "{ps:?}");
    }

    #[test]
    fn airports_and_ports_are_sites() {
        let ps = places("Troops will guard the Kabul airport while ships wait at Hudaydah port.");
        let a = find(&ps, "Kabul airport").expect("airport found");
        assert_eq!(a.kind, PlaceKind::Site);
        assert_eq!(a.precision, Precision::Site);
        let p = find(&ps, "Hudaydah port").expect("port found");
        assert_eq!(p.kind, PlaceKind::Site);
        assert_eq!(p.country.as_deref(), Some("YEM"));
        assert_eq!(p.precision, Precision::City);
        assert!(
            find(&ps, "Kabul").is_none(),
            "the city inside a site name is not a place by itself"
        );
    }

    #[test]
    fn the_airport_in_a_city_is_one_site_with_its_other_name() {
        let ps = places("Rebels seized the airport in Goma. Flights to Goma airport stopped.");
        let a = find(&ps, "Goma airport").expect("airport found");
        assert!(
            a.aliases
                .iter()
                .chain([&a.name])
                .any(|n| n == "airport in Goma"),
            "{a:?}"
        );
        assert_eq!(a.country.as_deref(), Some("COD"));
        assert!(find(&ps, "Goma").is_some(), "'in Goma' names the city too");
    }

    #[test]
    fn shared_country_names_follow_the_article() {
        let ps = places("Fighting spread from Kinshasa to the east. Congo's army fled.");
        assert_eq!(country_of(&ps, "Congo"), Some("COD"));
    }

    #[test]
    fn unlisted_settlements_keep_what_is_known() {
        let ps = places(
            "Troops entered the village of Zarechnoye Pole in the Donetsk region of Ukraine.",
        );
        let v = find(&ps, "Zarechnoye Pole").expect("village found");
        assert_eq!(v.kind, PlaceKind::City);
        assert_eq!(v.country.as_deref(), Some("UKR"));
        assert_eq!(v.precision, Precision::Admin1);
        assert_eq!((v.lat, v.lon), (None, None), "no made-up coordinates");
        assert_eq!(
            find(&ps, "Donetsk").map(|p| p.kind),
            Some(PlaceKind::Admin1)
        );
    }

    #[test]
    fn a_name_before_village_is_an_unlisted_settlement() {
        let ps = places("Jets bombed a school in Zabrenya village in Sagaing on Monday.");
        let v = find(&ps, "Zabrenya").expect("village kept");
        assert_eq!(v.kind, PlaceKind::City);
        assert_eq!((v.lat, v.lon), (None, None));
        assert!(v.aliases.iter().any(|a| a == "Zabrenya village"), "{v:?}");
    }

    #[test]
    fn a_stated_country_rules_out_homonyms_elsewhere() {
        // No Somali town of this name is listed: it stays an unlisted
        // settlement in Somalia, not the Jordanian town.
        let ps = places("Militants stormed a base near the town of Mahas in central Somalia.");
        let v = find(&ps, "Mahas").expect("settlement kept");
        assert_eq!(v.country.as_deref(), Some("SOM"), "{ps:?}");
        assert_eq!((v.lat, v.lon), (None, None));
    }

    #[test]
    fn a_settlement_lies_in_the_country_its_sentence_names() {
        let ps = places(
            "N'DJAMENA, Chad -- Thousands fled Sudan's Darfur region after attacks on the town of Tawila.",
        );
        let t = find(&ps, "Tawila").expect("settlement kept");
        assert_eq!(t.country.as_deref(), Some("SDN"), "{ps:?}");
        assert_eq!((t.lat, t.lon), (None, None), "not at the dateline city");
    }

    #[test]
    fn a_name_of_a_city_and_its_division_reads_as_the_division_named() {
        let ps =
            places("Jets bombed villages in Sagaing. The strikes in the Sagaing region went on.");
        let s: Vec<&Place> = ps
            .iter()
            .filter(|p| p.name.starts_with("Sagaing"))
            .collect();
        assert_eq!(s.len(), 1, "{ps:?}");
        assert_eq!(s[0].kind, PlaceKind::Admin1);
    }

    #[test]
    fn cue_through_a_determiner_and_capital_datelines() {
        let ps = places("KANDAHAR, Afghanistan -- Aid reached families in the Gaza Strip.");
        let k = find(&ps, "Kandahar").expect("dateline city found");
        assert!(k.aliases.contains(&"KANDAHAR".to_string()), "{k:?}");
        assert!(find(&ps, "Gaza Strip").is_some(), "{ps:?}");
    }

    fn places_with_mentions(text: &str, mentions: &[(&str, MentionKind)]) -> Vec<Place> {
        let mut doc = Doc::new(Article {
            id: "t".into(),
            text: text.into(),
            ..Article::default()
        });
        for (m, kind) in mentions {
            let start = text.find(m).expect("mention in text");
            doc.mentions.push(newsgraph_core::Mention {
                span: Span::new(start, start + m.len()),
                first: newsgraph_core::TokenId(0),
                end: newsgraph_core::TokenId(0),
                kind: *kind,
                score: 1.0,
            });
        }
        Geocoder::new().expect("geocoder builds").annotate(&mut doc);
        doc.places
    }

    #[test]
    fn a_country_closing_an_organisation_name_is_no_surname() {
        let ps =
            places("Militants of the Harakat-e-Jihad Nepal attacked. Officials in Nepal said so.");
        assert_eq!(country_of(&ps, "Nepal"), Some("NPL"));
    }

    #[test]
    fn a_state_with_a_large_capital_outranks_a_town_abroad_of_its_name() {
        let ps = places("Police in Haiti seized rifles smuggled from Florida.");
        assert_eq!(country_of(&ps, "Florida"), Some("USA"), "{ps:?}");
    }

    #[test]
    fn neighbourhoods_communes_islands_and_district_offices_are_places() {
        let ps = places(
            "Police in Haiti retook the Belair neighborhood of Port-au-Prince and moved into \
             the commune of Croix-des-Bouquets. Japan said jets flew near Hateruma island.",
        );
        let n = find(&ps, "Belair").expect("neighbourhood");
        assert_eq!(n.country.as_deref(), Some("HTI"));
        assert!(n.lat.is_some(), "at the city: {n:?}");
        assert!(find(&ps, "Croix-des-Bouquets").is_some(), "{ps:?}");
        assert_eq!(country_of(&ps, "Hateruma island"), Some("JPN"), "{ps:?}");
        let ps = places("Dorkhali district deputy commissioner Ram Thapa said Nepal would act.");
        assert_eq!(country_of(&ps, "Dorkhali district"), Some("NPL"), "{ps:?}");
    }

    #[test]
    fn districts_and_areas_named_with_their_noun_are_places() {
        let ps = places(
            "Gunmen attacked a post in Nepal's western Dorkhali district on Monday. \
             Troops moved into the Tulsang area of Dorkhali after raids in Dorkhali.",
        );
        let d = find(&ps, "Dorkhali district").expect("district");
        assert_eq!(d.kind, PlaceKind::Admin2);
        assert_eq!(d.country.as_deref(), Some("NPL"));
        assert_eq!(d.spans.len(), 3, "the bare name recurs: {d:?}");
        let a = find(&ps, "Tulsang").expect("area");
        assert_eq!(a.kind, PlaceKind::Region);
        assert_eq!(a.country.as_deref(), Some("NPL"));
    }

    #[test]
    fn palaces_hospitals_rivers_and_forests_are_sites() {
        let ps = places(
            "Envoys met at the Saadabad palace before wounded troops were flown to Mbarara \
             Regional Hospital. Rebels crossed the Kagera River and hid in the Mabira forest.",
        );
        for name in [
            "Saadabad palace",
            "Mbarara Regional Hospital",
            "Kagera River",
            "Mabira forest",
        ] {
            let p = find(&ps, name).unwrap_or_else(|| panic!("{name}: {ps:?}"));
            assert_eq!(p.kind, PlaceKind::Site, "{p:?}");
        }
    }

    #[test]
    fn a_site_lies_in_the_city_or_country_its_sentence_names() {
        let ps = places(
            "NAIROBI, May 2 - Kenya and Uganda traded accusations. In Kampala, officials \
             spoke. A Ugandan minister received the envoys at the Nakasero palace. Kenyan \
             troops crossed the Malaba River near Busia.",
        );
        let p = find(&ps, "Nakasero palace").expect("palace");
        assert_eq!(p.country.as_deref(), Some("UGA"), "{p:?}");
        assert!(p.lat.is_some(), "at Kampala: {p:?}");
        let r = find(&ps, "Malaba River").expect("river");
        assert!(r.lat.is_none(), "a river is no point at a city: {r:?}");
    }

    #[test]
    fn coordinated_names_before_a_plural_division_noun_are_each_places() {
        let ps = places(
            "Troops were sent to Nepal's Dorkhali province. Curfews were imposed in \
             Dorkhali, Vantara and Mulkot provinces on Friday.",
        );
        for name in ["Vantara", "Mulkot"] {
            let p = find(&ps, name).unwrap_or_else(|| panic!("{name}: {ps:?}"));
            assert_eq!(p.kind, PlaceKind::Admin2);
            assert_eq!(p.country.as_deref(), Some("NPL"));
        }
        let d = find(&ps, "Dorkhali province").expect("a province by its noun");
        assert_eq!(d.spans.len(), 2, "{d:?}");
        // one name before the plural is no list
        assert!(find(&places("Talks in Vantara districts resumed."), "Vantara").is_none());
    }

    #[test]
    fn a_listed_place_taken_for_a_person_is_a_place_after_a_cue() {
        let text = "Guards seized a boat near the island of Abu Musa. Families fled to the provincial capital, Ijevan, on Friday. Abu Musa spoke.";
        let ps = places_with_mentions(
            text,
            &[
                ("Abu Musa", MentionKind::Person),
                ("Ijevan", MentionKind::Person),
            ],
        );
        assert!(find(&ps, "Abu Musa").is_some(), "{ps:?}");
        assert!(find(&ps, "Ijevan").is_some(), "{ps:?}");
        // without a cue the person stays a person
        let ps = places_with_mentions(
            "Ijevan spoke to reporters.",
            &[("Ijevan", MentionKind::Person)],
        );
        assert!(find(&ps, "Ijevan").is_none());
    }

    #[test]
    fn a_capitalised_division_word_falls_back_to_the_article_country() {
        // "Northern Province" is Sri Lanka's full name; Zambia's is "Northern"
        let ps = places("Zambia counted votes in Lusaka and in Northern Province on Monday.");
        assert_eq!(country_of(&ps, "Northern Province"), Some("ZMB"), "{ps:?}");
        let ps = places("Sri Lanka sent troops to Colombo and Northern Province on Monday.");
        assert_eq!(country_of(&ps, "Northern Province"), Some("LKA"), "{ps:?}");
    }

    #[test]
    fn coordinated_name_words_share_the_head() {
        let text = "Iran holds the nearby Greater and Lesser Tunb islands.";
        let ps = places_with_mentions(text, &[("Lesser Tunb", MentionKind::Org)]);
        assert!(find(&ps, "Greater Tunb").is_some(), "{ps:?}");
        assert!(find(&ps, "Lesser Tunb").is_some(), "{ps:?}");
    }

    #[test]
    fn an_unlisted_region_named_with_its_noun_after_a_cue() {
        let ps = places("Rebels attacked rivals in Colombia's Zumbara region, the army said.");
        let r = find(&ps, "Zumbara").expect("region");
        assert_eq!(r.kind, PlaceKind::Region);
        assert_eq!(r.country.as_deref(), Some("COL"));
    }

    #[test]
    fn the_last_name_of_a_list_of_settlements_is_one() {
        let text = "Shells hit the village of Tolvask and the village of Meruzan. \
                    Officials moved families from Tolvask, Meruzan and Karvenik to the capital.";
        let ps = places_with_mentions(text, &[("Karvenik", MentionKind::Person)]);
        let k = find(&ps, "Karvenik").expect("settlement");
        assert_eq!(k.kind, PlaceKind::City);
        // a list of people stays people
        let ps = places("Talks with Tolvask, Meruzan and Karvenik went on.");
        assert!(ps.is_empty(), "{ps:?}");
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym_holds_no_place() {
        let ps = places(
            "Leaders of the Front for the Liberation of Mozambique (FRELIMO) met in Maputo.",
        );
        assert!(find(&ps, "Mozambique").is_none(), "{ps:?}");
        assert!(find(&ps, "Maputo").is_some(), "{ps:?}");
        let ps = places("Troops entered the Democratic Republic of Congo (DRC) on Monday.");
        assert!(!ps.is_empty(), "{ps:?}");
    }

    #[test]
    fn the_gulf_is_the_persian_gulf_unless_a_longer_name() {
        let ps = places("Tankers were seized in the Gulf this year.");
        let g = find(&ps, "Gulf").expect("Gulf");
        assert_eq!(g.kind, PlaceKind::Region);
        assert_eq!(g.country, None);
        let ps = places("Oil rigs shut in the Gulf of Mexico on Monday.");
        assert!(ps.iter().all(|p| p.name != "Gulf"), "{ps:?}");
        let ps = places("Storms hit the Gulf of Carpentaria on Monday.");
        assert!(ps.iter().all(|p| p.name != "Gulf"), "{ps:?}");
    }

    #[test]
    fn a_region_in_a_job_title_is_no_place() {
        let ps = places("said Ann Lee, Europe and Central Asia coordinator at the group.");
        assert!(ps.is_empty(), "{ps:?}");
        let ps = places("Fighting spread across Central Asia.");
        assert!(find(&ps, "Central Asia").is_some());
    }

    #[test]
    fn an_embassy_that_speaks_is_an_actor() {
        let ps = places("The U.S. Embassy in Bishkek said it was concerned.");
        assert!(ps.iter().all(|p| p.kind != PlaceKind::Site), "{ps:?}");
        let ps = places("Two diplomats at the Australian Embassy were expelled from Indonesia.");
        assert!(ps.iter().any(|p| p.kind == PlaceKind::Site), "{ps:?}");
    }

    #[test]
    fn mentions_block_people_and_organisations_but_not_their_countries() {
        let text = "Paris Hilton met officials of Kabul Bank and the Bank of Afghanistan.";
        let ps = places_with_mentions(
            text,
            &[
                ("Paris Hilton", MentionKind::Person),
                ("Bank of Afghanistan", MentionKind::Org),
            ],
        );
        assert!(find(&ps, "Paris").is_none(), "{ps:?}");
        assert!(find(&ps, "Kabul").is_none(), "{ps:?}");
        assert!(find(&ps, "Afghanistan").is_some(), "{ps:?}");
    }

    #[test]
    fn a_recognised_location_needs_no_other_cue() {
        let text = "Sukkur was flooded on Monday.";
        assert!(
            find(&places(text), "Sukkur").is_none(),
            "no cue, not prominent"
        );
        let ps = places_with_mentions(text, &[("Sukkur", MentionKind::Gpe)]);
        assert_eq!(country_of(&ps, "Sukkur"), Some("PAK"));
    }

    #[test]
    fn regions_have_no_made_up_coordinates() {
        let ps = places(
            "Tensions rose across the Middle East and in Donbas, Radio Free Europe reported.",
        );
        let m = find(&ps, "Middle East").expect("region found");
        assert_eq!(
            (m.kind, m.country.as_deref(), m.lat),
            (PlaceKind::Region, None, None)
        );
        assert_eq!(country_of(&ps, "Donbas"), Some("UKR"));
        assert!(
            find(&ps, "Europe").is_none(),
            "part of an outlet's name: {ps:?}"
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_stay_on_char_boundaries(
            text in "(\\PC|[A-Z][a-z]+|in |the |’s |, |\\.|-|\n){0,40}"
        ) {
            for p in places(&text) {
                for s in &p.spans {
                    proptest::prop_assert!(text.is_char_boundary(s.start as usize));
                    proptest::prop_assert!(text.is_char_boundary(s.end as usize));
                    proptest::prop_assert!(s.start < s.end && s.end as usize <= text.len());
                }
            }
        }
    }

    #[test]
    fn embassies_lie_in_the_host_capital() {
        let ps = places("Marines protect the French Embassy in Kabul.");
        let e = find(&ps, "French Embassy").expect("embassy found");
        assert_eq!(e.country.as_deref(), Some("AFG"));
        let ps = places(
            "Violence in Iraq grew. Guards stayed at the US Embassy after the pullout from Iraq.",
        );
        let e = find(&ps, "US Embassy").expect("embassy found");
        assert_eq!(e.country.as_deref(), Some("IRQ"));
        assert_eq!(e.precision, Precision::City);
    }

    #[test]
    fn unknown_sites_keep_honest_precision() {
        let ps = places("A fire broke out near the old Plaza Santa Lucia in Chile.");
        let s = find(&ps, "Plaza Santa Lucia").expect("site found");
        assert_eq!(s.kind, PlaceKind::Site);
        assert_eq!(s.country.as_deref(), Some("CHL"));
        assert_eq!(s.precision, Precision::Country);
        assert_eq!(s.lat, None, "no made-up centroid");
    }

    #[test]
    fn names_of_people_and_organisations_are_not_places() {
        let ps =
            places("Secretary of State Marco Rubio met Jordan Peterson at the Kabul Bank office.");
        assert!(find(&ps, "Kabul").is_none(), "{ps:?}");
        assert!(find(&ps, "Marco").is_none(), "{ps:?}");
    }

    #[test]
    fn common_words_need_a_cue() {
        let ps = places("Police said Mobile units were deployed.");
        assert!(ps.is_empty(), "{ps:?}");
    }

    #[test]
    fn months_are_not_places() {
        let ps = places("Sales fell in March and rose in May, in Reading.");
        assert_eq!(
            ps.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Reading"]
        );
    }

    #[test]
    fn one_place_per_referent_with_every_span() {
        let ps =
            places("The United States and the US military left Afghanistan. The US base closed.");
        let us = find(&ps, "United States").expect("US found");
        assert_eq!(us.name, "United States");
        assert!(us.aliases.contains(&"US".to_string()), "{us:?}");
        assert_eq!(us.spans.len(), 3);
    }

    #[test]
    fn a_place_opening_an_organisation_s_short_name_is_no_place() {
        let text = "Gunmen of the Sinaloa Pacific Cartel attacked troops in Mexico. \
                    Officials blamed the Sinaloa cartel for the raid.";
        let ps = places_with_mentions(text, &[("Sinaloa Pacific Cartel", MentionKind::Org)]);
        assert!(find(&ps, "Sinaloa").is_none(), "{ps:?}");
        assert_eq!(country_of(&ps, "Mexico"), Some("MEX"));
    }

    #[test]
    fn a_country_named_as_a_container_is_the_country_not_a_division_abroad() {
        // Niger is also a state of Nigeria
        let ps = places("Gunmen attacked a post near the town of Kolbari in western Niger.");
        assert_eq!(country_of(&ps, "Kolbari"), Some("NER"), "{ps:?}");
        let ps = places("Attacks hit the Tahoua region of Niger again.");
        assert_eq!(country_of(&ps, "Niger"), Some("NER"), "{ps:?}");
        let ps = places("Troops moved into the province of Laghman.");
        assert_eq!(
            find(&ps, "Laghman").map(|p| p.kind),
            Some(PlaceKind::Admin1),
            "{ps:?}"
        );
    }

    #[test]
    fn a_country_named_as_a_neighbour_contains_no_later_settlement() {
        let ps = places(
            "Niger's army repelled an attack.\nThe Tahoua region, which borders Mali and \
             Nigeria, has seen more raids. Gunmen killed 12 people in the village of Kolbari.",
        );
        assert_eq!(country_of(&ps, "Kolbari"), Some("NER"), "{ps:?}");
    }

    #[test]
    fn a_regional_capital_is_the_city_even_where_its_region_is_named() {
        let ps = places(
            "Troops came from the regional capital Tahoua. The Tahoua region has seen raids.",
        );
        let kinds: Vec<_> = ps
            .iter()
            .filter(|p| p.name == "Tahoua")
            .map(|p| p.kind)
            .collect();
        assert!(
            kinds.contains(&PlaceKind::City) && kinds.contains(&PlaceKind::Admin1),
            "{ps:?}"
        );
    }

    #[test]
    fn cameroon_s_regions_go_by_their_names_since_2008() {
        let ps = places(
            "Cameroon's army said the governor of the North Region, based in Garoua, met chiefs.",
        );
        assert_eq!(country_of(&ps, "North Region"), Some("CMR"), "{ps:?}");
    }

    #[test]
    fn a_small_place_of_a_country_the_article_never_names_is_a_local_one() {
        // Uri is also a Swiss canton with a small capital
        let ps = places("Kenyan police said gunmen attacked a bus near Uri on Sunday.");
        let u = find(&ps, "Uri").expect("kept as a settlement");
        assert_eq!(u.country.as_deref(), Some("KEN"), "{ps:?}");
        assert_eq!((u.lat, u.lon), (None, None));
        // a place of a named country stays what the gazetteer says
        let ps = places("Kenyan police flew to Switzerland and met officials in Uri.");
        assert_eq!(country_of(&ps, "Uri"), Some("CHE"), "{ps:?}");
    }

    #[test]
    fn a_settlement_located_nowhere_lies_in_the_dateline_country_of_a_two_country_story() {
        let ps = places(
            "ISLAMABAD, Pakistan -- India blamed Pakistan for the clash, and India said India \
             would respond.\nShells hit the town of Bhimgali overnight.",
        );
        assert_eq!(country_of(&ps, "Bhimgali"), Some("PAK"), "{ps:?}");
    }

    #[test]
    fn a_settlement_lies_in_the_country_of_the_place_named_before_it_in_its_paragraph() {
        let ps = places(
            "India said India's troops held their fire. Shelling hit Kotli in Pakistan. \
             Two men died in the village of Dharmsal.",
        );
        assert_eq!(country_of(&ps, "Dharmsal"), Some("PAK"), "{ps:?}");
    }

    #[test]
    fn a_named_sector_is_a_place() {
        let ps = places("Troops in India exchanged fire in the Keran sector overnight.");
        let k = find(&ps, "Keran").expect("sector kept");
        assert_eq!(k.kind, PlaceKind::Region);
        assert_eq!(k.country.as_deref(), Some("IND"), "{ps:?}");
    }

    #[test]
    fn the_part_of_a_region_a_country_holds_is_a_place_in_that_country() {
        let ps = places("Protests spread in Indian-administered Kashmir and in Pakistan.");
        let k = find(&ps, "Indian-administered Kashmir").expect("held part found");
        assert_eq!(k.country.as_deref(), Some("IND"), "{ps:?}");
        let ps = places("Shelling hit Pakistan-held Kashmir.");
        assert_eq!(
            country_of(&ps, "Pakistan-held Kashmir"),
            Some("PAK"),
            "{ps:?}"
        );
    }

    #[test]
    fn a_city_of_the_story_taken_for_a_person_is_the_city() {
        let text = "Sudan's army lost El Fasher in October.";
        let ps = places_with_mentions(text, &[("El Fasher", MentionKind::Person)]);
        assert_eq!(country_of(&ps, "El Fasher"), Some("SDN"), "{ps:?}");
        // not a city of a country the article does not name
        let text = "Police questioned El Fasher on Monday.";
        let ps = places_with_mentions(text, &[("El Fasher", MentionKind::Person)]);
        assert!(find(&ps, "El Fasher").is_none(), "{ps:?}");
    }

    #[test]
    fn regions_of_a_country_that_are_no_division_and_a_de_facto_border() {
        let ps = places("Convoys reached Darfur and Kordofan, far from the Line of Control.");
        assert_eq!(country_of(&ps, "Kordofan"), Some("SDN"), "{ps:?}");
        let loc = find(&ps, "Line of Control").expect("region found");
        assert_eq!(loc.country, None);
    }

    #[test]
    fn a_site_lies_in_a_city_named_before_of_a_country_its_sentence_describes() {
        let ps = places(
            "Talks opened in Algiers on Sunday. The Algerian minister and his Nigerien \
             counterpart signed the accord at the Tafna palace.",
        );
        let z = find(&ps, "Tafna palace").expect("site found");
        assert_eq!(z.country.as_deref(), Some("DZA"), "{ps:?}");
        // "Nigerien" is Niger's adjective ("Nigerian" is Nigeria's)
        let ps = places("Nigerien troops patrolled near the village of Tessit.");
        assert_eq!(country_of(&ps, "Tessit"), Some("NER"), "{ps:?}");
        let ps = places("Nigerian troops patrolled near the village of Gajiram.");
        assert_eq!(country_of(&ps, "Gajiram"), Some("NGA"), "{ps:?}");
    }

    #[test]
    fn seas_rivers_valleys_and_other_features_are_regions() {
        let ps = places(
            "Tankers slowed in the Gulf of Aden and the Hormuz Strait. Floods spread along \
             the Mekong River into the Mekong Delta, and clashes flared across the Fergana \
             Valley. Climbers left the Himalayas; migrants crossed the Darien Gap.",
        );
        for (name, country) in [
            ("Gulf of Aden", None),
            ("Hormuz Strait", None),
            ("Mekong River", None),
            ("Mekong Delta", Some("VNM")),
            ("Fergana Valley", None),
            ("Himalayas", None),
            ("Darien Gap", None),
        ] {
            let p = find(&ps, name).unwrap_or_else(|| panic!("{name}: {ps:?}"));
            assert_eq!(p.kind, PlaceKind::Region, "{p:?}");
            assert_eq!(p.country.as_deref(), country, "{p:?}");
            assert_eq!(p.lat, None, "a region has no made-up point: {p:?}");
        }
        let h = find(&ps, "Hormuz Strait").and_then(|p| p.gazetteer_id.as_deref());
        assert_eq!(h, Some("region:strait-of-hormuz"), "an alias: {ps:?}");
        // without "the", and a river the table lists is no site at the
        // article's country
        let ps = places("Afghan officials said Yangtze River floods hit Wuhan.");
        assert_eq!(country_of(&ps, "Yangtze River"), Some("CHN"), "{ps:?}");
        // a lower-case head word the table lists ("the Zangezur corridor")
        let ps = places("Baku wants the Zangezur corridor opened.");
        let z = find(&ps, "Zangezur corridor").expect("corridor");
        assert_eq!(z.kind, PlaceKind::Region, "{z:?}");
    }

    #[test]
    fn islands_and_passes_are_sites_with_a_point() {
        let ps =
            places("Militants ambushed a train near the Bolan Pass. Marines landed on Koh Tang.");
        let b = find(&ps, "Bolan Pass").expect("pass");
        assert_eq!(
            (b.kind, b.country.as_deref()),
            (PlaceKind::Site, Some("PAK"))
        );
        assert!(b.lat.is_some(), "{b:?}");
        assert_eq!(country_of(&ps, "Koh Tang"), Some("KHM"), "{ps:?}");
    }

    #[test]
    fn a_region_inside_a_longer_name_is_no_place_and_leaves_the_name_whole() {
        // "Upper Nile state": the division, not the river
        let ps = places("The convoy was allowed to enter Upper Nile state on Monday.");
        assert!(find(&ps, "Upper Nile").is_some(), "{ps:?}");
        assert!(find(&ps, "Nile").is_none(), "{ps:?}");
        // "Black Sea Fleet", "Sahara Reporters": names of their own
        let ps = places("The Black Sea Fleet moved, Sahara Reporters said.");
        assert!(ps.is_empty(), "{ps:?}");
    }

    #[test]
    fn both_countries_of_a_hyphened_pair_are_places() {
        let ps = places(
            "Troops massed on the Iran-Iraq border. Clashes on the Afghanistan-Pakistan \
             frontier and the South Sudan-Ethiopia border went on.",
        );
        for name in [
            "Iran",
            "Iraq",
            "Afghanistan",
            "Pakistan",
            "South Sudan",
            "Ethiopia",
        ] {
            assert!(find(&ps, name).is_some(), "{name}: {ps:?}");
        }
        // a city after a hyphen is still part of a longer name
        let ps = places("Flights resumed on the Kano-Zaria highway in Nigeria.");
        assert!(find(&ps, "Zaria").is_none(), "{ps:?}");
    }

    #[test]
    fn a_division_noun_after_a_city_names_the_division_it_is_capital_of() {
        let ps = places("ERBIL, Iraq — Floods hit Iraq's northern Erbil province.");
        let d = first_of(&ps, PlaceKind::Admin1).expect("the province");
        assert_eq!(d.country.as_deref(), Some("IRQ"), "{ps:?}");
        assert!(
            ps.iter()
                .any(|p| p.kind == PlaceKind::City && p.country.as_deref() == Some("IRQ")),
            "the dateline stays the city: {ps:?}"
        );
    }

    #[test]
    fn mountains_and_ranges_are_natural_features() {
        let ps = places(
            "Jets bombed caves on Mount Varsek, the Georgian army said after talks in Georgia.",
        );
        let m = find(&ps, "Mount Varsek").expect("the mountain");
        assert_eq!(m.country.as_deref(), Some("GEO"), "{ps:?}");
        let ps = places("Armenia and Azerbaijan dispute their border in the Zolvan Mountains.");
        let m = find(&ps, "Zolvan Mountains").expect("the range");
        assert_eq!(
            m.country, None,
            "a range on a border lies in neither: {ps:?}"
        );
        let ps = places("Range Rover sales rose in Britain.");
        assert!(find(&ps, "Range Rover").is_none(), "{ps:?}");
    }

    #[test]
    fn a_temple_named_for_a_division_lies_in_the_division() {
        let ps = places("Pilgrims gathered at the Kampot temple in Cambodia on Sunday.");
        let t = first_of(&ps, PlaceKind::Site).expect("the temple");
        assert_eq!(t.country.as_deref(), Some("KHM"), "{ps:?}");
    }

    #[test]
    fn a_capital_read_elsewhere_as_its_state_is_no_place() {
        let text = "The mayor rejected Ankara's account. Ankara says the raid hit militants.";
        let mut doc = Doc::new(Article {
            id: "t".into(),
            text: text.into(),
            ..Article::default()
        });
        let at = text.rfind("Ankara").expect("in text");
        doc.entities.push(newsgraph_core::Entity {
            name: "Turkey".into(),
            aliases: vec!["Ankara".into()],
            kind: EntityKind::Gpe,
            country: Some("TUR".into()),
            role: None,
            title: None,
            spans: vec![Span::new(at, at + "Ankara".len())],
            group: false,
        });
        doc.layers.push(Layer::Entities);
        Geocoder::new().expect("geocoder builds").annotate(&mut doc);
        assert!(find(&doc.places, "Ankara").is_none(), "{:?}", doc.places);
    }
}
