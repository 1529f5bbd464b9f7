//! The JSON wire format of `newsgraph annotate`: one object per article.
//!
//! This comment is the format's specification (docs/FORMAT.md explains it
//! for users; docs/newsgraph.schema.json is its JSON Schema, checked against
//! real output by a test).
//!
//! The object has the sections of the gold format (`doc`, `entities`,
//! `places`, `quotes`, `events`, `figures`), so it can be scored with
//! `newsgraph eval` as it is, plus what the gold format leaves out: ids,
//! every mention span, each event's evidence, trigger and rule, the `dates`
//! layer and the `notes` stages left.
//!
//! - **Offsets** are `[start, end)` pairs of **Unicode scalar values**
//!   (0-based, end exclusive) into the article text — what Python's `str`
//!   slicing and the gold format use. They are made by one function,
//!   [`Offsets::span`], from the byte spans used inside; no wire type can
//!   hold a byte offset.
//! - **Ids** (`id`, `*_id`, `*_ids`) are indices into the section they name
//!   (`entities`, `places`) of the same object.
//! - **Actors** in `events.source`/`target` and `quotes.speaker`,
//!   `figures.claimant` are entity names: a string for one actor, a list for
//!   several, `null` for none; the same actors by id are in `*_ids`.
//! - **Groups**: unnamed group actors ("protesters", "rebels") may be event
//!   actors but are not named entities, so they are listed in `groups`, not
//!   in `entities`; their ids continue after the last entity's, so an id in
//!   `events.*_ids` names an entry of `entities` or of `groups`.
//! - **Dates** are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text
//!   allows. `events.date_source` says where the date came from: `text` (a
//!   time expression of the event's own clause), `speech` (the date of the
//!   statement that reports it), `context` (a time expression of an earlier
//!   sentence: the event an anaphoric noun refers to, or the past day the
//!   narrative is on), `published` (only the publication date is
//!   known: the event was reported then), `none` (no publication date, or a
//!   standing relation or ongoing state the text does not date).
//! - **Rules** are `FILE:LINE` of the lexicon row that fired, or
//!   `builtin:NAME:0` for a rule written in code.
//!
//! Wire types are not internal types: this module flattens a
//! [`Doc`] once; every sink (JSONL, per-file JSON, the scorer) shares it.

use newsgraph_core::{Doc, EntityId, FigureValue, Span};
use serde::Serialize;

/// Byte → Unicode-scalar offset conversion for one text.
pub struct Offsets {
    /// `chars[i]` = number of scalar values before byte `i`, for every char
    /// boundary `i` (other entries unused), plus one entry for `text.len()`.
    chars: Vec<u32>,
}

impl Offsets {
    pub fn new(text: &str) -> Offsets {
        let mut chars = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            for slot in &mut chars[i..i + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        chars[text.len()] = n;
        Offsets { chars }
    }

    /// The one conversion from an inside byte span to a wire span.
    pub fn span(&self, span: Span) -> CharSpan {
        let at = |b: u32| {
            self.chars
                .get(b as usize)
                .or(self.chars.last())
                .copied()
                .unwrap_or(0)
        };
        CharSpan(at(span.start), at(span.end))
    }
}

/// `[start, end)` in Unicode scalar values; only [`Offsets::span`] makes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CharSpan(u32, u32);

impl CharSpan {
    pub fn start(self) -> u32 {
        self.0
    }
    pub fn end(self) -> u32 {
        self.1
    }
}

/// One actor or several, as the gold format writes them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Actors {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Serialize)]
pub struct Output {
    pub doc: DocMeta,
    pub entities: Vec<EntityOut>,
    /// Unnamed group actors; ids continue those of `entities`.
    pub groups: Vec<GroupOut>,
    pub places: Vec<PlaceOut>,
    pub quotes: Vec<QuoteOut>,
    pub events: Vec<EventOut>,
    pub figures: Vec<FigureOut>,
    pub dates: Vec<DateOut>,
    pub notes: Vec<NoteOut>,
}

#[derive(Debug, Serialize)]
pub struct DocMeta {
    pub id: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Length of the text in Unicode scalar values.
    pub chars: u32,
    /// Layers filled, in pipeline order.
    pub layers: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct EntityOut {
    pub id: u32,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub country: Option<String>,
    pub role: Option<&'static str>,
    pub title: Option<String>,
    pub mentions: Vec<CharSpan>,
}

/// An unnamed group actor ("protesters"): what an entity has but a title
/// and aliases.
#[derive(Debug, Serialize)]
pub struct GroupOut {
    pub id: u32,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub country: Option<String>,
    pub role: Option<&'static str>,
    pub mentions: Vec<CharSpan>,
}

#[derive(Debug, Serialize)]
pub struct PlaceOut {
    pub id: u32,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub kind: &'static str,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: newsgraph_core::Precision,
    pub gazetteer_id: Option<String>,
    pub mentions: Vec<CharSpan>,
}

#[derive(Debug, Serialize)]
pub struct QuoteOut {
    pub speaker: Option<String>,
    pub speaker_id: Option<u32>,
    pub text: String,
    pub direct: bool,
    pub cue: Option<String>,
    pub text_span: CharSpan,
    pub cue_span: Option<CharSpan>,
    pub span: CharSpan,
}

#[derive(Debug, Serialize)]
pub struct EventOut {
    pub source: Option<Actors>,
    pub target: Option<Actors>,
    pub source_ids: Vec<u32>,
    pub target_ids: Vec<u32>,
    pub cameo: String,
    pub root: String,
    pub plover: Option<String>,
    pub goldstein: f32,
    pub quad_class: u8,
    pub date: Option<String>,
    pub date_source: newsgraph_core::DateSource,
    pub place: Option<String>,
    pub place_id: Option<u32>,
    pub negated: bool,
    pub status: &'static str,
    pub evidence: String,
    pub evidence_span: CharSpan,
    pub trigger: String,
    pub trigger_span: CharSpan,
    pub rule: String,
}

#[derive(Debug, Serialize)]
pub struct FigureOut {
    pub value: FigureValue,
    /// The hedge on the number: "about", "nearly", "at least", "more than".
    pub qualifier: Option<String>,
    pub unit: String,
    pub about: String,
    pub claimant: Option<String>,
    pub claimant_id: Option<u32>,
    pub evidence: String,
    pub span: CharSpan,
    pub evidence_span: CharSpan,
}

#[derive(Debug, Serialize)]
pub struct DateOut {
    pub text: String,
    /// `point`, `range`, `duration` or `set`.
    pub kind: newsgraph_core::TimeKind,
    /// The date denoted (for a range, where it begins).
    pub value: Option<String>,
    /// The last period of a range (inclusive).
    pub end: Option<String>,
    /// The one date that stands for it when dating an event.
    pub date: Option<String>,
    pub relative: bool,
    pub span: CharSpan,
}

#[derive(Debug, Serialize)]
pub struct NoteOut {
    pub layer: &'static str,
    pub message: String,
    pub span: Option<CharSpan>,
}

impl Output {
    /// Flattens an annotated Doc into the wire shape.
    pub fn from_doc(doc: &Doc) -> Output {
        let off = Offsets::new(doc.text());
        let text = |s: Span| doc.span_text(s).to_string();
        let name_of = |id: EntityId| doc.entity(id).map(|e| e.name.clone());
        let actors = |ids: &[EntityId]| -> Option<Actors> {
            let mut names: Vec<String> = ids.iter().filter_map(|&i| name_of(i)).collect();
            names.dedup();
            match names.len() {
                0 => None,
                1 => names.pop().map(Actors::One),
                _ => Some(Actors::Many(names)),
            }
        };
        let a = &doc.article;
        Output {
            doc: DocMeta {
                id: a.id.clone(),
                published: a.published.map(|d| d.format("%Y-%m-%d").to_string()),
                source: a.source.clone(),
                url: a.url.clone(),
                title: a.title.clone(),
                chars: off.span(Span::new(0, a.text.len())).end(),
                layers: doc.layers.iter().map(|l| l.as_str()).collect(),
            },
            entities: doc
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| !e.group)
                .map(|(i, e)| EntityOut {
                    id: i as u32,
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                    kind: e.kind.as_str(),
                    country: e.country.clone(),
                    role: e.role.map(|r| r.as_str()),
                    title: e.title.clone(),
                    mentions: e.spans.iter().map(|&s| off.span(s)).collect(),
                })
                .collect(),
            groups: doc
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.group)
                .map(|(i, e)| GroupOut {
                    id: i as u32,
                    name: e.name.clone(),
                    kind: e.kind.as_str(),
                    country: e.country.clone(),
                    role: e.role.map(|r| r.as_str()),
                    mentions: e.spans.iter().map(|&s| off.span(s)).collect(),
                })
                .collect(),
            places: doc
                .places
                .iter()
                .enumerate()
                .map(|(i, p)| PlaceOut {
                    id: i as u32,
                    name: p.name.clone(),
                    aliases: p.aliases.clone(),
                    country: p.country.clone(),
                    admin1: p.admin1.clone(),
                    kind: p.kind.as_str(),
                    lat: p.lat,
                    lon: p.lon,
                    precision: p.precision,
                    gazetteer_id: p.gazetteer_id.clone(),
                    mentions: p.spans.iter().map(|&s| off.span(s)).collect(),
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .map(|q| QuoteOut {
                    speaker: q
                        .speaker
                        .and_then(name_of)
                        .or_else(|| q.speaker_name.clone()),
                    speaker_id: q.speaker.map(|i| i.0),
                    text: text(q.text),
                    direct: q.direct,
                    cue: q.cue.map(text),
                    text_span: off.span(q.text),
                    cue_span: q.cue.map(|s| off.span(s)),
                    span: off.span(q.span),
                })
                .collect(),
            events: doc
                .events
                .iter()
                .map(|e| EventOut {
                    source: actors(&e.source),
                    target: actors(&e.target),
                    source_ids: e.source.iter().map(|i| i.0).collect(),
                    target_ids: e.target.iter().map(|i| i.0).collect(),
                    root: e.cameo.chars().take(2).collect(),
                    cameo: e.cameo.clone(),
                    plover: e.plover.clone(),
                    goldstein: e.goldstein,
                    quad_class: e.quad_class,
                    date: e.date.map(|d| d.to_string()),
                    date_source: e.date_source,
                    place: e.place.and_then(|p| doc.place(p)).map(|p| p.name.clone()),
                    place_id: e.place.map(|p| p.0),
                    negated: e.negated,
                    status: e.status.as_str(),
                    evidence: text(e.evidence),
                    evidence_span: off.span(e.evidence),
                    trigger: text(e.trigger),
                    trigger_span: off.span(e.trigger),
                    rule: e.rule.to_string(),
                })
                .collect(),
            figures: doc
                .figures
                .iter()
                .map(|f| FigureOut {
                    value: f.value,
                    qualifier: f.qualifier.clone(),
                    unit: f.unit.clone(),
                    about: f.about.clone(),
                    claimant: f
                        .claimant
                        .and_then(name_of)
                        .or_else(|| f.claimant_name.clone()),
                    claimant_id: f.claimant.map(|i| i.0),
                    evidence: text(f.evidence),
                    span: off.span(f.span),
                    evidence_span: off.span(f.evidence),
                })
                .collect(),
            dates: doc
                .dates
                .iter()
                .map(|d| DateOut {
                    text: text(d.span),
                    kind: d.kind,
                    value: d.value.map(|v| v.to_string()),
                    end: d.end.map(|v| v.to_string()),
                    date: d.date().map(|v| v.to_string()),
                    relative: d.relative,
                    span: off.span(d.span),
                })
                .collect(),
            notes: doc
                .notes
                .iter()
                .map(|n| NoteOut {
                    layer: n.layer.as_str(),
                    message: n.message.clone(),
                    span: n.span.map(|s| off.span(s)),
                })
                .collect(),
        }
    }
}

/// The wire object of a Doc as a JSON value (what the scorer reads).
pub fn to_value(doc: &Doc) -> serde_json::Value {
    serde_json::to_value(Output::from_doc(doc)).unwrap_or(serde_json::Value::Null)
}

/// The wire object of a Doc as one line of JSON (no trailing newline).
pub fn to_line(doc: &Doc) -> String {
    serde_json::to_string(&Output::from_doc(doc)).unwrap_or_default()
}

/// The wire object of a Doc as indented JSON.
pub fn to_pretty(doc: &Doc) -> String {
    serde_json::to_string_pretty(&Output::from_doc(doc)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_core::{Article, Entity, EntityKind};

    #[test]
    fn offsets_count_unicode_scalars() {
        let text = "Afghanistan’s “talks” é";
        let off = Offsets::new(text);
        let b = text.find("talks").unwrap();
        let s = off.span(Span::new(b, b + 5));
        let chars: Vec<char> = text.chars().collect();
        let got: String = chars[s.start() as usize..s.end() as usize].iter().collect();
        assert_eq!(got, "talks");
        assert_eq!(
            off.span(Span::new(text.len(), text.len())).start(),
            chars.len() as u32
        );
    }

    #[test]
    fn output_has_gold_sections_and_char_spans() {
        let mut doc = Doc::new(Article {
            id: "a".into(),
            text: "“Kabul” Taliban".into(),
            ..Article::default()
        });
        let start = doc.text().find("Taliban").unwrap();
        doc.entities.push(Entity {
            name: "Taliban".into(),
            aliases: vec![],
            kind: EntityKind::Org,
            country: Some("AFG".into()),
            role: Some(newsgraph_core::Sector::INS),
            title: None,
            spans: vec![Span::new(start, start + 7)],
            group: false,
        });
        let v = to_value(&doc);
        for k in ["doc", "entities", "places", "quotes", "events", "figures"] {
            assert!(v.get(k).is_some(), "missing {k}");
        }
        assert_eq!(v["entities"][0]["type"], "ORG");
        assert_eq!(v["entities"][0]["mentions"][0], serde_json::json!([8, 15]));
    }
}
