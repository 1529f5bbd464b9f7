//! The `figures` layer: numbers with their unit, what they count and who
//! claims them.
//!
//! Reads tokens, sentences, dates, quotes and (when filled) tags; writes
//! `doc.figures`, sorted by span. A number is a figure when it counts
//! something: it needs a unit (a counted noun, a currency, "percent", a
//! duration), so ages, dates, times, ordinals, years and numbers inside names
//! ("Resolution 2231") fall away. The claimant is the speaker of the quote
//! whose reported text holds the number; a number outside any quote is the
//! article's own statement (no claimant).

use crate::figures::number::{self, Parsed};
use crate::figures::units::{Unit, UnitKind, Units};
use crate::lexicon::{lowercase, FastMap};
use crate::time::CalendarWord;
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, EntityId, Figure, FigureValue, Layer, Quote, Span, TimeKind, TokenId};
use std::borrow::Cow;

/// Words before a number that hedge it; stored as `Figure::qualifier`.
const QUALIFIERS: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "as few as",
    "as many as",
    "at least",
    "at most",
    "estimated",
    "fewer than",
    "less than",
    "more than",
    "nearly",
    "over",
    "roughly",
    "some",
    "up to",
    "under",
];

/// Nouns for the sources of a report ("two officials said").
const SOURCE_NOUNS: &[&str] = &[
    "analysts",
    "diplomats",
    "officials",
    "people",
    "residents",
    "sources",
    "witnesses",
];

/// Words after a number that make it a time, an age or a time reference.
const NOT_AFTER: &[&str] = &[
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "gmt",
    "utc",
    "o'clock",
    "ago",
    "year-old",
    "years-old",
];
/// Words that end the search for a counted noun.
const UNIT_STOP: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "in", "on",
    "at", "to", "for", "from", "with", "by", "since", "and", "or", "but", "that", "which", "who",
    "than", "as", "into", "after", "before", "per",
];
/// Verbs after a bare vague number that say it counts people ("dozens have died").
const HUMAN_VERBS: &[&str] = &[
    "died",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "fled",
    "arrested",
    "detained",
    "protested",
    "marched",
    "gathered",
    "rallied",
    "drowned",
    "perished",
    "missing",
    "tried",
    "joined",
    "attended",
    "stormed",
    "clashed",
    "chanted",
    "hospitalized",
    "hospitalised",
];

/// Verbs whose bare number object counts people ("killing at least 30").
const CASUALTY_VERBS: &[&str] = &[
    "killing",
    "killed",
    "kill",
    "kills",
    "wounding",
    "wounded",
    "injuring",
    "injured",
    "evacuating",
    "evacuated",
    "arresting",
    "arrested",
    "detaining",
    "detained",
    "displacing",
    "displaced",
    "rescuing",
    "rescued",
    "capturing",
    "captured",
    "abducting",
    "abducted",
    "kidnapping",
    "kidnapped",
];

#[derive(Debug, Clone)]
pub struct FigureFinder {
    units: Units,
}

impl FigureFinder {
    pub fn new() -> Result<FigureFinder, BuildError> {
        Ok(FigureFinder {
            units: Units::embedded()?,
        })
    }
}

impl Stage for FigureFinder {
    fn name(&self) -> &'static str {
        "figure finder"
    }
    fn layer(&self) -> Layer {
        Layer::Figures
    }
    fn reads(&self) -> &'static [Layer] {
        &[
            Layer::Sentences,
            Layer::Tags,
            Layer::Entities,
            Layer::Places,
            Layer::Dates,
            Layer::Quotes,
        ]
    }
    fn annotate(&self, doc: &mut Doc) {
        doc.figures = self.find(doc);
    }
}

struct Found {
    unit: String,
    /// Token of the counted noun, if any.
    noun: Option<usize>,
    /// What one of the noun is in `unit` ("cents": 0.01 USD).
    scale: f64,
}

impl Found {
    fn new(unit: impl Into<String>, noun: Option<usize>) -> Found {
        Found {
            unit: unit.into(),
            noun,
            scale: 1.0,
        }
    }
}

/// The previous figure of the sentence: its unit and last token, for an
/// elliptical count ("12 of the sailors … the other four", "by 101 votes
/// to 12").
#[derive(Clone, Copy)]
struct Previous<'a> {
    unit: &'a str,
    end: usize,
}

/// Fraction words after "a"/"one" ("a fifth of") and after a number and a
/// hyphen ("two-thirds of"), with their denominators.
const FRACTIONS: &[(&str, f64)] = &[
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

/// Units of length; one in brackets after another restates it.
const LENGTHS: &[&str] = &[
    "km",
    "kilometers",
    "kilometres",
    "kilometer",
    "kilometre",
    "miles",
    "mile",
    "meters",
    "metres",
    "meter",
    "metre",
    "feet",
];

/// Nouns of soldiers and hostages: a casualty count of them counts people
/// ("killing three soldiers", "killing 600 security personnel", "26
/// hostages were killed"), other counts keep the unit ("the return of 205
/// soldiers", "the release of 26 hostages"). "Troops" names a force and
/// keeps its unit.
const SOLDIER_UNITS: &[&str] = &["soldiers", "personnel", "hostages"];

impl FigureFinder {
    fn find(&self, doc: &Doc) -> Vec<Figure> {
        let n = doc.tokens.len();
        let lowered: Vec<Cow<str>> = (0..n)
            .map(|i| lowercase(doc.token_text(TokenId::at(i))))
            .collect();
        let lower: Vec<&str> = lowered.iter().map(|w| &**w).collect();
        let mut out: Vec<Figure> = Vec::new();
        // Last token and sentence of each figure in `out`.
        let mut ends: Vec<(usize, Option<usize>)> = Vec::new();
        let mut i = 0;
        while i < n {
            let Some(mut p) = fraction(&lower, i)
                .or_else(|| number::parse(&lower, i))
                .or_else(|| lasting_one(&lower, i))
            else {
                i += 1;
                continue;
            };
            // 'killed "dozens" of officers': a number in quotation marks of
            // its own counts what follows the closing mark.
            let mark = |w: &str| matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’");
            if i > 0 && mark(lower[i - 1]) && lower.get(p.end).is_some_and(|w| mark(w)) {
                p.end += 1;
            }
            let end = p.end.max(i + 1);
            // "one in five", "two out of three": a proportion, not a count.
            if let Some(e) = self.proportion(&lower, &p) {
                i = e;
                continue;
            }
            let sentence = doc.sentence_at(doc.tokens[i].span.start);
            let previous = match (out.last(), ends.last()) {
                (Some(f), Some(&(e, s))) if s == sentence && sentence.is_some() => Some(Previous {
                    unit: f.unit.as_str(),
                    end: e,
                }),
                _ => None,
            };
            let earlier = out.last().map(|f| f.unit.as_str());
            if let Some((f, last)) = self.figure(doc, &lower, i, &p, previous, earlier) {
                out.push(f);
                ends.push((last, sentence));
            }
            i = end;
        }
        // A headline number the body repeats ("sets three-year transition"
        // … "a three-year transition") is the body's figure.
        let headline = headline_end(doc);
        let body: Vec<(FigureValue, String)> = out
            .iter()
            .filter(|f| f.span.start >= headline)
            .map(|f| (f.value, f.unit.clone()))
            .collect();
        // A vague headline count the lead sentence makes precise ("kill
        // dozens" … "killing at least 37 people") is the lead's figure.
        let lead = doc
            .tokens
            .iter()
            .find(|t| t.span.start >= headline)
            .and_then(|t| doc.sentence_at(t.span.start));
        let in_lead: Vec<(FigureValue, String)> = out
            .iter()
            .filter(|f| {
                f.span.start >= headline && lead.is_some() && doc.sentence_at(f.span.start) == lead
            })
            .map(|f| (f.value, f.unit.clone()))
            .collect();
        let within = |v: &FigureValue, a: f64, b: f64| matches!(v, FigureValue::Exact(x) if a <= *x && *x <= b);
        out.retain(|f| {
            if f.span.start >= headline {
                return true;
            }
            match f.value {
                FigureValue::Exact(_) => !body.iter().any(|(v, u)| *v == f.value && *u == f.unit),
                FigureValue::Range(a, b) => {
                    !in_lead.iter().any(|(v, u)| *u == f.unit && within(v, a, b))
                }
            }
        });
        out
    }

    /// The figure of the number at `i` and its last token.
    fn figure(
        &self,
        doc: &Doc,
        lower: &[&str],
        i: usize,
        p: &Parsed,
        previous: Option<Previous>,
        earlier: Option<&str>,
    ) -> Option<(Figure, usize)> {
        let tok = |k: usize| lower.get(k).copied().unwrap_or("");
        let span_of = |a: usize, b: usize| {
            doc.tokens[a]
                .span
                .cover(doc.tokens[b.min(doc.tokens.len() - 1)].span)
        };
        let last = p.end.saturating_sub(1).max(i);
        let num_span = span_of(i, last);
        // Dates, times, ages, names. A duration ("nearly 20 years") may be a
        // time expression of the dates layer and still be a figure.
        let in_date = doc
            .dates
            .iter()
            .any(|d| d.span.overlaps(num_span) && d.kind != TimeKind::Duration);
        let prev = i.checked_sub(1).map_or("", tok);
        let next = tok(p.end);
        let is_month = |w: &str| {
            matches!(
                crate::time::calendar(w),
                Some(CalendarWord::Month | CalendarWord::MonthAbbr)
            )
        };
        if is_month(prev) || is_month(next) {
            return None;
        }
        if NOT_AFTER.contains(&next) || matches!(prev, "aged" | "age" | "ages") {
            return None;
        }
        if p.ratio && p.words {
            return None;
        }
        // A written-out number after "the" refers back ("the two sides");
        // after a personal possessive it still counts people ("his two
        // sons", "their three children").
        let possessive = matches!(prev, "their" | "his" | "her" | "our" | "my");
        let people_after = self
            .units
            .get(next)
            .is_some_and(|u| u.unit == "people" && u.kind == UnitKind::Count);
        // "the two-day exercises": a length joined to its noun is no
        // reference back.
        let length = next == "-"
            && self
                .units
                .get(tok(p.end + 1))
                .is_some_and(|u| u.kind == UnitKind::Duration);
        if p.words
            && !p.vague
            && !length
            && matches!(
                prev,
                "the" | "both" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "my"
            )
            && !(possessive && people_after)
        {
            return None;
        }
        let sentence_first = doc
            .sentence_at(num_span.start)
            .map_or(0, |s| doc.sentences[s].first.index());
        let prev_is_name = i > sentence_first + 1
            && doc
                .token_text(TokenId::at(i - 1))
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !p.vague;
        let found = self.unit(doc, lower, i, p, previous, earlier)?;
        let duration = found
            .noun
            .and_then(|k| self.units.get(tok(k)))
            .is_some_and(|u| u.kind == UnitKind::Duration);
        // "a 36-month transition": the unit is joined to the number by a hyphen.
        let hyphened = found.noun == Some(p.end + 1) && tok(p.end) == "-";
        if in_date && !duration {
            return None;
        }
        // "about 40 kilometers (25 miles)": a length restated in other units.
        if i >= 3
            && prev == "("
            && found.noun.is_some_and(|k| LENGTHS.contains(&tok(k)))
            && LENGTHS.contains(&tok(i - 2))
        {
            return None;
        }
        // "the past two weeks", "the next 10 days" place events in time.
        let (_, hedge_start) = qualifier(lower, i);
        let before = hedge_start.checked_sub(1).map_or("", tok);
        // "over the next five years" is how long a plan lasts ("over the
        // past two weeks" still places an event).
        let over = hedge_start >= 3
            && matches!(before, "next" | "coming")
            && tok(hedge_start - 2) == "the"
            && matches!(tok(hedge_start - 3), "over" | "throughout");
        if duration
            && !over
            && matches!(
                before,
                "past" | "last" | "next" | "coming" | "previous" | "first"
            )
        {
            return None;
        }
        if prev_is_name && found.noun.is_none_or(|k| k != p.end && !hyphened) {
            return None;
        }
        // "two officials said", "three diplomats told Reuters": the count of
        // a report's sources, not a figure it reports.
        let few = matches!(p.value, FigureValue::Exact(v) if v <= 10.0);
        if few
            && found.noun.is_some_and(|k| {
                SOURCE_NOUNS.contains(&tok(k))
                    && matches!(
                        tok(k + 1),
                        "said" | "say" | "says" | "told" | "tell" | "added" | "confirmed"
                    )
            })
        {
            return None;
        }
        if let FigureValue::Exact(v) = p.value {
            let year_like = !p.words
                && (1800.0..=2100.0).contains(&v)
                && v.fract() == 0.0
                && !doc.token_text(TokenId::at(i)).contains(',');
            // "in 2014 protests", "2018 day five": a year unless a listed
            // count noun follows it directly ("2000 troops").
            let listed_noun = found.noun == Some(p.end)
                && self
                    .units
                    .get(tok(p.end))
                    .is_some_and(|u| u.kind == UnitKind::Count);
            // "the 2021 election", "its 2019 budget": a year before the noun.
            let time_prep = matches!(
                prev,
                "in" | "since"
                    | "by"
                    | "until"
                    | "from"
                    | "of"
                    | "between"
                    | "the"
                    | "its"
                    | "their"
                    | "this"
                    | "that"
            );
            if year_like && (!listed_noun || time_prep) {
                return None;
            }
            // "one soldier", "one Azerbaijani soldier", "a one-day
            // offensive"; not "one of the", "one said".
            let one_noun = found.noun == Some(p.end)
                || hyphened
                || found.noun == Some(p.end + 1)
                    && doc
                        .token_text(TokenId::at(p.end))
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase);
            if v == 1.0 && p.words && !one_noun {
                return None;
            }
            // "one man at the gate told reporters": a speaker, not a count.
            if v == 1.0 && p.words && speaker_after(lower, found.noun.unwrap_or(p.end) + 1) {
                return None;
            }
        }
        // Durations followed by "ago"/"earlier"/"later" are time references.
        if let Some(k) = found.noun {
            if matches!(tok(k + 1), "ago" | "earlier" | "later" | "old") {
                return None;
            }
        }
        let (qualifier, start) = qualifier(lower, i);
        let end_tok = found.noun.unwrap_or(last).max(last);
        let span = span_of(start, end_tok);
        let sentence = doc.sentence_at(span.start).map(|s| doc.sentences[s].span);
        let evidence = sentence.unwrap_or(span);
        let quote = doc
            .quotes
            .iter()
            .filter(|q| q.text.contains(num_span) && claims(doc, q))
            .min_by_key(|q| q.text.len());
        let about = self.about(doc, lower, found.noun, p.end, qualifier.as_deref());
        let scale = |v: f64| {
            if found.scale == 1.0 {
                v
            } else if found.scale < 1.0 {
                v / (1.0 / found.scale).round()
            } else {
                v * found.scale
            }
        };
        let value = match p.value {
            FigureValue::Exact(v) => FigureValue::Exact(scale(v)),
            FigureValue::Range(a, b) => FigureValue::Range(scale(a), scale(b)),
        };
        // "300 million euros ($327 million), an aide said": the reporter's
        // conversion of the sum before it, not the source's; inside a
        // reported clause ("she said Britain would give 30 million pounds
        // ($40 million)") it is reported with the sum.
        let conversion =
            prev == "(" && p.symbol.is_some() && previous.is_some_and(|q| q.end + 2 == i);
        let speaker = |q: &Quote| (q.speaker, q.speaker_name.clone());
        let claim = if conversion {
            quote
                .filter(|q| q.cue.is_some_and(|c| c.end <= q.text.start))
                .map(speaker)
        } else {
            quote
                .map(speaker)
                // "…, officials said.": an attribution at the end of the
                // sentence that the quotes layer did not take.
                .or_else(|| final_attribution(doc, lower, end_tok).map(|n| (None, Some(n))))
                .or_else(|| claim_subject(doc, lower, start))
                .or_else(|| continued_report(doc, lower, num_span))
        };
        let (claimant, claimant_name) = match claim {
            Some(c) => reduce_claimant(doc, c),
            None => (None, None),
        };
        let figure = Figure {
            value,
            unit: found.unit,
            about,
            claimant,
            claimant_name,
            span,
            evidence,
            qualifier,
        };
        Some((figure, end_tok))
    }

    /// The currency of a shared currency word at token `k` ("rupees"): that
    /// of the country named last before it in its sentence, as a place or
    /// an actor, which uses the word ("Britain pledged 25 million pounds
    /// for South Sudan" → GBP); else that of the article's most named
    /// country using it; else `None` (the word's own row).
    fn local_currency(&self, doc: &Doc, word: &str, k: usize) -> Option<Unit> {
        let at = doc.tokens.get(k)?.span;
        let sentence = doc.sentence_at(at.start).map(|s| doc.sentences[s].span)?;
        let before = |sp: &Span| sp.start >= sentence.start && sp.end <= at.start;
        let places = doc.places.iter().filter_map(|p| {
            let c = p.country.as_deref()?;
            Some(
                p.spans
                    .iter()
                    .filter(|sp| before(sp))
                    .map(move |sp| (sp.start, c)),
            )
        });
        let actors = doc
            .entities
            .iter()
            .filter(|e| e.kind == newsgraph_core::EntityKind::Gpe)
            .filter_map(|e| {
                let c = e.country.as_deref()?;
                Some(
                    e.spans
                        .iter()
                        .filter(|sp| before(sp))
                        .map(move |sp| (sp.start, c)),
                )
            });
        let mut named: Vec<(u32, &str)> = places.flatten().chain(actors.flatten()).collect();
        named.sort();
        named
            .iter()
            .rev()
            .find_map(|&(_, c)| self.units.currency_in(word, c))
            .or_else(|| self.units.local_currency(word, &place_weight(doc)))
    }

    /// The unit of the number at `i`: its symbol or "%", else the counted
    /// noun after it (through a partitive "of": "250 of the country's 400
    /// districts"; or joined by a hyphen: "a 36-month transition"), else the
    /// unit of the sentence's previous figure for an elliptical count ("the
    /// other four", "by 101 votes to 12"), else people for a bare number
    /// that is killed, flees or is arrested.
    fn unit(
        &self,
        doc: &Doc,
        lower: &[&str],
        i: usize,
        p: &Parsed,
        previous: Option<Previous>,
        earlier: Option<&str>,
    ) -> Option<Found> {
        if p.percent {
            return Some(Found::new("percent", None));
        }
        if let Some(sym) = &p.symbol {
            let u = self.units.get(sym)?;
            return Some(Found::new(u.unit.clone(), None));
        }
        let tok = |k: usize| lower.get(k).copied().unwrap_or("");
        let cap = |k: usize| {
            k < doc.tokens.len()
                && doc
                    .token_text(TokenId::at(k))
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        let tagged = doc.tags.len() == doc.tokens.len() && !doc.tags.is_empty();
        let (_, start) = qualifier(lower, i);
        // 'killed "more than 100 soldiers"': the word before an opening
        // quotation mark governs the quoted count.
        let open = |w: &str| matches!(w, "\"" | "“" | "'" | "‘");
        let before = (0..start).rev().map(tok).find(|w| !open(w)).unwrap_or("");
        // "a 36-month transition", "a one-day offensive", "a 680-km
        // border"; not "a 25-year-old".
        if tok(p.end) == "-" && tok(p.end + 2) != "-" {
            let w = tok(p.end + 1);
            // "the 193-member assembly": the size of a body.
            if w == "member" {
                return Some(Found::new("members", Some(p.end + 1)));
            }
            if let Some(u) = self
                .units
                .get(w)
                .filter(|u| u.kind == UnitKind::Duration || LENGTHS.contains(&w) || w == "km")
            {
                return Some(Found {
                    unit: u.unit.clone(),
                    noun: Some(p.end + 1),
                    scale: u.scale,
                });
            }
        }
        let mut k = p.end;
        let mut limit = p.end + 4;
        let mut skipped_number = false;
        let found = loop {
            if k >= limit || k >= lower.len() {
                break None;
            }
            let w = tok(k);
            // "the country 's 400 districts": a possessor, not the counted noun.
            if matches!(tok(k + 1), "'s" | "’s" | "'" | "’") {
                k += 2;
                continue;
            }
            let pair = format!("{w} {}", tok(k + 1));
            let pair_unit = self.units.get(&pair);
            // "120 billion rupees" in a story about Sri Lanka: a currency
            // word several countries use is the article's country's.
            let local = match pair_unit {
                None if self.units.shared(w) => self.local_currency(doc, w, k),
                _ => None,
            };
            // "three militant hideouts", "five refugee camps": a singular
            // noun before a plural one modifies it; the plural is counted.
            let modifier = local.is_none()
                && pair_unit.is_none()
                && w.chars().all(|c| c.is_ascii_lowercase())
                && if tagged {
                    doc.tags
                        .get(k)
                        .is_some_and(|t| matches!(t.xpos.as_str(), "NN" | "JJ"))
                } else {
                    !w.ends_with('s')
                }
                && plural_noun(doc, k + 1, tok(k + 1), tagged);
            if modifier {
                k += 1;
                limit += 1;
                continue;
            }
            if let Some(u) = local.as_ref().or(pair_unit).or_else(|| self.units.get(w)) {
                break Some(Found {
                    unit: u.unit.clone(),
                    noun: Some(k),
                    scale: u.scale,
                });
            }
            // "about 1,100 Sri Lankans", "200 Costa Ricans": a demonym
            // of two words.
            if cap(k) && cap(k + 1) && self.units.demonym_plural(&pair) {
                break Some(Found::new("people", Some(k + 1)));
            }
            // "20 Europeans", "100,000 ethnic Armenians".
            if cap(k) && self.units.demonym_plural(w) {
                break Some(Found::new("people", Some(k)));
            }
            // "1 million Rohingya live …": a group name whose plural is
            // the singular, heading its phrase (not "300 Afghan troops").
            if cap(k) && self.units.demonym(w) && group_head(doc, lower, k + 1, tagged) {
                break Some(Found::new("people", Some(k)));
            }
            // "seven others": people when they are killed, hurt or held,
            // or after a count of people in the sentence ("three people
            // died and 14 others were taken to hospital").
            if w == "others" {
                let human = CASUALTY_VERBS.contains(&before)
                    || human_verb_after(lower, k + 1)
                    || previous.as_ref().is_some_and(|q| q.unit == "people");
                break human.then(|| Found::new("people", Some(k)));
            }
            // "250,000 low-income families": a hyphened modifier.
            let joined = |a: usize, b: usize| {
                b < doc.tokens.len() && doc.tokens[a].span.end == doc.tokens[b].span.start
            };
            if w == "-" && k > p.end && joined(k - 1, k) && joined(k, k + 1) {
                k += 2;
                limit += 2;
                continue;
            }
            let punct = !w.chars().any(char::is_alphanumeric) && w != "%";
            // "300 scholarships a year", "3 cents a litre": a rate, not an object.
            let rate = matches!(tok(k + 1), "a" | "an") && self.units.get(tok(k + 2)).is_some();
            // "up from 700,000 two years ago": a number right after this
            // one opens a phrase of its own.
            let next_number = k == p.end && number::parse(lower, k).is_some();
            // "up from 900,000 last year": a time after the number, not
            // what it counts.
            let time = k == p.end
                && matches!(w, "last" | "next" | "this" | "every" | "each")
                && self
                    .units
                    .get(tok(k + 1))
                    .is_some_and(|u| u.kind == UnitKind::Duration);
            // "thousands flee border villages": a finite verb ends the
            // phrase; the noun after it is its object, not what is counted
            let finite = tagged
                && doc
                    .tags
                    .get(k)
                    .is_some_and(|t| matches!(t.xpos.as_str(), "VBP" | "VBZ" | "VBD" | "MD"));
            if w == "of" && k == p.end {
                limit = k + 8;
            } else if punct || UNIT_STOP.contains(&w) || next_number || time || finite {
                break None;
            } else if number::parse(lower, k).is_some() && !skipped_number && k > p.end {
                skipped_number = true;
            } else if plural_noun(doc, k, w, tagged)
                && (rate
                    || !matches!(
                        tok(k + 1),
                        "a" | "an" | "the" | "that" | "his" | "her" | "their"
                    ))
            {
                break Some(Found::new(w, Some(k)));
            }
            k += 1;
        };
        if let Some(mut f) = found {
            // "250 individuals and entities", "90 homes and shops": a
            // second counted noun of another unit joins it; persons stay
            // persons ("soldiers and civilians").
            if let Some(k) = f.noun.filter(|&k| tok(k + 1) == "and") {
                let w = tok(k + 2);
                let second = self.units.get(w).map_or(w, |u| u.unit.as_str());
                let person = |u: &str| {
                    matches!(u, "people" | "troops" | "prisoners" | "marines")
                        || SOLDIER_UNITS.contains(&u)
                };
                let counted = self.units.get(w).is_none_or(|u| u.kind == UnitKind::Count);
                if counted
                    && !person(second)
                    && !cap(k + 2)
                    && plural_noun(doc, k + 2, w, tagged)
                    && f.unit != second
                {
                    f.unit = format!("{} and {w}", tok(k));
                    f.noun = Some(k + 2);
                }
            }
            // "4,000 soldiers and police": forces of two kinds are counted
            // as people.
            if let Some(k) = f.noun.filter(|&k| tok(k + 1) == "and") {
                let mixed = self
                    .units
                    .get(tok(k + 2))
                    .is_some_and(|u| u.unit == "people");
                if SOLDIER_UNITS.contains(&f.unit.as_str()) && mixed {
                    f.unit = "people".into();
                }
            }
            // "900,000 barrels of oil a day", "2 million barrels per day":
            // oil output is a daily rate, in barrels per day.
            if let Some(k) = f.noun.filter(|_| f.unit == "barrels") {
                let mut j = k + 1;
                if tok(j) == "of" && matches!(tok(j + 1), "oil" | "crude") {
                    j += 2;
                }
                let daily = tok(j) == "daily"
                    || matches!(tok(j), "a" | "per" | "each" | "every") && tok(j + 1) == "day";
                if daily {
                    f.unit = "barrels per day".into();
                }
            }
            if let Some(k) = f.noun.filter(|&k| tok(k) == "members") {
                // "Thirteen of the council's 15 members voted": votes.
                if tok(p.end) == "of" && tok(k + 1) == "voted" {
                    f.unit = "votes".into();
                }
                // "the council's 15 members", "its 27 members": the size of
                // a body (not "the party's 40 members were arrested").
                let body = before == "its" || before.ends_with("'s") || before.ends_with("’s");
                let acted = CASUALTY_VERBS.contains(&before) || human_verb_after(lower, k + 1);
                if body && k == p.end && !acted {
                    f.unit = "members".into();
                }
            }
            // "killing three soldiers", "two soldiers were killed", "two
            // soldiers whom the group says it captured": a casualty count
            // counts people.
            if SOLDIER_UNITS.contains(&f.unit.as_str()) {
                let casualty = f.noun.is_some_and(|k| {
                    CASUALTY_VERBS.contains(&before)
                        || human_verb_after(lower, k + 1)
                        || coordinated_casualty(lower, k + 1)
                        || relative_casualty(lower, k + 1)
                        || matches!(tok(k + 1), "dead")
                        || tok(k + 1) == "on"
                            && tok(k + 2) == "both"
                            && CASUALTY_VERBS.contains(&before)
                });
                if casualty {
                    f.unit = "people".into();
                }
            }
            // Prisoners traded in an exchange keep their unit; prisoners
            // freed, held or pardoned are people.
            if f.unit == "prisoners" {
                let exchange = doc.sentence_at(doc.tokens[i].span.start).is_some_and(|s| {
                    let s = &doc.sentences[s];
                    (s.first.index()..s.end.index()).any(|k| {
                        let w = tok(k);
                        w.starts_with("exchang") || w.starts_with("swap") || w.contains("-for-")
                    })
                });
                if !exchange {
                    f.unit = "people".into();
                }
            }
            return Some(f);
        }
        if p.ratio {
            // "an exchange of prisoners on a 1,000-for-1,000 basis": the
            // nearest counted noun before it in the sentence.
            let first = doc
                .sentence_at(doc.tokens[i].span.start)
                .map_or(0, |s| doc.sentences[s].first.index());
            return (first..i).rev().find_map(|k| {
                self.units
                    .get(tok(k))
                    .filter(|u| u.kind == UnitKind::Count)
                    .map(|u| Found::new(u.unit.clone(), None))
            });
        }
        // "12 of the sailors … and the other four", "by 101 votes to 12".
        if let Some(prev) = previous {
            let other = before == "other";
            let to = before == "to" && start >= 1 && prev.end + 2 == start;
            let counted = self
                .units
                .get(prev.unit)
                .is_none_or(|u| u.kind == UnitKind::Count);
            // "23 officers were injured, four of them seriously".
            let of_them = tok(p.end) == "of" && tok(p.end + 1) == "them";
            // "holds 2,800 inmates in a jail built for 1,600", "a
            // capacity of 500": what the place was made to hold.
            let capacity = before == "for"
                && start >= 2
                && matches!(tok(start - 2), "built" | "designed" | "meant" | "intended")
                || before == "of" && start >= 2 && tok(start - 2) == "capacity";
            // "more than 1.3 million people, up from about 700,000".
            let up_from = before == "from"
                && start >= 2
                && matches!(tok(start - 2), "up" | "down")
                && prev.end + 3 <= start;
            if (other || to || of_them || capacity || up_from) && counted {
                return Some(Found::new(prev.unit, None));
            }
        }
        // "Analysts put the figure at about 6,000": the unit of the count
        // the figure revises, the article's last one.
        if before == "at"
            && start >= 3
            && matches!(
                tok(start - 2),
                "figure" | "number" | "total" | "count" | "tally" | "estimate"
            )
            && matches!(tok(start - 3), "the" | "that" | "this" | "its" | "their")
        {
            if let Some(u) =
                earlier.filter(|u| self.units.get(u).is_none_or(|x| x.kind == UnitKind::Count))
            {
                return Some(Found::new(u, None));
            }
        }
        // "killing at least 30", "the death toll rose to 45".
        let toll = (start.saturating_sub(5)..start).any(|k| tok(k) == "toll");
        if CASUALTY_VERBS.contains(&before) || toll {
            return Some(Found::new("people", None));
        }
        // "dozens have died", "forcing about 50,000 to flee", "about
        // 60,000 of them have fled".
        let mut k = p.end;
        if tok(k) == "of" && matches!(tok(k + 1), "them" | "whom" | "those") {
            k += 2;
        }
        // "Three more died of their wounds", "two others were wounded"
        if matches!(tok(k), "more" | "others") {
            k += 1;
        }
        if human_verb_after(lower, k) || tok(k) == "to" && matches!(tok(k + 1), "flee" | "leave") {
            return Some(Found::new("people", None));
        }
        None
    }

    /// A short description of what is counted.
    fn about(
        &self,
        doc: &Doc,
        lower: &[&str],
        noun: Option<usize>,
        after: usize,
        qualifier: Option<&str>,
    ) -> String {
        // The counted noun and what follows it; for money and percentages,
        // the words after the number ("of the budget", "to farmers").
        let k = match noun {
            Some(k) => k,
            None if lower
                .get(after)
                .is_some_and(|w| w.chars().any(char::is_alphanumeric)) =>
            {
                after
            }
            None => return qualifier.map(|q| format!("({q})")).unwrap_or_default(),
        };
        let mut e = k;
        while e + 1 < lower.len() && e < k + 6 {
            let w = lower[e + 1];
            if !w.chars().any(char::is_alphanumeric)
                || matches!(
                    w,
                    "and"
                        | "but"
                        | "who"
                        | "which"
                        | "that"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "will"
                )
            {
                break;
            }
            e += 1;
        }
        let text = doc.span_text(doc.tokens[k].span.cover(doc.tokens[e].span));
        match qualifier {
            Some(q) => format!("{text} ({q})"),
            None => text.to_owned(),
        }
    }
}

/// A claimant: an actor of the article, or a free name.
type Claim = (Option<EntityId>, Option<String>);

/// Cues that order, urge or pledge: what follows is an act of the speaker,
/// not a figure they assert ("ordered two diplomats to leave within 72
/// hours", "pledged 25 million pounds").
const ACT_CUES: &[&str] = &[
    "order", "orders", "ordered", "pledge", "pledges", "pledged", "urge", "urges", "urged",
    "demand", "demands", "demanded",
];

/// Whether the quote claims what it reports (not an order or a pledge).
fn claims(doc: &Doc, q: &Quote) -> bool {
    q.cue
        .is_none_or(|c| !ACT_CUES.contains(&lowercase(doc.span_text(c)).as_ref()))
}

/// "…, the agency reported. About 60,000 of them have fled …": a sentence
/// of the same paragraph after one that ends with its attribution (a
/// reported clause before its cue, or "…, a police report said"), with no
/// source of its own, continues that report; so does the next such
/// sentence. With "also" ("Hundreds more will also stay") the attribution
/// need not end the sentence.
fn continued_report(doc: &Doc, lower: &[&str], at: Span) -> Option<Claim> {
    let s = doc.sentence_at(at.start)?;
    // A sentence with a quote of its own, or one that orders or pledges
    // ("Britain pledged 25 million pounds"), is no continued report.
    let own = |k: usize| {
        let sent = doc.sentences[k];
        doc.quotes.iter().any(|q| sent.span.contains(q.span))
            || sent
                .tokens()
                .any(|t| lower.get(t.index()).is_some_and(|w| ACT_CUES.contains(w)))
    };
    if own(s) {
        return None;
    }
    let also = doc.sentences[s]
        .tokens()
        .any(|t| lower.get(t.index()).is_some_and(|w| *w == "also"));
    // Nothing but punctuation after the attribution in the sentence.
    let ends = |q: &Quote, sent: Span| {
        doc.text()
            .get(q.span.end as usize..sent.end as usize)
            .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
    };
    let mut k = s;
    for _ in 0..3 {
        let sent = doc.sentences[k];
        if doc.tokens.get(sent.first.index())?.line_start {
            return None;
        }
        k = k.checked_sub(1)?;
        let prev = doc.sentences[k];
        if let Some(q) = doc.quotes.iter().find(|q| {
            prev.span.contains(q.span)
                && q.cue.is_some_and(|c| c.start >= q.text.end)
                && !q.direct
                && claims(doc, q)
                && (also && k + 1 == s || ends(q, prev.span))
        }) {
            return Some((q.speaker, q.speaker_name.clone()));
        }
        // "…, a police report seen by Reuters said."
        let last_word = (prev.first.index()..prev.end.index())
            .rev()
            .map(|t| lower.get(t).copied().unwrap_or(""))
            .find(|w| w.chars().any(char::is_alphanumeric));
        if last_word.is_some_and(|w| ATTRIBUTION_VERBS.contains(&w)) {
            if let Some(name) = final_attribution(doc, lower, prev.first.index()) {
                return Some((None, Some(name)));
            }
        }
        if own(k) {
            return None;
        }
    }
    None
}

/// Verbs whose object is a count their subject makes ("Amnesty put the
/// death toll at 52", "the group published a list of 21 names").
const CLAIM_VERBS: &[&str] = &[
    "declared",
    "reported",
    "confirmed",
    "put",
    "puts",
    "estimated",
    "estimates",
    "estimate",
    "recorded",
    "records",
    "registered",
    "published",
    "publishes",
    "tallied",
    "promised",
    "promises",
    "offered",
    "offers",
];

/// Verbs that accuse their object of an act ("accused the army of
/// executing 40 villagers"): the subject claims the counts of the act.
const ACCUSE_VERBS: &[&str] = &["accused", "accuses", "blamed", "blames"];

/// Plural nouns of sources that may claim a count unnamed ("Military
/// analysts put the figure at …").
const SOURCE_PLURALS: &[&str] = &[
    "analysts",
    "experts",
    "monitors",
    "observers",
    "officials",
    "researchers",
    "activists",
    "medics",
    "doctors",
    "investigators",
    "auditors",
];

/// The subject of a claim verb whose object holds the figure starting at
/// token `start`: an actor of the article or a plural source noun.
fn claim_subject(doc: &Doc, lower: &[&str], start: usize) -> Option<Claim> {
    let tok = |k: usize| lower.get(k).copied().unwrap_or("");
    let s = doc.sentence_at(doc.tokens.get(start)?.span.start)?;
    let first = doc.sentences[s].first.index();
    let tagged = doc.tags.len() == doc.tokens.len();
    let verbish = |k: usize| {
        doc.tags
            .get(k)
            .is_some_and(|t| matches!(t.upos.as_str(), "VERB" | "AUX"))
    };
    let verb = (first..start).rev().take(16).find(|&k| {
        CLAIM_VERBS.contains(&tok(k))
            && (tok(k) != "put" && tok(k) != "puts" || tok(start - 1) == "at")
            || ACCUSE_VERBS.contains(&tok(k))
    })?;
    // "accused the army and the militia of killing 30 villagers": the
    // accusation claims what follows its "of" (or "for"); the accused,
    // however coordinated, come before it.
    let from = if ACCUSE_VERBS.contains(&tok(verb)) {
        (verb + 1..start).find(|&k| matches!(tok(k), "of" | "for"))? + 1
    } else {
        verb + 1
    };
    // Nothing between the verb and the figure starts another clause.
    let clause = (from..start).any(|k| {
        matches!(
            tok(k),
            ";" | "and" | "but" | "that" | "which" | "who" | "while"
        ) || tagged && verbish(k) && !tok(k).ends_with("ing")
    });
    if clause {
        return None;
    }
    // The subject ends before the verb, past "on Monday", "(KDF)", "has".
    let mut e = verb;
    loop {
        if e > first + 1 && matches!(tok(e - 1), "has" | "have" | "had" | "also") {
            e -= 1;
        } else if e > first + 2
            && tok(e - 2) == "on"
            && matches!(
                crate::time::calendar(tok(e - 1)),
                Some(CalendarWord::Weekday | CalendarWord::NearDay)
            )
        {
            e -= 2;
        } else if e > first + 3 && tok(e - 1) == ")" && tok(e - 3) == "(" {
            e -= 3;
        } else if let Some(c) = (e > first + 2 && tok(e - 1) == ",")
            .then(|| apposition_start(doc, lower, first, e - 1))
            .flatten()
        {
            // "The association, a local rights group, published …".
            e = c;
        } else {
            break;
        }
    }
    let head = e.checked_sub(1).filter(|&h| h >= first)?;
    let head_span = doc.tokens[head].span;
    // The longest actor name over the head ("… Victims in Azawad", not
    // "Azawad").
    let entity = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, x)| !x.group)
        .filter_map(|(k, x)| {
            x.spans
                .iter()
                .filter(|sp| sp.contains(head_span))
                .map(|sp| sp.len())
                .max()
                .map(|len| (len, k))
        })
        .max()
        .map(|(_, k)| EntityId::at(k));
    if let Some(id) = entity {
        return Some((Some(id), None));
    }
    if !SOURCE_PLURALS.contains(&tok(head)) {
        return None;
    }
    // "Military analysts": the plural and the words before it.
    let mut a = head;
    // ("Anti-corruption investigators": words joined by hyphens too)
    let word = |w: &str| {
        w.split('-')
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
    };
    while a > first
        && word(tok(a - 1))
        && !matches!(tok(a - 1), "the" | "a" | "an" | "some" | "and" | "of")
        && (!tagged
            || doc
                .tags
                .get(a - 1)
                .is_some_and(|t| matches!(t.upos.as_str(), "ADJ" | "NOUN" | "PROPN")))
    {
        a -= 1;
    }
    let text = doc.span_text(doc.tokens[a].span.cover(head_span));
    Some((None, Some(text.to_owned())))
}

/// Where a noun phrase set off by commas and ending at the comma `close`
/// starts (the comma before it), when it has no verb: an apposition.
fn apposition_start(doc: &Doc, lower: &[&str], first: usize, close: usize) -> Option<usize> {
    let open = (first..close)
        .rev()
        .take(10)
        .find(|&k| lower.get(k) == Some(&","))?;
    let tagged = doc.tags.len() == doc.tokens.len();
    // "a Kathmandu-based rights group": a participle hyphened to the word
    // before it is part of a compound adjective, no verb
    // (the tokenizer may also split it: "Colombo", "-", "based")
    let hyphened = |k: usize| {
        lower.get(k).is_some_and(|w| w.contains('-'))
            || k.checked_sub(1).and_then(|p| lower.get(p)) == Some(&"-")
    };
    let verbless = (open + 1..close).all(|k| {
        !tagged
            || hyphened(k)
            || doc
                .tags
                .get(k)
                .is_some_and(|t| !matches!(t.upos.as_str(), "VERB" | "AUX"))
    });
    (verbless && open > first).then_some(open)
}

/// Document nouns a source issues ("a police statement").
/// A report, a tally or a count keeps its name ("a police report said"):
/// it may not be the issuer's own word.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "estimates",
    "estimate",
    "figures",
    "data",
    "records",
];

/// A claimant named by its document ("police statement") is the actor that
/// issued it, when the article names that actor.
fn reduce_claimant(doc: &Doc, claim: Claim) -> Claim {
    let (None, Some(name)) = &claim else {
        return claim;
    };
    let Some((issuer, noun)) = name.rsplit_once(' ') else {
        return claim;
    };
    if !DOCUMENT_NOUNS.contains(&lowercase(noun).as_ref()) {
        return claim;
    }
    let issuer = issuer.trim();
    let issuer = issuer
        .strip_prefix("the ")
        .or_else(|| issuer.strip_prefix("a "))
        .unwrap_or(issuer);
    let named = |x: &str| x.eq_ignore_ascii_case(issuer);
    // "U.N. estimates" where the article names the U.N. nowhere else: the
    // estimate, not an actor of the story, is the source.
    let text = doc.text();
    let elsewhere = |e: &newsgraph_core::Entity| {
        e.spans.iter().any(|s| {
            !text
                .get(s.end as usize..)
                .map(str::trim_start)
                .and_then(|rest| rest.get(..noun.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case(noun))
        })
    };
    match doc
        .entities
        .iter()
        .position(|e| (named(&e.name) || e.aliases.iter().any(|a| named(a))) && elsewhere(e))
    {
        Some(k) => (Some(EntityId::at(k)), None),
        None => claim,
    }
}

/// A plural common noun: tagged NNS, or a lower-case word ending in "s"
/// that is not a verb form or function word (tagged NOUN when tagged).
fn plural_noun(doc: &Doc, k: usize, w: &str, tagged: bool) -> bool {
    let cap = doc
        .token_text(TokenId::at(k))
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if tagged {
        let tag = doc.tags.get(k).map(|t| (t.upos.as_str(), t.xpos.as_str()));
        match tag {
            Some((_, "NNS")) => return true,
            // "a dozen Filipino marines": a lower-case plural the tagger
            // took for part of a name after a capitalised demonym.
            Some((_, "NNPS")) if !cap => return true,
            Some(("NOUN", _)) => {}
            _ => return false,
        }
    }
    !cap && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !w.ends_with("is")
        && !w.ends_with("us")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Verbs of an attribution at the end of a sentence.
const ATTRIBUTION_VERBS: &[&str] = &["said", "says", "told", "added", "reported", "confirmed"];

/// The source named by an attribution that ends the sentence after token
/// `after`: "…, officials from the three countries said." → "officials
/// from the three countries"; "…, a German official familiar with the
/// talks said, speaking …" → "German official"; "…, residents and a local
/// group said" → "residents".
fn final_attribution(doc: &Doc, lower: &[&str], after: usize) -> Option<String> {
    let s = doc.sentence_at(doc.tokens.get(after)?.span.start)?;
    let sent = doc.sentences[s];
    let last = sent.tokens().last()?.index();
    let tok = |k: usize| lower.get(k).copied().unwrap_or("");
    // The cue: the first attribution verb after a comma, near the end.
    // "…, residents said, while the army said …": a clause of its own
    // may follow the cue.
    let cue = (after + 1..=last).find(|&k| {
        ATTRIBUTION_VERBS.contains(&tok(k))
            && (last - k <= 12
                || tok(k + 1) == "," && matches!(tok(k + 2), "while" | "whereas" | "but"))
            && (after + 1..k).any(|c| tok(c) == ",")
    })?;
    let comma = (after + 1..cue).rev().find(|&c| tok(c) == ",")?;
    let mut a = comma + 1;
    let mut b = cue;
    if b <= a || b - a > 8 {
        return None;
    }
    // What follows the cue: the end of the sentence, a comma or a time.
    if !matches!(
        tok(cue + 1),
        "." | "," | "on" | "in" | "late" | "earlier" | "last" | ""
    ) && cue + 1 < last
    {
        return None;
    }
    while matches!(tok(a), "a" | "an" | "the") {
        a += 1;
    }
    if let Some(k) = (a + 1..b).find(|&k| {
        matches!(
            tok(k),
            "and"
                | "familiar"
                | "who"
                | "with"
                | "close"
                | "speaking"
                | "briefed"
                | "seen"
                | "obtained"
                | "cited"
                | ","
        )
    }) {
        b = k;
    }
    let tagged = doc.tags.len() == doc.tokens.len();
    let nominal = (a..b).all(|k| {
        tok(k).chars().any(char::is_alphanumeric)
            && (!tagged
                || doc.tags.get(k).is_some_and(|t| {
                    matches!(
                        t.upos.as_str(),
                        "NOUN" | "PROPN" | "ADJ" | "DET" | "ADP" | "NUM" | "PRON"
                    )
                }))
    });
    // A plural or named source, not a pronoun ("…, he said").
    if b <= a || !nominal || matches!(tok(a), "he" | "she" | "it" | "they" | "we" | "i") {
        return None;
    }
    Some(
        doc.span_text(doc.tokens[a].span.cover(doc.tokens[b - 1].span))
            .to_owned(),
    )
}

/// Where the headline ends: the first line when it ends without a full
/// stop and more lines follow; 0 when there is none.
fn headline_end(doc: &Doc) -> u32 {
    let Some(next) = doc.tokens.iter().skip(1).position(|t| t.line_start) else {
        return 0;
    };
    let last = doc.token_text(TokenId::at(next));
    if matches!(last, "." | "!" | "?" | "…") {
        return 0;
    }
    doc.tokens[next + 1].span.start
}

/// A human verb at token `k`, after any auxiliaries: "have died", "were
/// also killed", "fled".
fn human_verb_after(lower: &[&str], mut k: usize) -> bool {
    while lower.get(k).is_some_and(|w| {
        matches!(
            *w,
            "have" | "has" | "had" | "were" | "was" | "are" | "been" | "reportedly" | "also"
        )
    }) {
        k += 1;
    }
    lower.get(k).is_some_and(|w| HUMAN_VERBS.contains(w))
}

/// "for a month", "for more than a week": an article after "for" (and a
/// comparative) before a unit of time is a duration of one. Not "a month
/// ago", "in a week", "for a day of talks" (a duration still, but rare in
/// news; the unit must close the phrase).
fn lasting_one(lower: &[&str], i: usize) -> Option<Parsed> {
    const UNITS: &[&str] = &["day", "week", "month", "year", "decade"];
    let tok = |k: usize| lower.get(k).copied().unwrap_or("");
    if !matches!(tok(i), "a" | "an") || !UNITS.contains(&tok(i + 1)) {
        return None;
    }
    if matches!(
        tok(i + 2),
        "-" | "of" | "ago" | "earlier" | "later" | "before" | "after"
    ) {
        return None;
    }
    let mut k = i.checked_sub(1)?;
    // "for more than a week", "for nearly a year", "for at least a month".
    while k > 0
        && matches!(
            tok(k),
            "more"
                | "less"
                | "than"
                | "nearly"
                | "almost"
                | "about"
                | "over"
                | "least"
                | "at"
                | "up"
                | "to"
                | "under"
                | "roughly"
                | "around"
        )
    {
        k -= 1;
    }
    if tok(k) != "for" {
        return None;
    }
    Some(Parsed {
        value: FigureValue::Exact(1.0),
        end: i + 1,
        symbol: None,
        percent: false,
        vague: false,
        words: true,
        ratio: false,
    })
}

/// A fraction at token `i` as a percentage, to one decimal: "a fifth of"
/// (20), "one third of" (33.3), "two-thirds of" (66.7); not "a quarter of
/// a century".
fn fraction(lower: &[&str], i: usize) -> Option<Parsed> {
    let tok = |k: usize| lower.get(k).copied().unwrap_or("");
    let (count, word) = match tok(i) {
        "a" | "one" => (1.0, i + 1),
        _ => match number::parse(lower, i) {
            Some(Parsed {
                value: FigureValue::Exact(v),
                words: true,
                end,
                ..
            }) if end == i + 1 && tok(end) == "-" => (v, i + 2),
            _ => return None,
        },
    };
    let denominator = FRACTIONS.iter().find(|(f, _)| *f == tok(word))?.1;
    if tok(word + 1) != "of" || matches!(tok(word + 2), "a" | "an") || count >= denominator {
        return None;
    }
    Some(Parsed {
        value: FigureValue::Exact((count * 1000.0 / denominator).round() / 10.0),
        end: word + 1,
        symbol: None,
        percent: true,
        vague: false,
        words: true,
        ratio: false,
    })
}

impl FigureFinder {
    /// "one in five", "1 in 10", "two out of three": a proportion whose first
    /// number `p` is smaller than the second and whose second counts no
    /// other thing than people ("two in three attacks" is a count); where it
    /// ends.
    fn proportion(&self, lower: &[&str], p: &Parsed) -> Option<usize> {
        let tok = |k: usize| lower.get(k).copied().unwrap_or("");
        let FigureValue::Exact(a) = p.value else {
            return None;
        };
        let at = match (tok(p.end), tok(p.end + 1)) {
            ("in", _) => p.end + 1,
            ("out", "of") => p.end + 2,
            _ => return None,
        };
        let q = number::parse(lower, at)?;
        let FigureValue::Exact(b) = q.value else {
            return None;
        };
        let next = tok(q.end);
        let people = self.units.get(next).is_some_and(|u| u.unit == "people");
        let counted = next.len() > 3 && next.ends_with('s') && !people;
        (a < b && !q.vague && q.symbol.is_none() && !q.percent && !counted).then_some(q.end)
    }
}

/// "two soldiers and a civilian porter were killed": a noun phrase
/// coordinated at `k` ("and …") whose verb, after at most five words, is a
/// human verb that the counted noun shares.
fn coordinated_casualty(lower: &[&str], k: usize) -> bool {
    if lower.get(k) != Some(&"and") {
        return false;
    }
    (k + 1..k + 7)
        .take_while(|&m| {
            lower
                .get(m)
                .is_some_and(|w| w.chars().any(char::is_alphanumeric))
        })
        .any(|m| human_verb_after(lower, m))
}

/// A relative clause at `k` whose verb, within a few words, is a
/// casualty verb: "whom the group says it captured".
fn relative_casualty(lower: &[&str], k: usize) -> bool {
    if !lower
        .get(k)
        .is_some_and(|w| matches!(*w, "who" | "whom" | "that"))
    {
        return false;
    }
    lower
        .iter()
        .skip(k + 1)
        .take(6)
        .take_while(|w| w.chars().any(char::is_alphanumeric))
        .any(|w| CASUALTY_VERBS.contains(w))
}

/// Token `k` ends the phrase of a group name before it: punctuation, a
/// function word or (when tagged) a verb, not a noun it modifies.
fn group_head(doc: &Doc, lower: &[&str], k: usize, tagged: bool) -> bool {
    let Some(w) = lower.get(k) else {
        return true;
    };
    if !w.chars().any(char::is_alphanumeric) || UNIT_STOP.contains(w) {
        return true;
    }
    !tagged && human_verb_after(lower, k)
        || tagged
            && doc
                .tags
                .get(k)
                .is_some_and(|t| matches!(t.upos.as_str(), "VERB" | "AUX" | "ADP" | "ADV"))
}

/// A hedge before token `i` ("at least", "nearly") and where it starts.
fn qualifier(lower: &[&str], i: usize) -> (Option<String>, usize) {
    for len in [3usize, 2, 1] {
        if i < len {
            continue;
        }
        let words = lower[i - len..i].join(" ");
        if QUALIFIERS.contains(&words.as_str()) {
            return (Some(words), i - len);
        }
    }
    (None, i)
}

/// How often the article names places in each country (ISO alpha-3):
/// every span of a place counts for its country.
fn place_weight(doc: &Doc) -> FastMap<String, usize> {
    let mut weight = FastMap::default();
    for p in &doc.places {
        if let Some(c) = &p.country {
            *weight.entry(c.clone()).or_insert(0) += p.spans.len().max(1);
        }
    }
    weight
}

/// Whether a speech verb follows the phrase from `k` within a few words and
/// before any punctuation: "(one man) outside the building told AFP".
fn speaker_after(lower: &[&str], k: usize) -> bool {
    for w in lower.iter().skip(k).take(6) {
        if matches!(*w, "said" | "says" | "told" | "tells" | "added") {
            return true;
        }
        if !w.chars().any(char::is_alphanumeric) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sentencizer::Sentencizer;
    use newsgraph_core::Span;

    fn doc(text: &str) -> Doc {
        crate::stages::tokenized(text)
    }

    /// (value, unit, qualifier) of every figure.
    fn figures(text: &str) -> Vec<(FigureValue, String, Option<String>)> {
        let d = doc(text);
        FigureFinder::new()
            .unwrap()
            .find(&d)
            .into_iter()
            .map(|f| (f.value, f.unit, f.qualifier))
            .collect()
    }

    fn one(text: &str) -> (FigureValue, String) {
        let f = figures(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        (f[0].0, f[0].1.clone())
    }

    use FigureValue::{Exact, Range};

    #[test]
    fn a_quoted_casualty_count_of_soldiers_counts_people() {
        assert_eq!(
            one("The rebels said they had killed \"more than 40 soldiers\" in the raid."),
            (Exact(40.0), "people".into())
        );
    }

    #[test]
    fn oil_output_is_a_daily_rate() {
        assert_eq!(
            one("The refinery processes about 250,000 barrels of oil a day."),
            (Exact(250000.0), "barrels per day".into())
        );
        assert_eq!(
            one("Exports fell to 1.2 million bpd in March."),
            (Exact(1.2e6), "barrels per day".into())
        );
        assert_eq!(
            one("The tanker was carrying 700,000 barrels of crude."),
            (Exact(700000.0), "barrels".into())
        );
    }

    #[test]
    fn a_shared_currency_word_follows_the_article_country() {
        let text = "The state airline lost 3 billion rupees in March.";
        let place = |country: &str, n: usize| newsgraph_core::Place {
            name: "x".into(),
            aliases: Vec::new(),
            kind: newsgraph_core::PlaceKind::City,
            country: Some(country.into()),
            admin1: None,
            lat: None,
            lon: None,
            precision: newsgraph_core::Precision::City,
            gazetteer_id: None,
            spans: vec![Span::new(1000, 1001); n],
        };
        let units = |places: Vec<newsgraph_core::Place>| {
            let mut d = doc(text);
            d.places = places;
            let f = FigureFinder::new().unwrap().find(&d);
            f.into_iter().map(|f| f.unit).collect::<Vec<_>>()
        };
        assert_eq!(units(vec![place("LKA", 2)]), ["LKR"]);
        assert_eq!(units(vec![place("LKA", 1), place("PAK", 3)]), ["PKR"]);
        // No country of the word's users named: its own row.
        assert_eq!(units(vec![place("GBR", 2)]), ["INR"]);
        assert_eq!(units(Vec::new()), ["INR"]);
        // The country named before it in its sentence first.
        let text = "Britain pledged 20 million pounds in aid for Sudan.";
        let mut d = doc(text);
        let mut uk = place("GBR", 0);
        uk.spans = vec![Span::new(0, 7)];
        let mut sudan = place("SDN", 0);
        sudan.spans = vec![Span::new(45, 50)];
        d.places = vec![uk, sudan];
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f[0].unit, "GBP");
        d.places.remove(0);
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f[0].unit, "SDG");
        // "Kenyan shillings" is a row; a shilling alone follows Kenya.
        let mut d = doc("Traders paid 500 shillings for each sack.");
        d.places = vec![place("KEN", 2), place("SOM", 1)];
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f[0].unit, "KES");
    }

    #[test]
    fn counted_nouns_and_people() {
        assert_eq!(
            one("Rebels hold 85 percent of the north."),
            (Exact(85.0), "percent".into())
        );
        assert_eq!(
            one("The army sent 650 American troops."),
            (Exact(650.0), "troops".into())
        );
        assert_eq!(
            one("At least 13 civilians were hurt."),
            (Exact(13.0), "people".into())
        );
        assert_eq!(
            one("They freed four police officers."),
            (Exact(4.0), "people".into())
        );
        assert_eq!(
            one("They discussed five key issues."),
            (Exact(5.0), "issues".into())
        );
        assert_eq!(
            one("The list names eight entities."),
            (Exact(8.0), "entities".into())
        );
    }

    #[test]
    fn partitive_takes_the_noun_after_of() {
        let f = figures("The group controls about 250 of the region's nearly 400 districts.");
        assert_eq!(f.len(), 2);
        assert_eq!(
            f[0],
            (Exact(250.0), "districts".into(), Some("about".into()))
        );
        assert_eq!(
            f[1],
            (Exact(400.0), "districts".into(), Some("nearly".into()))
        );
    }

    #[test]
    fn possessor_is_not_the_counted_noun() {
        let mut d = doc("They hold 250 of the country's 400 districts.");
        // As a tokenizer that splits clitics gives it.
        let at = d.text().find("'s").unwrap();
        let k = d
            .tokens
            .iter()
            .position(|t| t.span.start as usize == at - 7)
            .unwrap();
        let tok = d.tokens[k];
        d.tokens[k].span = Span::new(tok.span.start as usize, at);
        d.tokens[k].space_after = false;
        d.tokens.insert(
            k + 1,
            newsgraph_core::Token {
                span: Span::new(at, at + 2),
                ..tok
            },
        );
        Sentencizer::new().annotate(&mut d);
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f[0].unit, "districts");
    }

    #[test]
    fn vague_quantities() {
        assert_eq!(
            one("The war left hundreds of thousands of civilians dead."),
            (Range(1e5, 999_999.0), "people".into())
        );
        assert_eq!(
            one("Thousands of protesters marched."),
            (Range(1e3, 9999.0), "people".into())
        );
        assert_eq!(
            one("In the east, dozens have died."),
            (Range(24.0, 99.0), "people".into())
        );
        assert_eq!(
            one("Hundreds of more troops will stay."),
            (Range(100.0, 999.0), "troops".into())
        );
        assert_eq!(
            one("The state has spent trillions of dollars."),
            (Range(1e12, 1e15 - 1.0), "USD".into())
        );
        assert_eq!(
            one("Tens of thousands of people fled."),
            (Range(1e4, 99_999.0), "people".into())
        );
    }

    #[test]
    fn durations_inside_time_expressions_stay_figures() {
        let mut d = doc("The war ended after nearly 20 years on May 5.");
        for (t, kind) in [("20 years", TimeKind::Duration), ("May 5", TimeKind::Point)] {
            let at = d.text().find(t).unwrap();
            d.dates.push(newsgraph_core::TimeExpr {
                span: Span::new(at, at + t.len()),
                value: None,
                relative: false,
                kind,
                end: None,
            });
        }
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].value, f[0].unit.as_str()), (Exact(20.0), "years"));
        assert!(figures("Prices rose over the past two weeks.").is_empty());
    }

    #[test]
    fn money_and_durations() {
        assert_eq!(
            one("The fund holds $3.5 billion."),
            (Exact(3.5e9), "USD".into())
        );
        assert_eq!(one("It gave 40 million euros."), (Exact(4e7), "EUR".into()));
        assert_eq!(
            one("Egypt wants a yearly release of 40 billion cubic meters."),
            (Exact(4e10), "m3".into())
        );
        assert_eq!(
            one("After nearly 20 years of war, they left."),
            (Exact(20.0), "years".into())
        );
        assert_eq!(
            one("They extended the truce for another two months."),
            (Exact(2.0), "months".into())
        );
    }

    #[test]
    fn bare_casualty_numbers_count_people() {
        assert_eq!(
            one("The blast hit a market, killing at least 30."),
            (Exact(30.0), "people".into())
        );
        assert_eq!(
            one("The death toll rose to 45 on Monday."),
            (Exact(45.0), "people".into())
        );
        assert_eq!(
            one("Between 10 and 20 houses burned."),
            (Range(10.0, 20.0), "houses".into())
        );
    }

    #[test]
    fn qualifiers() {
        let f = figures("More than 2,000 protesters came.");
        assert_eq!(
            f,
            vec![(Exact(2000.0), "people".into(), Some("more than".into()))]
        );
        let f = figures("A dozen homes burned.");
        assert_eq!(f, vec![(Exact(12.0), "homes".into(), None)]);
    }

    #[test]
    fn ratio_takes_the_noun_before() {
        assert_eq!(
            one("They agreed to swap prisoners on a 500-for-500 basis."),
            (Exact(500.0), "prisoners".into())
        );
        assert!(figures("It was a one-for-one swap of prisoners.").len() <= 1);
    }

    #[test]
    fn persons_of_any_kind_are_people() {
        assert_eq!(
            one("Police detained nine suspects overnight."),
            (Exact(9.0), "people".into())
        );
        assert_eq!(
            one("Six of his colleagues resigned."),
            (Exact(6.0), "people".into())
        );
        assert_eq!(
            one("The boat carried 14 sailors."),
            (Exact(14.0), "people".into())
        );
        assert_eq!(
            one("At least 30 Canadians are stranded abroad."),
            (Exact(30.0), "people".into())
        );
        assert_eq!(
            one("The raid freed 40 ethnic Kurds."),
            (Exact(40.0), "people".into())
        );
        assert_eq!(
            one("Police held 12 opposition figures."),
            (Exact(12.0), "people".into())
        );
        // A singular demonym is an adjective: the noun after it counts.
        assert_eq!(
            one("The base hosts 900 American troops."),
            (Exact(900.0), "troops".into())
        );
    }

    #[test]
    fn a_singular_noun_before_a_plural_one_modifies_it() {
        assert_eq!(
            one("Troops destroyed three militant hideouts."),
            (Exact(3.0), "hideouts".into())
        );
        assert_eq!(
            one("Five refugee camps were shelled."),
            (Exact(5.0), "camps".into())
        );
        assert_eq!(
            one("Three injured civilians were taken to hospital."),
            (Exact(3.0), "people".into())
        );
    }

    #[test]
    fn casualties_of_hostages_are_people_and_leaders_are_people() {
        assert_eq!(
            one("The gunmen killed 26 hostages."),
            (Exact(26.0), "people".into())
        );
        assert_eq!(
            one("The group freed 26 hostages."),
            (Exact(26.0), "hostages".into())
        );
        assert_eq!(
            one("Three union leaders were arrested."),
            (Exact(3.0), "people".into())
        );
        assert_eq!(
            one("The boat was 12 nautical miles inside its waters."),
            (Exact(12.0), "nautical miles".into())
        );
    }

    #[test]
    fn casualties_of_soldiers_are_people() {
        assert_eq!(
            one("The ambush killed five Malian soldiers."),
            (Exact(5.0), "people".into())
        );
        assert_eq!(
            one("Four soldiers were also killed."),
            (Exact(4.0), "people".into())
        );
        assert_eq!(
            one("One Chadian soldier died in the clash."),
            (Exact(1.0), "people".into())
        );
        assert_eq!(
            one("Four Chinese soldiers were hurt in the clash."),
            (Exact(4.0), "people".into())
        );
        assert_eq!(
            one("The swap brought home 120 soldiers."),
            (Exact(120.0), "soldiers".into())
        );
        assert_eq!(
            one("The mission has 900 soldiers and police on the island."),
            (Exact(900.0), "people".into())
        );
        assert!(figures("One woman near the market told reporters she fled.").is_empty());
        assert_eq!(figures("One soldier near the border was killed.").len(), 1);
        let f = figures("The blast killed two guards and wounded three others.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(3.0), "people"));
        assert!(figures("Two bridges collapsed and three others stood.").len() == 1);
    }

    #[test]
    fn article_durations_after_for() {
        assert_eq!(
            one("The union agreed to halt the strike for a month."),
            (Exact(1.0), "months".into())
        );
        let f = figures("The roads stayed closed for more than a week.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0, f[0].1.as_str()), (Exact(1.0), "weeks"));
        assert!(figures("The minister resigned a month ago.").is_empty());
        assert!(figures("The mayor was re-elected for a year-long term.").len() <= 1);
        let f = figures("Terrorists killed 12 soldiers; troops killed 30 terrorists.");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(30.0), "people"));
    }

    #[test]
    fn hyphened_durations() {
        assert_eq!(
            one("The council agreed an 18-month transition."),
            (Exact(18.0), "months".into())
        );
        assert_eq!(
            one("He was given a four-year sentence."),
            (Exact(4.0), "years".into())
        );
        assert_eq!(
            one("The strike was a one-day protest."),
            (Exact(1.0), "days".into())
        );
        assert!(figures("A 40-year-old man was hurt.").is_empty());
    }

    #[test]
    fn elliptical_counts_and_bare_people() {
        let f = figures("Nine of the crew were Filipino and the other three were Greek.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(3.0), "people"));
        let f = figures("The bill passed by 230 votes to 40.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(40.0), "votes"));
        assert_eq!(
            one("The floods forced about 8,000 to flee."),
            (Exact(8000.0), "people".into())
        );
        assert_eq!(
            one("Some 5,000 of them have fled north."),
            (Exact(5000.0), "people".into())
        );
    }

    #[test]
    fn partitives_and_revised_counts_take_the_earlier_unit() {
        let f = figures("Twelve miners were trapped, three of them badly hurt.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(3.0), "people"));
        let f =
            figures("The army says it sent 9,000 troops. Observers put the figure at about 4,000.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(4000.0), "troops"));
        assert_eq!(
            one("Several hundred marched on the ministry."),
            (Range(200.0, 999.0), "people".into())
        );
        assert_eq!(
            one("A few thousand tried to reach the border."),
            (Range(2000.0, 9999.0), "people".into())
        );
    }

    #[test]
    fn a_vague_headline_count_the_body_makes_precise_is_dropped() {
        let f = figures(
            "Gunmen kill dozens in village raid\nGunmen killed at least 41 people on Monday.",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0, f[0].1.as_str()), (Exact(41.0), "people"));
        let f = figures("Gunmen kill dozens in village raid\nGunmen burned 300 homes on Monday.");
        assert_eq!(f.len(), 2, "{f:?}");
        // Made precise only later in the body: the headline keeps its own.
        let f = figures(
            "Gunmen kill dozens in village raid\nGunmen attacked a village. They killed 41 people.",
        );
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn occupations_kin_and_names_are_people() {
        assert_eq!(
            one("The firm hired 40 engineers."),
            (Exact(40.0), "people".into())
        );
        assert_eq!(
            one("She lost her three sons in the flood."),
            (Exact(3.0), "people".into())
        );
        assert_eq!(
            one("The group released a list of 14 names."),
            (Exact(14.0), "people".into())
        );
        // "the two sides" still refers back.
        assert!(figures("Her two lawyers and the two sides met.").len() == 1);
    }

    #[test]
    fn prisoners_are_people_unless_exchanged() {
        assert_eq!(
            one("The court pardoned 120 prisoners on Monday."),
            (Exact(120.0), "people".into())
        );
        assert_eq!(
            one("The sides exchanged 90 prisoners on Monday."),
            (Exact(90.0), "prisoners".into())
        );
    }

    #[test]
    fn hyphened_modifiers_and_lasting_durations() {
        assert_eq!(
            one("Aid will reach 3,000 low-income households."),
            (Exact(3000.0), "households".into())
        );
        assert_eq!(
            one("Payments go to 80,000 farming families."),
            (Exact(80000.0), "families".into())
        );
        let f = figures("The plant will train staff over the next three years.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0, f[0].1.as_str()), (Exact(3.0), "years"));
        assert!(figures("The talks resume in the next three days.").is_empty());
    }

    #[test]
    fn fractions_and_scaled_units() {
        assert_eq!(
            one("About a quarter of the budget goes to defence."),
            (Exact(25.0), "percent".into())
        );
        assert_eq!(
            one("Two-thirds of the voters stayed home."),
            (Exact(66.7), "percent".into())
        );
        assert!(figures("He served a quarter of a century.").is_empty());
        assert_eq!(
            one("Bread costs 40 U.S. cents a loaf."),
            (Exact(0.4), "USD".into())
        );
        assert_eq!(
            one("The feud lasted three decades."),
            (Exact(30.0), "years".into())
        );
        assert_eq!(
            one("The aid covers 200 tonnes a month."),
            (Exact(200.0), "tonnes".into())
        );
    }

    #[test]
    fn claimant_of_a_sentence_final_attribution() {
        let d = doc("The fire destroyed 40 homes, local officials from the district said.");
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].claimant_name.as_deref(),
            Some("local officials from the district")
        );
        let d = doc("The fund holds $2 billion, a senior diplomat familiar with the plan said.");
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f[0].claimant_name.as_deref(), Some("senior diplomat"));
        let d = doc("The fund holds 9 million euros ($10 million), an aide said.");
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].claimant_name.as_deref(), Some("aide"));
        assert_eq!(f[1].claimant_name, None, "the reporter's conversion");
        let d = doc("The fund holds $2 billion, he said.");
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f[0].claimant_name, None);
    }

    #[test]
    fn not_figures() {
        assert!(figures("The deal collapsed, two officials said.").is_empty());
        assert!(figures("Three diplomats told reporters the vote was close.").is_empty());
        assert_eq!(figures("Two officials were killed, police said.").len(), 1);
        assert!(figures("The talks ended on May 16 in 2024.").is_empty());
        assert!(figures("He met them on 2 October at 10 a.m.").is_empty());
        assert!(figures("Two weeks ago the sides met.").is_empty());
        assert!(figures("A 25-year-old man, aged 25, was the first to speak.").is_empty());
        assert!(figures("Resolution 2231 was passed by the two sides.").is_empty());
        assert!(figures("The invasion began in October 2001.").is_empty());
        assert!(figures("Crowds marked the end of the 2014 protests.").is_empty());
        assert!(figures("The 2018 day results came late.").is_empty());
        assert!(figures("Turnout fell in the 2019 elections.").is_empty());
        assert!(figures("Our two nations are friends.").is_empty());
        assert_eq!(
            one("The camp is 30 kilometers (19 miles) away."),
            (Exact(30.0), "km".into())
        );
        assert!(figures("The city elects two councils. Two elects a mayor.").len() == 1);
        assert_eq!(
            one("The army sent 2000 troops north."),
            (Exact(2000.0), "troops".into())
        );
    }

    #[test]
    fn claimant_is_the_speaker_of_the_enclosing_quote() {
        let mut d = doc(
            "The rebels say they hold 60 percent of the province. Officials counted 300 troops.",
        );
        let start = d.text().find("they").unwrap();
        let end = d.text().find(" province").unwrap() + " province".len();
        d.quotes.push(Quote {
            speaker: None,
            speaker_name: Some("rebels".into()),
            text: Span::new(start, end),
            direct: false,
            cue: None,
            span: Span::new(0, end),
            cameo: None,
        });
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].claimant_name.as_deref(), Some("rebels"));
        assert_eq!(f[1].claimant_name, None);
        assert!(d.span_text(f[0].evidence).starts_with("The rebels say"));
    }

    #[test]
    fn person_nouns_and_group_names_are_people() {
        assert_eq!(
            one("Raiders shot at least six herders near the well."),
            (Exact(6.0), "people".into())
        );
        assert_eq!(
            one("Nine foreigners remain in captivity."),
            (Exact(9.0), "people".into())
        );
        assert_eq!(
            one("About 700,000 Rohingya fled to the coast."),
            (Exact(700_000.0), "people".into())
        );
        assert_eq!(
            one("The ferry carried 40 Afghan refugees."),
            (Exact(40.0), "people".into())
        );
        assert_eq!(
            one("The rebels say they captured three Chadian soldiers."),
            (Exact(3.0), "people".into())
        );
        assert_eq!(
            one("Talks covered five soldiers whom the militia says it kidnapped."),
            (Exact(5.0), "people".into())
        );
    }

    #[test]
    fn compound_units_and_coordinated_nouns() {
        assert_eq!(
            one("Voting was suspended at 300 polling stations."),
            (Exact(300.0), "polling stations".into())
        );
        assert_eq!(
            one("The bloc listed 40 individuals and entities."),
            (Exact(40.0), "individuals and entities".into())
        );
        assert_eq!(
            one("Floods destroyed 90 homes and shops."),
            (Exact(90.0), "homes and shops".into())
        );
        assert_eq!(
            one("The clash killed 12 soldiers and civilians."),
            (Exact(12.0), "people".into())
        );
    }

    #[test]
    fn hyphened_measures_and_the_size_of_a_body() {
        assert_eq!(
            one("Troops patrol a 300-km frontier."),
            (Exact(300.0), "km".into())
        );
        assert_eq!(
            one("The motion goes to the 54-member assembly."),
            (Exact(54.0), "members".into())
        );
        let f = figures("Nine of the board's 12 members voted against the plan.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].0, f[0].1.as_str()), (Exact(9.0), "votes"));
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(12.0), "members"));
        assert_eq!(
            one("Police detained 30 members of the party."),
            (Exact(30.0), "people".into())
        );
    }

    #[test]
    fn guards_fugitives_arrivals_and_metres() {
        let units = |t: &str| -> Vec<(FigureValue, String)> {
            figures(t).into_iter().map(|f| (f.0, f.1)).collect()
        };
        assert_eq!(
            units("Three wardens were questioned and five of the escapees remain at large."),
            vec![(Exact(3.0), "people".into()), (Exact(5.0), "people".into())]
        );
        assert_eq!(
            one("Greece registered 12,000 arrivals by sea in May."),
            (Exact(12000.0), "people".into())
        );
        assert_eq!(
            one("Smugglers dug a 40-meter passage under the fence."),
            (Exact(40.0), "m".into())
        );
        assert_eq!(
            one("The ministers signed three memoranda on trade."),
            (Exact(3.0), "memoranda".into())
        );
        assert_eq!(
            one("About 300 Costa Ricans are stranded abroad."),
            (Exact(300.0), "people".into())
        );
        assert_eq!(
            units("Two people drowned and 9 others were hospitalized after the ferry sank."),
            vec![(Exact(2.0), "people".into()), (Exact(9.0), "people".into())]
        );
        assert_eq!(
            units("The camp shelters 5,000 refugees in tents built for 2,000."),
            vec![
                (Exact(5000.0), "people".into()),
                (Exact(2000.0), "people".into())
            ]
        );
    }

    #[test]
    fn proportions_are_not_counts() {
        assert!(figures("Only one in four adults can read.").is_empty());
        assert!(figures("Two out of three voters stayed home.").is_empty());
        let f = figures("Gunmen killed 12 in three villages.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].0, f[0].1.as_str()), (Exact(12.0), "people"));
    }

    fn claimants(text: &str) -> Vec<Option<String>> {
        let d = doc(text);
        FigureFinder::new()
            .unwrap()
            .find(&d)
            .into_iter()
            .map(|f| f.claimant_name)
            .collect()
    }

    #[test]
    fn an_accusation_claims_the_counts_of_the_act() {
        let c = claimants(
            "Rights monitors have accused the police and a pro-government militia of \
             shooting at least 17 protesters in three towns.",
        );
        assert_eq!(
            c,
            [
                Some("Rights monitors".into()),
                Some("Rights monitors".into())
            ]
        );
        // The accused are not what is claimed.
        let c = claimants("Officials accused 12 traders of hoarding fuel.");
        assert_eq!(c, [None]);
    }

    #[test]
    fn claimant_of_a_claim_verb_and_of_a_continued_report() {
        assert_eq!(
            claimants("Independent monitors put the death toll at 80."),
            vec![Some("Independent monitors".to_string())]
        );
        assert_eq!(
            claimants("The market burned on Monday. Rescue workers put the toll at 30."),
            vec![None]
        );
        let c = claimants(
            "Gunmen burned 40 homes overnight, a police report seen by reporters said. \
             Six guards were killed. The attackers also took 12 trucks.",
        );
        assert_eq!(c.len(), 3, "{c:?}");
        assert!(
            c.iter().all(|c| c.as_deref() == Some("police report")),
            "{c:?}"
        );
        // A new paragraph, or an attribution that does not end its
        // sentence, starts the article's own voice again.
        let c = claimants("Gunmen burned 40 homes, officials said.\nSix guards were killed.");
        assert_eq!(c, vec![Some("officials".to_string()), None]);
        let c = claimants(
            "Firemen put out the fire, officials said, noting the cause was unclear. \
             The house held 12 people.",
        );
        assert_eq!(c, vec![None]);
    }

    #[test]
    fn a_pledge_ends_a_continued_report_and_a_promise_is_its_makers() {
        let c = claimants(
            "Gunmen burned 40 homes, a police report seen by reporters said. \
             The governor pledged 2 million dollars for repairs.",
        );
        assert_eq!(c, vec![Some("police report".to_string()), None]);
        assert_eq!(
            claimants("Local officials promised compensation of 5,000 dollars to each family."),
            vec![Some("Local officials".to_string())]
        );
    }

    #[test]
    fn orders_and_pledges_claim_nothing() {
        let mut d = doc("The ministry ordered 20 diplomats to leave within 48 hours.");
        let cue = d.text().find("ordered").unwrap();
        d.quotes.push(Quote {
            speaker: None,
            speaker_name: Some("ministry".into()),
            text: Span::new(cue + 8, d.text().len() - 1),
            direct: false,
            cue: Some(Span::new(cue, cue + 7)),
            span: Span::new(0, d.text().len() - 1),
            cameo: None,
        });
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|f| f.claimant_name.is_none()), "{f:?}");
    }

    #[test]
    fn casualties_of_coordinated_soldiers_and_of_personnel_are_people() {
        let f = figures("Two Kenyan soldiers and a civilian driver were killed.");
        assert_eq!((f[0].0, f[0].1.as_str()), (Exact(2.0), "people"), "{f:?}");
        assert_eq!(
            one("The militants were blamed for killing more than 300 security personnel."),
            (Exact(300.0), "people".into())
        );
        assert_eq!(
            one("The army deployed 500 security personnel."),
            (Exact(500.0), "personnel".into())
        );
    }

    #[test]
    fn a_quoted_vague_number_and_a_bare_number_after_up_from() {
        assert_eq!(
            one("The group said it had killed \"dozens\" of police officers."),
            (Range(24.0, 99.0), "people".into())
        );
        let f = figures("Two million people need food aid, up from about 900,000 last year.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[1].0, f[1].1.as_str()), (Exact(900_000.0), "people"));
        assert_eq!(f[1].2.as_deref(), Some("about"));
    }

    #[test]
    fn a_hyphened_length_after_the_is_a_figure() {
        assert_eq!(
            one("The two-day summit ended on Friday."),
            (Exact(2.0), "days".into())
        );
    }

    #[test]
    fn a_conversion_inside_a_reported_clause_is_the_speakers() {
        let mut d = doc("She said the fund would give 20 million pounds ($26 million) in aid.");
        let cue = d.text().find("said").unwrap();
        d.quotes.push(Quote {
            speaker: None,
            speaker_name: Some("envoy".into()),
            text: Span::new(cue + 5, d.text().len() - 1),
            direct: false,
            cue: Some(Span::new(cue, cue + 4)),
            span: Span::new(0, d.text().len() - 1),
            cameo: None,
        });
        let f = FigureFinder::new().unwrap().find(&d);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[1].claimant_name.as_deref(), Some("envoy"));
    }

    #[test]
    fn more_after_a_count_a_finite_verb_and_an_estimate() {
        let d = crate::stages::annotated(
            "Two men were shot on Monday. Four more died in hospital overnight.",
        );
        assert!(
            d.figures
                .iter()
                .any(|f| f.value == Exact(4.0) && f.unit == "people"),
            "{:?}",
            d.figures
        );
        let d = crate::stages::annotated(
            "Storms batter the coast, hundreds flee fishing villages\nStorms hit the coast on Monday.",
        );
        assert!(
            !d.figures.iter().any(|f| f.unit == "villages"),
            "{:?}",
            d.figures
        );
        assert_eq!(
            claimants("Government auditors estimate the losses at 3 million dollars."),
            vec![Some("Government auditors".to_string())]
        );
        assert_eq!(
            claimants("Anti-fraud auditors estimate the losses at 3 million dollars."),
            vec![Some("Anti-fraud auditors".to_string())]
        );
        let d = crate::stages::annotated(
            "The Lanka Rights Forum (LRF), a Colombo-based monitoring group, put the death toll at 9.",
        );
        let f = d.figures.first().expect("the toll");
        let who = f.claimant.and_then(|e| d.entity(e)).map(|e| e.name.clone());
        assert_eq!(
            who.as_deref(),
            Some("Lanka Rights Forum"),
            "{:?}",
            d.entities
        );
    }
}
