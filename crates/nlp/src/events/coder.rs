//! The event coding rules: from a parsed Doc with entities, places and dates
//! to CAMEO/PLOVER events.
//!
//! Reads `tokens`, `tags`, `deps`, `entities`, `places`, `dates`, `quotes`;
//! returns the events of the article. One pass per sentence:
//!
//! 1. **Triggers.** Every verb and noun whose lemma has a pattern in the
//!    lexicon, matched on its particle/preposition and object lemmas.
//! 2. **Frames.** Complement-taking verbs (agree to, refuse to, threaten to,
//!    urge ... to) take their code from the action they govern and absorb it;
//!    light verbs ("held talks") hand their subject to the event noun;
//!    occurrence verbs ("fighting escalated") date and place it; a speech act
//!    whose complement is a future action of the speaker is coded as intent.
//! 3. **Actors** from the parse: subject and object, passives (by-agent),
//!    relative clauses, coordination, modifiers and appositions, symmetric
//!    "between"/"with" participants; each resolved to an entity by span.
//! 4. **Negation and status** from the clause and the chain of heads above it:
//!    not/never, will/plans to/is likely to, would/if, said/according to.
//! 5. **Date and place** attached to the clause, else to a governing clause
//!    (the speech act that reports it), else the publication date.
//!
//! Statements (01x) of one speaker are merged into one event per article, as
//! the gold format codes them.

use super::lexicon::{armed, hostile, CodeInfo, Cue, Frame, Lexicon, Pattern};
use super::tree::Tree;
use newsgraph_core::{
    DateSource, Doc, EntityId, EntityKind, Event, EventStatus, PlaceId, Rule, Sector, Span,
    TimeValue,
};
use std::collections::{HashMap, HashSet};

/// One event before its date, place and status are settled.
#[derive(Debug, Clone)]
struct Candidate {
    trigger: usize,
    /// The verb heading the clause that states the event (status, negation).
    clause: usize,
    /// Tokens whose attached dates and places belong to the event.
    anchors: Vec<usize>,
    /// Tokens of the action a complement-taking verb governs ("proposed to
    /// hold talks in Turkey this week"): they date the event, but the
    /// proposal is not made where the talks are to be held.
    inner: Vec<usize>,
    /// The earlier event an anaphoric noun refers to ("The US invaded
    /// Afghanistan in 2001. The invasion ..."): its date and place, unless
    /// the noun's own clause gives them.
    referent: Option<Box<Candidate>>,
    cameo: String,
    frame: Frame,
    source: Vec<EntityId>,
    target: Vec<EntityId>,
    negated: bool,
    rule: Rule,
    /// A symmetric event "between the two sides": its participants are those
    /// of the last symmetric event.
    sides: bool,
    /// A definite event noun without actors of its own ("the invasion"):
    /// it refers back to the last event of its kind.
    anaphoric: bool,
    /// An anaphoric event noun inside a prepositional phrase ("injured in
    /// the protests", "no link to the protests"): a mention of an event
    /// already told, not a new one.
    aside: bool,
    /// The clause names its agent, but not as an actor ("violence
    /// escalated", "thousands poured in"): not an event between actors.
    unresolved_agent: bool,
    /// "denied the accusation", "repelled the attack": the act answers an
    /// earlier event of this CAMEO root, whose initiator is the target.
    answers: Option<String>,
    /// "called on the parties to ...": the target is the current dyad.
    to_sides: bool,
    /// The code of the action an intent, threat or demand is about ("said
    /// it would complete the withdrawal": 0874), for later references.
    governs: Option<String>,
    /// The place the text gives this event apart from its clause's ("... as
    /// well as a district in Herat").
    place: Option<usize>,
    /// "agreed" with nothing agreed to: it accepts the last offer.
    bare: bool,
    /// "were also sanctioned" (an agentless passive): by the source of the
    /// last event of its root.
    also: bool,
    /// "Drones struck the depot": a weapon, not an actor, strikes; the
    /// attack is coded with no source.
    instrument: bool,
    /// For an act of force with no target in its clause ("its fighters
    /// burned six vehicles"): the other side of the latest hostile act the
    /// source took part in; used only when the event's place names no
    /// state to take the target from.
    opponent: Vec<EntityId>,
}

/// Prepositions that make a place the location of what they attach to.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "inside",
    "outside",
    "throughout",
    "around",
    "within",
    "into",
    "on",
    "over",
    "along",
];

/// Common nouns a place's name stands in apposition to ("in the capital
/// Kigali", "in the border town, Gulu").
const PLACE_NOUNS: &[&str] = &[
    "capital",
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "county",
    "state",
    "port",
    "island",
    "enclave",
    "camp",
    "settlement",
    "neighbourhood",
    "neighborhood",
    "suburb",
];

/// Nouns of share or amount: what they are "of" is a quantity, not an
/// actor ("85 percent of Afghanistan", "most of the province").
const QUANTITY: &[&str] = &[
    "percent", "per", "%", "part", "half", "third", "quarter", "most", "much", "share", "portion",
    "majority", "rest", "bulk", "swath", "swathe",
];

/// Words that stand for the two parties of an interaction.
const SIDE_WORDS: &[&str] = &[
    "side",
    "sides",
    "party",
    "parties",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
];

/// What [`Coder::attached`] looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    Date,
    Place,
}

/// A matched trigger: its pattern and the argument the pattern matched.
#[derive(Clone, Copy)]
struct Match<'l> {
    pattern: &'l Pattern,
}

pub struct Coder<'a> {
    lex: &'a Lexicon,
    t: Tree<'a>,
    /// Token → date ids attached to it.
    date_at: HashMap<usize, Vec<usize>>,
    /// Token → place ids attached to it.
    place_at: HashMap<usize, Vec<usize>>,
    /// The pattern each token matches as a verb / as a noun (computed once).
    verb_cache: Vec<Option<Match<'a>>>,
    noun_cache: Vec<Option<Match<'a>>>,
    /// The place of the dateline ("LIMA, Peru --"), where the reported
    /// physical events happen unless the text says otherwise.
    dateline: Option<usize>,
}

/// Nouns for one's own aides and officials ("his ministers", "its
/// commanders"): meeting them is no meeting between two sides.
const OWN_SIDE: &[&str] = &[
    "minister",
    "commander",
    "adviser",
    "advisor",
    "aide",
    "cabinet",
    "general",
    "chief",
    "official",
    "staff",
];

const TARGET_PREPS: &[&str] = &[
    "against", "on", "upon", "at", "with", "to", "toward", "towards", "into", "from", "over",
    "between",
];

impl<'a> Coder<'a> {
    pub fn new(lex: &'a Lexicon, doc: &'a Doc) -> Coder<'a> {
        let t = Tree::new(doc);
        let mut c = Coder {
            lex,
            t,
            date_at: HashMap::new(),
            place_at: HashMap::new(),
            dateline: dateline(doc),
            verb_cache: Vec::new(),
            noun_cache: Vec::new(),
        };
        // Nouns first: verb matching looks through transparent nouns only.
        c.noun_cache = (0..c.t.len()).map(|i| c.match_noun(i)).collect();
        c.verb_cache = (0..c.t.len())
            .map(|i| {
                if c.t.pos(i) == "VERB" || c.t.rel(i) == "acl" {
                    c.match_verb(i)
                } else {
                    None
                }
            })
            .collect();
        // Adjectives of intent ("is willing to withdraw", "ready to talk")
        // act as verbs when the action they govern is coded.
        for i in 0..c.t.len() {
            if c.t.pos(i) != "ADJ" {
                continue;
            }
            let Some(x) = c.t.first(i, "xcomp") else {
                continue;
            };
            let governs_coded = c.verb_match(x).is_some()
                || c.t
                    .with_rel(x, "obj")
                    .any(|o| c.noun_match(c.through(o)).is_some());
            if governs_coded {
                let m = c.match_verb(i);
                if let Some(slot) = c.verb_cache.get_mut(i) {
                    *slot = m;
                }
            }
        }
        let mut date_at: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, d) in doc.dates.iter().enumerate() {
            if d.date().is_none() {
                continue;
            }
            if let Some(a) = c.attach(d.span, false) {
                date_at.entry(a).or_default().push(i);
            }
        }
        // Places attached to a predicate, nearest first ("met in Cairo …
        // over the dam Ethiopia built": Cairo).
        let mut near: HashMap<usize, Vec<(u32, usize)>> = HashMap::new();
        for (i, p) in doc.places.iter().enumerate() {
            for s in &p.spans {
                if let Some(a) = c.attach(*s, true) {
                    let d = s.start.abs_diff(c.t.span(a).start);
                    near.entry(a).or_default().push((d, i));
                }
            }
        }
        let place_at: HashMap<usize, Vec<usize>> = near
            .into_iter()
            .map(|(a, mut v)| {
                v.sort_unstable();
                most_specific_first(doc, &mut v);
                (a, v.into_iter().map(|(_, i)| i).collect())
            })
            .collect();
        c.date_at = date_at;
        c.place_at = place_at;
        c
    }

    fn doc(&self) -> &'a Doc {
        self.t.doc
    }

    /// The predicate a phrase at `span` attaches to: the nearest verb or
    /// event noun above its last token.
    fn attach(&self, span: Span, place: bool) -> Option<usize> {
        let toks = &self.doc().tokens;
        let first = toks.partition_point(|t| t.span.end <= span.start);
        let mut i = (first..toks.len())
            .take_while(|&k| toks[k].span.start < span.end)
            .find(|&k| {
                self.t
                    .head(k)
                    .is_none_or(|h| !span.contains(self.t.span(h)))
            })?;
        // A place is a location only under a locative preposition ("in
        // Doha", "in the capital of Doha"), not as a modifier ("US troops").
        let mut located = !place;
        for _ in 0..6 {
            located |= self.t.case(i).is_some_and(|c| {
                LOCATIVE.contains(&c)
                    || (matches!(c, "to" | "for")
                        && self.t.base_rel(i) == "obl"
                        && !self
                            .t
                            .head(i)
                            .is_some_and(|v| self.t.with_rel(v, "obj").any(|o| self.diplomat(o))))
            }) || self.t.rel(i) == "obl:npmod"
                // "visited Addis Ababa": the place visited is where.
                || (self.t.rel(i) == "obj"
                    && self
                        .t
                        .head(i)
                        .is_some_and(|v| matches!(self.t.lemma(v), "visit" | "tour")));
            // "Qadir, whose arrest last month …", "X, the envoy in Doha":
            // what an apposition or a relative clause says stays in it;
            // but "in the capital(,) Kigali" names the place it is of.
            let names_place = self.t.rel(i) == "appos"
                && self
                    .t
                    .head(i)
                    .is_some_and(|h| PLACE_NOUNS.contains(&self.t.lemma(h)));
            if matches!(self.t.rel(i), "appos" | "acl:relcl") && !names_place {
                return None;
            }
            let h = self.t.head(i)?;
            // "Anger was the common thread Thursday as ...": a copular
            // predicate heads its clause as a verb does.
            let copular = self.t.with_rel(h, "cop").next().is_some();
            if self.t.pos(h) == "VERB" || copular || !self.lex.noun(self.t.lemma(h)).is_empty() {
                return located.then_some(h);
            }
            i = h;
        }
        None
    }

    /// Codes every sentence of the Doc.
    pub fn code(&self) -> Vec<Event> {
        let mut cands = Vec::new();
        for (k, s) in self.doc().sentences.iter().enumerate() {
            // A headline restates the lead: its acts are coded there.
            if crate::stages::sentencizer::is_headline(self.doc(), k) {
                continue;
            }
            self.code_sentence(s.first.index(), s.end.index(), &mut cands);
        }
        // A state and its own organs ("the US", "American troops") are one
        // side, not a dyad; a state and its rebels are two.
        let countries: Vec<Option<&str>> = self
            .doc()
            .entities
            .iter()
            .map(|e| {
                let state = match e.role {
                    None => e.kind == newsgraph_core::EntityKind::Gpe,
                    Some(r) => matches!(
                        r,
                        Sector::GOV | Sector::MIL | Sector::COP | Sector::SPY | Sector::LEG
                    ),
                };
                e.country.as_deref().filter(|_| state)
            })
            .collect();
        let one_side = |v: &[EntityId]| {
            let first = v
                .first()
                .and_then(|e| countries.get(e.index()).copied().flatten());
            first.is_some()
                && v.iter()
                    .all(|e| countries.get(e.index()).copied().flatten() == first)
        };
        // Armed forces on one side: the same sector and no two countries.
        let forces = |a: &[EntityId], b: &[EntityId]| {
            let info = |e: &EntityId| {
                self.doc()
                    .entity(*e)
                    .map(|x| (x.role, x.country.as_deref()))
            };
            a.iter().filter_map(info).any(|(ra, ca)| {
                b.iter().filter_map(info).any(|(rb, cb)| {
                    ra == rb
                        && matches!(ra, Some(Sector::MIL | Sector::COP))
                        && (ca.is_none() || cb.is_none() || ca == cb)
                })
            })
        };
        // A side of a conflict: a state, an organisation or an armed group,
        // not people or an unnamed group of them (victims, protesters).
        let party = |v: &[EntityId]| {
            !v.is_empty()
                && v.iter().all(|e| {
                    self.doc().entity(*e).is_some_and(|x| {
                        !x.group && !matches!(x.kind, EntityKind::Person | EntityKind::Norp)
                    })
                })
        };
        // A body complaints and cases are lodged with: a court, or an
        // international organisation ("the U.N. Security Council", "the WTO").
        let venue = |v: &[EntityId]| {
            v.iter().all(|e| {
                self.doc()
                    .entity(*e)
                    .is_some_and(|x| matches!(x.role, Some(Sector::JUD | Sector::IGO)))
            })
        };
        resolve_references(&mut cands, &one_side, &forces, &party, &venue);
        let mut events: Vec<Event> = Vec::new();
        // The trigger token of each kept event, parallel to `events`.
        let mut triggers: Vec<usize> = Vec::new();
        // One statement of each kind per speaker: a denial is no second
        // "said".
        let mut statements: HashMap<(String, Vec<EntityId>), usize> = HashMap::new();
        for c in cands {
            let Some(ev) = self.finish(&c) else { continue };
            // "Los Lobos did not comment", "it did not say who held him":
            // a statement not made is no event (declining to comment,
            // 011, is one).
            if ev.cameo == "010" && ev.negated {
                continue;
            }
            let mut ev = ev;
            if ev.cameo.starts_with("01") && self.conditional_warning(c.trigger) {
                self.recode(&mut ev, "130");
            }
            let statement = ev.cameo.starts_with("01");
            let mut key = None;
            if statement {
                let mut speakers = ev.source.clone();
                speakers.sort();
                let k = (ev.cameo.clone(), speakers);
                if let Some(&i) = statements.get(&k) {
                    if let Some(e) = events.get_mut(i) {
                        if e.target.is_empty() && !ev.target.is_empty() {
                            e.target = ev.target;
                        }
                    }
                    continue;
                }
                key = Some(k);
            }
            // The same interaction told twice (talks, then "the
            // discussions") is one event, unless it happened elsewhere.
            let sorted = |v: &[EntityId]| {
                let mut v = v.to_vec();
                v.sort();
                v
            };
            let real = |s: EventStatus| matches!(s, EventStatus::Occurred | EventStatus::Claimed);
            // A retelling is a noun ("the discussions") or the same word
            // again; two different verbs ("seized ..., now hold ...") are
            // two acts.
            let retold = |k: usize| {
                self.t.pos(c.trigger) != "VERB"
                    || triggers
                        .get(k)
                        .is_some_and(|&t| self.t.lemma(t) == self.t.lemma(c.trigger))
            };
            // "stormed a base ..., killing 15 soldiers": the participle
            // tells the same act's toll; one event, its victims the target.
            let participle = self.t.xpos(c.trigger) == "VBG"
                || self
                    .doc()
                    .span_text(self.t.span(c.trigger))
                    .ends_with("ing");
            let toll_of = (self.t.rel(c.trigger) == "advcl" && participle)
                .then(|| self.t.head(c.trigger))
                .flatten()
                .and_then(|h| triggers.iter().position(|&t| t == h))
                .filter(|&k| {
                    events[k].cameo.get(..2) == ev.cameo.get(..2)
                        && sorted(&events[k].source) == sorted(&ev.source)
                        && events[k].target.is_empty()
                });
            if let Some(k) = toll_of {
                events[k].target = ev.target;
                continue;
            }
            let dup = events.iter().enumerate().any(|(k, e)| {
                retold(k)
                    && e.cameo.get(..2) == ev.cameo.get(..2)
                    && sorted(&e.source) == sorted(&ev.source)
                    && sorted(&e.target) == sorted(&ev.target)
                    && e.negated == ev.negated
                    && (e.status == ev.status || real(e.status) && real(ev.status))
                    && (e.place.is_none() || ev.place.is_none() || e.place == ev.place)
            });
            if !dup {
                if let Some(k) = key {
                    statements.insert(k, events.len());
                }
                events.push(ev);
                triggers.push(c.trigger);
            }
        }
        self.warnings_as_threats(&mut events, &triggers);
        for ev in &mut events {
            // "Sheinbaum said our soldiers ...", "the trade ministry said
            // Moscow would ...": a statement about or to the speaker's own
            // state is no interaction with another party.
            let own_side = ev.cameo == "010" && !ev.target.is_empty() && {
                let both: Vec<EntityId> = ev.source.iter().chain(&ev.target).copied().collect();
                one_side(&both)
            };
            if own_side || spoken_for(self.doc(), ev) {
                ev.target.clear();
            }
        }
        events.sort_by_key(|e| (e.trigger.start, e.trigger.end));
        events
    }

    /// "\"If a single child is harmed, those responsible will answer for
    /// it,\" the minister warned": a warning in the speaker's own words
    /// that sets a condition and says what the speaker's side will do, or
    /// what the other will pay, is a threat (130). ("He warned that farmers
    /// would abandon their fields if …" is a gloomy forecast.)
    fn conditional_warning(&self, trigger: usize) -> bool {
        if self.t.lemma(trigger) != "warn" {
            return false;
        }
        let doc = self.doc();
        let cue = self.t.span(trigger);
        doc.quotes.iter().any(|q| {
            q.direct && q.cue.is_some_and(|c| c.overlaps(cue)) && {
                let text = doc.span_text(q.text).to_lowercase();
                let words: Vec<&str> = text
                    .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
                    .filter(|w| !w.is_empty())
                    .collect();
                let condition = words.iter().any(|w| matches!(*w, "if" | "unless"));
                let consequence = words
                    .iter()
                    .any(|w| matches!(*w, "will" | "would" | "shall") || w.ends_with("'ll"));
                let menace = words.iter().any(|w| {
                    matches!(
                        *w,
                        "we" | "i" | "our" | "answer" | "pay" | "consequences" | "punished"
                    )
                });
                condition && consequence && menace
            }
        })
    }

    /// "warned that the bloc could impose sanctions on X": a warning whose
    /// reported clause is a hostile act its own side may take is a threat
    /// (CAMEO 13x, by the `threat` rows of `complements.tsv`), aimed at the
    /// act's target; the act itself stays, as hypothetical.
    fn warnings_as_threats(&self, events: &mut [Event], triggers: &[usize]) {
        for i in 0..events.len() {
            let w = triggers[i];
            if !events[i].cameo.starts_with("01") || self.t.lemma(w) != "warn" {
                continue;
            }
            // its own side: the speaker, or the body its title names
            // ("the European Union's foreign policy chief"); a warning
            // about what another may do ("warned that Russia could
            // attack") is no threat.
            let doc = self.doc();
            let own_side = |actors: &[EntityId]| {
                actors.iter().any(|a| {
                    events[i].source.contains(a)
                        || doc.entity(*a).is_some_and(|x| {
                            events[i].source.iter().any(|s| {
                                doc.entity(*s)
                                    .and_then(|sp| sp.title.as_deref())
                                    .is_some_and(|t| {
                                        let t = t.to_lowercase();
                                        std::iter::once(&x.name)
                                            .chain(&x.aliases)
                                            .any(|n| n.len() > 1 && t.contains(&n.to_lowercase()))
                                    })
                            })
                        })
                })
            };
            let threat = (0..events.len()).find(|&j| {
                let e = &events[j];
                own_side(&e.source)
                    && self.t.head(triggers[j]) == Some(w)
                    && self.t.rel(triggers[j]) == "ccomp"
                    && matches!(e.status, EventStatus::Hypothetical | EventStatus::Planned)
                    && hostile(&e.cameo)
            });
            let Some(j) = threat else { continue };
            let code = self
                .lex
                .cameo_convention(&events[j].cameo, events[j].status)
                .to_string();
            let target = events[j].target.clone();
            let e = &mut events[i];
            if self.recode(e, &code) && e.target.is_empty() {
                e.target = target;
            }
        }
    }

    /// Gives `ev` the CAMEO code `code` with its PLOVER type, Goldstein
    /// score and QuadClass; false (and `ev` unchanged) for a code the
    /// table lacks.
    fn recode(&self, ev: &mut Event, code: &str) -> bool {
        let Some(info) = self.lex.code(code) else {
            return false;
        };
        ev.cameo = code.to_string();
        ev.plover = info.plover.clone();
        ev.goldstein = info.goldstein;
        ev.quad_class = info.quad_class;
        true
    }

    fn verb_match(&self, v: usize) -> Option<Match<'a>> {
        self.verb_cache
            .get(v)
            .copied()
            .flatten()
            .filter(|m| !m.pattern.no_event())
    }

    /// Whether verb `v` matched a pattern that reads it, with its object,
    /// as no event ("chaired a meeting", "evacuated residents").
    fn no_event_verb(&self, v: usize) -> bool {
        self.verb_cache
            .get(v)
            .copied()
            .flatten()
            .is_some_and(|m| m.pattern.no_event())
    }

    /// Whether verb `v` says its event-noun subject happens ("erupted",
    /// "took place"), phrasal verbs included listed with their particle ("broke
    /// out", "flared up").
    fn occurs(&self, v: usize) -> bool {
        let lemma = self.t.lemma(v);
        self.lex.has_cue(lemma, Cue::Occur)
            || self.t.with_rel(v, "compound:prt").any(|p| {
                self.lex
                    .has_cue(&format!("{lemma} {}", self.t.lemma(p)), Cue::Occur)
            })
    }

    fn noun_match(&self, n: usize) -> Option<Match<'a>> {
        self.noun_cache.get(n).copied().flatten()
    }

    fn match_verb(&self, v: usize) -> Option<Match<'a>> {
        let pats = self.lex.verb(self.t.lemma(v));
        if pats.is_empty() {
            return None;
        }
        let prt: Vec<&str> = self
            .t
            .with_rel(v, "compound:prt")
            .map(|c| self.t.lemma(c))
            .collect();
        let mut objs: Vec<usize> = self.objects(v);
        // "floated the idea of talks": the transparent noun itself too; and
        // an object the parser read as indirect ("allow the delivery of ...").
        objs.extend(self.t.with_rel(v, "obj"));
        objs.extend(self.t.with_rel(v, "iobj"));
        if let Some(x) = self.t.first(v, "xcomp") {
            objs.push(x);
        }
        // "challenge the deployment | in the High Court": a phrase the
        // parser hung on the object may belong to the verb (only patterns
        // that name its object's lemma take it from there).
        let on_object: Vec<(&str, usize)> = self
            .t
            .with_rel(v, "obj")
            .flat_map(|o| self.t.children(o).to_vec())
            .filter(|&c| self.t.base_rel(c) == "nmod")
            .filter_map(|c| self.t.case(c).map(|p| (p, self.through(c))))
            .collect();
        let preps: Vec<(&str, usize)> = self
            .t
            .children(v)
            .iter()
            .filter(|&&c| matches!(self.t.base_rel(c), "obl" | "nmod" | "advcl" | "xcomp"))
            .filter_map(|&c| {
                self.t
                    .case(c)
                    .or_else(|| {
                        self.t
                            .children(c)
                            .iter()
                            .find(|&&m| self.t.rel(m) == "mark")
                            .map(|&m| self.t.lemma(m))
                    })
                    .map(|p| (p, self.through(c)))
            })
            .collect();
        pats.iter()
            .find(|p| {
                let cands: Vec<usize> = match p.prep.as_deref() {
                    None => objs.clone(),
                    Some(pr) if prt.contains(&pr) => objs.clone(),
                    Some(pr) => {
                        // "ordered them to leave", not "ordered it back
                        // to Bahir Dar": a demand's "to" opens a verb.
                        let mut v: Vec<usize> = preps
                            .iter()
                            .filter(|(q, _)| *q == pr)
                            .map(|&(_, c)| c)
                            .filter(|&c| {
                                p.frame != Frame::Demand || pr != "to" || self.t.pos(c) == "VERB"
                            })
                            .collect();
                        if v.is_empty() && !p.objects.is_empty() {
                            v = on_object
                                .iter()
                                .filter(|(q, _)| *q == pr)
                                .map(|&(_, c)| c)
                                .collect();
                        }
                        if v.is_empty() {
                            return false;
                        }
                        v
                    }
                };
                self.objects_fit(p, &cands)
            })
            .map(|pattern| Match { pattern })
    }

    /// Whether a pattern's object lemmas (if it names any) include one of
    /// `toks`, or a noun compounded with one ("suspended aid deliveries",
    /// "halted arms shipments"), or a noun coordinated with one ("provided
    /// photographs and other intelligence").
    fn objects_fit(&self, p: &Pattern, toks: &[usize]) -> bool {
        // "in the High Court", "the Europe Bridge": a name's lemma keeps
        // its capital.
        // "captured El Fasher", "seized most of Khartoum": a named town or
        // province taken is territory, as "the town" is.
        let territory = p.objects.iter().any(|x| x == "town");
        let fits = |o: usize| {
            let lemma = self.t.lemma(o);
            p.objects.iter().any(|x| x.eq_ignore_ascii_case(lemma))
                || territory && self.named_territory(o)
        };
        let fits_noun = |o: usize| {
            fits(o)
                || self
                    .t
                    .with_rel(o, "compound")
                    .any(|c| self.t.pos(c) == "NOUN" && fits(c))
        };
        p.objects.is_empty()
            || toks.iter().any(|&o| {
                fits_noun(o)
                    || self
                        .t
                        .with_rel(o, "conj")
                        .any(|c| fits_noun(self.through(c)))
            })
    }

    /// Whether token `o` lies in the name of a place below a country (a
    /// town, a province, a site).
    fn named_territory(&self, o: usize) -> bool {
        let span = self.t.span(o);
        self.doc().places.iter().any(|p| {
            p.kind != newsgraph_core::PlaceKind::Country && p.spans.iter().any(|s| s.contains(span))
        })
    }

    fn match_noun(&self, n: usize) -> Option<Match<'a>> {
        if !matches!(self.t.pos(n), "NOUN" | "PROPN") {
            return None;
        }
        let pats = self.lex.noun(self.t.lemma(n));
        pats.iter()
            .find(|p| {
                let mods: Vec<usize> = match p.prep.as_deref() {
                    Some(pr) => {
                        let own: Vec<usize> = self
                            .t
                            .children(n)
                            .iter()
                            .copied()
                            .filter(|&c| self.t.case(c) == Some(pr))
                            .map(|c| self.through(c))
                            .collect();
                        if own.is_empty() {
                            self.light_verb_phrase(n, pr)
                        } else {
                            own
                        }
                    }
                    None => self
                        .t
                        .children(n)
                        .iter()
                        .copied()
                        .filter(|&c| matches!(self.t.base_rel(c), "amod" | "compound" | "nmod"))
                        .map(|c| self.through(c))
                        .collect(),
                };
                if p.prep.is_some() && mods.is_empty() {
                    return false;
                }
                self.objects_fit(p, &mods)
            })
            .filter(|p| !p.no_event())
            .map(|pattern| Match { pattern })
    }

    /// "chanted calls | for her resignation": the phrase the parser hung on
    /// the light verb right after its event-noun object belongs to the noun.
    fn light_verb_phrase(&self, n: usize, prep: &str) -> Vec<usize> {
        let Some(h) = self
            .t
            .head(n)
            .filter(|&h| self.t.rel(n) == "obj" && self.lex.has_cue(self.t.lemma(h), Cue::Light))
        else {
            return Vec::new();
        };
        self.t
            .children(h)
            .iter()
            .copied()
            .filter(|&c| c > n && self.t.base_rel(c) == "obl" && self.t.case(c) == Some(prep))
            .map(|c| self.through(c))
            .collect()
    }

    /// Passes through "a series of", "a set of", "six of the": the noun the
    /// phrase is about.
    fn through(&self, n: usize) -> usize {
        let mut n = n;
        for _ in 0..3 {
            if !self.lex.has_cue(self.t.lemma(n), Cue::Transparent) && self.t.pos(n) != "NUM" {
                break;
            }
            match self
                .t
                .children(n)
                .iter()
                .find(|&&c| self.t.rel(c) == "nmod" && self.t.case(c) == Some("of"))
            {
                Some(&c) => n = c,
                None => break,
            }
        }
        n
    }

    /// Object-like arguments of a verb: `obj`, and the noun an `acl` verb
    /// modifies passively ("forces backed by Iran"), or the passive subject.
    fn objects(&self, v: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.t.with_rel(v, "obj").map(|o| self.through(o)).collect();
        if !self.stray_passive_subject(v) {
            out.extend(self.t.with_rel(v, "nsubj:pass").map(|o| self.through(o)));
        }
        if self.t.rel(v) == "acl" && self.t.xpos(v) == "VBN" && !self.main_as_acl(v) {
            out.extend(self.t.head(v));
        }
        out
    }

    /// "detained opposition leader Nika Melia early on Sunday", "arrested
    /// former Prime Minister X and his deputy": a title and a name right
    /// after an active verb that has no object, hung by the parser on a
    /// later word that cannot govern it (an adverb, the full stop). The
    /// name is the verb's object. So is a name the parser hung on a noun it
    /// made a conjunct of the verb ("arrested former Prime Minister X and
    /// opposition leader Y", with "leader" read as a second predicate),
    /// and that noun with it.
    fn stranded_object(&self, v: usize) -> Vec<usize> {
        let takes_other = |c: &usize| {
            matches!(
                self.t.rel(*c),
                "obj" | "iobj" | "nsubj:pass" | "ccomp" | "xcomp" | "expl"
            )
        };
        // "…, said Lima Khanam": a speaker after the verb is its subject.
        if self.t.pos(v) != "VERB" || self.is_say(v) || self.t.children(v).iter().any(takes_other) {
            return Vec::new();
        }
        let conjunct = |g: usize| {
            matches!(self.t.pos(g), "NOUN" | "PROPN")
                && self.t.rel(g) == "conj"
                && self.t.head(g) == Some(v)
        };
        let mut h = v + 1;
        for _ in 0..6 {
            match self.t.head(h) {
                Some(g)
                    if g > h
                        && !conjunct(g)
                        && matches!(self.t.rel(h), "det" | "amod" | "compound" | "nmod:desc")
                        && matches!(self.t.pos(g), "NOUN" | "PROPN" | "ADJ") =>
                {
                    h = g
                }
                _ => break,
            }
        }
        let Some(g) = self.t.head(h) else {
            return Vec::new();
        };
        let conjunct = conjunct(g);
        let stranded = self.t.pos(h) == "PROPN"
            && g > h
            && (conjunct || !matches!(self.t.pos(g), "VERB" | "AUX" | "NOUN" | "PROPN" | "ADJ"));
        if !stranded || self.t.actors(h).is_empty() {
            return Vec::new();
        }
        if conjunct {
            vec![h, g]
        } else {
            vec![h]
        }
    }

    /// A relative clause the parser read as the main clause ("X, whose
    /// nationals make up …, demanded", "X, which …, said"): of the
    /// subjects of `h`, the one before the relative subject.
    fn relative_as_main(&self, h: usize) -> Option<usize> {
        let subjects: Vec<usize> = self.t.with_rel(h, "nsubj").collect();
        let relative = subjects.iter().copied().find(|&r| {
            matches!(self.t.lemma(r), "who" | "which")
                || self
                    .t
                    .with_rel(r, "nmod:poss")
                    .any(|p| self.t.lemma(p) == "whose")
        })?;
        subjects.into_iter().find(|&s| s < relative)
    }

    /// A main clause the parser read as a participle on its subject: in
    /// "Prisoners rioted at a jail" or "Albanians demonstrated in Serbia"
    /// the noun heads nothing else and the verb is an `acl` with no by-agent. Such a
    /// verb is active, and the noun is its subject.
    fn main_as_acl(&self, v: usize) -> bool {
        self.t.rel(v) == "acl"
            && self.t.xpos(v) == "VBN"
            && self.agent(v).is_none()
            && self.t.head(v).is_some_and(|h| {
                // The noun is the root, or one of two subjects of a later
                // verb ("police opened fire ..., sources said").
                // Or it hangs on the speech verb of a report after it
                // ("Albanians demonstrated in Serbia, the radio said").
                let stranded = self.t.rel(h) == "root"
                    || (self.t.rel(h) == "nsubj"
                        && self
                            .t
                            .head(h)
                            .is_some_and(|g| self.t.with_rel(g, "nsubj").any(|o| o > v)))
                    || (matches!(self.t.rel(h), "nsubj" | "ccomp")
                        && self.t.head(h).is_some_and(|g| g > v && self.is_say(g)));
                stranded && matches!(self.t.pos(h), "NOUN" | "PROPN" | "PRON")
            })
    }

    /// "will not negotiate with the Taliban": a symmetric act the
    /// `subject` will not do is its refusal (12x) of the other side. Makes
    /// the subject the source and the other side the target and returns
    /// true when the subject is one of the sides.
    fn refused_alone(
        &self,
        subject: Vec<EntityId>,
        source: &mut Vec<EntityId>,
        target: &mut Vec<EntityId>,
        cameo: &mut String,
    ) -> bool {
        if subject.is_empty() || !subject.iter().all(|e| source.contains(e)) {
            return false;
        }
        let mut others: Vec<EntityId> = source.clone();
        others.extend(target.iter().copied());
        others.retain(|e| !subject.contains(e));
        dedup(&mut others);
        *source = subject;
        *target = others;
        *cameo = self
            .lex
            .complement(Frame::Refuse, cameo)
            .unwrap_or("120")
            .to_string();
        true
    }

    /// Whether conjunct `v` is introduced by ", and" (or ", but").
    fn after_comma_and(&self, v: usize) -> bool {
        self.t.with_rel(v, "cc").any(|c| {
            matches!(self.t.lemma(c), "and" | "but")
                && c > 0
                && self
                    .t
                    .children(v)
                    .iter()
                    .any(|&p| p == c - 1 && self.t.rel(p) == "punct")
                && self.t.lemma(c - 1) == ","
        })
    }

    /// The (active) subject of a verb, inherited through xcomp, conj and
    /// participial modifiers.
    fn subject(&self, v: usize, depth: u8) -> Option<usize> {
        if depth > 4 {
            return None;
        }
        // "gathered outside Downing Street, accusing the state of …": a
        // place the parser made the participle's subject, its preposition
        // a marker, is where the clause above happened; the participle is
        // that clause subject's act.
        if self.t.rel(v) == "advcl" && self.t.xpos(v) == "VBG" {
            let located = self.t.children(v).iter().any(|&m| {
                self.t.rel(m) == "mark"
                    && matches!(
                        self.t.lemma(m),
                        "outside" | "near" | "at" | "in" | "inside" | "across" | "around"
                    )
            });
            if located {
                if let Some(h) = self.t.head(v) {
                    return self.subject(h, depth + 1);
                }
            }
        }
        // "fired tear gas … as protesters defied a ban": a clause the parser
        // coordinated with no "and", its subject read as an "as" phrase of
        // the clause above, is a clause of its own with that subject.
        if self.t.rel(v) == "conj"
            && self.t.subject(v).is_none()
            && !self.t.children(v).iter().any(|&c| self.t.rel(c) == "cc")
        {
            // "after the governor, Jean Abate, lifted …": the noun may
            // carry an apposition and commas up to the verb.
            let marked = (v.saturating_sub(12)..v).rev().find(|&s| {
                matches!(self.t.pos(s), "NOUN" | "PROPN" | "PRON")
                    && self.t.rel(s).starts_with("obl")
                    && matches!(
                        self.t.case(s),
                        Some("as" | "while" | "when" | "after" | "before")
                    )
                    && {
                        let below = self.t.descendants(s);
                        (s + 1..v).all(|k| self.t.pos(k) == "PUNCT" || below.contains(&k))
                    }
            });
            if marked.is_some() {
                return marked;
            }
        }
        if let Some(s) = self.t.subject(v) {
            // "days after prosecutors accused him": a span of time the
            // parser took for the subject stands for the clause "after" it.
            let time = matches!(
                self.t.lemma(s),
                "day" | "week" | "month" | "year" | "hour" | "minute"
            );
            let after = || {
                self.t.children(s).iter().copied().find(|&c| {
                    self.t.rel(c) == "nmod" && matches!(self.t.case(c), Some("after" | "before"))
                })
            };
            return Some(time.then(after).flatten().unwrap_or(s));
        }
        // "Syria says it is willing to ...": a pronoun the parser took for
        // an expletive is the subject when it refers to an actor.
        if let Some(s) = self
            .t
            .with_rel(v, "expl")
            .find(|&e| self.t.entity_of(e).is_some())
        {
            return Some(s);
        }
        if self.t.first(v, "nsubj:pass").is_some() {
            return None;
        }
        let h = self.t.head(v)?;
        match self.t.rel(v) {
            "xcomp" => {
                let control = self
                    .verb_match(h)
                    .is_some_and(|m| matches!(m.pattern.frame, Frame::Appeal | Frame::Demand));
                match self.t.first(h, "obj") {
                    Some(o) if control => Some(o),
                    _ => self
                        .t
                        .first(h, "nsubj:pass")
                        .or_else(|| self.subject(h, depth + 1)),
                }
            }
            // "was sworn in and appealed for calm": an active verb joined
            // to a passive one shares its subject.
            // "said the vote had been free and fair and accused the
            // opposition of ...": a finite verb the parser joined to the
            // predicate of a reported clause whose subject is no actor is
            // the reporter's.
            "conj"
                if matches!(self.t.xpos(v), "VBD" | "VBZ")
                    && self.t.rel(h) == "ccomp"
                    && (self.t.first(h, "cop").is_some() || self.perfect_apart(h, v))
                    && self
                        .t
                        .subject(h)
                        .is_some_and(|s| self.t.actors(s).is_empty()) =>
            {
                self.subject(self.t.head(h)?, depth + 1)
            }
            // "said the council had moved weapons and ordered the group to
            // suspend its work": a verb joined to the reported clause whose
            // object is that clause's own subject is the reporter's act.
            "conj"
                if matches!(self.t.xpos(v), "VBD" | "VBZ")
                    && self.t.rel(h) == "ccomp"
                    && self.t.subject(h).is_some_and(|s| {
                        let acts = self.t.actors(s);
                        !acts.is_empty()
                            && self.t.with_rel(v, "obj").any(|o| {
                                self.t.pos(o) == "NOUN"
                                    && self.t.entity_of(o).is_some_and(|a| acts.contains(&a))
                            })
                    }) =>
            {
                self.subject(self.t.head(h)?, depth + 1)
            }
            // "police fired tear gas at protesters who marched on the
            // palace …, and arrested 46 people": a verb after ", and" that
            // the parser joined to a relative clause continues the main
            // clause.
            "conj" if self.t.rel(h) == "acl:relcl" && self.after_comma_and(v) => {
                let mut x = self.t.head(h)?;
                for _ in 0..6 {
                    if self.t.pos(x) == "VERB" && !self.t.rel(x).starts_with("acl") {
                        return self.subject(x, depth + 1);
                    }
                    x = self.t.head(x)?;
                }
                None
            }
            // "The Philippines, whose nationals make up 17 of the crew,
            // demanded …": the parser made the relative clause the main
            // one; the verb after it is the first subject's.
            "conj" => self
                .relative_as_main(h)
                .or_else(|| self.stranded_subject(v))
                .or_else(|| self.subject(h, depth + 1))
                .or_else(|| {
                    (!self.is_passive(v))
                        .then(|| self.t.first(h, "nsubj:pass"))
                        .flatten()
                }),
            // "issued a statement condemning X": a document speaks for
            // whoever issues it.
            "acl"
                if self.t.xpos(v) == "VBG"
                    && self.lex.has_cue(self.t.lemma(h), Cue::Document)
                    && self.t.rel(h) == "obj" =>
            {
                self.t.head(h).and_then(|g| self.subject(g, depth + 1))
            }
            // "has taken steps to enhance freedoms", "adopted measures to
            // curb protests": the means taken are the taker's acts.
            "acl"
                if self.t.xpos(v) == "VB"
                    && matches!(self.t.lemma(h), "step" | "measure")
                    && self.t.rel(h) == "obj" =>
            {
                self.t.head(h).and_then(|g| self.subject(g, depth + 1))
            }
            // "revoked the licence of Tunduk TV, a broadcaster, accusing
            // the channel of …", "fired at protesters, wounding 12": a
            // participle after a comma with an object of its own, hung on
            // a noun that is no subject, is the clause subject's act.
            "acl" if self.comma_participle(v) => {
                let mut g = h;
                for _ in 0..4 {
                    g = self.t.head(g)?;
                    if self.t.pos(g) == "VERB" {
                        return self.subject(g, depth + 1);
                    }
                }
                Some(h)
            }
            // "retook the town after fighting with X", "after three days
            // of fighting with X": a participle a subordinator introduces
            // (or that a stretch of time counts) is an adverbial clause the
            // parser hung on a noun; it is the clause subject's act.
            "acl"
                if self.t.xpos(v) == "VBG"
                    && (self.t.marked(v, &["after", "before", "while", "since"])
                        || self.t.marked(v, &["of"])
                            && matches!(
                                self.t.lemma(h),
                                "day" | "week" | "month" | "hour" | "year"
                            )) =>
            {
                let mut g = h;
                for _ in 0..4 {
                    g = self.t.head(g)?;
                    if self.t.pos(g) == "VERB" {
                        return self.subject(g, depth + 1);
                    }
                }
                None
            }
            "acl" if self.t.xpos(v) != "VBN" || self.main_as_acl(v) => Some(h),
            "acl:relcl" => self.t.antecedent(v),
            // "barred the opposition from holding rallies": what is kept
            // from happening is the object's.
            "advcl"
                if self.t.xpos(v) == "VBG"
                    && self.t.marked(v, &["from"])
                    && self.t.first(h, "obj").is_some() =>
            {
                self.t.first(h, "obj")
            }
            "advcl" if self.t.xpos(v) == "VBG" || self.is_purpose(v) => self.subject(h, depth + 1),
            _ => None,
        }
    }

    /// "revoked the licence of Tunduk TV, a broadcaster, accusing the
    /// channel of …", "fired at protesters, wounding 12": a participle
    /// after a comma, with an object of its own, that the parser hung as
    /// `acl` on a noun that is no subject, is an adverbial clause of the
    /// clause above.
    fn comma_participle(&self, v: usize) -> bool {
        self.t.rel(v) == "acl"
            && self.t.xpos(v) == "VBG"
            && v > 0
            && self.t.pos(v - 1) == "PUNCT"
            && self.doc().span_text(self.t.span(v - 1)) == ","
            && self.t.first(v, "obj").is_some()
            && self
                .t
                .head(v)
                .is_some_and(|h| !self.t.rel(h).starts_with("nsubj"))
    }

    /// The subject of a coordinated clause that the parser took for a
    /// coordinated noun of the clause before: in "violence escalated across
    /// the country and the Taliban have seized regions", "Taliban" hangs as
    /// `conj` (with its `and`) on "country", and "seized" has no subject.
    /// The noun right before the verb (only the verb's auxiliaries and
    /// adverbs between) with a `cc` of its own is its subject.
    fn stranded_subject(&self, v: usize) -> Option<usize> {
        let mut k = v.checked_sub(1)?;
        while self.t.head(k) == Some(v) && matches!(self.t.rel(k), "aux" | "advmod") {
            k = k.checked_sub(1)?;
        }
        let noun = matches!(self.t.pos(k), "NOUN" | "PROPN" | "PRON");
        let stranded = self.t.rel(k) == "conj" && self.t.head(k).is_some_and(|h| h < k);
        (noun && stranded && self.t.first(k, "cc").is_some()).then_some(k)
    }

    /// The subject `s` and the subjects coordinated with it that the parser
    /// hung on the verb as further `nsubj`s ("X and Y agreed" parsed with
    /// `and` on the verb): a `cc` between them marks the coordination.
    fn co_subjects(&self, s: usize) -> Vec<usize> {
        let mut out = vec![s];
        let Some(h) = self.t.head(s).filter(|_| self.t.rel(s) == "nsubj") else {
            return out;
        };
        for o in self.t.with_rel(h, "nsubj").filter(|&o| o > s) {
            let joined = self.t.with_rel(h, "cc").any(|c| c > s && c < o);
            if joined {
                out.push(o);
            }
        }
        out
    }

    /// The reported clause whose subject the parser made the object of the
    /// speech verb: in "said the withdrawal will conclude", "withdrawal"
    /// hangs as `obj` on "said" and "conclude" (a `ccomp` after it) has no
    /// subject.
    fn stranded_complement(&self, n: usize) -> Option<usize> {
        if self.t.rel(n) != "obj" {
            return None;
        }
        let h = self.t.head(n).filter(|&h| self.is_say(h))?;
        let cc = self.t.with_rel(h, "ccomp").find(|&c| c > n)?;
        let finite = matches!(self.t.xpos(cc), "VBD" | "VBZ" | "VBP")
            || self
                .t
                .children(cc)
                .iter()
                .any(|&a| self.t.base_rel(a) == "aux" && self.t.xpos(a) == "MD");
        let bare = self.t.subject(cc).is_none() && self.t.first(cc, "nsubj:pass").is_none();
        (finite && bare).then_some(cc)
    }

    /// A to-infinitive purpose clause ("stay to provide security").
    fn is_purpose(&self, v: usize) -> bool {
        self.t.rel(v) == "advcl"
            && self.t.children(v).iter().any(|&m| {
                self.t.xpos(m) == "TO" || (self.t.rel(m) == "mark" && self.t.lemma(m) == "to")
            })
    }

    /// The by-agent of a passive verb.
    fn agent(&self, v: usize) -> Option<usize> {
        let by = |c: usize| self.t.case(c) == Some("by");
        self.t
            .children(v)
            .iter()
            .copied()
            .find(|&c| self.t.rel(c) == "obl:agent" || (self.t.base_rel(c) == "obl" && by(c)))
            // "was sentenced to four years in prison by the court": the
            // parser may hang the agent on the verb's other phrase; an
            // actor there is the passive's agent.
            .or_else(|| {
                self.t
                    .with_rel(v, "obl")
                    .filter(|&o| self.t.actors(o).is_empty())
                    .flat_map(|o| self.t.children(o).iter().copied())
                    .find(|&c| {
                        self.t.base_rel(c) == "nmod" && by(c) && self.t.entity_of(c).is_some()
                    })
            })
    }

    /// "the government and the rebels have agreed" parsed with the first
    /// conjunct as a passive subject and the second as the active one: an
    /// active verb (an `nsubj`, no passive auxiliary), both its subjects.
    fn stray_passive_subject(&self, v: usize) -> bool {
        self.t.first(v, "nsubj:pass").is_some()
            && self.t.first(v, "aux:pass").is_none()
            && self.t.subject(v).is_some()
    }

    fn is_passive(&self, v: usize) -> bool {
        (self.t.first(v, "nsubj:pass").is_some() && !self.stray_passive_subject(v))
            // "has outright rejected": only a form of be or get makes a
            // passive, whatever the parse calls the word before the verb.
            || self
                .t
                .with_rel(v, "aux:pass")
                .any(|a| matches!(self.t.lemma(a), "be" | "get"))
            || (self.t.rel(v) == "acl" && self.t.xpos(v) == "VBN" && !self.main_as_acl(v))
    }

    fn prep_objects(&self, n: usize, preps: &[&str]) -> Vec<usize> {
        self.t
            .children(n)
            .iter()
            .copied()
            .filter(|&c| matches!(self.t.base_rel(c), "obl" | "nmod"))
            .filter(|&c| self.t.case(c).is_some_and(|p| preps.contains(&p)))
            .collect()
    }

    /// "recalled its ambassador to Australia", "expelled the envoy in
    /// Kabul": the country a diplomat object is accredited to, which the
    /// act on the diplomat is aimed at.
    /// The parser may hang "to Australia" on the verb, where it is no
    /// place of the act ([`Coder::attach`]).
    fn accredited_to(&self, v: usize, objs: &[usize]) -> Vec<usize> {
        let diplomats: Vec<usize> = objs.iter().copied().filter(|&o| self.diplomat(o)).collect();
        if diplomats.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<usize> = diplomats
            .iter()
            .flat_map(|&o| self.prep_objects(o, &["to", "in"]))
            .collect();
        out.extend(self.prep_objects(v, &["to"]));
        out
    }

    /// A "saying …" participle hung on a verb coded as an act of its own
    /// (not another verb of saying), whose subject it shares.
    fn justifies(&self, v: usize) -> bool {
        self.t.xpos(v) == "VBG"
            && matches!(self.t.rel(v), "advcl" | "xcomp" | "conj")
            && self.t.subject(v).is_none()
            && self
                .t
                .head(v)
                .and_then(|h| self.verb_match(h))
                .is_some_and(|m| m.pattern.frame != Frame::Say && m.pattern.cameo != "-")
    }

    /// Whether the clause above `n` is conditional ("if", "unless").
    /// Whether clause `v` has an "if" or "unless" clause; a reported
    /// clause also its speech verb's ("said it would impose sanctions, …,
    /// if the junta missed the deadline": the parser may hang the
    /// condition on "said").
    fn conditional(&self, v: usize) -> bool {
        let has = |x: usize| {
            self.t
                .with_rel(x, "advcl")
                .any(|a| self.t.marked(a, &["if", "unless"]))
        };
        has(v)
            || (self.t.rel(v) == "ccomp"
                && self.t.head(v).is_some_and(|h| self.is_say(h) && has(h)))
    }

    fn condition_clause(&self, n: usize) -> bool {
        let mut x = n;
        for _ in 0..3 {
            let Some(h) = self.t.head(x) else {
                return false;
            };
            if self.t.pos(h) == "VERB" {
                return self.t.marked(h, &["if", "unless"]);
            }
            x = h;
        }
        false
    }

    /// "The Nigerian army said troops had launched a counter-offensive":
    /// bare troops, soldiers or forces in what an army, police force or
    /// government reports are its own.
    fn reporters_forces(&self, v: usize) -> Vec<EntityId> {
        let Some(s) = self.t.subject(v) else {
            return Vec::new();
        };
        let unnamed = self.t.actors(s).is_empty();
        let no_child = |f: &dyn Fn(usize) -> bool| !self.t.children(s).iter().any(|&c| f(c));
        let bare = unnamed
            && matches!(
                self.t.lemma(s),
                "troop" | "troops" | "soldier" | "force" | "forces"
            )
            && no_child(&|c| matches!(self.t.rel(c), "det" | "nmod:poss" | "amod" | "compound"));
        // "The army said air strikes had killed dozens of fighters": strikes
        // no one is named for, in what the military reports, are its own.
        let strikes = unnamed
            && matches!(
                self.t.lemma(s),
                "strike" | "airstrike" | "raid" | "bombardment" | "shelling"
            )
            && no_child(&|c| self.t.rel(c) == "nmod:poss" || !self.t.actors(c).is_empty());
        if !bare && !strikes {
            return Vec::new();
        }
        let mut c = v;
        while self.t.rel(c) == "conj" {
            let Some(h) = self.t.head(c) else { break };
            c = h;
        }
        let Some(say) = self
            .t
            .head(c)
            .filter(|&h| self.t.rel(c) == "ccomp" && self.is_say(h))
        else {
            return Vec::new();
        };
        let reporter = self.subject_actors(say);
        let official = !reporter.is_empty()
            && reporter.iter().all(|&e| {
                self.doc().entity(e).is_some_and(|x| {
                    matches!(x.role, Some(Sector::MIL | Sector::GOV | Sector::COP))
                })
            });
        if official {
            reporter
        } else {
            Vec::new()
        }
    }

    /// Actors that are all states or their civil offices (government,
    /// ministries, legislatures, courts, intergovernmental bodies).
    fn official(&self, actors: &[EntityId]) -> bool {
        !actors.is_empty()
            && actors.iter().all(|&e| {
                self.doc().entity(e).is_some_and(|x| match x.role {
                    Some(r) => matches!(r, Sector::GOV | Sector::LEG | Sector::JUD | Sector::IGO),
                    None => x.kind == newsgraph_core::EntityKind::Gpe,
                })
            })
    }

    /// A diplomat or diplomatic post ("its ambassador", "the embassy").
    fn diplomat(&self, o: usize) -> bool {
        matches!(
            self.t.lemma(o),
            "ambassador" | "envoy" | "diplomat" | "embassy" | "mission" | "consul"
        )
    }

    fn actors_of(&self, toks: &[usize]) -> Vec<EntityId> {
        let mut out = Vec::new();
        for &t in toks {
            for e in self.t.actors(t) {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The code of the action a complement-taking verb governs: a verb
    /// (xcomp) or an event noun (object or prepositional object).
    fn complement(&self, v: usize) -> Option<(usize, String, Vec<usize>)> {
        // "threatened on Monday to break relations": the parser may hang
        // the infinitive as a purpose clause once a phrase comes between.
        let x = self
            .t
            .first(v, "xcomp")
            .or_else(|| self.t.with_rel(v, "advcl").find(|&a| self.is_purpose(a)));
        if let Some(x) = x {
            if let Some(m) = self.verb_match(x) {
                if !m.pattern.frame.takes_complement() {
                    // "declined to attend the talks": the talks are the
                    // complement's, not an event of their own.
                    let mut toks = vec![x];
                    toks.extend(
                        self.t
                            .with_rel(x, "obj")
                            .map(|o| self.through(o))
                            .filter(|&o| self.noun_match(o).is_some()),
                    );
                    return Some((x, m.pattern.cameo.clone(), toks));
                }
            }
            for o in self.t.with_rel(x, "obj") {
                let o = self.through(o);
                if let Some(m) = self.noun_match(o) {
                    return Some((o, m.pattern.cameo.clone(), vec![x, o]));
                }
            }
            // "prepared to resume shelling the town": a light verb's
            // complement is the act, whether the parser hung it as a clause
            // of the light verb or as a gerund on its object ("resume
            // shelling rebel positions").
            if self.lex.has_cue(self.t.lemma(x), Cue::Light) {
                let gerunds = self.t.with_rel(x, "obj").flat_map(|o| {
                    self.t
                        .children(o)
                        .iter()
                        .copied()
                        .filter(move |&g| {
                            g < o && self.t.rel(g) == "amod" && self.t.xpos(g) == "VBG"
                        })
                        .collect::<Vec<_>>()
                });
                for g in self.t.with_rel(x, "xcomp").chain(gerunds) {
                    if let Some(m) = self
                        .verb_match(g)
                        .filter(|m| !m.pattern.frame.takes_complement())
                    {
                        return Some((g, m.pattern.cameo.clone(), vec![x, g]));
                    }
                }
            }
        }
        let mut nouns: Vec<usize> = self.objects(v);
        nouns.extend(self.prep_objects(v, &["to", "for", "on", "upon"]));
        for n in nouns {
            let n = self.through(n);
            if let Some(m) = self.noun_match(n) {
                let code = self.noun_code(n, m.pattern);
                return Some((n, code, vec![n]));
            }
        }
        // "floated the idea of an exchange": the parser may hang the noun
        // the object is "of" as a clause of the verb, marked by "of".
        for a in self.t.with_rel(v, "advcl") {
            let of = self.t.marked(a, &["of"]);
            if let Some(m) = self.noun_match(a).filter(|_| of && self.t.pos(a) == "NOUN") {
                let code = self.noun_code(a, m.pattern);
                return Some((a, code, vec![a]));
            }
        }
        // "demanded that the troops withdraw", "agreed that they would cooperate".
        if let Some(cc) = self.t.first(v, "ccomp") {
            if let Some((tok, code)) = self.clause_code(cc) {
                let mut toks = vec![cc];
                if tok != cc {
                    toks.push(tok);
                }
                return Some((tok, code, toks));
            }
        }
        None
    }

    /// A noun's code; agreements and proposals follow what they are about.
    fn noun_code(&self, n: usize, p: &Pattern) -> String {
        if p.frame == Frame::Intent {
            for c in self.prep_objects(n, &["for", "on", "to", "of"]) {
                let c = self.through(c);
                if let Some(m) = self.noun_match(c) {
                    if m.pattern.frame != Frame::Intent {
                        if let Some(code) = self.lex.complement(Frame::Intent, &m.pattern.cameo) {
                            return code.to_string();
                        }
                    }
                }
            }
        }
        p.cameo.clone()
    }

    fn negated(&self, toks: &[usize]) -> bool {
        let negative = |v: usize| {
            self.t.children(v).iter().any(|&c| {
                matches!(self.t.base_rel(c), "advmod" | "det" | "neg" | "cc:preconj")
                    && self.lex.has_cue(self.t.lemma(c), Cue::Neg)
            })
        };
        toks.iter().any(|&v| {
            negative(v)
                || (matches!(self.t.rel(v), "xcomp" | "ccomp")
                    && self.t.head(v).is_some_and(|h| {
                        let lemma = self.t.lemma(h);
                        self.lex.has_cue(lemma, Cue::Neg)
                            // "did not manage to reach a deal": a verb that
                            // says its complement happened, negated, says
                            // it did not.
                            || (self.lex.has_cue(lemma, Cue::Implicative) && negative(h))
                    }))
                // "barred the opposition from holding rallies": what is
                // kept from happening does not happen.
                || (self.t.rel(v) == "advcl"
                    && self.t.marked(v, &["from"])
                    && self
                        .t
                        .head(v)
                        .is_some_and(|h| self.lex.has_cue(self.t.lemma(h), Cue::Neg)))
        })
    }

    /// A clause in the future or conditional ("will", "would", "won't").
    fn future(&self, v: usize) -> bool {
        self.t.children(v).iter().any(|&a| {
            self.t.base_rel(a) == "aux"
                && matches!(self.t.lemma(a), "will" | "would" | "shall" | "wo")
        })
    }

    /// "will respond", "promised to respond": an act the actor says it
    /// will make.
    fn promised(&self, v: usize) -> bool {
        self.future(v)
            || (self.t.rel(v) == "xcomp"
                && self
                    .t
                    .head(v)
                    .is_some_and(|h| self.lex.has_cue(self.t.lemma(h), Cue::Plan)))
    }

    fn is_say(&self, v: usize) -> bool {
        self.verb_match(v)
            .is_some_and(|m| m.pattern.frame == Frame::Say)
    }

    fn code_sentence(&self, first: usize, end: usize, out: &mut Vec<Candidate>) {
        let end = end.min(self.t.len());
        // Nouns whose event a verb has already taken (light verb objects,
        // complements) and the verb that governs them.
        let mut governed: HashMap<usize, usize> = HashMap::new();
        let mut absorbed: HashSet<usize> = HashSet::new();
        let mut verbs: Vec<Candidate> = Vec::new();
        for v in first..end {
            if self.t.pos(v) != "VERB" && !(self.t.pos(v) == "ADJ" && self.verb_match(v).is_some())
            {
                continue;
            }
            let lemma = self.t.lemma(v);
            let m = self.verb_match(v);
            // Light verbs: "held talks", "announced sanctions".
            let light = self.lex.has_cue(lemma, Cue::Light);
            let specific = m.is_some_and(|m| !m.pattern.objects.is_empty());
            if light && !specific {
                let noun = self
                    .t
                    .with_rel(v, "obj")
                    .chain(self.t.with_rel(v, "nsubj:pass"))
                    .map(|o| self.through(o))
                    .find(|&o| self.noun_match(o).is_some());
                if let Some(n) = noun {
                    governed.insert(n, v);
                    continue;
                }
            }
            // "flew to Beijing for talks with Wang", "arrived in Dhaka on a
            // state visit": the traveller holds them.
            if self.lex.has_cue(lemma, Cue::Travel) {
                for o in self.prep_objects(v, &["for", "on"]) {
                    let o = self.through(o);
                    if self.noun_match(o).is_some() {
                        governed.entry(o).or_insert(v);
                    }
                }
            }
            if self.occurs(v) {
                if let Some(n) = self.t.subject(v).map(|s| self.through(s)) {
                    if self.noun_match(n).is_some() {
                        governed.insert(n, v);
                        if m.is_none() || !specific {
                            continue;
                        }
                    }
                }
            }
            let Some(m) = m else {
                // "chaired a meeting of the council": the object a no-event
                // reading names is no event of its own either.
                if self.no_event_verb(v) {
                    absorbed.extend(self.t.with_rel(v, "obj").map(|o| self.through(o)));
                    continue;
                }
                // An uncoded verb whose object is an event noun ("voiced
                // criticism", "chanted calls for") gives it its subject,
                // unless the subject undergoes it ("fled attacks by X").
                if self.lex.has_cue(lemma, Cue::Undergo) {
                    continue;
                }
                if let Some(n) = self
                    .t
                    .with_rel(v, "obj")
                    .chain(self.t.with_rel(v, "nsubj"))
                    .map(|o| self.through(o))
                    .find(|&o| self.noun_match(o).is_some())
                {
                    governed.insert(n, v);
                }
                continue;
            };
            // "extended the truce", "imposed sanctions": the object the
            // pattern names is part of this event, not an event of its own.
            if !m.pattern.objects.is_empty() {
                let mut args = self.objects(v);
                args.extend(
                    self.t
                        .children(v)
                        .iter()
                        .filter(|&&c| matches!(self.t.base_rel(c), "obl" | "xcomp"))
                        .map(|&c| self.through(c)),
                );
                for o in args {
                    let o = self.through(o);
                    // "brokered negotiations between X and Y": the
                    // talks a mediator brokers are the parties' event too.
                    let mediated = m.pattern.cameo.starts_with("045")
                        && self
                            .noun_match(o)
                            .is_some_and(|n| n.pattern.frame == Frame::Sym)
                        && self
                            .t
                            .children(o)
                            .iter()
                            .any(|&c| matches!(self.t.case(c), Some("between" | "with")));
                    if m.pattern.objects.iter().any(|x| x == self.t.lemma(o)) && !mediated {
                        absorbed.insert(o);
                    }
                }
            }
            // "accused X of arming Y": the charged act is what the
            // accusation says, not an act of the accuser.
            if m.pattern.cameo.starts_with("11") {
                for a in self.t.with_rel(v, "advcl") {
                    let of = self.t.marked(a, &["of", "for"]);
                    if of {
                        // and what it says of those involved ("accused
                        // Kabul of harbouring militants who attack …").
                        absorbed.insert(a);
                        absorbed.extend(self.t.descendants(a));
                    }
                }
            }
            // "condemned an attack by X", "rejected an offer by Y": what is
            // judged or refused is the matter of this event, told as its
            // object, not an event of its own.
            if matches!(m.pattern.cameo.get(..2), Some("11" | "12")) {
                for o in self.t.with_rel(v, "obj") {
                    let o = self.through(o);
                    if self.noun_match(o).is_some() {
                        absorbed.insert(o);
                    }
                }
            }
            if let Some(c) = self.verb_candidate(v, m, &mut absorbed) {
                let more = self.conjoined_objects(v, m.pattern, &c);
                verbs.push(c);
                verbs.extend(more);
            }
        }
        let mut nouns = Vec::new();
        for n in first..end {
            if absorbed.contains(&n) {
                continue;
            }
            let Some(m) = self.noun_match(n) else {
                continue;
            };
            // "denied that the arrests were politically motivated": an act
            // named in what is denied is no new report of it.
            if self
                .t
                .head(n)
                .is_some_and(|h| self.t.base_rel(n) == "nsubj" && self.denied(h))
            {
                continue;
            }
            let gov = governed.get(&n).copied();
            if let Some(mut c) = self.noun_candidate(n, m, gov) {
                // "staged demonstrations to demand X's resignation": as for
                // a protest verb, the demand gives target and code.
                if let Some(g) = gov.filter(|_| c.cameo.starts_with("14") && c.target.is_empty()) {
                    let subj: Vec<usize> = self.subject(g, 0).into_iter().collect();
                    if let Some((d, code, asked)) = self.protest_demand(g, &subj, &mut absorbed) {
                        if let Some(refined) = protest_code(&c.cameo, &code) {
                            c.cameo = refined;
                        }
                        c.target = asked;
                        let src = c.source.clone();
                        c.target.retain(|e| !src.contains(e));
                        absorbed.insert(d);
                        c.anchors.push(d);
                    }
                }
                // "called the arrests 'revenge'", "branded the strikes a
                // crime": a judgement of an act told before, by the judge
                // against whoever did it.
                if gov.is_some_and(|g| self.judges(g, n)) {
                    c.answers = c.cameo.get(..2).map(str::to_string);
                    c.cameo = "111".into();
                    c.target.clear();
                    c.frame = Frame::Act;
                }
                nouns.push(c);
            }
        }
        // "launched drones at Ukraine, killing five people": a participle
        // giving the toll of a violent act is that act, whose target it may
        // name ("stormed a base, killing 47 soldiers").
        // A participle joined to such a participle tells more of the same
        // toll ("..., damaging its mast and injuring three crew members"),
        // and so does one on an act of force (175, riot control), whose
        // subject is the participle's however either was resolved.
        let violent = |c: &Candidate| armed(&c.cameo);
        let forceful = |c: &Candidate| violent(c) || c.cameo.starts_with("175");
        for k in 0..verbs.len() {
            let c = &verbs[k];
            if !(violent(c) && self.t.xpos(c.trigger) == "VBG") {
                continue;
            }
            let mut p = c.trigger;
            while self.t.rel(p) == "conj" {
                match self.t.head(p) {
                    Some(h) if self.t.xpos(h) == "VBG" => p = h,
                    _ => break,
                }
            }
            if self.t.rel(p) != "advcl" {
                continue;
            }
            let head = self.t.head(p);
            if let Some(h) = verbs.iter().position(|x| {
                Some(x.trigger) == head
                    && forceful(x)
                    && (x.source == c.source || p != c.trigger || !violent(x))
            }) {
                if verbs[h].target.is_empty() {
                    verbs[h].target = verbs[k].target.clone();
                }
                absorbed.insert(verbs[k].trigger);
            } else if let Some(n) = nouns.iter_mut().find(|x| {
                // "launched a counter-offensive, killing 21 militants": the
                // event noun of the light verb.
                head.is_some_and(|h| x.clause == h || x.anchors.contains(&h))
                    && violent(x)
                    && x.source == c.source
            }) {
                if n.target.is_empty() {
                    n.target = verbs[k].target.clone();
                }
                absorbed.insert(verbs[k].trigger);
            }
        }
        // "held talks to discuss X": the purpose of an event is that event.
        let anchors: HashSet<usize> = verbs
            .iter()
            .chain(&nouns)
            .flat_map(|c| c.anchors.iter().chain(&c.inner).copied())
            .collect();
        let purpose_of_event = |c: &Candidate| {
            self.is_purpose(c.trigger)
                && self.t.head(c.trigger).is_some_and(|h| anchors.contains(&h))
        };
        let start = out.len();
        out.extend(
            verbs
                .into_iter()
                .filter(|c| !absorbed.contains(&c.trigger) && !purpose_of_event(c)),
        );
        out.extend(nouns);
        // "Iran freed two Germans in an exchange mediated by Oman, and
        // Germany released an Iranian": a mediator acts on the parties the
        // sentence shows acting.
        let sentence = &mut out[start..];
        let parties: Vec<EntityId> = sentence
            .iter()
            .filter(|c| !c.cameo.starts_with("045") && c.frame != Frame::Say)
            .flat_map(|c| c.source.iter().copied())
            .collect();
        for c in sentence.iter_mut() {
            if c.cameo.starts_with("045") && c.target.is_empty() {
                let mut t: Vec<EntityId> = parties
                    .iter()
                    .filter(|e| !c.source.contains(e))
                    .copied()
                    .collect();
                dedup(&mut t);
                if t.len() >= 2 {
                    c.target = t;
                    c.to_sides = false;
                }
            }
        }
    }

    fn verb_candidate(
        &self,
        v: usize,
        m: Match<'a>,
        absorbed: &mut HashSet<usize>,
    ) -> Option<Candidate> {
        let p = m.pattern;
        // "denied that its forces target civilians": what a speaker denies
        // is not reported as having happened.
        // So is "denied hosting any armed group".
        if self.denied(v) {
            return None;
        }
        // "accused the government of surrendering ground", "blamed the
        // rebels for attacking": the act an accusation alleges is the
        // accusation's content, not an event of its own.
        if self.alleged(v) {
            return None;
        }
        // "the strike would continue until the leaders are freed": the
        // end a promised act waits for is no act yet.
        if self.t.marked(v, &["until"]) && self.t.head(v).is_some_and(|h| self.future(h)) {
            return None;
        }
        // "areas held by the rebels", "a group that controls most of the
        // state": holding ground, told to describe it, is a state of
        // affairs, not an act.
        if matches!(self.t.lemma(v), "hold" | "control")
            && p.cameo == "192"
            && self.t.rel(v).starts_with("acl")
        {
            return None;
        }
        // "The UAE has claimed Abu Musa": claiming a place is a territorial
        // claim, not a statement.
        if self.t.lemma(v) == "claim"
            && p.frame == Frame::Say
            && self.t.first(v, "ccomp").is_none()
            && self
                .t
                .with_rel(v, "obj")
                .any(|o| self.inside(o, Item::Place).is_some())
        {
            return None;
        }
        // "an official, who asked not to be named": a source's request for
        // anonymity is no appeal.
        let named = |x: usize| matches!(self.t.lemma(x), "name" | "identify" | "quote");
        if matches!(self.t.lemma(v), "ask" | "request" | "decline" | "refuse")
            && self
                .t
                .with_rel(v, "xcomp")
                .any(|x| named(x) || self.t.with_rel(x, "xcomp").any(named))
        {
            return None;
        }
        // "the ministry responded", "did not respond to requests": a
        // response that names no attack is an event only when promised.
        if self.t.lemma(v) == "respond" && p.objects.is_empty() && !self.promised(v) {
            return None;
        }
        let passive = self.is_passive(v);
        // "Vietnam is committed to opening up", "is determined to": a
        // participle of intent read as passive, with no by-agent, is a state
        // of its subject.
        let stative = passive
            && p.frame == Frame::Intent
            && p.prep.as_deref() == Some("to")
            && self.agent(v).is_none();
        // "was sworn in": a verb of intent in the passive with nothing
        // intended is a ceremony, not a pledge.
        if passive && !stative && p.frame == Frame::Intent && self.complement(v).is_none() {
            return None;
        }
        let (subj, objs): (Vec<usize>, Vec<usize>) = if stative {
            (self.t.with_rel(v, "nsubj:pass").collect(), Vec::new())
        } else if passive {
            (self.agent(v).into_iter().collect(), self.objects(v))
        } else {
            let mut objs: Vec<usize> = self.t.with_rel(v, "obj").collect();
            if objs.is_empty() {
                objs.extend(self.bare_obl(v));
            }
            // "detained opposition leader Nika Melia": an object the parser
            // took for a predicate noun (xcomp) that names an actor.
            if objs.is_empty() {
                objs.extend(self.t.with_rel(v, "xcomp").filter(|&x| {
                    matches!(self.t.pos(x), "NOUN" | "PROPN") && !self.t.actors(x).is_empty()
                }));
            }
            if objs.is_empty() {
                objs.extend(self.stranded_object(v));
            }
            // "allowed the opposition leader to hold a rally", "rejected a
            // US offer to host talks": the object the parser made the
            // subject of the infinitive (or of the noun read as a verb)
            // after the verb.
            if objs.is_empty() {
                objs.extend(
                    self.t
                        .with_rel(v, "xcomp")
                        .flat_map(|x| self.t.with_rel(x, "nsubj"))
                        .filter(|&s| s > v),
                );
            }
            // "accused Prime Minister Albin Kurti of provoking the violence",
            // "blamed the rebels for killing…": the object the parser made
            // the subject of the gerund clause that follows it.
            if objs.is_empty() {
                objs.extend(
                    self.t
                        .with_rel(v, "advcl")
                        .filter(|&x| {
                            self.t.xpos(x) == "VBG"
                                && self.t.children(x).iter().any(|&m| {
                                    self.t.rel(m) == "mark"
                                        && matches!(self.t.lemma(m), "of" | "for" | "from" | "with")
                                })
                        })
                        .flat_map(|x| self.t.with_rel(x, "nsubj").filter(move |&s| s < x))
                        .filter(|&s| s > v),
                );
            }
            let mut subj: Vec<usize> = self
                .subject(v, 0)
                .map(|s| self.co_subjects(s))
                .unwrap_or_default();
            if self.stray_passive_subject(v) {
                subj.extend(self.t.with_rel(v, "nsubj:pass"));
            }
            (subj, objs)
        };
        // "The insurgency in northeast Nigeria has killed …": an event
        // noun's "in" names where it happens, not who acts.
        let located: Vec<usize> = subj
            .iter()
            .copied()
            .filter(|&s| self.noun_match(s).is_some())
            .collect();
        let mut source = if !located.is_empty() && located.len() == subj.len() {
            let own: Vec<usize> = located.iter().flat_map(|&s| self.t.owners(s)).collect();
            self.actors_of(&own)
        } else {
            self.actors_of(&subj)
        };
        if source.is_empty() && !passive {
            source = self.reporters_forces(v);
        }
        // "accused the army of executing villagers, charges the government
        // denies": only a state body charges anyone with a crime; a rights
        // group or a newspaper "charging" is a misread noun or an
        // accusation told elsewhere.
        if self.t.lemma(v) == "charge"
            && p.cameo.starts_with("173")
            && !source.is_empty()
            && !self.state_side(&source)
        {
            return None;
        }
        // "28 people … were forced to evacuate": civilians leaving a place
        // is no withdrawal by a party to anything.
        let civilian = |e: &EntityId| {
            self.doc()
                .entity(*e)
                .is_some_and(|x| x.role == Some(Sector::CVL))
        };
        let withdrawal = p.frame == Frame::Retreat || p.cameo.starts_with("087");
        if withdrawal && !source.is_empty() && source.iter().all(civilian) {
            return None;
        }
        // "Drones struck the depot", "a shell hit the house": a weapon with
        // no one named firing it.
        let weapon_subject = |x: usize| {
            let s: Vec<usize> = self
                .t
                .with_rel(x, "nsubj")
                .flat_map(|s| self.t.conjuncts(s))
                .collect();
            (!s.is_empty())
                .then(|| s.iter().find_map(|&s| weapon_code(self.t.lemma(s))))
                .flatten()
                .filter(|_| s.iter().all(|&k| self.t.actors(k).is_empty()))
        };
        // "Drones struck the depot, killing five workers": the participle
        // shares its clause's weapon.
        let weapon = weapon_subject(v).or_else(|| {
            (self.t.rel(v) == "advcl" && self.t.xpos(v) == "VBG")
                .then(|| self.t.head(v))
                .flatten()
                .and_then(weapon_subject)
        });
        let armed_act = p.cameo.starts_with("18") || p.cameo.starts_with("19");
        let instrument = armed_act
            && !passive
            && source.is_empty()
            && subj.iter().all(|&s| self.t.actors(s).is_empty())
            && weapon.is_some();
        // "were killed when a shell hit their house": the killing tells it.
        if instrument
            && self.t.rel(v) == "advcl"
            && self.t.xpos(v) != "VBG"
            && self
                .t
                .head(v)
                .and_then(|h| self.verb_match(h))
                .is_some_and(|m| {
                    m.pattern.cameo.starts_with("18") || m.pattern.cameo.starts_with("19")
                })
        {
            return None;
        }
        let unresolved_agent = !subj.is_empty() && source.is_empty() && !instrument;
        let iobj: Vec<usize> = self.t.with_rel(v, "iobj").collect();
        let mut target = self.actors_of(&self.accredited_to(v, &objs));
        target.retain(|e| !source.contains(e));
        if target.is_empty() {
            target = self.actors_of(&objs);
        }
        if target.is_empty() {
            target = self.actors_of(&iobj);
        }
        // "marching with 2,000 protesters": who protests with the subject
        // marches beside it, not against it; "filed a petition with the
        // court": a complaint or lawsuit is lodged with a court or body, not
        // against it.
        let beside = p.cameo.starts_with("14") || p.cameo.starts_with("11");
        // A target that is only the subject itself, reached through its own
        // possessive rather than through an object that names it.
        let only_own = |target: &[_]| {
            !target.is_empty()
                && target.iter().all(|e| source.contains(e))
                && !objs
                    .iter()
                    .chain(&iobj)
                    .any(|&o| self.t.entity_of(o).is_some_and(|e| source.contains(&e)))
        };
        // "offered its condolences to the people of Niger": an object
        // owned by the subject itself names no target, so whom the act is
        // addressed to is still to be found among the verb's phrases.
        if !matches!(p.frame, Frame::Sym | Frame::Clash | Frame::Say) && only_own(&target) {
            target.clear();
        }
        if target.is_empty() && p.frame != Frame::Retreat {
            // "at the US Embassy" is where, not whom; but a country that
            // rockets are fired at is what they are aimed at.
            let aimed = armed(&p.cameo);
            let preps: Vec<usize> =
                self.prep_objects(v, TARGET_PREPS)
                    .into_iter()
                    .filter(|&o| {
                        self.t.case(o) != Some("at")
                            || self.inside(o, Item::Place).is_none_or(|k| {
                                aimed
                                    && self.doc().places.get(k).is_some_and(|x| {
                                        x.kind == newsgraph_core::PlaceKind::Country
                                    })
                            })
                    })
                    .filter(|&o| !(beside && self.t.case(o) == Some("with")))
                    .collect();
            target = self.actors_of(&preps);
        }
        // "reneged on his commitment": the subject's own possessive names
        // no target (an object that is the subject itself stays, and the
        // event is dropped as a misread).
        if !matches!(p.frame, Frame::Sym | Frame::Clash) && only_own(&target) {
            target.clear();
        }
        // "imposed sanctions on X", "signed a deal with X".
        if target.is_empty() && !matches!(p.frame, Frame::Retreat | Frame::Say) {
            for o in self.t.with_rel(v, "obj") {
                if target.is_empty() {
                    let mut preps = self.prep_objects(self.through(o), TARGET_PREPS);
                    preps.retain(|&o| !(beside && self.t.case(o) == Some("with")));
                    target = self.actors_of(&preps);
                    // "a tariff on imports of Australian beef", "sanctions
                    // on Russia's oil exports": sanctions and cuts (16x)
                    // hit whoever owns the goods.
                    if target.is_empty() && p.cameo.starts_with("16") {
                        let goods: Vec<usize> = preps
                            .iter()
                            .flat_map(|&x| {
                                let mut g = vec![x];
                                g.extend(self.prep_objects(x, &["of", "from"]));
                                g
                            })
                            .flat_map(|x| self.t.owners(x).collect::<Vec<_>>())
                            .collect();
                        target = self.actors_of(&goods);
                        target.retain(|e| !source.contains(e));
                    }
                }
            }
        }
        // "rejected a US offer", "condemned Russia's decision", "rejected
        // calls by X": acting on what an actor made or owns acts on it.
        if target.is_empty() && p.frame == Frame::Act {
            for o in self.t.with_rel(v, "obj") {
                if !target.is_empty() {
                    break;
                }
                let o = self.through(o);
                let owners: Vec<usize> = self.t.owners(o).collect();
                target = self.actors_of(&owners);
                target.retain(|e| !source.contains(e));
            }
        }
        // "opened fire to disperse demonstrators": whom the act is for (a
        // protest's purpose is its demand, below).
        if target.is_empty()
            && !matches!(p.frame, Frame::Say | Frame::Retreat)
            && !p.cameo.starts_with("14")
        {
            if let Some(a) = self.t.with_rel(v, "advcl").find(|&a| self.is_purpose(a)) {
                target = self.complement_target(a, &source);
            }
        }
        // "mobilized reservists for a war against Iraq": what is mobilised
        // is one's own; the target is what it is directed against.
        if p.cameo.starts_with("15") {
            target = self.actors_of(&self.directed_at(v));
        }
        let mut cameo = p.cameo.clone();
        // "China protested the visit", "the ministry summoned the envoy to
        // protest": a state or its offices protest in words, not in the
        // street.
        if cameo == "141" && self.t.lemma(v) == "protest" && self.official(&source) {
            cameo = "111".into();
        }
        let mut clause = v;
        let mut governs = None;
        // A retaliation promised: aimed at whoever did the hostile act it
        // answers.
        let mut retaliates = false;
        let mut anchors = vec![v];
        let mut inner = Vec::new();
        let mut negated = self.negated(&[v]);
        // "detainees who are not charged with violent crimes": a negated
        // passive relative clause sorts the noun's referents; nothing
        // happened to them.
        if negated && self.t.rel(v) == "acl:relcl" && self.is_passive(v) {
            return None;
        }
        // "the two sides agreed to meet again", "both delegations
        // agreed": the subject is the pair the article last saw together.
        let sides = (matches!(p.frame, Frame::Sym | Frame::Clash)
            && self.names_sides(&self.prep_objects(v, &["with", "between", "among"])))
            || self.subject(v, 0).is_some_and(|s| self.pair_noun(s));
        // "met his security ministers": a meeting with one's own aides is
        // no act between two sides.
        let own_side = p.frame == Frame::Sym
            && !objs.is_empty()
            && objs.iter().all(|&o| {
                OWN_SIDE.contains(&self.t.lemma(o))
                    && self.t.children(o).iter().any(|&c| {
                        self.t.rel(c) == "nmod:poss"
                            && self.t.pos(c) == "PRON"
                            && self.t.entity_of(c).is_none_or(|e| source.contains(&e))
                    })
            });
        if own_side {
            target.clear();
        }
        match p.frame {
            Frame::Sym if own_side => {}
            Frame::Sym | Frame::Clash => {
                let with = self.actors_of(&self.prep_objects(v, &["with", "between", "among"]));
                self.both_sides(p.frame, &mut source, &mut target, &with, &mut cameo);
            }
            Frame::Receive => {
                // "received weapons from X": the giver acts on the
                // receiver; with no giver named there is no act to code.
                // "a loan from the IMF": the parser may hang it on the object.
                let mut givers = self.actors_of(&self.prep_objects(v, &["from"]));
                for o in self.t.with_rel(v, "obj") {
                    if givers.is_empty() {
                        givers = self.actors_of(&self.prep_objects(self.through(o), &["from"]));
                    }
                }
                if givers.is_empty() {
                    return None;
                }
                target = std::mem::replace(&mut source, givers);
            }
            Frame::Retreat => {
                for e in self.actors_of(&self.t.with_rel(v, "obj").collect::<Vec<_>>()) {
                    if !source.contains(&e) {
                        source.push(e);
                    }
                }
                target = self.actors_of(&self.prep_objects(v, &["from", "of"]));
            }
            Frame::Say => {
                let cue = self.t.span(v);
                // "EU adds officials to sanctions list": a reporting verb
                // that puts an actor somewhere, reporting nothing, is no
                // statement (a listener is the object of "tell" only).
                let reports = self.doc().quotes.iter().any(|q| q.cue == Some(cue));
                let addressed = matches!(
                    self.t.lemma(v),
                    "tell" | "inform" | "brief" | "warn" | "assure" | "urge" | "remind"
                );
                let placed = !self.prep_objects(v, &["to", "into", "onto"]).is_empty();
                if !reports
                    && !addressed
                    && placed
                    && objs.iter().any(|&o| self.t.entity_of(o).is_some())
                {
                    return None;
                }
                // The quote finder has already settled who spoke through
                // this verb ("Russia and Ukraine reached a deal, Umerov,
                // who led the delegation, told reporters"): when the parse
                // gives the verb other speakers, the quote's speaker wins.
                if let Some(speaker) = self
                    .doc()
                    .quotes
                    .iter()
                    .find(|q| q.cue == Some(cue))
                    .and_then(|q| q.speaker)
                {
                    // A verb the parse left without a subject ("…, the
                    // Red Cross said" misread as a fragment) speaks for
                    // the quote's speaker too.
                    if !source.contains(&speaker) {
                        source = vec![speaker];
                    }
                }
                target = self.actors_of(&iobj);
                if target.is_empty() {
                    // "told the council": the addressee itself, not actors
                    // named inside what was said.
                    target = objs.iter().filter_map(|&o| self.t.entity_of(o)).collect();
                }
                if target.is_empty() {
                    target = self.actors_of(&self.prep_objects(v, &["to"]));
                }
                // Telling the press ("told reporters", "said to state
                // media") is not acting on it.
                target.retain(|&e| {
                    self.doc()
                        .entity(e)
                        .is_none_or(|e| e.role != Some(Sector::MED))
                });
                // Whom the speaker addressed, as against whom the statement
                // is about (below).
                let to_listener = !target.is_empty();
                // "said he was surprised by advances by the Taliban": a
                // statement is about the actor its complement acts on.
                if target.is_empty() {
                    if let Some(cc) = self.t.first(v, "ccomp") {
                        target.extend(self.about(cc, &source));
                    }
                }
                // "X said it would withdraw": intent, coded by what is
                // announced; the reported clause is the complement, or the
                // clause the speech verb hangs below ("the pullout will
                // end in May, X said").
                let reported = self
                    .t
                    .first(v, "ccomp")
                    .or_else(|| self.t.head(v).filter(|_| self.t.rel(v) == "parataxis"));
                // "X said Y must return the helicopter": a demand on Y.
                if let Some(cc) = self.t.first(v, "ccomp") {
                    let must = self.t.children(cc).iter().any(|&a| {
                        self.t.base_rel(a) == "aux"
                            && matches!(self.t.lemma(a), "must" | "should" | "ought")
                    });
                    let mut asked = self.subject_actors(cc);
                    asked.retain(|e| !source.contains(e));
                    if must && !asked.is_empty() {
                        let coded = self.clause_code(cc);
                        // What is demanded has not happened: not an event.
                        if let Some((tok, _)) = &coded {
                            absorbed.insert(cc);
                            absorbed.insert(*tok);
                        }
                        let code = coded.map(|(_, code)| code);
                        let demand = code
                            .as_deref()
                            .and_then(|c| self.lex.complement(Frame::Demand, c))
                            .unwrap_or("100");
                        cameo = demand.to_string();
                        governs = code;
                        target = asked;
                    }
                }
                if let Some(cc) = reported.filter(|_| !cameo.starts_with("10")) {
                    if self.future(cc) {
                        if let Some((tok, code)) = self.clause_code(cc) {
                            // A hostile act announced, or any act made
                            // conditional ("will withdraw unless ..."), is
                            // a threat; a cooperative one is intent.
                            let condition = self.condition(cc);
                            // "said the government would free the students
                            // if the protests ended": a concession offered on
                            // a condition is no threat; the offer itself is
                            // told, hypothetical.
                            let offer = self.t.lemma(v) == "say"
                                && cooperative(&code)
                                && condition.is_some_and(|c| self.t.marked(c, &["if"]));
                            let hostile = hostile(&code)
                                || (condition.is_some() && !offer && code.as_str() >= "08");
                            let doer = self.subject_actors(cc);
                            let own = doer.iter().any(|e| source.contains(e));
                            let denied = self.negated(&[cc, tok]);
                            // "said it would respond": a bare retaliation
                            // promised, aimed at whoever provoked it.
                            let retaliation = self.bare_retaliation(tok);
                            // "said a deal would not be signed": a
                            // cooperative act with no actor the speaker says
                            // will not happen is refused (12x), not a
                            // negated intent.
                            let refusal = denied
                                && !hostile
                                && (own || doer.is_empty())
                                && cooperative(&code);
                            // "said he would not negotiate", "said his
                            // government would not withdraw the bill": the
                            // refusal is coded on its own clause (12x); "said
                            // it would send reinforcements": a plain "say"
                            // reports the speaker's planned act (announcing,
                            // pledging is the intent). Either way the speech
                            // act stays a statement.
                            let reported = !hostile
                                && (offer
                                    || (denied && !doer.is_empty() && cooperative(&code))
                                    || (!denied && own && self.t.lemma(v) == "say"));
                            let coded = if reported {
                                None
                            } else if hostile && retaliation {
                                retaliates = true;
                                Some(self.retaliation_threat(&source))
                            } else if hostile {
                                Some(self.lex.complement(Frame::Threat, &code).unwrap_or("130"))
                            } else if refusal {
                                Some(self.lex.complement(Frame::Refuse, &code).unwrap_or("120"))
                            } else {
                                self.lex.complement(Frame::Intent, &code)
                            };
                            // "announced it will withdraw its force from
                            // Chad unless X ...": the act announced says
                            // whom it is aimed at, before any actor the
                            // statement is about.
                            let mut t2 = if to_listener {
                                target.clone()
                            } else {
                                self.complement_target(tok, &source)
                            };
                            if t2.is_empty() {
                                t2 = target.clone();
                            }
                            t2.retain(|e| !source.contains(e));
                            if t2.is_empty() {
                                t2 = self.complement_target(tok, &source);
                            }
                            if t2.is_empty() {
                                t2 = condition
                                    .map(|c| self.condition_actors(c))
                                    .unwrap_or_default();
                            }
                            t2.retain(|e| !source.contains(e));
                            // A threat threatens someone: "we will approve
                            // new sanctions" alone stays a statement, but a
                            // warning of it ("warned that anyone inciting
                            // violence would be prosecuted") is a threat.
                            let warned = self.t.lemma(v) == "warn";
                            let coded = coded.filter(|_| {
                                !hostile
                                    || warned
                                    || retaliation
                                    || condition.is_some()
                                    || !t2.is_empty()
                            });
                            if let Some(i) = coded {
                                cameo = i.to_string();
                                governs = Some(code.clone());
                                target = t2;
                                // "said a deal would not be signed soon": the
                                // intent announced is negated.
                                negated |= denied && !refusal;
                                // A threat is not the act; "X said it would
                                // withdraw" is X's intent only, while "X said
                                // the pullout will end in May" also reports
                                // the pullout.
                                // The statement is dated and placed by its
                                // own clause, not by the announced action
                                // ("announced in April it would withdraw by
                                // September").
                                if hostile || own || refusal {
                                    absorbed.insert(cc);
                                    absorbed.insert(tok);
                                }
                            }
                        }
                    }
                }
            }
            // "declined to say whether a ransom was paid": refusing to
            // speak is declining comment.
            Frame::Refuse if self.t.children(v).iter().any(|&x| self.speaking(x)) => {
                cameo = "011".into();
                for &x in self.t.children(v) {
                    if self.speaking(x) {
                        absorbed.insert(x);
                        absorbed.extend(self.t.descendants(x));
                    }
                }
            }
            f if f.takes_complement() => {
                if let Some((tok, code, toks)) = self.complement(v) {
                    governs = Some(code.clone());
                    if let Some(c) = self.lex.complement(f, &code) {
                        cameo = c.to_string();
                    } else if f == Frame::Intent && !code.starts_with("03") {
                        // "agreed on sanctions": agreeing to a hostile act is the act.
                        cameo = code.clone();
                        if self.bare_retaliation(tok)
                            && self.lex.has_cue(self.t.lemma(v), Cue::Plan)
                        {
                            // "vowed to retaliate", "promised to respond": a
                            // retaliation promised is a threat (13x), made now.
                            cameo = self.retaliation_threat(&source).to_string();
                            retaliates = true;
                        } else if self.t.lemma(v) == "prepare" && armed(&code) {
                            // "the army prepared to resume shelling",
                            // "troops preparing to launch an offensive":
                            // readying armed force is a show of force (15x),
                            // and the readying has happened.
                            cameo = "150".into();
                        } else if let Some(&x) = toks.first().filter(|&&x| {
                            hostile(&code)
                                && self.t.rel(x) == "ccomp"
                                && self.t.head(x) == Some(v)
                                && self.is_passive(x)
                                && self.lex.has_cue(self.t.lemma(v), Cue::Plan)
                        }) {
                            // "vowed that the attackers would be hunted
                            // down": force promised against those the clause
                            // is about is a threat (13x) at them, made now.
                            cameo = self
                                .lex
                                .complement(Frame::Threat, &code)
                                .unwrap_or("130")
                                .to_string();
                            let hit = self
                                .t
                                .first(x, "nsubj:pass")
                                .map(|s| self.actors_of(&[s]))
                                .unwrap_or_default();
                            if !hit.is_empty() {
                                target = hit;
                            }
                        } else if self.lex.has_cue(self.t.lemma(v), Cue::Plan) {
                            // "vowed to fight", "vowed to launch an
                            // offensive": a promised act is the act, planned
                            // (its status read from the promised clause).
                            if let Some(&x) = toks
                                .first()
                                .filter(|&&x| self.t.rel(x) == "xcomp" && self.t.head(x) == Some(v))
                            {
                                clause = x;
                            }
                        }
                    }
                    if target.is_empty() || matches!(f, Frame::Intent | Frame::Refuse) {
                        let t2 = self.complement_target(tok, &source);
                        if !t2.is_empty() {
                            target = t2;
                        }
                    }
                    // "demanded that X withdraw": X is asked.
                    if matches!(f, Frame::Demand | Frame::Appeal) {
                        if let Some(&cc) = toks.first().filter(|&&c| self.t.rel(c) == "ccomp") {
                            let asked = self
                                .actors_of(&self.subject(cc, 0).into_iter().collect::<Vec<_>>());
                            if !asked.is_empty() {
                                target = asked;
                            }
                        }
                    }
                    target.retain(|e| !source.contains(e));
                    negated |= self.negated(&toks);
                    inner.extend(&toks);
                    absorbed.extend(toks);
                } else if target.is_empty() || f == Frame::Demand {
                    // "called for the resignation of X": X is the target.
                    let mut nouns = self.objects(v);
                    nouns.extend(self.prep_objects(v, &["to", "for", "on", "upon"]));
                    // "threatened to deliver blows to X", "demanded that X
                    // abandon ...": the action named but not coded.
                    nouns.extend(self.t.first(v, "xcomp"));
                    for n in nouns {
                        let t2 = self.complement_target(self.through(n), &source);
                        if !t2.is_empty() {
                            target = t2;
                            break;
                        }
                    }
                    if matches!(f, Frame::Demand | Frame::Appeal) {
                        if let Some(cc) = self.t.first(v, "ccomp") {
                            let asked = self.subject_actors(cc);
                            if !asked.is_empty() {
                                target = asked;
                            }
                        }
                    }
                }
                // "threatened to cut ties unless X ...": X is threatened.
                if target.is_empty() && f == Frame::Threat {
                    // The condition may hang on any verb of the
                    // threatened chain ("threatened to stop talks to
                    // reduce arms if X ...").
                    let mut cond = self.condition(v);
                    let mut x = v;
                    for _ in 0..3 {
                        if cond.is_some() {
                            break;
                        }
                        let Some(next) = self.t.first(x, "xcomp") else {
                            break;
                        };
                        x = next;
                        cond = self.condition(x);
                    }
                    if let Some(c) = cond {
                        target = self.condition_actors(c);
                    }
                }
                target.retain(|e| !source.contains(e));
            }
            _ => {}
        }
        // "protesters demanding the ouster of X poured into ...", "rallied
        // to demand X's resignation": a protest is against whom its demand
        // is addressed, and a demand for political reform (104x) makes it
        // a protest for that reform (141x). The demand is part of it.
        if cameo.starts_with("14") && target.is_empty() {
            target = self.protest_against(&[v]);
            target.retain(|e| !source.contains(e));
        }
        if cameo.starts_with("14") && p.frame == Frame::Act && target.is_empty() {
            if let Some((d, code, asked)) = self.protest_demand(v, &subj, absorbed) {
                if let Some(refined) = protest_code(&cameo, &code) {
                    cameo = refined;
                }
                target = asked;
                target.retain(|e| !source.contains(e));
                absorbed.insert(d);
                anchors.push(d);
            }
        }
        // "X and Y signed agreements on trade": a pact two parties sign
        // together binds both (GOLD-FORMAT: symmetric, both sides as
        // source and target), unless signed with someone else.
        if cameo.starts_with("057")
            && source.len() >= 2
            && self.actors_of(&self.prep_objects(v, &["with"])).is_empty()
        {
            target = source.clone();
        }
        // "pledged 25 million pounds to help Sri Lanka's navy": aid
        // promised or given to help someone is aimed at them.
        if target.is_empty() && matches!(cameo.get(..2), Some("03" | "07")) {
            let helped: Vec<usize> = self
                .t
                .children(v)
                .iter()
                .copied()
                .filter(|&a| {
                    (self.is_purpose(a) || self.t.rel(a) == "xcomp")
                        && matches!(self.t.lemma(a), "help" | "support" | "assist")
                })
                .flat_map(|a| self.t.with_rel(a, "obj").collect::<Vec<_>>())
                .collect();
            target = self.actors_of(&helped);
            target.retain(|e| !source.contains(e));
        }
        // An object the pattern names: where and when it happens is where
        // and when the act does ("called for a rally in Karachi on
        // Friday"), and the state it leaves is acted upon ("recalled its
        // ambassador from Tehran").
        if !p.objects.is_empty() {
            let objs = self.objects(v);
            let mut from = self.prep_objects(v, &["from"]);
            for &o in &objs {
                from.extend(self.prep_objects(o, &["from"]));
            }
            let prep_objs = p.prep.as_deref().map(|prep| self.prep_objects(v, &[prep]));
            anchors.extend(
                objs.into_iter()
                    .chain(prep_objs.into_iter().flatten())
                    .filter(|&o| p.objects.iter().any(|x| x == self.t.lemma(o))),
            );
            if let Some(state) = from
                .iter()
                .filter(|&&f| self.t.entity_of(f).is_none())
                .filter_map(|&f| self.inside(f, Item::Place))
                .find_map(|pl| self.state_of(pl))
                .filter(|s| !source.contains(s))
            {
                target = vec![state];
            }
        }
        // "agree that disputes should go to arbitration": agreeing on a
        // view, not to an act, is diplomatic cooperation.
        if p.frame == Frame::Intent
            && governs.is_none()
            && self.t.lemma(v) == "agree"
            && self.t.first(v, "ccomp").is_some()
        {
            cameo = "050".into();
        }
        // "sent soldiers across the border", "sent troops into X": troops
        // sent over a border are an incursion, not protection.
        // The troops sent are the sender's own: the target is whom they
        // are sent to.
        if p.cameo == "074" && p.frame == Frame::Act && !p.objects.is_empty() {
            // "sent its first contingent to Haiti": the parser may hang the
            // destination on the troops.
            let mut to = self.prep_objects(v, &["to"]);
            for o in self.t.with_rel(v, "obj") {
                to.extend(self.prep_objects(o, &["to"]));
            }
            target = self.actors_of(&to);
            target.retain(|e| !source.contains(e));
            if !self.prep_objects(v, &["across", "into"]).is_empty() {
                cameo = "190".into();
            }
        }
        // "opened fire with mortars", "attacked the base with drones": the
        // weapon makes the fight artillery (194) or aerial (195).
        if cameo == "190" {
            // "a Turkish drone struck a car": a weapon that names its
            // owner is still the weapon that struck.
            if let Some(code) = subj.iter().find_map(|&s| weapon_code(self.t.lemma(s))) {
                cameo = code.into();
            }
            let mut with = self.prep_objects(v, &["with"]);
            for o in self.t.with_rel(v, "obj") {
                with.extend(self.prep_objects(o, &["with"]));
            }
            let weapons: Vec<&str> = with
                .into_iter()
                .flat_map(|o| self.t.conjuncts(o))
                .map(|o| self.t.lemma(o))
                .collect();
            if let Some(code) = weapons.iter().find_map(|&w| weapon_code(w)) {
                cameo = code.into();
            }
            // "air strikes killed dozens", "shelling killed three": the
            // fighting the subject names says how.
            if let Some(code) = subj
                .iter()
                .filter_map(|&s| self.noun_match(s).map(|m| self.noun_code(s, m.pattern)))
                .find(|c| c.starts_with("19") && c.len() == 3 && c.as_str() != "190")
            {
                cameo = code;
            }
        }
        // "Drones struck the depot", "were killed when a shell hit their
        // house": the weapon says how.
        if cameo.starts_with("19") {
            let code = if instrument {
                weapon
            } else if passive && source.is_empty() {
                self.t
                    .with_rel(v, "advcl")
                    .filter(|&a| self.t.xpos(a) != "VBG")
                    .find_map(weapon_subject)
            } else {
                None
            };
            if let Some(code) = code {
                cameo = code.into();
            }
        }
        // "gunmen seized a foreign engineer", "JNIM says it captured two
        // soldiers": people taken by anyone but the state are abducted
        // (181); the state's taking them is an arrest (173).
        if matches!(cameo.as_str(), "171" | "173")
            && matches!(self.t.lemma(v), "seize" | "capture" | "grab" | "snatch")
            && self.people(&target)
        {
            let state = self.state_side(&source);
            let capture = self.t.lemma(v) == "capture";
            cameo = match (state, source.is_empty()) {
                (true, _) => "173",
                (false, true) if capture => "173",
                _ => "181",
            }
            .into();
        }
        // "shelled each other's positions", "attacked one another": both
        // sides act on each other.
        let mutual = |t: usize| {
            matches!(self.t.lemma(t), "each" | "one")
                && self
                    .t
                    .with_rel(t, "fixed")
                    .any(|f| matches!(self.t.lemma(f), "other" | "another"))
        };
        // "the two countries recalled their ambassadors": each from the
        // other.
        let theirs = |o: usize| {
            cameo.starts_with("16")
                && self
                    .t
                    .with_rel(o, "nmod:poss")
                    .any(|p| self.t.lemma(p) == "their")
        };
        let mut frame = p.frame;
        if source.len() >= 2
            && self
                .t
                .with_rel(v, "obj")
                .any(|o| mutual(o) || theirs(o) || self.t.with_rel(o, "nmod:poss").any(mutual))
        {
            target = source.clone();
            frame = Frame::Clash;
        }
        // "shelled Kharkiv": a place attacked is where the attack is, and
        // the state it lies in is attacked.
        let mut place = None;
        if target.is_empty() && matches!(cameo.get(..2), Some("17" | "18" | "19" | "20")) {
            if let Some(pl) = self
                .t
                .with_rel(v, "obj")
                .filter(|&o| self.t.entity_of(o).is_none())
                .find_map(|o| self.inside(o, Item::Place))
            {
                place = Some(pl);
                if let Some(state) = self.state_of(pl).filter(|s| !source.contains(s)) {
                    target = vec![state];
                }
            }
        }
        // "will not withdraw the bill", "would not agree to talks": a
        // cooperative act the actor says it will not do is a refusal (12x).
        // "will impose sanctions if the junta misses the deadline": a
        // coercive act promised on a condition is a threat (13x).
        // (A protest has no threat code: "will march if" stays a march.)
        // "we will respond", "would retaliate": a retaliation promised is
        // a threat with or without a condition, against whoever the
        // condition names.
        let retaliation = RETALIATE.contains(&self.t.lemma(v));
        if !negated
            && hostile(&cameo)
            && matches!(p.frame, Frame::Act)
            && self.future(clause)
            && (retaliation || self.conditional(clause))
        {
            let code = if retaliation && p.objects.is_empty() {
                retaliates = true;
                Some(self.retaliation_threat(&source))
            } else {
                self.lex.complement(Frame::Threat, &cameo)
            };
            if let Some(code) = code {
                governs = Some(cameo.clone());
                cameo = code.to_string();
                if target.is_empty() && retaliation {
                    target = self
                        .condition(clause)
                        .map(|c| self.condition_actors(c))
                        .unwrap_or_default();
                    target.retain(|e| !source.contains(e));
                }
            }
        }
        // "will not negotiate with the Taliban": the subject alone refuses
        // the other side.
        if negated
            && p.frame == Frame::Sym
            && cooperative(&cameo)
            && self.future(clause)
            && self.refused_alone(self.actors_of(&subj), &mut source, &mut target, &mut cameo)
        {
            negated = false;
        }
        if negated && matches!(p.frame, Frame::Act | Frame::Retreat | Frame::Intent) {
            let base = governs.clone().unwrap_or_else(|| cameo.clone());
            if cooperative(&base) && self.future(clause) {
                cameo = self
                    .lex
                    .complement(Frame::Refuse, &base)
                    .unwrap_or("120")
                    .to_string();
                governs = Some(base);
                negated = false;
            }
        }
        let bare = p.frame == Frame::Intent
            && governs.is_none()
            && target.is_empty()
            && self.t.first(v, "obj").is_none()
            && self.t.first(v, "xcomp").is_none()
            && self.t.first(v, "ccomp").is_none()
            && self
                .prep_objects(v, &["to", "on", "upon", "with"])
                .is_empty();
        // "The accord, brokered by Cuba and Norway": a mediator acts on the
        // parties it brings together, the sides of the last joint act.
        // "talks hosted by Kenya": a host of talks acts on their parties too.
        let hosted_talks = cameo.starts_with("043")
            && self
                .t
                .with_rel(v, "obj")
                .chain(self.t.head(v).filter(|_| self.t.rel(v) == "acl"))
                .any(|o| {
                    matches!(
                        self.t.lemma(o),
                        "talk" | "talks" | "negotiation" | "meeting" | "summit" | "delegation"
                    )
                });
        let mediated = cameo.starts_with("045") || hosted_talks;
        if mediated {
            target.retain(|e| !source.contains(e));
        }
        let addressees: Vec<usize> = self
            .t
            .with_rel(v, "obj")
            .chain(self.t.with_rel(v, "iobj"))
            .chain(self.prep_objects(v, TARGET_PREPS))
            .collect();
        let to_sides = (mediated && target.is_empty())
            || target.is_empty()
                && !matches!(p.frame, Frame::Sym | Frame::Clash)
                && (self.names_sides(&addressees)
                    || addressees.iter().any(|&a| {
                        // "urged both governments": the two states, not
                        // "the two presidents" (persons the text may name).
                        self.pair_noun(a)
                            && matches!(
                                self.t.lemma(a),
                                "government"
                                    | "country"
                                    | "nation"
                                    | "ally"
                                    | "neighbour"
                                    | "neighbor"
                                    | "rival"
                                    | "state"
                            )
                    }));
        // "criticised the deal, saying it gave the rebels time": the reason
        // an act gives for itself is part of that act, not a statement of
        // its own.
        if p.frame == Frame::Say && cameo == p.cameo && self.justifies(v) {
            return None;
        }
        // "said he would appeal", "appealed against the ruling": an appeal
        // to no one for nothing is a legal challenge of what a court
        // decided.
        let legal_appeal = self.t.lemma(v) == "appeal"
            && cameo == "020"
            && target.is_empty()
            && ["obj", "xcomp", "ccomp"]
                .iter()
                .all(|r| self.t.first(v, r).is_none())
            && self.prep_objects(v, &["to", "for"]).is_empty();
        if legal_appeal {
            cameo = "115".into();
        }
        let answers = if legal_appeal {
            Some("116".to_string())
        } else if retaliates && target.is_empty() {
            // "Moscow promised to retaliate": against the hostile act just
            // told.
            Some(RECENT_HOSTILE.to_string())
        } else if target.is_empty()
            && cameo.starts_with("016")
            && self.t.rel(v) != "acl:relcl"
            && (self.t.first(v, "obj").is_none()
                && (self.t.first(v, "ccomp").is_some() || self.t.first(v, "xcomp").is_some())
                || self
                    .t
                    .with_rel(v, "obj")
                    .any(|o| DENIED_PART.contains(&self.t.lemma(o))))
        {
            // "denied carrying out the attack", "denied any involvement":
            // likewise.
            // "denied that soldiers had burned any homes": whoever said
            // they had, nearby.
            Some(RECENT_ACCUSATION.to_string())
        } else if target.is_empty() && cameo.starts_with("016") && self.denies_charge(v) {
            // "a charge Paris has repeatedly denied": whoever made it.
            Some("11".to_string())
        } else if target.is_empty() {
            self.t.with_rel(v, "obj").find_map(|o| {
                let definite = self.t.children(o).iter().any(|&c| {
                    self.t.rel(c) == "det" && matches!(self.t.lemma(c), "the" | "this" | "that")
                });
                if !definite || !self.t.actors(o).is_empty() {
                    return None;
                }
                // "rejected the decision", "welcomed the move": whatever
                // was last done (not said)
                if GENERIC_ACTS.contains(&self.t.lemma(o)) {
                    return Some(ANY_ACT.to_string());
                }
                // "The Taliban deny the charge": whoever accused them.
                if matches!(
                    self.t.lemma(o),
                    "charge" | "accusation" | "allegation" | "claim"
                ) && cameo.starts_with("016")
                {
                    return Some("11".to_string());
                }
                // "appealed the verdict", "defended the ruling": what a
                // court decided.
                if JUDGMENTS.contains(&self.t.lemma(o)) {
                    return Some("116".to_string());
                }
                if let Some(m) = self.noun_match(o) {
                    return m.pattern.cameo.get(..2).map(str::to_string);
                }
                // "launched military drills … condemned the drills",
                // "vetoed the draft … welcomed the vetoes": the act told
                // before under the same word.
                if p.frame == Frame::Say {
                    return None;
                }
                let lemma = self.t.lemma(o);
                (0..o).rev().find_map(|k| {
                    if self.t.lemma(k) != lemma {
                        return None;
                    }
                    let code = match self.t.pos(k) {
                        "VERB" => self.verb_match(k)?.pattern.cameo.as_str(),
                        _ => self.noun_match(k)?.pattern.cameo.as_str(),
                    };
                    code.get(..2).filter(|r| *r != "01").map(str::to_string)
                })
            })
        } else {
            None
        };
        Some(Candidate {
            trigger: v,
            clause,
            anchors,
            inner,
            referent: None,
            cameo,
            frame,
            source,
            target,
            negated,
            rule: p.rule.clone(),
            sides,
            anaphoric: false,
            aside: false,
            unresolved_agent,
            answers,
            to_sides,
            governs,
            place,
            bare,
            also: passive && p.frame != Frame::Say && self.has_also(v),
            instrument,
            opponent: Vec::new(),
        })
    }

    /// Whether gerund `v` ("of surrendering", "for attacking") is what an
    /// accusation alleges: marked by "of" or "for" and hanging from an
    /// accusing verb or from its object.
    fn alleged(&self, v: usize) -> bool {
        if self.t.xpos(v) != "VBG" || !self.t.marked(v, &["of", "for"]) {
            return false;
        }
        let accusing = |h: usize| matches!(self.t.lemma(h), "accuse" | "blame" | "charge");
        self.t.head(v).is_some_and(|h| {
            accusing(h) || self.t.rel(h) == "obj" && self.t.head(h).is_some_and(accusing)
        })
    }

    /// Whether clause `v` is what a speaker denies ("denied that its
    /// forces target civilians", "denied hosting any armed group").
    /// Whether denial verb `v` describes a charge it answers: "a charge
    /// which Paris denies" (a relative clause on the charge), or, as the
    /// parser may read it, "a charge Paris denies" with the charge a
    /// modifier of the subject.
    fn denies_charge(&self, v: usize) -> bool {
        let charge = |n: usize| {
            matches!(
                self.t.lemma(n),
                "charge" | "accusation" | "allegation" | "claim"
            )
        };
        (self.t.rel(v).starts_with("acl") && self.t.head(v).is_some_and(charge))
            || self.t.with_rel(v, "nsubj").any(|s| {
                self.t
                    .children(s)
                    .iter()
                    .any(|&c| matches!(self.t.rel(c), "compound" | "amod") && charge(c))
            })
    }

    fn denied(&self, v: usize) -> bool {
        matches!(self.t.rel(v), "ccomp" | "xcomp")
            && self
                .t
                .head(v)
                .is_some_and(|h| matches!(self.t.lemma(h), "deny" | "dismiss" | "refute"))
    }

    /// Whether verb `g` passes judgement on its definite object `n`, an act
    /// told before: "called the arrests 'revenge'", "branded the strike
    /// illegal" (a complement after the object).
    fn judges(&self, g: usize, n: usize) -> bool {
        matches!(self.t.lemma(g), "call" | "brand" | "label")
            && self.t.rel(n) == "obj"
            && self.t.head(n) == Some(g)
            && self.t.children(n).iter().any(|&c| {
                self.t.rel(c) == "det" && matches!(self.t.lemma(c), "the" | "this" | "these")
            })
            && self
                .t
                .children(g)
                .iter()
                .any(|&c| c > n && matches!(self.t.rel(c), "xcomp" | "obj" | "ccomp"))
    }

    /// "said the attackers had received support … and accused India of
    /// …": a simple past joined to a perfect ("had received") shares no
    /// "had" with it, so it is not part of the reported clause.
    fn perfect_apart(&self, h: usize, v: usize) -> bool {
        self.t.xpos(h) == "VBN"
            && self.t.xpos(v) == "VBD"
            && self.t.with_rel(h, "aux").any(|a| self.t.lemma(a) == "have")
            && self.t.first(v, "aux").is_none()
    }

    /// The demand a protest makes: a demand verb modifying its subject
    /// ("protesters demanding ...") or heading its purpose or manner clause
    /// ("marched to demand ...", "rallied, calling for ..."), with the code
    /// and actors that demand has on its own.
    fn protest_demand(
        &self,
        v: usize,
        subj: &[usize],
        absorbed: &mut HashSet<usize>,
    ) -> Option<(usize, String, Vec<EntityId>)> {
        let mut cands: Vec<usize> = subj
            .iter()
            .flat_map(|&s| self.t.with_rel(s, "acl"))
            .collect();
        cands.extend(
            self.t
                .children(v)
                .iter()
                .copied()
                .filter(|&c| matches!(self.t.rel(c), "advcl" | "xcomp")),
        );
        // "demonstrated in the city, calling for ...": a participle the
        // parser hung on the place of the protest.
        cands.extend(
            self.t
                .with_rel(v, "obl")
                .flat_map(|o| self.t.with_rel(o, "acl"))
                .filter(|&a| self.t.xpos(a) == "VBG"),
        );
        cands.into_iter().find_map(|d| {
            let m = self.verb_match(d)?;
            if m.pattern.frame != Frame::Demand {
                return None;
            }
            let c = self.verb_candidate(d, m, absorbed)?;
            (!c.target.is_empty()).then_some((d, c.cameo, c.target))
        })
    }

    /// A nominal the parser hung on the verb as `obl` without a preposition
    /// right after it ("arrested more than 100 Palestinians", where "than"
    /// took the case slot, or "kidnapped up to 16 advisers", where "up to"
    /// did): the object, unless it is a date or a place.
    fn bare_obl(&self, v: usize) -> Option<usize> {
        let up_to = |o: usize| {
            self.t.children(o).iter().any(|&c| {
                self.t.rel(c) == "case"
                    && self.t.lemma(c) == "up"
                    && self.t.with_rel(c, "fixed").any(|f| self.t.lemma(f) == "to")
            })
        };
        self.t.with_rel(v, "obl").find(|&o| {
            o > v
                && matches!(self.t.pos(o), "NOUN" | "PROPN")
                && (self.t.case(o).is_none() || up_to(o))
                && self.inside(o, Item::Date).is_none()
                && self.inside(o, Item::Place).is_none()
                && !self.t.actors(o).is_empty()
        })
    }

    /// "went on strike in protest at the government's decision", "marched
    /// in protest against the war by X": whom a protest is against, named in
    /// a protest phrase on its trigger or its verb (the owner or maker of
    /// what is protested).
    fn protest_against(&self, toks: &[usize]) -> Vec<EntityId> {
        let mut out = Vec::new();
        for &k in toks {
            for ph in self.prep_objects(k, &["in"]) {
                if self.t.lemma(ph) != "protest" {
                    continue;
                }
                for o in self.prep_objects(ph, &["of", "against", "at", "over"]) {
                    let mut found = self.t.actors(o);
                    if found.is_empty() {
                        let mut toks: Vec<usize> = self.t.with_rel(o, "nmod:poss").collect();
                        toks.extend(self.prep_objects(o, &["by", "of"]));
                        found = self.actors_of(&toks);
                    }
                    for e in found {
                        if !out.contains(&e) {
                            out.push(e);
                        }
                    }
                }
            }
        }
        out
    }

    /// "also", "too", "likewise" on a clause: it continues what came before.
    fn has_also(&self, v: usize) -> bool {
        self.t.children(v).iter().any(|&c| {
            self.t.base_rel(c) == "advmod" && matches!(self.t.lemma(c), "also" | "too" | "likewise")
        })
    }

    /// "captured a district in A, as well as a district in B": a further
    /// object of the kind the pattern names, with a place of its own, is
    /// a further event there. Looked for anywhere below the verb, as the
    /// parser may hang the conjunct on a neighbouring clause.
    fn conjoined_objects(&self, v: usize, p: &Pattern, c: &Candidate) -> Vec<Candidate> {
        if p.objects.is_empty() || p.frame != Frame::Act {
            return Vec::new();
        }
        let below = |t: usize| {
            let mut h = t;
            for _ in 0..8 {
                match self.t.head(h) {
                    Some(x) if x == v => return true,
                    Some(x) => h = x,
                    None => return false,
                }
            }
            false
        };
        let span_of = |t: usize| self.t.subtree_span(t);
        let mut out = Vec::new();
        let (lo, hi) = (v.saturating_sub(40), (v + 60).min(self.t.len()));
        for t in lo..hi {
            if self.t.rel(t) != "conj"
                || !p.objects.iter().any(|o| o == self.t.lemma(t))
                || !below(t)
            {
                continue;
            }
            let within = span_of(t);
            let place = self
                .doc()
                .places
                .iter()
                .position(|pl| pl.spans.iter().any(|s| within.contains(*s)));
            if let Some(pl) = place {
                let mut more = c.clone();
                more.trigger = t;
                more.place = Some(pl);
                more.anchors = vec![v];
                out.push(more);
            }
        }
        out
    }

    /// Nominals below `v` (three levels down) that an action is directed
    /// at: "against X", "toward X", "into X", "to X".
    fn directed_at(&self, v: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut frontier = vec![v];
        for _ in 0..3 {
            let mut next = Vec::new();
            for t in frontier {
                for &c in self.t.children(t) {
                    if !matches!(self.t.base_rel(c), "obj" | "obl" | "nmod") {
                        continue;
                    }
                    if matches!(
                        self.t.case(c),
                        Some("against" | "toward" | "towards" | "into" | "to")
                    ) {
                        out.push(c);
                    } else {
                        next.push(c);
                    }
                }
            }
            frontier = next;
        }
        out
    }

    /// A condition clause ("unless X ...", "if X ...") of a verb.
    fn condition(&self, v: usize) -> Option<usize> {
        self.t
            .with_rel(v, "advcl")
            .find(|&a| self.t.marked(a, &["unless", "if"]))
    }

    /// Who a condition waits on, the one a threat is aimed at: the
    /// subject of an active clause ("if Norway expels ..."), the agent of a
    /// passive one; "if the activists are not freed" names no one.
    fn condition_actors(&self, c: usize) -> Vec<EntityId> {
        if self.is_passive(c) {
            self.actors_of(&self.agent(c).into_iter().collect::<Vec<_>>())
        } else {
            self.subject_actors(c)
        }
    }

    /// The actors of a clause's subject.
    fn subject_actors(&self, v: usize) -> Vec<EntityId> {
        let subj: Vec<usize> = self
            .t
            .subject(v)
            .or_else(|| self.t.first(v, "nsubj:pass"))
            .into_iter()
            .collect();
        self.actors_of(&subj)
    }

    /// The first actor a reported clause names other than its subject and
    /// the speaker, when the clause reports no event of its own ("said he
    /// was surprised by advances by the Taliban"): what the statement is about. Shares of territory ("85
    /// percent of Afghanistan"), the parties of an interaction ("talks
    /// between X and Y") and the press are not what it is about.
    fn about(&self, cc: usize, speaker: &[EntityId]) -> Option<EntityId> {
        let mut toks = Vec::new();
        let mut stack = vec![cc];
        while let Some(t) = stack.pop() {
            if toks.len() > 200 {
                break;
            }
            toks.push(t);
            for &c in self.t.children(t) {
                let skip = (t == cc && matches!(self.t.base_rel(c), "nsubj" | "csubj"))
                    || matches!(self.t.base_rel(c), "ccomp" | "parataxis")
                    || QUANTITY.contains(&self.t.lemma(t))
                    || matches!(self.t.case(c), Some("between" | "among" | "with"))
                    // "said the envoy was handed over in northern Mali":
                    // where something happens is no one it is about.
                    || matches!(
                        self.t.case(c),
                        Some("in" | "at" | "near" | "inside" | "across" | "throughout" | "into")
                    );
                if !skip {
                    stack.push(c);
                }
            }
        }
        // A reported event is coded on its own (as claimed); the
        // statement itself is then about no one.
        // So is one the lexicon reads as no event ("evacuated residents
        // from X" is about nobody in X).
        if toks.iter().any(|&t| {
            self.verb_match(t).is_some() || self.noun_match(t).is_some() || self.no_event_verb(t)
        }) {
            return None;
        }
        // Only a name counts: a bare role noun ("sent soldiers") is too
        // weakly tied to the actor it was resolved to.
        let named = |t: usize| {
            let span = self.t.span(t);
            self.doc().mentions.iter().any(|m| m.span.contains(span))
        };
        toks.sort_unstable();
        // A proper name heading its phrase: "71 Chinese aircraft", "the
        // Iranian people" are things or crowds the statement mentions, not
        // an actor it is about.
        let proper = |t: usize| {
            self.t.pos(t) == "PROPN"
                && !(matches!(self.t.base_rel(t), "amod" | "compound")
                    && self.t.head(t).is_some_and(|h| self.t.pos(h) == "NOUN"))
        };
        toks.into_iter().find_map(|t| {
            let e = self.t.entity_of(t)?;
            let ent = self.doc().entity(e)?;
            (named(t)
                && proper(t)
                && !ent.group
                && !speaker.contains(&e)
                && ent.role != Some(Sector::MED))
            .then_some(e)
        })
    }

    /// The code of the first trigger heading a clause (verb or light-verb noun).
    fn clause_code(&self, v: usize) -> Option<(usize, String)> {
        if let Some(m) = self.verb_match(v) {
            if m.pattern.frame != Frame::Say {
                return Some((v, m.pattern.cameo.clone()));
            }
        }
        let mut nouns: Vec<usize> = self.t.with_rel(v, "obj").collect();
        nouns.extend(self.t.with_rel(v, "nsubj"));
        nouns.extend(self.t.with_rel(v, "nsubj:pass"));
        nouns.into_iter().map(|n| self.through(n)).find_map(|n| {
            self.noun_match(n)
                .map(|m| (n, self.noun_code(n, m.pattern)))
        })
    }

    /// The actor the action a complement names is directed at, other than
    /// the `source` ("agreed to reopen its borders to UN peacekeepers": not
    /// the owner of the borders).
    fn complement_target(&self, tok: usize, source: &[EntityId]) -> Vec<EntityId> {
        let others = |mut v: Vec<EntityId>| {
            v.retain(|e| !source.contains(e));
            v
        };
        // "willing to withdraw its troops from Lebanon": what is withdrawn
        // is the actor's own; it withdraws from the target.
        if self
            .verb_match(tok)
            .is_some_and(|m| m.pattern.frame == Frame::Retreat)
        {
            let mut from = self.prep_objects(tok, &["from"]);
            for o in self.t.with_rel(tok, "obj") {
                from.extend(self.prep_objects(o, &["from"]));
            }
            return others(self.actors_of(&from));
        }
        if self.t.pos(tok) == "VERB" {
            // "resume shelling rebel positions": a gerund the parser hung on
            // its object as a modifier acts on that object.
            let objs: Vec<usize> = self
                .t
                .with_rel(tok, "obj")
                .chain(self.t.head(tok).filter(|_| self.t.rel(tok) == "amod"))
                .collect();
            let mut t = others(self.actors_of(&objs));
            if t.is_empty() {
                t = others(self.actors_of(&self.prep_objects(tok, TARGET_PREPS)));
            }
            // "break relations with X", "stop negotiations with X".
            for o in objs {
                if t.is_empty() {
                    t = others(self.actors_of(&self.prep_objects(self.through(o), TARGET_PREPS)));
                }
            }
            t
        } else {
            // "demanded an admission by Moscow": the agent of the act asked for.
            let mut toks =
                self.prep_objects(tok, &["against", "on", "with", "to", "from", "of", "by"]);
            toks.extend(self.t.with_rel(tok, "nmod:poss"));
            let mut t = self.actors_of(&toks);
            // "continue military aid to Mozambique", with "to" on the verb;
            // "demand reforms by the government", with the agent of the act
            // asked for on the verb.
            if t.is_empty() && self.t.rel(tok) == "obj" {
                if let Some(h) = self.t.head(tok) {
                    t = self.actors_of(&self.prep_objects(h, TARGET_PREPS));
                    if t.is_empty() {
                        t = others(self.actors_of(&self.prep_objects(h, &["by"])));
                    }
                }
            }
            t
        }
    }

    /// "both delegations", "the two sides", "both countries": a noun for
    /// two parties that names no actor.
    fn pair_noun(&self, n: usize) -> bool {
        const PAIRS: &[&str] = &[
            "ally",
            "country",
            "delegation",
            "government",
            "leader",
            "minister",
            "nation",
            "neighbor",
            "neighbour",
            "party",
            "president",
            "rival",
            "side",
            "state",
        ];
        let both = self
            .t
            .children(n)
            .iter()
            .any(|&c| matches!(self.t.lemma(c).to_lowercase().as_str(), "both" | "two"));
        // "the two leaders" may have been resolved to one of them.
        both && PAIRS.contains(&self.t.lemma(n)) && self.t.actors(n).len() < 2
    }

    /// True when the arguments are "the two sides", "both parties".
    fn names_sides(&self, args: &[usize]) -> bool {
        args.iter()
            .any(|&a| SIDE_WORDS.contains(&self.t.lemma(a)) && self.t.actors(a).is_empty())
    }

    /// A symmetric event lists every side as both source and target
    /// (GOLD-FORMAT): the subjects, objects and "with/between" actors. A
    /// clash between armed sides is fighting (190).
    fn both_sides(
        &self,
        frame: Frame,
        source: &mut Vec<EntityId>,
        target: &mut Vec<EntityId>,
        with: &[EntityId],
        cameo: &mut String,
    ) {
        for e in target.iter().chain(with) {
            if !source.contains(e) {
                source.push(*e);
            }
        }
        *target = source.clone();
        if frame == Frame::Clash && self.armed(source) {
            *cameo = "190".into();
        }
    }

    /// Whether every actor is a person or an unnamed group of people.
    fn people(&self, actors: &[EntityId]) -> bool {
        !actors.is_empty()
            && actors.iter().all(|&e| {
                self.doc().entity(e).is_some_and(|e| {
                    e.group || matches!(e.kind, EntityKind::Person | EntityKind::Norp)
                })
            })
    }

    /// Whether any actor is a state body (government, army, police,
    /// courts) or a state itself.
    fn state_side(&self, actors: &[EntityId]) -> bool {
        actors.iter().any(|&e| {
            self.doc().entity(e).is_some_and(|e| {
                e.kind == EntityKind::Gpe
                    || matches!(
                        e.role,
                        Some(Sector::GOV | Sector::MIL | Sector::COP | Sector::JUD | Sector::SPY)
                    )
            })
        })
    }

    /// The threat a promised retaliation makes: force (138) from an armed
    /// actor, else an unspecified one (130).
    /// "would respond", "vowed to retaliate": a verb of retaliation whose
    /// pattern names no act of its own ("respond to an attack" does).
    fn bare_retaliation(&self, v: usize) -> bool {
        RETALIATE.contains(&self.t.lemma(v))
            && self
                .verb_match(v)
                .is_some_and(|m| m.pattern.objects.is_empty())
    }

    fn retaliation_threat(&self, source: &[EntityId]) -> &'static str {
        if self.armed(source) {
            "138"
        } else {
            "130"
        }
    }

    fn armed(&self, actors: &[EntityId]) -> bool {
        actors.iter().any(|&e| {
            self.doc().entity(e).is_some_and(|e| {
                matches!(
                    e.role,
                    Some(Sector::MIL | Sector::REB | Sector::INS | Sector::SEP)
                )
            })
        })
    }

    fn noun_candidate(&self, n: usize, m: Match<'a>, gov: Option<usize>) -> Option<Candidate> {
        let p = m.pattern;
        // "militants who were preparing attacks", "plotted an attack": an
        // act being readied has not happened.
        if self.t.rel(n) == "obj"
            && self
                .t
                .head(n)
                .is_some_and(|h| matches!(self.t.lemma(h), "prepare" | "plot"))
        {
            return None;
        }
        let mut source = Vec::new();
        let mut target = Vec::new();
        let mods: Vec<usize> = self
            .t
            .children(n)
            .iter()
            .copied()
            .filter(|&c| matches!(self.t.rel(c), "nmod:poss" | "compound" | "amod"))
            .collect();
        let of = self.prep_objects(n, &["of"]);
        let mut by = self.prep_objects(n, &["by"]);
        if by.is_empty() && p.frame != Frame::Agent {
            // "the detention of 12 sailors by the navy": the parser may hang
            // the noun's agent on its patient, or on the active verb the
            // noun is the object of ("condemned the detention … by X").
            for &o in &of {
                by.extend(self.prep_objects(o, &["by"]));
            }
            if let Some(h) = self.t.head(n).filter(|&h| {
                self.t.rel(n) == "obj" && self.t.pos(h) == "VERB" && !self.is_passive(h)
            }) {
                // (the parser may leave it an "orphan" of the verb)
                by.extend(self.t.children(h).iter().copied().filter(|&b| {
                    b > n
                        && matches!(self.t.base_rel(b), "obl" | "orphan")
                        && self.t.case(b) == Some("by")
                }));
            }
        }
        let against = self.prep_objects(
            n,
            &[
                "against", "on", "upon", "at", "to", "toward", "towards", "into", "from", "around",
            ],
        );
        let mut with = self.prep_objects(n, &["with", "between", "among"]);
        if let Some(g) = gov {
            // "held talks with X": the parser may hang "with" on the light
            // verb (a protest joined "with" others is beside them).
            let preps: &[&str] = if p.frame == Frame::Sym {
                &["with", "between", "among"]
            } else {
                &["between", "among"]
            };
            with.extend(self.prep_objects(g, preps));
        }
        let mod_actors = self.actors_of(&mods);
        let of_actors = self.actors_of(&of);
        match p.frame {
            Frame::Patient => {
                target.extend(mod_actors);
                target.extend(of_actors);
            }
            Frame::Agent => {
                source.extend(mod_actors);
                source.extend(of_actors);
            }
            _ => {
                source.extend(mod_actors);
                target.extend(of_actors);
            }
        }
        source.extend(self.actors_of(&by));
        let mut clause = n;
        let mut anchors = vec![n];
        if let Some(g) = gov {
            clause = g;
            anchors.push(g);
            if self.t.subject(g).map(|s| self.through(s)) != Some(n) {
                let subj = if self.is_passive(g) {
                    self.agent(g)
                } else {
                    self.subject(g, 0)
                };
                // "the arrest of X sparked protests": an event that causes
                // another is no agent of it, nor is whoever it happened to.
                let subj = subj.filter(|&s| self.noun_match(s).is_none());
                let mut actors = self.actors_of(&subj.into_iter().collect::<Vec<_>>());
                if actors.is_empty() {
                    actors = self.reporters_forces(g);
                }
                for e in actors {
                    if !source.contains(&e) {
                        source.insert(0, e);
                    }
                }
                if target.is_empty() {
                    // "joined the protests, with students": beside, not
                    // against (as for protest verbs)
                    let preps: &[&str] = if p.cameo.starts_with("14") {
                        &["against", "on", "to", "between"]
                    } else {
                        &["with", "against", "on", "to", "between"]
                    };
                    target = self.actors_of(&self.prep_objects(g, preps));
                }
            } else if self.verb_match(g).is_none()
                && (with.is_empty() || !matches!(p.frame, Frame::Sym | Frame::Clash))
            {
                // "the invasion removed the Taliban": the event acts on the
                // object (not fighting between two sides that "forced
                // 40,000 people from their homes": those are its victims).
                target = self.actors_of(&self.t.with_rel(g, "obj").collect::<Vec<_>>());
            }
        } else if let Some(cc) = self.stranded_complement(n) {
            // "said the withdrawal will conclude on August 31": the noun is
            // the subject of the reported clause, whatever the parse says.
            clause = cc;
            anchors.push(cc);
        } else {
            // A noun on its own: its clause is the nearest verb above it.
            let mut h = n;
            for _ in 0..4 {
                match self.t.head(h) {
                    Some(x) => {
                        h = x;
                        if self.t.pos(h) == "VERB" {
                            clause = h;
                            break;
                        }
                    }
                    None => break,
                }
            }
        }
        target.extend(self.actors_of(&against));
        // "an investigation into crimes committed by Croat forces", "a probe
        // into abuses by police": an inquiry is aimed at the doer of what it
        // looks into (the parser may hang the participle on the inquiry).
        if target.is_empty() && p.cameo.starts_with("09") {
            let mut looked = vec![n];
            looked.extend(self.prep_objects(n, &["into", "of"]));
            // "opened an investigation into …": the parser may hang what
            // is looked into on the light verb.
            if let Some(g) = gov {
                looked.extend(self.prep_objects(g, &["into"]));
            }
            let mut doers: Vec<usize> = looked
                .iter()
                .flat_map(|&x| self.t.with_rel(x, "acl").collect::<Vec<_>>())
                .filter_map(|a| self.agent(a))
                .collect();
            for &x in &looked[1..] {
                doers.extend(self.prep_objects(x, &["by"]));
            }
            target = self.actors_of(&doers);
            // "an investigation into the police response", "into the
            // army's conduct": the owner of what is looked into.
            if target.is_empty() {
                let owners: Vec<usize> =
                    looked[1..].iter().flat_map(|&x| self.t.owners(x)).collect();
                target = self.actors_of(&owners);
                target.retain(|e| !source.contains(e));
            }
        }
        // "calls for her resignation": the possessor of what is called for.
        if let Some(pr) = p.prep.as_deref() {
            let mut called = self.prep_objects(n, &[pr]);
            if called.is_empty() {
                called = self.light_verb_phrase(n, pr);
            }
            for o in called {
                let mut toks: Vec<usize> = self.t.with_rel(o, "nmod:poss").collect();
                toks.extend(self.prep_objects(o, &["of"]));
                target.extend(self.actors_of(&toks));
            }
        }
        // "a suspension of air links with Serbia": the target hangs on what
        // the act is of.
        if target.is_empty() && with.is_empty() && p.frame != Frame::Patient {
            for &o in &of {
                let o = self.through(o);
                target.extend(self.actors_of(
                    &self.prep_objects(o, &["with", "to", "against", "on", "toward", "towards"]),
                ));
            }
        }
        if target.is_empty() && p.cameo.starts_with("14") {
            let mut toks = vec![n];
            toks.extend(gov);
            target = self.protest_against(&toks);
        }
        let with_actors = self.actors_of(&with);
        let mut cameo = self.noun_code(n, p);
        if matches!(p.frame, Frame::Sym | Frame::Clash)
            || !with_actors.is_empty() && p.frame == Frame::Sym
        {
            self.both_sides(p.frame, &mut source, &mut target, &with_actors, &mut cameo);
        } else {
            target.extend(with_actors);
        }
        dedup(&mut source);
        dedup(&mut target);
        target.retain(|e| !source.contains(e) || matches!(p.frame, Frame::Sym | Frame::Clash));
        let sides = matches!(p.frame, Frame::Sym | Frame::Clash) && self.names_sides(&with);
        let definite = self.t.children(n).iter().any(|&c| {
            self.t.rel(c) == "det" && matches!(self.t.lemma(c), "the" | "this" | "that" | "these")
        });
        let anaphoric = definite && source.is_empty() && !sides;
        if source.is_empty() && target.is_empty() && !sides && !anaphoric {
            return None;
        }
        // "The attack was the deadliest in months": a told event described
        // by a copular clause is not told again.
        let described = self.t.rel(n) == "nsubj"
            && self
                .t
                .head(n)
                .is_some_and(|h| self.t.first(h, "cop").is_some());
        if anaphoric && described {
            return None;
        }
        // "an official familiar with the talks", "a source close to the
        // negotiations": a told event in a description of someone is no
        // new event.
        // (The parser often misreads these, so the words are read as
        // they come: an adjective of knowing, a preposition, a determiner.)
        let described_by = (n.saturating_sub(4)..n).rev().find(|&k| {
            matches!(
                self.t.lemma(k),
                "familiar" | "close" | "privy" | "involved" | "briefed"
            ) && (k + 1..n).all(|j| matches!(self.t.pos(j), "ADP" | "DET" | "ADJ"))
        });
        if anaphoric
            && (self.t.head(n).is_some_and(|h| self.t.pos(h) == "ADJ") || described_by.is_some())
        {
            return None;
        }
        // "if the killings continued": a told event going on, supposed, is
        // no new event.
        if anaphoric && self.condition_clause(n) {
            return None;
        }
        let mut negated = self.negated(&[n, clause]);
        // "would not hold talks with the Taliban": a meeting the subject
        // says it will not hold is refused (12x), by the subject alone.
        let mut governs = None;
        if negated
            && p.frame == Frame::Sym
            && clause != n
            && cooperative(&cameo)
            && self.future(clause)
        {
            let subject = self.actors_of(&self.subject(clause, 0).into_iter().collect::<Vec<_>>());
            let base = cameo.clone();
            if self.refused_alone(subject, &mut source, &mut target, &mut cameo) {
                governs = Some(base);
                negated = false;
            }
        }
        Some(Candidate {
            trigger: n,
            clause,
            anchors,
            inner: Vec::new(),
            referent: None,
            cameo,
            frame: p.frame,
            source,
            target,
            negated,
            rule: p.rule.clone(),
            sides,
            anaphoric,
            // "the beginning of the pullout" still dates the pullout.
            aside: anaphoric && gov.is_none() && self.t.case(n).is_some_and(|c| c != "of"),
            unresolved_agent: false,
            answers: None,
            to_sides: false,
            instrument: false,
            governs,
            place: None,
            bare: false,
            also: false,
            opponent: Vec::new(),
        })
    }

    /// Planned, hypothetical or claimed, from the clause and the heads above it.
    fn status(&self, c: &Candidate) -> EventStatus {
        if c.frame == Frame::Say {
            return EventStatus::Occurred;
        }
        let (mut planned, mut hypo, mut claimed) = (false, false, false);
        // "would" under a speech verb is a reported "will".
        let mut would = false;
        let mut v = c.clause;
        let mut own = true;
        for _ in 0..8 {
            for &ch in self.t.children(v) {
                let l = self.t.lemma(ch);
                match self.t.base_rel(ch) {
                    "aux" if own => {
                        planned |= self.lex.has_cue(l, Cue::Plan);
                        if l == "would" {
                            would = true;
                        } else {
                            hypo |= self.lex.has_cue(l, Cue::Hypo);
                        }
                    }
                    "mark" if self.t.rel(v) == "advcl" => {
                        hypo |= self.lex.has_cue(l, Cue::Hypo);
                    }
                    "obl" | "advmod" | "advcl" => {
                        claimed |= self.lex.has_cue(l, Cue::Claim)
                            || self.t.children(ch).iter().any(|&m| {
                                self.t.rel(m) == "case"
                                    && self.lex.has_cue(self.t.lemma(m), Cue::Claim)
                            });
                    }
                    _ => {}
                }
            }
            // "X attacked Y, officials said": the speech verb hangs below.
            if self.reporter(v).is_some() {
                claimed = true;
                if own && would {
                    planned = true;
                    would = false;
                }
            }
            let Some(h) = self.t.head(v) else { break };
            match self.t.rel(v) {
                "xcomp" => {
                    planned |= self.lex.has_cue(self.t.lemma(h), Cue::Plan);
                    claimed |= self.is_say(h);
                }
                "ccomp" | "parataxis" => {
                    if self.is_say(h) || self.lex.has_cue(self.t.lemma(h), Cue::Claim) {
                        claimed = true;
                        if own && would {
                            planned = true;
                            would = false;
                        }
                    }
                    own = false;
                }
                "conj" => {}
                "advcl" if self.is_purpose(v) => {}
                _ => break,
            }
            v = h;
        }
        let span = self.t.span(c.trigger);
        if self
            .doc()
            .quotes
            .iter()
            .any(|q| q.text.contains(span) && q.direct)
        {
            claimed = true;
        }
        if hypo || would {
            EventStatus::Hypothetical
        } else if planned {
            EventStatus::Planned
        } else if claimed {
            EventStatus::Claimed
        } else {
            EventStatus::Occurred
        }
    }

    /// A speech verb in parataxis below a clause ("..., officials said"),
    /// or hung after it as an unmarked adverbial clause ("..., the minister
    /// told reporters").
    fn reporter(&self, v: usize) -> Option<usize> {
        let unmarked = |a: usize| {
            a > v
                && !self
                    .t
                    .children(a)
                    .iter()
                    .any(|&m| matches!(self.t.rel(m), "mark" | "advmod"))
        };
        self.t
            .children(v)
            .iter()
            .copied()
            .filter(|&p| match self.t.rel(p) {
                "parataxis" => true,
                // "criticised the deal, saying …": the actor's own reason,
                // not someone reporting the act.
                "advcl" => unmarked(p) && !self.justifies(p),
                _ => false,
            })
            .find(|&p| self.is_say(p) || self.lex.has_cue(self.t.lemma(p), Cue::Claim))
    }

    /// Dates or places attached to the event's anchors, else to the clauses
    /// above it (the speech act that reports it).
    fn attached(&self, c: &Candidate, item: Item, up: bool) -> Option<usize> {
        let table = match item {
            Item::Date => &self.date_at,
            Item::Place => &self.place_at,
        };
        let inner = c.inner.iter().filter(|_| item == Item::Date);
        for a in c.anchors.iter().chain(inner) {
            if let Some(v) = table.get(a).and_then(|v| v.first()) {
                return Some(*v);
            }
        }
        if !up {
            return None;
        }
        let mut v = c.clause;
        for _ in 0..6 {
            if let Some(x) = table.get(&v).and_then(|x| x.first()) {
                return Some(*x);
            }
            if item == Item::Date {
                if let Some(x) = self.when_date(v) {
                    return Some(x);
                }
                if let Some(x) = self.reporter(v).and_then(|r| table.get(&r)?.first()) {
                    return Some(*x);
                }
            }
            // "… crossed in January, UNHCR said": a speech act hanging off
            // what it reports is not dated by it.
            if c.frame == Frame::Say && matches!(self.t.rel(v), "parataxis" | "ccomp") {
                return None;
            }
            let h = self.t.head(v)?;
            // "the common thread Thursday as protesters chanted ...": an
            // adverbial clause the parser hung on a noun is dated by the
            // clause above it.
            let marked =
                self.t.rel(v) == "acl" && self.t.marked(v, &["as", "while", "after", "before"]);
            if !marked
                && !self.comma_participle(v)
                && matches!(self.t.rel(v), "acl" | "acl:relcl" | "advcl:relcl")
            {
                // "in April, when X announced": the clause dates itself by its head.
                return self.inside(h, item);
            }
            v = h;
        }
        None
    }

    /// "in April, when X announced ...", "on May 6, when ...": a `when`
    /// clause right after a time expression happens at that time, however
    /// the parser attached it.
    fn when_date(&self, v: usize) -> Option<usize> {
        let w = self
            .t
            .children(v)
            .iter()
            .copied()
            .find(|&c| c < v && self.t.rel(c) == "advmod" && self.t.lemma(c) == "when")?;
        let mut k = w.checked_sub(1)?;
        if self.t.pos(k) == "PUNCT" {
            k = k.checked_sub(1)?;
        }
        let end = self.t.span(k).end;
        self.doc()
            .dates
            .iter()
            .position(|d| d.date().is_some() && d.span.end == end)
    }

    /// The item (date or place) whose span covers token `t`, for items that
    /// a relative clause hangs on.
    fn inside(&self, t: usize, item: Item) -> Option<usize> {
        let span = self.t.span(t);
        let doc = self.doc();
        if item == Item::Date {
            doc.dates
                .iter()
                .position(|d| d.date().is_some() && d.span.contains(span))
        } else {
            doc.places
                .iter()
                .position(|p| p.spans.iter().any(|s| s.contains(span)))
        }
    }

    /// "(declined) to say", "to comment", "to elaborate": a verb of
    /// speaking, or "comment" read as a noun.
    fn speaking(&self, x: usize) -> bool {
        matches!(
            self.t.lemma(x),
            "say" | "comment" | "elaborate" | "confirm" | "disclose" | "specify"
        ) && matches!(self.t.base_rel(x), "xcomp" | "obl")
    }

    /// "would have demanded", "could have been killed": a modal with a
    /// perfect, the form of what did not happen.
    fn counterfactual(&self, v: usize) -> bool {
        let aux: Vec<&str> = self
            .t
            .children(v)
            .iter()
            .filter(|&&a| self.t.base_rel(a) == "aux")
            .map(|&a| self.t.lemma(a))
            .collect();
        self.t.xpos(v) == "VBN"
            && aux.contains(&"have")
            && aux
                .iter()
                .any(|l| matches!(*l, "would" | "could" | "might" | "should"))
    }

    /// An agentless passive clause ("Two health workers were killed",
    /// "the guards were freed") whose targets are all groups that stand
    /// for a party: not a head count of people in general ("seven people
    /// were killed"), and, for violence, not the casualties of armed or
    /// police forces, which the clash itself codes.
    fn party_passive(&self, c: &Candidate, target: &[EntityId]) -> bool {
        if target.is_empty() || c.trigger != c.clause || !self.is_passive(c.clause) {
            return false;
        }
        let violent = ["18", "19", "20"].iter().any(|r| c.cameo.starts_with(r));
        target.iter().all(|&e| {
            self.doc().entity(e).is_some_and(|x| {
                let head = x.name.rsplit(' ').next().unwrap_or_default().to_lowercase();
                x.group
                    && !GENERIC_PEOPLE.contains(&head.as_str())
                    && !(violent
                        && (matches!(
                            x.role,
                            Some(Sector::MIL | Sector::COP | Sector::REB | Sector::INS)
                        ) || FORCE_HEADS.contains(&head.as_str())))
            })
        })
    }

    fn finish(&self, c: &Candidate) -> Option<Event> {
        let doc = self.doc();
        // Events need an initiator, except agentless passives ("X was
        // arrested", "the arrest of X"), which keep the source empty.
        let agentless =
            (c.trigger == c.clause && self.is_passive(c.clause)) || c.frame == Frame::Patient;
        if c.source.is_empty()
            && !c.instrument
            && (c.target.is_empty() || c.unresolved_agent || !agentless)
        {
            return None;
        }
        // "a resolution that would have demanded access": what would
        // have happened did not.
        if self.counterfactual(c.clause) {
            return None;
        }
        // A statement is coded for a named political actor; "officials
        // said", "police said" only source what is reported.
        // An unnamed official the text describes by state and office
        // ("Pakistan's foreign minister said", "an EU spokesman said")
        // speaks for that state or body as a named one would; unnamed
        // groups ("officials said") do not.
        let named = |e: &EntityId| {
            doc.entity(*e).is_some_and(|e| {
                !e.group
                    || e.kind == newsgraph_core::EntityKind::Person
                        && (e.country.is_some() || e.role == Some(Sector::IGO))
                        && matches!(
                            e.role,
                            Some(Sector::GOV | Sector::MIL | Sector::IGO | Sector::COP)
                        )
            })
        };
        if c.frame == Frame::Say && !(self.political(&c.source) && c.source.iter().all(named)) {
            return None;
        }
        let info: &CodeInfo = self.lex.code(&c.cameo)?;
        let mut target = c.target.clone();
        // A symmetric event needs both sides ("held talks" alone says
        // nothing about with whom).
        if matches!(c.frame, Frame::Sym | Frame::Clash) && c.source.len() < 2 && target == c.source
        {
            return None;
        }
        // Nor does one actor act on itself: that is a misread argument.
        if c.source.len() == 1 && target == c.source {
            return None;
        }
        // "arrested 63 people, police spokesman X told reporters": an actor
        // among the targets of its own one-sided act was read from a phrase
        // the parser joined to the object.
        if !matches!(c.frame, Frame::Sym | Frame::Clash) && target.len() > 1 {
            target.retain(|e| !c.source.contains(e));
        }
        // "21 officers had been injured", "civilians had been targeted": an
        // agentless act on no named actor is a casualty report, not an
        // event between actors.
        // A group with a standing in the story is a party, though ("Nine
        // inmates were killed", "journalists had been detained"): a true
        // agentless passive on such a group is coded with a null source.
        let named_actor = |e: &EntityId| doc.entity(*e).is_some_and(|x| !x.group);
        if c.source.is_empty()
            && !c.instrument
            && !target.iter().any(named_actor)
            && !self.party_passive(c, &target)
        {
            return None;
        }
        // What a private person says happened is not coded as an event;
        // what the press reports is (as claimed).
        let span = self.t.span(c.trigger);
        let private = |s: EntityId| {
            !self.political(&[s]) && doc.entity(s).is_none_or(|e| e.role != Some(Sector::MED))
        };
        if doc
            .quotes
            .iter()
            .any(|q| q.text.contains(span) && q.speaker.is_some_and(private))
        {
            return None;
        }
        // "X and Y agreed to ...": a joint cooperative act is mutual; a
        // joint offer ("Spain and France offered to send rescue teams") is
        // made to someone else.
        if target.is_empty()
            && c.source.len() >= 2
            && !matches!(c.frame, Frame::Agent | Frame::Patient | Frame::Retreat)
            && ("03".."09").contains(&c.cameo.as_str())
            && self.t.lemma(c.trigger) != "offer"
        {
            target = c.source.clone();
        }
        let published = doc.article.published.map(TimeValue::from_date);
        let speech = c.frame == Frame::Say;
        let value = |i: usize| doc.dates.get(i).and_then(|d| d.date());
        let referent = c.referent.as_deref();
        let (date, date_source) = match self.attached(c, Item::Date, true).and_then(value) {
            Some(v) => (Some(v), DateSource::Text),
            None => match referent
                .and_then(|r| self.attached(r, Item::Date, true))
                .or_else(|| self.narrative_day(c))
                .and_then(value)
            {
                Some(v) => (Some(v), DateSource::Context),
                None if self.undated_state(c) => (None, DateSource::None),
                None => match published {
                    // "has said", "have held talks": some time up to now,
                    // not a given day.
                    Some(p) if self.present_perfect(c.clause) => (
                        Some(TimeValue::month(p.year, p.month)),
                        DateSource::Published,
                    ),
                    Some(p) => (Some(p), DateSource::Published),
                    None => (None, DateSource::None),
                },
            },
        };
        // "called a protest for Friday and said …": a statement is not made
        // on a day still to come that its sentence names.
        let (date, date_source) = match (date, published) {
            (Some(d), Some(p)) if speech && date_source == DateSource::Text && d > p => {
                (Some(p), DateSource::Published)
            }
            _ => (date, date_source),
        };
        let mut status = self.status(c);
        // "will not negotiate", "will impose sanctions if ...": the refusal
        // or threat is made now, whatever it speaks of.
        if status == EventStatus::Planned
            && (c.cameo.starts_with("12") || c.cameo.starts_with("13"))
        {
            status = EventStatus::Occurred;
        }
        if status == EventStatus::Occurred && date_source == DateSource::Text {
            if let (Some(d), Some(p)) = (date, published) {
                if d > p && d.precision == newsgraph_core::DatePrecision::Day {
                    status = EventStatus::Planned;
                }
            }
        }
        let own_actor = |pid: usize| -> bool {
            doc.places.get(pid).is_some_and(|p| {
                p.spans.iter().any(|s| {
                    doc.entity_at(*s)
                        .is_some_and(|e| c.source.contains(&e) || c.target.contains(&e))
                })
            })
        };
        let mut place = c.place.or_else(|| {
            self.attached(c, Item::Place, !speech)
                .filter(|&p| !own_actor(p))
        });
        // "The invasion removed ...": where the invasion was told.
        if let Some(r) = referent.filter(|_| place.is_none()) {
            place = self
                .attached(r, Item::Place, r.frame != Frame::Say)
                .or_else(|| self.target_place(&r.target));
        }
        // An act on a state happens in it ("shelled Ukraine", "sent aid to
        // Sudan"); words about it do not ("proposed talks to Ukraine"), nor
        // do cuts in relations or sanctions ("recalled its ambassador to
        // Australia", "imposed tariffs on China": 16x).
        // Nor does a release ("Iran freed two Germans": in Iran, not
        // Germany).
        if place.is_none()
            && !speech
            && matches!(info.quad_class, 2 | 4)
            && !c.cameo.starts_with("16")
            && !c.cameo.starts_with("084")
        {
            place = self.target_place(&target);
        }
        // A dateline says where the report was filed, not where what it
        // reports happened: it gives no event its place (measured on the
        // golden articles: event place accuracy .834 with the dateline as
        // a fallback, .856 without).
        // "LIMA, Peru -- Protesters poured into Peru's capital": in the
        // dateline's own sentence, a country the dateline's city lies in
        // is that city.
        if let (Some(p), Some(d)) = (place, self.dateline) {
            let first_sentence = doc
                .sentences
                .first()
                .is_some_and(|s| c.trigger < s.end.index());
            let (pp, dp) = (doc.places.get(p), doc.places.get(d));
            if first_sentence
                && pp.is_some_and(|x| x.kind == newsgraph_core::PlaceKind::Country)
                && dp.is_some_and(|y| {
                    y.kind != newsgraph_core::PlaceKind::Country
                        && y.country == pp.and_then(|x| x.country.clone())
                })
            {
                place = Some(d);
            }
        }
        // "arrived in Dhaka on a state visit": a visit abroad is to the state
        // the place lies in (not a leader's tour at home).
        if target.is_empty() && c.cameo.starts_with("042") {
            if let Some(state) = place.and_then(|p| self.state_of(p)) {
                let country = |e: EntityId| doc.entity(e).and_then(|x| x.country.clone());
                let home = c
                    .source
                    .iter()
                    .any(|&e| e == state || country(e).is_some_and(|k| Some(k) == country(state)));
                if !home {
                    target.push(state);
                }
            }
        }
        // Territory taken belongs to the state it lies in, unless the
        // state's own forces take it back ("Mozambican troops recaptured
        // the town").
        if c.cameo.starts_with("19") {
            let country = |e: &EntityId| doc.entity(*e).and_then(|x| x.country.as_deref());
            let state_side = |e: &EntityId| {
                doc.entity(*e).is_some_and(|x| {
                    matches!(x.role, Some(Sector::GOV | Sector::MIL | Sector::COP))
                })
            };
            let home = |state: &EntityId| {
                c.source.iter().any(|e| {
                    e == state
                        || state_side(e) && country(e).is_some() && country(e) == country(state)
                })
            };
            if target.is_empty() {
                if let Some(state) = place.and_then(|p| self.state_of(p)) {
                    if !home(&state) {
                        target.push(state);
                    }
                }
            } else if target.len() == 1
                && doc
                    .entity(target[0])
                    .is_some_and(|x| x.kind == EntityKind::Gpe)
                && home(&target[0])
            {
                target.clear();
            }
        }
        if target.is_empty() {
            target = c.opponent.clone();
        }
        let sentence = doc
            .sentence_at(self.t.span(c.trigger).start)
            .and_then(|s| doc.sentences.get(s))
            .map(|s| s.span);
        let evidence = if speech {
            sentence.unwrap_or_else(|| self.t.span(c.trigger))
        } else {
            // The clause, and the trigger if the parse left it outside
            // ("said the withdrawal will conclude").
            let clause = self.t.subtree_span(c.clause);
            let trigger = self.t.span(c.trigger);
            Span {
                start: clause.start.min(trigger.start),
                end: clause.end.max(trigger.end),
            }
        };
        Some(Event {
            source: c.source.clone(),
            target,
            cameo: c.cameo.clone(),
            plover: info.plover.clone(),
            goldstein: info.goldstein,
            quad_class: info.quad_class,
            date,
            date_source,
            place: place.map(PlaceId::at),
            negated: c.negated,
            status,
            trigger: self.t.span(c.trigger),
            evidence,
            rule: c.rule.clone(),
        })
    }

    /// The day a past-tense narrative is on: an event told in the simple
    /// past with no time expression of its own, right after a sentence that
    /// names a past day ("Thursday was quiet. The government called ...";
    /// "X announced on Monday ... . X told the council ..."), happened on
    /// that day. Only a day, and only the sentence right before: a year or
    /// a month named earlier is background, not the narrative's time.
    fn narrative_day(&self, c: &Candidate) -> Option<usize> {
        let doc = self.doc();
        let v = c.clause;
        let past = self.t.xpos(v) == "VBD"
            || (self.t.xpos(v) == "VBN"
                && self
                    .t
                    .children(v)
                    .iter()
                    .any(|&a| self.t.rel(a) == "aux:pass" && self.t.xpos(a) == "VBD"));
        let perfect_or_modal = self.t.children(v).iter().any(|&a| {
            self.t.rel(a) == "aux" && matches!(self.t.xpos(a), "VBZ" | "VBP" | "VBD" | "MD")
        });
        if !past || perfect_or_modal {
            return None;
        }
        let here = doc.sentence_at(self.t.span(v).start)?;
        let published = doc.article.published.map(TimeValue::from_date);
        let day = |d: &newsgraph_core::TimeExpr| {
            d.date().is_some_and(|x| {
                x.precision == newsgraph_core::DatePrecision::Day
                    && published.is_none_or(|p| x <= p)
            })
        };
        // "Police fired tear gas on Tuesday at protesters who marched on
        // the office": a past relative clause with no date of its own is
        // on the day its sentence tells, named before it.
        if self.t.rel(v) == "acl:relcl" {
            let sentence = doc.sentences.get(here)?.span;
            let start = self.t.span(v).start;
            if let Some(i) = doc
                .dates
                .iter()
                .enumerate()
                .rev()
                .find(|(_, d)| sentence.contains(d.span) && d.span.end <= start && day(d))
                .map(|(i, _)| i)
            {
                return Some(i);
            }
        }
        let before = doc.sentences.get(here.checked_sub(1)?)?.span;
        doc.dates
            .iter()
            .enumerate()
            .filter(|(_, d)| before.contains(d.span) && day(d))
            .map(|(i, _)| i)
            .next()
    }

    /// A present perfect clause ("has said", "have held talks"): the act
    /// lies some time before the report, so without a time expression it is
    /// dated to the publication month, not the day.
    /// Reported by a speech act ("X have agreed ..., Y told reporters"), it
    /// takes that act's day instead.
    fn present_perfect(&self, v: usize) -> bool {
        // "has started touring": the tense is the governing verb's.
        let v = match self.t.head(v) {
            Some(h) if self.t.rel(v) == "xcomp" => h,
            _ => v,
        };
        let reported = self.reporter(v).is_some()
            || (matches!(self.t.rel(v), "ccomp" | "parataxis")
                && self.t.head(v).is_some_and(|h| self.is_say(h)));
        !reported
            && self.t.xpos(v) == "VBN"
            && self.t.children(v).iter().any(|&a| {
                self.t.rel(a) == "aux"
                    && self.t.lemma(a) == "have"
                    && matches!(self.t.xpos(a), "VBZ" | "VBP")
            })
    }

    /// A standing relation or an ongoing state the text does not date:
    /// a participle describing an actor ("forces backed by Iran", "a
    /// coalition led by Saudi Arabia") or a present perfect progressive
    /// ("has been experiencing a civil war"). It is not news of the day, so
    /// it takes no publication date.
    fn undated_state(&self, c: &Candidate) -> bool {
        let v = c.clause;
        let describes_actor = self.t.rel(v) == "acl"
            && self.t.xpos(v) == "VBN"
            && self.t.first(v, "obj").is_none()
            && !self.main_as_acl(v)
            && self.t.head(v).is_some_and(|h| !self.t.actors(h).is_empty());
        let aux = |lemma: &str| {
            self.t
                .children(v)
                .iter()
                .any(|&a| self.t.rel(a) == "aux" && self.t.lemma(a) == lemma)
        };
        let progressive_perfect = self.t.xpos(v) == "VBG" && aux("have") && aux("be");
        describes_actor || progressive_perfect || self.perfect_background(v)
    }

    /// A perfect clause over a stretch of time up to its reference point
    /// ("has carried out dozens of attacks since 2011", "had recorded no
    /// clashes since the talks resumed", "have previously blamed",
    /// "has repeatedly warned"): background, not an act of a given day or
    /// month. A verb joined to such a clause shares its auxiliary and its
    /// adverbials ("has expelled … and cut ties … since taking power").
    fn perfect_background(&self, v: usize) -> bool {
        let mut verbs = vec![v];
        if self.t.rel(v) == "conj" {
            verbs.extend(self.t.head(v));
        }
        let perfect = verbs.iter().any(|&h| {
            self.t.xpos(h) == "VBN"
                && self
                    .t
                    .children(h)
                    .iter()
                    .any(|&a| self.t.rel(a) == "aux" && self.t.lemma(a) == "have")
        });
        let stretch = |h: usize| {
            self.t.children(h).iter().any(|&a| {
                let rel = self.t.rel(a);
                let since = matches!(rel, "advcl" | "obl" | "obl:tmod")
                    && self.t.children(a).iter().any(|&m| {
                        matches!(self.t.rel(m), "mark" | "case") && self.t.lemma(m) == "since"
                    });
                let adverb = rel == "advmod"
                    && matches!(
                        self.t.lemma(a),
                        "previously" | "repeatedly" | "since" | "long" | "often" | "always"
                    );
                since || adverb
            })
        };
        perfect && verbs.iter().any(|&h| stretch(h))
    }

    /// A state acted upon is where the event happens ("invaded Afghanistan").
    fn target_place(&self, target: &[EntityId]) -> Option<usize> {
        let doc = self.doc();
        target.iter().find_map(|&e| {
            let ent = doc.entity(e)?;
            if ent.kind != newsgraph_core::EntityKind::Gpe {
                return None;
            }
            doc.places.iter().position(|p| {
                p.name.eq_ignore_ascii_case(&ent.name)
                    || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(&ent.name))
            })
        })
    }

    /// The state (a GPE actor) a place lies in.
    fn state_of(&self, place: usize) -> Option<EntityId> {
        let doc = self.doc();
        let country = doc.places.get(place)?.country.as_deref()?;
        doc.entities
            .iter()
            .position(|e| {
                e.kind == newsgraph_core::EntityKind::Gpe
                    && e.country.as_deref() == Some(country)
                    && e.role.is_none_or(|r| r == Sector::GOV)
            })
            .map(EntityId::at)
    }

    /// Speech acts count when a political actor makes them, not the press
    /// or private people.
    fn political(&self, source: &[EntityId]) -> bool {
        source.iter().any(|&e| {
            self.doc().entity(e).is_some_and(|e| match e.role {
                Some(Sector::MED | Sector::BUS | Sector::EDU) => false,
                // "farmers said they would blockade Paris": a civic group
                // is a party to events, a private person is a witness.
                // The head of a civic body speaks for it ("the
                // confederation's president").
                Some(Sector::CVL) => {
                    e.kind != newsgraph_core::EntityKind::Person
                        || e.title.as_deref().is_some_and(|t| {
                            t.split([' ', '-'])
                                .any(|w| CIVIC_HEADS.contains(&w.to_lowercase().as_str()))
                        })
                }
                Some(_) => true,
                None => e.kind != newsgraph_core::EntityKind::Person || e.title.is_some(),
            })
        })
    }
}

/// "in Ethiopia's Amhara region", "in the Kharkiv region of Ukraine": of a
/// country and a place inside it named in the same phrase (within a few
/// words of each other), the event is in the narrower one.
fn most_specific_first(doc: &Doc, near: &mut [(u32, usize)]) {
    let Some(&(d0, first)) = near.first() else {
        return;
    };
    let Some(country) = doc
        .places
        .get(first)
        .filter(|p| p.kind == newsgraph_core::PlaceKind::Country)
        .and_then(|p| p.country.as_deref())
    else {
        return;
    };
    let inside = near.iter().position(|&(d, i)| {
        d.abs_diff(d0) <= 30
            && doc.places.get(i).is_some_and(|p| {
                p.kind != newsgraph_core::PlaceKind::Country
                    && p.country.as_deref() == Some(country)
            })
    });
    if let Some(k) = inside {
        near[..=k].rotate_right(1);
    }
}

/// Title words of the head of a body.
/// Heads of group names that count people rather than name a party.
const GENERIC_PEOPLE: &[&str] = &[
    "children",
    "families",
    "individuals",
    "men",
    "others",
    "people",
    "persons",
    "residents",
    "voters",
    "women",
];

/// Heads of group names of armed or police forces whose roles may be unknown.
/// Verbs of retaliation: promised ("will respond", "vowed to retaliate"),
/// they are a threat; a bare "respond" that has happened is no event.
const RETALIATE: &[&str] = &["reciprocate", "respond", "retaliate"];

const FORCE_HEADS: &[&str] = &["forces", "officers", "soldiers", "troops"];

const CIVIC_HEADS: &[&str] = &["chairman", "chairwoman", "head", "leader", "president"];

/// Fills "the two sides" with the participants of the last symmetric event
/// and definite event nouns ("the invasion", "the pullout") with the actors
/// of the last event of the same root; drops what stays without actors.
fn resolve_references(
    cands: &mut Vec<Candidate>,
    one_side: &dyn Fn(&[EntityId]) -> bool,
    same_forces: &dyn Fn(&[EntityId], &[EntityId]) -> bool,
    party: &dyn Fn(&[EntityId]) -> bool,
    venue: &dyn Fn(&[EntityId]) -> bool,
) {
    let mut last_sym: Vec<EntityId> = Vec::new();
    // The article's first dyad: "the parties" before any is named refers
    // to the sides the article is about.
    let first_dyad: Vec<EntityId> = cands
        .iter()
        .find(|c| {
            c.source.len() >= 2
                && (matches!(c.frame, Frame::Sym | Frame::Clash) || c.target.is_empty())
                && !one_side(&c.source)
        })
        .map(|c| c.source.clone())
        .unwrap_or_default();
    // Both sides of the latest hostile act between two sides.
    let hostile_sides = |done: &[Candidate]| -> Vec<EntityId> {
        hostile_dyad(done, one_side, party)
            .map(|p| p.source.iter().chain(&p.target).copied().collect())
            .unwrap_or_default()
    };
    let mut done: Vec<Candidate> = Vec::with_capacity(cands.len());
    for mut c in std::mem::take(cands) {
        // "Malaysia offered to host talks", "Moscow is ready to mediate": an
        // offer to meet or mediate by a third party, addressed to no one,
        // is made to the sides of the current dyad.
        if c.target.is_empty()
            && (c.cameo.starts_with("036") || c.cameo.starts_with("039"))
            && !c.source.is_empty()
        {
            let hostile = hostile_sides(&done);
            // A side (or an organ of a side's state) is no third party.
            let side = c.source.iter().any(|&e| {
                last_sym
                    .iter()
                    .chain(&first_dyad)
                    .chain(&hostile)
                    .any(|&d| d == e || one_side(&[d, e]))
            });
            c.to_sides = !side;
        }
        if c.to_sides && c.target.is_empty() {
            // "urged both sides to show restraint" with no joint act told
            // yet: the sides of the latest hostile act between two sides.
            let hostile_sides: Vec<EntityId> = if last_sym.is_empty() && first_dyad.is_empty() {
                hostile_sides(&done)
            } else {
                Vec::new()
            };
            let dyad = if !last_sym.is_empty() {
                &last_sym
            } else if !first_dyad.is_empty() {
                &first_dyad
            } else {
                &hostile_sides
            };
            c.target = dyad
                .iter()
                .filter(|e| !c.source.contains(e))
                .copied()
                .collect();
        }
        if c.sides && c.source.len() < 2 {
            if last_sym.is_empty() {
                c.target = c.source.clone();
            } else {
                c.source = last_sym.clone();
                c.target = last_sym.clone();
            }
        }
        if c.anaphoric {
            // Disapproval (11x) is too broad a family to refer across:
            // "the conviction" is no earlier appeal or accusation.
            let width = if c.cameo.starts_with("11") { 3 } else { 2 };
            let root = c.cameo.get(..width);
            // "announced it would withdraw ... since the pullout began":
            // an announced action is referred to as well.
            // What the text says did not happen is nothing to refer to
            // ("had not sent soldiers ... fled the fighting").
            if let Some(prev) = done.iter().rev().find(|p| {
                (p.cameo.get(..width) == root
                    || p.governs.as_deref().and_then(|g| g.get(..width)) == root)
                    && !p.source.is_empty()
                    && !p.negated
            }) {
                if c.aside {
                    continue;
                }
                // Talks a mediator brokered between parties the text does
                // not name are no event of the mediator's own.
                if prev.cameo.starts_with("045") && c.frame == Frame::Sym && prev.target.is_empty()
                {
                    continue;
                }
                c.referent = Some(Box::new(prev.clone()));
                c.source = prev.source.clone();
                if c.target.is_empty() {
                    c.target = prev.target.clone();
                }
                // "brokered by Cuba and Norway … since the talks resumed":
                // talks a mediator brokered are between the parties.
                if prev.cameo.starts_with("045") && c.frame == Frame::Sym && !prev.target.is_empty()
                {
                    c.source = prev.target.clone();
                    c.target = prev.target.clone();
                }
            } else if c.frame == Frame::Sym && root == Some("04") && !first_dyad.is_empty() {
                // "the talks" before any are told: between the article's two
                // sides (not "the war", "the truce": background, not news).
                c.source = first_dyad.clone();
                c.target = first_dyad.clone();
            }
        }
        // "X proposed talks; Y agreed": a bare agreement accepts the last
        // offer made by someone else, nearby.
        if c.bare && c.target.is_empty() {
            if let Some(prev) = done.iter().rev().take(4).find(|p| {
                p.cameo.starts_with("03")
                    && !p.source.is_empty()
                    && p.source.iter().all(|e| !c.source.contains(e))
                    && c.trigger.abs_diff(p.trigger) < 80
            }) {
                c.cameo = prev.cameo.clone();
                c.target = prev.source.clone();
            }
        }
        // "X invited Y; Y declined": a refusal answers whoever asked; so
        // does an act the speaker will not do ("demanded her resignation.
        // She said she would not resign").
        let refusal =
            c.frame == Frame::Refuse || (c.cameo.starts_with("12") && c.governs.is_some());
        if refusal && c.target.is_empty() {
            if let Some(prev) = done.iter().rev().take(4).find(|p| {
                p.target.iter().any(|e| c.source.contains(e))
                    && p.source.iter().all(|e| !c.source.contains(e))
                    && c.trigger.abs_diff(p.trigger) < 80
            }) {
                c.target = prev.source.clone();
            }
        }
        // "Y and Z were also sanctioned": by whoever sanctioned before.
        if c.also && c.source.is_empty() {
            let root = c.cameo.get(..2).unwrap_or_default();
            if let Some(prev) = earlier_event(&done, root, &c.target) {
                let s: Vec<EntityId> = prev
                    .source
                    .iter()
                    .filter(|e| !c.target.contains(e))
                    .copied()
                    .collect();
                // "troops killed 11 militants … Two soldiers were also
                // killed": a state's own forces fell to the other side.
                c.source = if armed(&c.cameo) && same_forces(&s, &c.target) {
                    prev.target
                        .iter()
                        .filter(|e| !c.target.contains(e))
                        .copied()
                        .collect()
                } else {
                    s
                };
            }
        }
        // "demanded the release of the crew": of whoever holds them, the
        // last to seize, arrest or abduct (the people held are not the
        // ones asked).
        // A state body asked by name ("urged the Kenyan authorities to
        // release them") stays the target.
        if (c.cameo.starts_with("1053") || c.cameo.starts_with("0253")) && !one_side(&c.target) {
            if let Some(t) = earlier_sources(&done, "17", &c.source) {
                c.target = t;
            }
        }
        if let Some(answers) = c.answers.as_deref().filter(|_| c.target.is_empty()) {
            let root = if answers == RECENT_ACCUSATION {
                "11"
            } else {
                answers
            };
            let near = matches!(answers, RECENT_ACCUSATION | RECENT_HOSTILE);
            // "condemned the attack": the article's attack, the first act of
            // violence it tells, not the fighting that followed.
            let first_violence = VIOLENCE.contains(&root).then(|| {
                done.iter().find(|p| {
                    VIOLENCE.iter().any(|v| p.cameo.starts_with(v))
                        && p.answers.is_none()
                        && !p.source.is_empty()
                        && p.source.iter().all(|e| !c.source.contains(e))
                })
            });
            // A denial answers an accusation made nearby, not one told
            // paragraphs before.
            let recent = !near
                || earlier_event(&done, root, &c.source)
                    .is_some_and(|p| c.trigger.abs_diff(p.trigger) <= 80);
            if let Some(p) = first_violence.flatten() {
                c.target = p.source.clone();
            } else if let Some(t) = earlier_sources(&done, root, &c.source).filter(|_| recent) {
                c.target = t;
            }
        }
        if c.source.is_empty() && c.target.is_empty() && !c.instrument {
            continue;
        }
        // "Moscow proposed talks" after talks between Moscow and Kyiv: a
        // party of the current dyad addresses the other party.
        if c.target.is_empty()
            && c.frame != Frame::Say
            && !matches!(c.frame, Frame::Sym | Frame::Clash)
            && ("02".."14").contains(&c.cameo.as_str())
            && !c.source.is_empty()
            && c.source.iter().all(|e| last_sym.contains(e))
        {
            c.target = last_sym
                .iter()
                .filter(|e| !c.source.contains(e))
                .copied()
                .collect();
        }
        // "Y fired on X's border post. X demanded that those responsible be
        // punished": a demand, rejection, threat or sanction with no one
        // named answers the other side of the latest hostile act between
        // the source's side and another.
        if c.target.is_empty()
            && c.frame != Frame::Say
            && !matches!(c.frame, Frame::Sym | Frame::Clash)
            && matches!(c.cameo.get(..2), Some("10" | "12" | "13" | "16"))
            && !c.source.is_empty()
        {
            if let Some(t) = counterpart(&done, &c.source, one_side, party) {
                c.target = t;
            }
        }
        // "Soldiers returned fire and killed three of them", "its fighters
        // burned six vehicles": force used with no one named is used
        // against the other side of the source's latest hostile act.
        // Territory taken keeps no target of its own (its state is taken
        // from its place).
        if c.target.is_empty()
            && !matches!(c.frame, Frame::Sym | Frame::Clash)
            && armed(&c.cameo)
            && !c.cameo.starts_with("192")
            && !c.source.is_empty()
        {
            c.opponent = counterpart(&done, &c.source, one_side, party).unwrap_or_default();
        }
        // "Sudan will file a complaint with the U.N. Security Council",
        // "the party will challenge the result before the Constitutional
        // Court": a complaint or legal challenge is against the other side
        // of the source's latest hostile act, not the body it is lodged
        // with.
        if (c.cameo.starts_with("114") || c.cameo.starts_with("115"))
            && !c.source.is_empty()
            && (c.target.is_empty() || venue(&c.target))
        {
            if let Some(t) = counterpart(&done, &c.source, one_side, party) {
                c.target = t;
            }
        }
        // The current dyad: the sides of the last symmetric or joint act.
        if c.source.len() >= 2
            && (matches!(c.frame, Frame::Sym | Frame::Clash)
                || c.target.is_empty()
                || c.target == c.source)
            && !one_side(&c.source)
        {
            last_sym = c.source.clone();
        }
        done.push(c);
    }
    *cands = done;
}

/// The latest hostile act in `done` between two sides: a source and a
/// target, neither empty, that share no actor and are not one state.
fn hostile_dyad<'c>(
    done: &'c [Candidate],
    one_side: &dyn Fn(&[EntityId]) -> bool,
    party: &dyn Fn(&[EntityId]) -> bool,
) -> Option<&'c Candidate> {
    done.iter().rev().find(|p| {
        hostile(&p.cameo)
            && party(&p.source)
            && party(&p.target)
            && !p.negated
            && !p.source.is_empty()
            && !p.target.is_empty()
            && p.source.iter().all(|e| !p.target.contains(e))
            && !one_side(&[p.source.as_slice(), p.target.as_slice()].concat())
    })
}

/// The other side, for `source`, of the latest hostile act in `done` in
/// which `source`'s side (the same actors, or organs of the same state)
/// acted or was acted upon.
fn counterpart(
    done: &[Candidate],
    source: &[EntityId],
    one_side: &dyn Fn(&[EntityId]) -> bool,
    party: &dyn Fn(&[EntityId]) -> bool,
) -> Option<Vec<EntityId>> {
    let on = |side: &[EntityId]| {
        source.iter().all(|e| side.contains(e)) || one_side(&[source, side].concat())
    };
    done.iter().rev().find_map(|p| {
        if !hostile(&p.cameo)
            || p.negated
            || p.source.is_empty()
            || p.target.is_empty()
            || p.source.iter().any(|e| p.target.contains(e))
            || one_side(&[p.source.as_slice(), p.target.as_slice()].concat())
        {
            return None;
        }
        let other = if on(&p.source) {
            &p.target
        } else if on(&p.target) {
            &p.source
        } else {
            return None;
        };
        let t: Vec<EntityId> = other
            .iter()
            .filter(|e| !source.contains(e))
            .copied()
            .collect();
        (party(&t) && !one_side(&[source, t.as_slice()].concat())).then_some(t)
    })
}

/// The sources, other than `except`, of the latest event in `done` whose
/// code starts with `prefix` and that has a source ("also" and answering
/// events take their actors from it).
fn earlier_sources(done: &[Candidate], prefix: &str, except: &[EntityId]) -> Option<Vec<EntityId>> {
    let prev = earlier_event(done, prefix, except)?;
    Some(
        prev.source
            .iter()
            .filter(|e| !except.contains(e))
            .copied()
            .collect(),
    )
}

/// The latest event in `done` whose code starts with `prefix` (a family
/// for violence and [`ANY_ACT`]) and that has a source other than `except`.
fn earlier_event<'c>(
    done: &'c [Candidate],
    prefix: &str,
    except: &[EntityId],
) -> Option<&'c Candidate> {
    let kind = |cameo: &str| {
        if prefix == ANY_ACT {
            !cameo.starts_with("01") && !cameo.starts_with("02")
        } else if prefix == RECENT_HOSTILE {
            hostile(cameo)
        } else if VIOLENCE.contains(&prefix) {
            VIOLENCE.iter().any(|v| cameo.starts_with(v))
        } else {
            cameo.starts_with(prefix)
        }
    };
    done.iter().rev().find(|p| {
        kind(&p.cameo)
            && !p.source.is_empty()
            // an answer ("repelled the attack") is not the act answered,
            // but a judgement ("called the arrests revenge") is an
            // accusation a denial answers
            && (p.answers.is_none() || prefix == "11")
            && p.source.iter().any(|e| !except.contains(e))
    })
}

/// The code of fighting with a weapon: artillery and tanks (194), aircraft,
/// drones and missiles (195).
fn weapon_code(lemma: &str) -> Option<&'static str> {
    match lemma {
        "artillery" | "mortar" | "shell" | "howitzer" | "tank" | "rocket-launcher" => Some("194"),
        "drone" | "missile" | "rocket" | "aircraft" | "airstrike" | "jet" | "warplane"
        | "helicopter" => Some("195"),
        _ => None,
    }
}

/// Violence is one family: "condemned the killings" answers the police
/// crackdown (17x) or the attack (18x–20x) told before.
const VIOLENCE: &[&str] = &["17", "18", "19", "20"];

/// Definite nouns that refer back to any act told before ("the decision",
/// "the move"), answered by [`ANY_ACT`].
const GENERIC_ACTS: &[&str] = &[
    "action",
    "decision",
    "measure",
    "move",
    "operation",
    "plan",
    "proposal",
    "step",
];

/// Definite nouns that refer back to a court's decision (116).
const JUDGMENTS: &[&str] = &[
    "conviction",
    "judgement",
    "judgment",
    "ruling",
    "sentence",
    "verdict",
];

/// The `answers` code of a denial of what a clause says ("denied that
/// …"): an accusation (11x) made at most a few sentences before.
const RECENT_ACCUSATION: &str = "11<";

/// What a denial disowns when it names no claim: "denied any involvement",
/// "denied wrongdoing".
const DENIED_PART: &[&str] = &[
    "involvement",
    "wrongdoing",
    "role",
    "responsibility",
    "link",
    "part",
];

/// The `answers` code of a promised retaliation: a hostile act (14x,
/// 16x–20x) told at most a few sentences before.
const RECENT_HOSTILE: &str = "hostile<";

/// The `answers` code that matches any act but a statement or appeal.
const ANY_ACT: &str = "*";

/// A cooperative act (03x–08x) whose refusal is a rejection (12x).
fn cooperative(code: &str) -> bool {
    ("03".."09").contains(&code)
}

/// A protest (14x) made for the political reform a demand asks for
/// (104x: leadership change, policy change, rights, institutions) takes
/// the matching subcode: "141" with "1041" is "1411", "142" with "1043"
/// is "1423".
fn protest_code(protest: &str, demand: &str) -> Option<String> {
    let rest = demand.strip_prefix("104").filter(|r| r.len() == 1)?;
    let base = protest.get(..3)?;
    Some(format!("{base}{rest}"))
}

/// "army spokesman Colonel X said …": a plain statement (010) whose only
/// targets are the bodies the speaker's title names speaks for them, not
/// to or about them; it has no target.
fn spoken_for(doc: &Doc, ev: &Event) -> bool {
    if ev.cameo != "010" || ev.target.is_empty() {
        return false;
    }
    let titles: Vec<String> = ev
        .source
        .iter()
        .filter_map(|&s| doc.entity(s)?.title.as_deref())
        .map(str::to_lowercase)
        .collect();
    let named = |name: &str| titles.iter().any(|t| title_names(t, name));
    ev.target.iter().all(|&t| {
        doc.entity(t)
            .is_some_and(|e| named(&e.name) || e.aliases.iter().any(|a| named(a)))
    })
}

/// Whether a lower-cased title ("army spokesman colonel") names a body
/// ("Army") among its words.
pub(super) fn title_names(title: &str, name: &str) -> bool {
    let name: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !name.is_empty()
        && words
            .windows(name.len())
            .any(|w| w.iter().zip(&name).all(|(a, b)| *a == b.as_str()))
}

/// The place a dateline names: before the dash of a dateline opening the
/// first or (after a headline) the second sentence ("LAHORE, Pakistan
/// (Reuters) — …"), else before a dash at the very start of the text.
fn dateline(doc: &Doc) -> Option<usize> {
    let text = doc.text();
    let marked = doc.sentences.iter().take(2).find_map(|s| {
        let dash = crate::syntax::sentence_dateline(doc, s)?;
        let (start, stop) = (
            doc.tokens[s.first.index()].span.start,
            doc.tokens[dash].span.start,
        );
        // the city, not the country after it
        (0..doc.places.len())
            .filter_map(|p| {
                let at = doc.places[p]
                    .spans
                    .iter()
                    .filter(|x| x.start >= start && x.end <= stop)
                    .map(|x| x.start)
                    .min()?;
                Some((at, p))
            })
            .min()
            .map(|(_, p)| p)
    });
    marked.or_else(|| {
        let head = text.get(..text.len().min(80))?;
        let dash = ["--", "\u{2014}", "\u{2013}"]
            .iter()
            .filter_map(|d| head.find(d))
            .min()?;
        doc.places
            .iter()
            .position(|p| p.spans.iter().any(|s| (s.end as usize) <= dash))
    })
}

fn dedup(v: &mut Vec<EntityId>) {
    let mut seen = HashSet::new();
    v.retain(|e| seen.insert(*e));
}
