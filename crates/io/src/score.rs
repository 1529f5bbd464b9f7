//! The scorer: compares a predicted [`GoldDoc`] with the human gold and
//! counts true positives, false positives and false negatives per section,
//! plus accuracies of the attributes scored over matched items. It
//! implements the rules of `eval/GOLD-FORMAT.md`; where they leave room, this
//! is how they are read:
//!
//! **Names.** A name is normalised by lower-casing, deleting every character
//! that is neither alphanumeric nor whitespace (so `U.S.` = `US`,
//! `Afghanistan’s` = `Afghanistans`), collapsing whitespace and dropping one
//! leading `the`. Two names are equal when their normal forms are.
//!
//! **Entities** match when the types are equal and the predicted *name*
//! equals the gold name or one of the gold aliases (predicted aliases are not
//! consulted: the rule is about the predicted name). Country and role are
//! accuracies over matched entities (`null` is right only against `null`).
//!
//! **Places** match when the countries are equal, the predicted name equals
//! the gold name or one of its aliases, and — when the gold kind (or, if the
//! gold has none, the predicted kind) is `city` or `site` and both sides have
//! coordinates — the two points are at most 50 km apart (haversine). The
//! coordinates accuracy is counted over matched city/site places whose gold
//! has coordinates: right when the prediction has coordinates within 50 km, so
//! a prediction without coordinates matches but loses on this accuracy.
//!
//! **Names that refer to gold items** (quote speaker, event source/target,
//! figure claimant, event place) match "as for entities": the gold string is
//! resolved to the gold entity that has it as name or alias (for an event
//! place: the gold place first, then entity), and the predicted name matches
//! when it equals any name or alias of that item. A gold string that names
//! no gold item matches only itself. `null` matches only `null`. For event
//! actors a list matches when any predicted member matches any gold member;
//! an empty list counts as `null`.
//!
//! **Quotes** match when the speaker matches and the predicted text contains
//! at least half of the distinct words of the gold text (words as in names:
//! lower-cased, punctuation deleted).
//!
//! **Events** match when the CAMEO roots (first two characters of the code)
//! are equal and source and target match. Over matched events: date (gold
//! period contains the predicted date; a `null` gold date is right only
//! against `null`), place, and full CAMEO code are accuracies.
//!
//! **Figures** match when the value ranges overlap (a number is the range
//! `[v, v]`) and the units are equal as names; the claimant is an accuracy.
//!
//! **One-to-one.** Each gold item matches at most one predicted item and the
//! other way round: all matching pairs are ranked by an *overlap* score and
//! taken greedily, best first (ties: earlier gold, then earlier prediction).
//! The overlap is the word Jaccard of the text that carries the item — the
//! predicted name against the gold canonical name (entities, places), the
//! quote texts (quotes), the evidence (events, figures; the `about` text
//! for figures without evidence) — plus 0.01 for each secondary attribute the
//! pair gets right, so that among equally good pairs the one that is right on
//! country, date and so on wins.
//!
//! **Counts.** P = tp/(tp+fp), R = tp/(tp+fn), F1 their harmonic mean; a
//! ratio whose denominator is 0 is 1 (nothing predicted: no precision
//! error), and F1 is 0 when P + R = 0. Micro averages add the counts of all
//! articles before dividing.

use crate::gold::{Actors, GoldDoc, GoldEntity, GoldEvent, GoldFigure, GoldPlace, GoldQuote};
use serde_json::{json, Value};
use std::collections::HashSet;

/// The scored sections, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Entities,
    Places,
    Quotes,
    Events,
    Figures,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Entities,
        Section::Places,
        Section::Quotes,
        Section::Events,
        Section::Figures,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Entities => "entities",
            Section::Places => "places",
            Section::Quotes => "quotes",
            Section::Events => "events",
            Section::Figures => "figures",
        }
    }
}

/// The attributes scored as accuracy over matched items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    EntityCountry,
    EntityRole,
    PlaceCoordinates,
    EventDate,
    EventPlace,
    EventCameo,
    FigureClaimant,
}

impl Measure {
    pub const ALL: [Measure; 7] = [
        Measure::EntityCountry,
        Measure::EntityRole,
        Measure::PlaceCoordinates,
        Measure::EventDate,
        Measure::EventPlace,
        Measure::EventCameo,
        Measure::FigureClaimant,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::EntityCountry => "entity_country",
            Measure::EntityRole => "entity_role",
            Measure::PlaceCoordinates => "place_coordinates",
            Measure::EventDate => "event_date",
            Measure::EventPlace => "event_place",
            Measure::EventCameo => "event_cameo",
            Measure::FigureClaimant => "figure_claimant",
        }
    }
}

/// True positives, false positives and false negatives of one section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

impl Counts {
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    pub fn to_json(self) -> Value {
        json!({
            "tp": self.tp, "fp": self.fp, "fn": self.fn_,
            "precision": self.precision(), "recall": self.recall(), "f1": self.f1(),
        })
    }
}

/// Right answers out of the matched items that were scored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub right: usize,
    pub total: usize,
}

impl Accuracy {
    /// `None` when nothing was scored.
    pub fn value(self) -> Option<f64> {
        (self.total > 0).then(|| self.right as f64 / self.total as f64)
    }

    fn record(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    pub fn add(&mut self, other: Accuracy) {
        self.right += other.right;
        self.total += other.total;
    }

    pub fn to_json(self) -> Value {
        json!({ "right": self.right, "total": self.total, "accuracy": self.value() })
    }
}

/// Counts per section and accuracies per measure, for one article or summed
/// over many (micro average).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    counts: [Counts; 5],
    accuracies: [Accuracy; 7],
}

impl Scores {
    pub fn counts(&self, section: Section) -> Counts {
        self.counts[section as usize]
    }

    pub fn accuracy(&self, measure: Measure) -> Accuracy {
        self.accuracies[measure as usize]
    }

    pub fn add(&mut self, other: &Scores) {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            a.add(b);
        }
        for (a, b) in self.accuracies.iter_mut().zip(other.accuracies) {
            a.add(b);
        }
    }

    /// `{"sections": {name: counts}, "accuracies": {name: accuracy}}`.
    pub fn to_json(&self) -> Value {
        let sections: serde_json::Map<String, Value> = Section::ALL
            .iter()
            .map(|&s| (s.as_str().to_string(), self.counts(s).to_json()))
            .collect();
        let accuracies: serde_json::Map<String, Value> = Measure::ALL
            .iter()
            .map(|&m| (m.as_str().to_string(), self.accuracy(m).to_json()))
            .collect();
        json!({ "sections": sections, "accuracies": accuracies })
    }
}

/// Whether an item was missed (gold without prediction) or spurious
/// (prediction without gold).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    Missed,
    Spurious,
    /// A matched event whose date or place is wrong (`closest` is its gold).
    Inexact,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Missed => "missed",
            FindingKind::Spurious => "spurious",
            FindingKind::Inexact => "inexact",
        }
    }
}

/// One unmatched item, for `--explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub section: Section,
    pub kind: FindingKind,
    /// The item, described in one line.
    pub item: String,
    /// The most similar item on the other side (by word overlap), if any.
    pub closest: Option<Closest>,
}

/// The nearest item on the other side and why it did not match.
#[derive(Debug, Clone, PartialEq)]
pub struct Closest {
    pub item: String,
    /// The match conditions that fail; empty when the pair would match but
    /// one of the two was paired with a better partner.
    pub why: Vec<String>,
}

impl Finding {
    pub fn to_json(&self) -> Value {
        json!({
            "section": self.section.as_str(),
            "kind": self.kind.as_str(),
            "item": self.item,
            "closest": self.closest.as_ref().map(|c| json!({"item": c.item, "why": c.why})),
        })
    }
}

/// The score of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocScore {
    pub scores: Scores,
    pub findings: Vec<Finding>,
}

/// Scores one predicted article against its gold.
pub fn score(gold: &GoldDoc, pred: &GoldDoc) -> DocScore {
    let names = Names::new(gold);
    let mut out = DocScore::default();

    let pairs = assign(
        &mut out,
        Section::Entities,
        &gold.entities,
        &pred.entities,
        check_entity,
        describe_entity,
        |e| words_of(&e.name),
    );
    for (g, p) in pairs {
        let (g, p) = (&gold.entities[g], &pred.entities[p]);
        out.scores.accuracies[Measure::EntityCountry as usize]
            .record(same_code(&g.country, &p.country));
        out.scores.accuracies[Measure::EntityRole as usize].record(same_code(&g.role, &p.role));
    }

    let pairs = assign(
        &mut out,
        Section::Places,
        &gold.places,
        &pred.places,
        check_place,
        describe_place,
        |e| words_of(&e.name),
    );
    for (g, p) in pairs {
        let (g, p) = (&gold.places[g], &pred.places[p]);
        if has_point_kind(g, p) && coordinates(g).is_some() {
            let right = coordinates_within(g, p) == Some(true);
            out.scores.accuracies[Measure::PlaceCoordinates as usize].record(right);
        }
    }

    assign(
        &mut out,
        Section::Quotes,
        &gold.quotes,
        &pred.quotes,
        |g, p| check_quote(&names, g, p),
        describe_quote,
        |q| words_of(&q.text),
    );

    let pairs = assign(
        &mut out,
        Section::Events,
        &gold.events,
        &pred.events,
        |g, p| check_event(&names, g, p),
        describe_event,
        event_words,
    );
    for (g, p) in pairs {
        let (g, p) = (&gold.events[g], &pred.events[p]);
        let (date, place) = (date_right(g, p), names.place_matches(&g.place, &p.place));
        let acc = &mut out.scores.accuracies;
        acc[Measure::EventDate as usize].record(date);
        acc[Measure::EventPlace as usize].record(place);
        acc[Measure::EventCameo as usize].record(g.cameo.trim() == p.cameo.trim());
        if !date || !place {
            let mut why = Vec::new();
            if !date {
                why.push("wrong date".to_string());
            }
            if !place {
                why.push("wrong place".to_string());
            }
            out.findings.push(Finding {
                section: Section::Events,
                kind: FindingKind::Inexact,
                item: describe_event(p),
                closest: Some(Closest {
                    item: describe_event(g),
                    why,
                }),
            });
        }
    }

    let pairs = assign(
        &mut out,
        Section::Figures,
        &gold.figures,
        &pred.figures,
        |g, p| check_figure(&names, g, p),
        describe_figure,
        figure_words,
    );
    for (g, p) in pairs {
        let (g, p) = (&gold.figures[g], &pred.figures[p]);
        let claimant = names.actor_matches(&g.claimant, &p.claimant);
        out.scores.accuracies[Measure::FigureClaimant as usize].record(claimant);
        if !claimant {
            out.findings.push(Finding {
                section: Section::Figures,
                kind: FindingKind::Inexact,
                item: describe_figure(p),
                closest: Some(Closest {
                    item: describe_figure(g),
                    why: vec!["wrong claimant".to_string()],
                }),
            });
        }
    }
    out
}

/// The outcome of comparing one gold item with one predicted item.
#[derive(Default)]
struct Check {
    /// The match conditions that fail (empty: the pair matches).
    why: Vec<String>,
    /// How good the pair is, for the greedy one-to-one assignment.
    overlap: f64,
}

impl Check {
    fn require(&mut self, ok: bool, why: impl FnOnce() -> String) {
        if !ok {
            self.why.push(why());
        }
    }

    fn bonus(&mut self, right: bool) {
        if right {
            self.overlap += 0.01;
        }
    }
}

/// Greedy one-to-one matching of one section: records counts and findings
/// in `out` and returns the matched (gold, predicted) index pairs.
fn assign<T>(
    out: &mut DocScore,
    section: Section,
    gold: &[T],
    pred: &[T],
    check: impl Fn(&T, &T) -> Check,
    describe: fn(&T) -> String,
    words: impl Fn(&T) -> Vec<String>,
) -> Vec<(usize, usize)> {
    let checks: Vec<Vec<Check>> = gold
        .iter()
        .map(|g| pred.iter().map(|p| check(g, p)).collect())
        .collect();
    let mut candidates: Vec<(f64, usize, usize)> = checks
        .iter()
        .enumerate()
        .flat_map(|(gi, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, c)| c.why.is_empty())
                .map(move |(pi, c)| (c.overlap, gi, pi))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

    let mut gold_to: Vec<Option<usize>> = vec![None; gold.len()];
    let mut pred_to: Vec<Option<usize>> = vec![None; pred.len()];
    let mut pairs = Vec::new();
    for (_, gi, pi) in candidates {
        if gold_to[gi].is_none() && pred_to[pi].is_none() {
            gold_to[gi] = Some(pi);
            pred_to[pi] = Some(gi);
            pairs.push((gi, pi));
        }
    }
    pairs.sort_unstable();

    let counts = &mut out.scores.counts[section as usize];
    counts.tp += pairs.len();
    counts.fn_ += gold.len() - pairs.len();
    counts.fp += pred.len() - pairs.len();

    let gold_words: Vec<Vec<String>> = gold.iter().map(&words).collect();
    let pred_words: Vec<Vec<String>> = pred.iter().map(&words).collect();
    for (gi, g) in gold
        .iter()
        .enumerate()
        .filter(|(gi, _)| gold_to[*gi].is_none())
    {
        let closest = nearest(&gold_words[gi], &pred_words, &pred_to).map(|pi| Closest {
            item: describe(&pred[pi]),
            why: checks[gi][pi].why.clone(),
        });
        out.findings.push(Finding {
            section,
            kind: FindingKind::Missed,
            item: describe(g),
            closest,
        });
    }
    for (pi, p) in pred
        .iter()
        .enumerate()
        .filter(|(pi, _)| pred_to[*pi].is_none())
    {
        let closest = nearest(&pred_words[pi], &gold_words, &gold_to).map(|gi| Closest {
            item: describe(&gold[gi]),
            why: checks[gi][pi].why.clone(),
        });
        out.findings.push(Finding {
            section,
            kind: FindingKind::Spurious,
            item: describe(p),
            closest,
        });
    }
    pairs
}

/// The index of the item in `others` whose words overlap `words` most, if
/// any overlaps at all. Items left unpaired count double: a missed gold item
/// is most often explained by a spurious prediction, and the other way round.
fn nearest(words: &[String], others: &[Vec<String>], paired: &[Option<usize>]) -> Option<usize> {
    others
        .iter()
        .zip(paired)
        .enumerate()
        .map(|(i, (o, pair))| {
            let weight = if pair.is_none() { 2.0 } else { 1.0 };
            (weight * jaccard(words, o), i)
        })
        .filter(|(s, _)| *s > 0.0)
        .fold(None, |best: Option<(f64, usize)>, cur| match best {
            Some(b) if b.0 >= cur.0 => Some(b),
            _ => Some(cur),
        })
        .map(|(_, i)| i)
}

fn check_entity(g: &GoldEntity, p: &GoldEntity) -> Check {
    let mut c = Check::default();
    c.require(g.kind.eq_ignore_ascii_case(&p.kind), || {
        format!("type {} ≠ {}", p.kind, g.kind)
    });
    let name = normalize(&p.name);
    c.require(forms(&g.name, &g.aliases).any(|f| f == name), || {
        format!("name {:?} is neither {:?} nor an alias", p.name, g.name)
    });
    c.overlap = jaccard(&words_of(&g.name), &words_of(&p.name));
    c.bonus(same_code(&g.country, &p.country));
    c.bonus(same_code(&g.role, &p.role));
    c
}

fn check_place(g: &GoldPlace, p: &GoldPlace) -> Check {
    let mut c = Check::default();
    c.require(same_code(&g.country, &p.country), || {
        format!("country {} ≠ {}", show(&p.country), show(&g.country))
    });
    let name = normalize(&p.name);
    c.require(forms(&g.name, &g.aliases).any(|f| f == name), || {
        format!("name {:?} is neither {:?} nor an alias", p.name, g.name)
    });
    let near = coordinates_within(g, p);
    if has_point_kind(g, p) {
        c.require(near != Some(false), || {
            let km = match (coordinates(g), coordinates(p)) {
                (Some(a), Some(b)) => haversine_km(a, b),
                _ => f64::NAN,
            };
            format!("coordinates {km:.0} km apart (more than {MAX_KM} km)")
        });
    }
    c.overlap = jaccard(&words_of(&g.name), &words_of(&p.name));
    c.bonus(near == Some(true));
    c.bonus(same_code(&g.kind, &p.kind));
    c
}

fn check_quote(names: &Names, g: &GoldQuote, p: &GoldQuote) -> Check {
    let mut c = Check::default();
    c.require(names.actor_matches(&g.speaker, &p.speaker), || {
        format!("speaker {} ≠ {}", show(&p.speaker), show(&g.speaker))
    });
    let (gw, pw) = (words_of(&g.text), words_of(&p.text));
    let gold_set: HashSet<&String> = gw.iter().collect();
    let pred_set: HashSet<&String> = pw.iter().collect();
    let shared = gold_set.intersection(&pred_set).count();
    c.require(2 * shared >= gold_set.len(), || {
        format!(
            "text shares {shared} of the gold text's {} words (needs half)",
            gold_set.len()
        )
    });
    c.overlap = jaccard(&gw, &pw);
    c
}

fn check_event(names: &Names, g: &GoldEvent, p: &GoldEvent) -> Check {
    let mut c = Check::default();
    c.require(cameo_root(&g.cameo) == cameo_root(&p.cameo), || {
        format!(
            "CAMEO root {} ≠ {}",
            cameo_root(&p.cameo),
            cameo_root(&g.cameo)
        )
    });
    c.require(names.actors_match(&g.source, &p.source), || {
        format!("source {} ≠ {}", p.source, g.source)
    });
    c.require(names.actors_match(&g.target, &p.target), || {
        format!("target {} ≠ {}", p.target, g.target)
    });
    if let (Some(ge), Some(pe)) = (&g.evidence, &p.evidence) {
        c.overlap = jaccard(&words_of(ge), &words_of(pe));
    }
    c.bonus(g.cameo.trim() == p.cameo.trim());
    c.bonus(date_right(g, p));
    c.bonus(names.place_matches(&g.place, &p.place));
    c
}

fn check_figure(names: &Names, g: &GoldFigure, p: &GoldFigure) -> Check {
    let mut c = Check::default();
    c.require(g.value.overlaps(p.value), || {
        format!("value {} does not overlap {}", p.value, g.value)
    });
    c.require(normalize(&g.unit) == normalize(&p.unit), || {
        format!("unit {:?} ≠ {:?}", p.unit, g.unit)
    });
    let text = |f: &GoldFigure| f.evidence.clone().or_else(|| f.about.clone());
    if let (Some(gt), Some(pt)) = (text(g), text(p)) {
        c.overlap = jaccard(&words_of(&gt), &words_of(&pt));
    }
    c.bonus(names.actor_matches(&g.claimant, &p.claimant));
    c
}

/// Gold names resolved to every form of the gold item they name.
struct Names<'a> {
    gold: &'a GoldDoc,
}

impl<'a> Names<'a> {
    fn new(gold: &'a GoldDoc) -> Names<'a> {
        Names { gold }
    }

    /// Every normalised form of the item `name` refers to: the name and
    /// aliases of the first gold entity (or, with `place_first`, gold place)
    /// that has it as a form; just `name` when none does.
    fn forms_of(&self, name: &str, place_first: bool) -> Vec<String> {
        let n = normalize(name);
        let entity = || {
            self.gold
                .entities
                .iter()
                .find(|e| forms(&e.name, &e.aliases).any(|f| f == n))
                .map(|e| forms(&e.name, &e.aliases).collect::<Vec<_>>())
        };
        let place = || {
            self.gold
                .places
                .iter()
                .find(|p| forms(&p.name, &p.aliases).any(|f| f == n))
                .map(|p| forms(&p.name, &p.aliases).collect::<Vec<_>>())
        };
        let found = if place_first {
            place().or_else(entity)
        } else {
            entity().or_else(place)
        };
        found.unwrap_or_else(|| vec![n])
    }

    fn name_matches(&self, gold: &str, pred: &str, place_first: bool) -> bool {
        let p = normalize(pred);
        self.forms_of(gold, place_first).contains(&p)
    }

    /// Speaker, claimant: `null` matches only `null`.
    fn actor_matches(&self, gold: &Option<String>, pred: &Option<String>) -> bool {
        match (gold, pred) {
            (None, None) => true,
            (Some(g), Some(p)) => self.name_matches(g, p, false),
            _ => false,
        }
    }

    /// Event place: resolved through the gold places first.
    fn place_matches(&self, gold: &Option<String>, pred: &Option<String>) -> bool {
        match (gold, pred) {
            (None, None) => true,
            (Some(g), Some(p)) => self.name_matches(g, p, true),
            _ => false,
        }
    }

    /// Event source/target: any member matches any member; empty matches
    /// only empty.
    fn actors_match(&self, gold: &Actors, pred: &Actors) -> bool {
        if gold.is_none() || pred.is_none() {
            return gold.is_none() && pred.is_none();
        }
        gold.0
            .iter()
            .any(|g| pred.0.iter().any(|p| self.name_matches(g, p, false)))
    }
}

/// The normal forms of a name and its aliases.
fn forms<'a>(name: &'a str, aliases: &'a [String]) -> impl Iterator<Item = String> + 'a {
    std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .map(normalize)
}

/// Lower-cased words with punctuation deleted.
fn words_of(s: &str) -> Vec<String> {
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// A name's normal form: its words, without one leading "the".
pub fn normalize(name: &str) -> String {
    let mut words = words_of(name);
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// |a ∩ b| / |a ∪ b| over distinct words; 0 when both are empty.
fn jaccard(a: &[String], b: &[String]) -> f64 {
    let a: HashSet<&String> = a.iter().collect();
    let b: HashSet<&String> = b.iter().collect();
    let union = a.union(&b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(&b).count() as f64 / union as f64
    }
}

/// Codes (country, role, kind) compare case-insensitively; `null` = `null`.
fn same_code(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.trim().eq_ignore_ascii_case(b.trim()),
        _ => false,
    }
}

fn show(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("null")
}

fn cameo_root(code: &str) -> &str {
    let code = code.trim();
    code.get(..2).unwrap_or(code)
}

fn date_right(g: &GoldEvent, p: &GoldEvent) -> bool {
    match (g.date, p.date) {
        (None, None) => true,
        (Some(g), Some(p)) => g.contains(p),
        _ => false,
    }
}

/// Places are matched on coordinates only for these kinds.
const POINT_KINDS: [&str; 2] = ["city", "site"];
/// The largest distance at which two city or site coordinates agree.
pub const MAX_KM: f64 = 50.0;

fn has_point_kind(g: &GoldPlace, p: &GoldPlace) -> bool {
    g.kind
        .as_deref()
        .or(p.kind.as_deref())
        .is_some_and(|k| POINT_KINDS.iter().any(|pk| k.eq_ignore_ascii_case(pk)))
}

fn coordinates(p: &GoldPlace) -> Option<(f64, f64)> {
    Some((p.lat?, p.lon?))
}

/// Whether both places have coordinates at most [`MAX_KM`] apart; `None`
/// when either lacks them.
fn coordinates_within(g: &GoldPlace, p: &GoldPlace) -> Option<bool> {
    Some(haversine_km(coordinates(g)?, coordinates(p)?) <= MAX_KM)
}

/// Great-circle distance in km between two (lat, lon) points in degrees.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0088;
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

fn event_words(e: &GoldEvent) -> Vec<String> {
    let mut w: Vec<String> = e
        .source
        .0
        .iter()
        .chain(&e.target.0)
        .flat_map(|n| words_of(n))
        .collect();
    w.push(cameo_root(&e.cameo).to_string());
    w.extend(e.evidence.iter().flat_map(|t| words_of(t)));
    w
}

fn figure_words(f: &GoldFigure) -> Vec<String> {
    let mut w = words_of(&f.value.to_string());
    w.extend(words_of(&f.unit));
    for t in [&f.about, &f.evidence].into_iter().flatten() {
        w.extend(words_of(t));
    }
    w
}

/// Shortens a text for one-line descriptions.
fn clip(s: &str) -> String {
    const MAX: usize = 70;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn describe_entity(e: &GoldEntity) -> String {
    format!(
        "{} {:?} country={} role={}",
        e.kind,
        e.name,
        show(&e.country),
        show(&e.role)
    )
}

fn describe_place(p: &GoldPlace) -> String {
    let at = coordinates(p)
        .map(|(lat, lon)| format!(" at {lat:.2},{lon:.2}"))
        .unwrap_or_default();
    format!(
        "{} {:?} country={}{at}",
        show(&p.kind),
        p.name,
        show(&p.country)
    )
}

fn describe_quote(q: &GoldQuote) -> String {
    format!("{}: {:?}", show(&q.speaker), clip(&q.text))
}

fn describe_event(e: &GoldEvent) -> String {
    let date = e
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "null".into());
    let evidence = e
        .evidence
        .as_deref()
        .map(|t| format!(" {:?}", clip(t)))
        .unwrap_or_default();
    format!(
        "{} {} → {} date={} place={}{evidence}",
        e.cameo,
        e.source,
        e.target,
        date,
        show(&e.place)
    )
}

fn describe_figure(f: &GoldFigure) -> String {
    let about = f
        .about
        .as_deref()
        .or(f.evidence.as_deref())
        .map(|t| format!(" {:?}", clip(t)))
        .unwrap_or_default();
    format!(
        "{} {} claimant={}{about}",
        f.value,
        f.unit,
        show(&f.claimant)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(json: &str) -> GoldDoc {
        GoldDoc::from_json(json, "test.json").unwrap()
    }

    fn counts(gold: &str, pred: &str, section: Section) -> (usize, usize, usize) {
        let c = score(&doc(gold), &doc(pred)).scores.counts(section);
        (c.tp, c.fp, c.fn_)
    }

    const PEOPLE: &str = r#"{"entities": [
        {"name": "Maria Ortiz", "aliases": ["Ortiz"], "type": "PERSON", "country": "PER", "role": "GOV"},
        {"name": "National Police", "aliases": ["police"], "type": "ORG", "country": "PER", "role": "COP"}
    ]}"#;

    #[test]
    fn normalize_ignores_case_punctuation_and_a_leading_the() {
        assert_eq!(normalize("The U.S."), "us");
        assert_eq!(normalize("the  Ministry of Health"), "ministry of health");
        assert_eq!(normalize("Ministry’s office"), "ministrys office");
        assert_eq!(normalize("Bank of the West"), "bank of the west");
        assert_eq!(normalize("The"), "the");
        assert_eq!(normalize("ÉLYSÉE"), "élysée");
    }

    #[test]
    fn entity_matches_name_or_alias_of_same_type() {
        let pred = r#"{"entities": [
            {"name": "ortiz", "type": "PERSON", "country": "PER", "role": "GOV"},
            {"name": "The Police.", "type": "ORG", "country": "USA", "role": "COP"}
        ]}"#;
        assert_eq!(counts(PEOPLE, pred, Section::Entities), (2, 0, 0));
        let s = score(&doc(PEOPLE), &doc(pred)).scores;
        assert_eq!(
            s.accuracy(Measure::EntityCountry),
            Accuracy { right: 1, total: 2 }
        );
        assert_eq!(
            s.accuracy(Measure::EntityRole),
            Accuracy { right: 2, total: 2 }
        );

        let wrong_type = r#"{"entities": [{"name": "Maria Ortiz", "type": "ORG"}]}"#;
        assert_eq!(counts(PEOPLE, wrong_type, Section::Entities), (0, 1, 2));
        let partial = r#"{"entities": [{"name": "Maria", "type": "PERSON"}]}"#;
        assert_eq!(counts(PEOPLE, partial, Section::Entities), (0, 1, 2));
    }

    #[test]
    fn greedy_one_to_one_prefers_best_overlap() {
        // Both predictions match the gold entity; the canonical name wins,
        // and the other prediction is spurious.
        let gold =
            r#"{"entities": [{"name": "Maria Ortiz", "aliases": ["Ortiz"], "type": "PERSON"}]}"#;
        let pred = r#"{"entities": [
            {"name": "Ortiz", "type": "PERSON", "country": "XXX"},
            {"name": "Maria Ortiz", "type": "PERSON", "country": null}
        ]}"#;
        let out = score(&doc(gold), &doc(pred));
        assert_eq!(
            out.scores.counts(Section::Entities),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(out.scores.accuracy(Measure::EntityCountry).right, 1);
        let spurious = &out.findings[0];
        assert_eq!(spurious.kind, FindingKind::Spurious);
        assert!(spurious.item.contains("\"Ortiz\""), "{}", spurious.item);
        // It would match, but its gold item was taken.
        assert_eq!(spurious.closest.as_ref().map(|c| c.why.len()), Some(0));

        // Two gold items, two predictions: each gold item gets its own.
        let gold = r#"{"figures": [
            {"value": 5, "unit": "people", "evidence": "five people were hurt in the north"},
            {"value": [1, 9], "unit": "people", "evidence": "several people fled the south"}
        ]}"#;
        let pred = r#"{"figures": [
            {"value": 5, "unit": "people", "evidence": "several people fled the south"},
            {"value": 5, "unit": "people", "evidence": "five people were hurt in the north"}
        ]}"#;
        assert_eq!(counts(gold, pred, Section::Figures), (2, 0, 0));
    }

    #[test]
    fn places_need_country_name_and_near_coordinates() {
        let gold = r#"{"places": [
            {"name": "Lima", "country": "PER", "kind": "city", "lat": -12.05, "lon": -77.04},
            {"name": "Peru", "aliases": ["Republic of Peru"], "country": "PER", "kind": "country"},
            {"name": "Cusco", "country": "PER", "kind": "city", "lat": -13.53, "lon": -71.97}
        ]}"#;
        let pred = r#"{"places": [
            {"name": "LIMA", "country": "PER", "kind": "city", "lat": -12.3, "lon": -77.0},
            {"name": "the Republic of Peru", "country": "PER", "kind": "country", "lat": -9.0, "lon": -75.0},
            {"name": "Cusco", "country": "PER", "kind": "city"}
        ]}"#;
        assert_eq!(counts(gold, pred, Section::Places), (3, 0, 0));
        let s = score(&doc(gold), &doc(pred)).scores;
        // Lima within 50 km; Cusco has no predicted coordinates.
        assert_eq!(
            s.accuracy(Measure::PlaceCoordinates),
            Accuracy { right: 1, total: 2 }
        );

        let far = r#"{"places": [{"name": "Lima", "country": "PER", "kind": "city", "lat": -12.6, "lon": -77.04}]}"#;
        assert_eq!(counts(gold, far, Section::Places), (0, 1, 3));
        let other_country = r#"{"places": [{"name": "Lima", "country": "USA", "kind": "city"}]}"#;
        assert_eq!(counts(gold, other_country, Section::Places), (0, 1, 3));
    }

    #[test]
    fn haversine_is_in_km() {
        // One degree of latitude is about 111 km.
        let d = haversine_km((0.0, 10.0), (1.0, 10.0));
        assert!((d - 111.2).abs() < 0.5, "{d}");
        assert_eq!(haversine_km((48.0, 2.0), (48.0, 2.0)), 0.0);
    }

    #[test]
    fn quotes_need_speaker_and_half_the_gold_words() {
        let gold = with_people(
            r#""quotes": [{"speaker": "Maria Ortiz",
                "text": "we will not leave the square until they listen"}]"#,
        );
        // 5 of the 9 distinct gold words (4 would be too few), spoken by an
        // alias of the speaker.
        let half =
            r#"{"quotes": [{"speaker": "Ortiz", "text": "We will not leave the camp, ever!"}]}"#;
        assert_eq!(counts(&gold, half, Section::Quotes), (1, 0, 0));
        let less = r#"{"quotes": [{"speaker": "Ortiz", "text": "we will stay at home"}]}"#;
        assert_eq!(counts(&gold, less, Section::Quotes), (0, 1, 1));
        let other =
            r#"{"quotes": [{"speaker": "police", "text": "we will not leave the square"}]}"#;
        assert_eq!(counts(&gold, other, Section::Quotes), (0, 1, 1));
    }

    fn with_people(sections: &str) -> String {
        format!("{{{}, {sections}}}", &PEOPLE[1..PEOPLE.len() - 1])
    }

    #[test]
    fn event_actors_lists_aliases_and_null() {
        let gold = with_people(
            r#""places": [{"name": "Lima", "aliases": ["Lima city"], "country": "PER", "kind": "city"}],
               "events": [
                 {"source": ["Maria Ortiz", "National Police"], "target": null, "cameo": "043",
                  "date": "2023-01", "place": "Lima"},
                 {"source": "National Police", "target": "protesters", "cameo": "180", "date": "2023-01-19"}
               ]"#,
        );
        let pred = r#"{"events": [
            {"source": "police", "target": "Protesters", "cameo": "1823", "date": "2023-01-20", "place": null},
            {"source": ["Ortiz"], "target": [], "cameo": "042", "date": "2023-01-10", "place": "Lima city"}
        ]}"#;
        let out = score(&doc(&gold), &doc(pred));
        assert_eq!(
            out.scores.counts(Section::Events),
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        let acc = |m| out.scores.accuracy(m);
        // 2023-01 contains 2023-01-10; 2023-01-19 needs that day.
        assert_eq!(acc(Measure::EventDate), Accuracy { right: 1, total: 2 });
        assert_eq!(acc(Measure::EventPlace), Accuracy { right: 2, total: 2 });
        assert_eq!(acc(Measure::EventCameo), Accuracy { right: 0, total: 2 });

        // Null target does not match a named one, nor the other way round.
        let named =
            r#"{"events": [{"source": "Maria Ortiz", "target": "police", "cameo": "043"}]}"#;
        assert_eq!(counts(&gold, named, Section::Events), (0, 1, 2));
        let root = r#"{"events": [{"source": "Maria Ortiz", "target": null, "cameo": "050"}]}"#;
        assert_eq!(counts(&gold, root, Section::Events), (0, 1, 2));
    }

    #[test]
    fn event_date_is_right_inside_the_gold_period() {
        let ev = |gold_date: &str, pred_date: &str| {
            let g = format!(r#"{{"events": [{{"cameo": "010", "date": {gold_date}}}]}}"#);
            let p = format!(r#"{{"events": [{{"cameo": "010", "date": {pred_date}}}]}}"#);
            score(&doc(&g), &doc(&p))
                .scores
                .accuracy(Measure::EventDate)
                .right
                == 1
        };
        assert!(ev(r#""2021-07""#, r#""2021-07-10""#));
        assert!(ev(r#""2021""#, r#""2021-12""#));
        assert!(!ev(r#""2021-07-10""#, r#""2021-07""#));
        assert!(!ev(r#""2021-07-10""#, r#""2021-07-11""#));
        assert!(ev("null", "null"));
        assert!(!ev("null", r#""2021-07-10""#));
        assert!(!ev(r#""2021-07""#, "null"));
    }

    #[test]
    fn figures_need_overlapping_value_and_same_unit() {
        let gold = with_people(
            r#""figures": [
                {"value": [100000, 999999], "unit": "people", "claimant": null},
                {"value": 28, "unit": "people", "claimant": "Ortiz"}
            ]"#,
        );
        let pred = r#"{"figures": [
            {"value": 250000, "unit": "People", "claimant": null},
            {"value": [20, 30], "unit": "people", "claimant": "Maria Ortiz"},
            {"value": 28, "unit": "percent"}
        ]}"#;
        let out = score(&doc(&gold), &doc(pred));
        assert_eq!(
            out.scores.counts(Section::Figures),
            Counts {
                tp: 2,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            out.scores.accuracy(Measure::FigureClaimant),
            Accuracy { right: 2, total: 2 }
        );
        let spurious = out.findings.iter().find(|f| f.section == Section::Figures);
        let why = spurious
            .and_then(|f| f.closest.as_ref())
            .map(|c| c.why.join("; "));
        assert!(
            why.is_some_and(|w| w.contains("unit")),
            "{:?}",
            out.findings
        );
    }

    #[test]
    fn rates_and_empty_sections() {
        let c = Counts {
            tp: 3,
            fp: 1,
            fn_: 2,
        };
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.6);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 1.0);
        assert_eq!(
            Counts {
                tp: 0,
                fp: 2,
                fn_: 0
            }
            .f1(),
            0.0
        );
        assert_eq!(Accuracy::default().value(), None);
    }

    #[test]
    fn gold_against_itself_is_perfect() {
        let gold = doc(&with_people(
            r#""quotes": [{"speaker": "Ortiz", "text": "a b c"}],
               "events": [{"source": ["Ortiz", "police"], "target": ["Ortiz", "police"], "cameo": "043"}],
               "figures": [{"value": [1, 5], "unit": "days"}]"#,
        ));
        let out = score(&gold, &gold);
        for s in Section::ALL {
            assert_eq!(out.scores.counts(s).f1(), 1.0, "{}", s.as_str());
        }
        for m in Measure::ALL {
            assert_ne!(out.scores.accuracy(m).value(), Some(0.0), "{}", m.as_str());
        }
        assert!(out.findings.is_empty());
    }
}
