//! The gold annotation format (v1): one JSON object per article with the
//! sections `doc`, `entities`, `places`, `quotes`, `events` and `figures`, as
//! specified in `eval/GOLD-FORMAT.md`.
//!
//! The same types read the human gold (`NAME.gold.json`) and the engine's own
//! JSON output, which is a superset of the gold shape: unknown fields (mention
//! spans, evidence spans, rules, ids, `notes`) are ignored, and every field
//! the scorer does not need is optional. Values that take several shapes in
//! the gold files are read into one type each:
//!
//! - `source`/`target` of an event: a name, a list of names, or `null` →
//!   [`Actors`] (a possibly empty list);
//! - `value` of a figure: a number or `[low, high]` → [`Range`];
//! - `date` of an event: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `null` →
//!   `Option<TimeValue>`.
//!
//! Malformed values (a date that is not a date, a range whose low end is above
//! its high end) are rejected while parsing, so the error carries serde_json's
//! line and column and names the file.

use crate::IoError;
use newsgraph_core::TimeValue;
use serde::{de, Deserialize, Deserializer};
use std::path::Path;

/// One annotated article: the gold file, or a prediction in the gold shape.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct GoldDoc {
    #[serde(default)]
    pub doc: DocInfo,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub places: Vec<GoldPlace>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub figures: Vec<GoldFigure>,
}

/// What is known about the article itself.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct DocInfo {
    #[serde(default)]
    pub id: String,
    /// Publication date as given (ISO `YYYY-MM-DD`); the input date to
    /// annotate with, not scored.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// A real-world actor named in the text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    #[serde(default, deserialize_with = "names")]
    pub aliases: Vec<String>,
    /// PERSON | ORG | GPE | NORP.
    #[serde(rename = "type")]
    pub kind: String,
    /// ISO 3166-1 alpha-3 of affiliation.
    #[serde(default)]
    pub country: Option<String>,
    /// CAMEO-style sector (GOV, MIL, REB, ...).
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

/// A place named in the text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldPlace {
    pub name: String,
    #[serde(default, deserialize_with = "names")]
    pub aliases: Vec<String>,
    /// ISO alpha-3 of the country it lies in.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub admin1: Option<String>,
    /// country | admin1 | admin2 | city | site | region.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
}

/// Reported speech with its speaker.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldQuote {
    #[serde(default)]
    pub speaker: Option<String>,
    pub text: String,
    #[serde(default)]
    pub direct: Option<bool>,
    #[serde(default)]
    pub cue: Option<String>,
}

/// Who did what to whom, where and when.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldEvent {
    #[serde(default)]
    pub source: Actors,
    #[serde(default)]
    pub target: Actors,
    /// CAMEO code ("043"); the first two digits are its root.
    pub cameo: String,
    #[serde(default)]
    pub plover: Option<String>,
    #[serde(default, deserialize_with = "date")]
    pub date: Option<TimeValue>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub negated: Option<bool>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub evidence: Option<String>,
}

/// A number the text states as fact or claim.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldFigure {
    pub value: Range,
    pub unit: String,
    #[serde(default)]
    pub about: Option<String>,
    #[serde(default)]
    pub claimant: Option<String>,
    #[serde(default)]
    pub evidence: Option<String>,
}

/// The actors on one side of an event: `null` reads as empty, a name as one
/// name, a list as itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Actors(pub Vec<String>);

impl Actors {
    pub fn is_none(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for Actors {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Actors, D::Error> {
        names(d).map(Actors)
    }
}

impl std::fmt::Display for Actors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.as_slice() {
            [] => f.write_str("null"),
            [one] => f.write_str(one),
            many => write!(f, "[{}]", many.join(", ")),
        }
    }
}

/// A figure's value: a number is the range `[v, v]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

impl Range {
    /// True when the two ranges share at least one number.
    pub fn overlaps(self, other: Range) -> bool {
        self.low <= other.high && other.low <= self.high
    }
}

impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.low == self.high {
            write!(f, "{}", self.low)
        } else {
            write!(f, "[{}, {}]", self.low, self.high)
        }
    }
}

impl<'de> Deserialize<'de> for Range {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Range, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            One(f64),
            Two(f64, f64),
        }
        let raw = Raw::deserialize(d)
            .map_err(|_| de::Error::custom("a figure value must be a number or [low, high]"))?;
        let range = match raw {
            Raw::One(v) => Range { low: v, high: v },
            Raw::Two(low, high) => Range { low, high },
        };
        if range.low > range.high {
            return Err(de::Error::custom(format!(
                "figure range [{}, {}] has its low end above its high end",
                range.low, range.high
            )));
        }
        Ok(range)
    }
}

/// A name, a list of names, or `null` (read as no names).
fn names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        One(String),
        Many(Vec<String>),
    }
    let raw = Option::<Raw>::deserialize(d)
        .map_err(|_| de::Error::custom("expected a name, a list of names, or null"))?;
    Ok(match raw {
        None => Vec::new(),
        Some(Raw::One(s)) => vec![s],
        Some(Raw::Many(v)) => v,
    })
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `null`.
fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<TimeValue>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => TimeValue::parse(s.trim()).map(Some).ok_or_else(|| {
            de::Error::custom(format!("date {s:?} is not YYYY, YYYY-MM or YYYY-MM-DD"))
        }),
    }
}

impl GoldDoc {
    /// Parses gold-shaped JSON; `file` names the source in errors.
    pub fn from_json(text: &str, file: &str) -> Result<GoldDoc, IoError> {
        serde_json::from_str(text).map_err(|e| {
            // serde_json's message ends with the position; say it once.
            let message = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&suffix).unwrap_or(&message);
            IoError::Record {
                file: file.to_string(),
                line: e.line(),
                id: None,
                message: format!("column {}: {message}", e.column()),
            }
        })
    }

    /// Reads a gold-shaped JSON file.
    pub fn read(path: &Path) -> Result<GoldDoc, IoError> {
        let text = std::fs::read_to_string(path).map_err(|source| IoError::Io {
            file: path.display().to_string(),
            source,
        })?;
        GoldDoc::from_json(&text, &path.display().to_string())
    }

    /// Converts an in-memory JSON value in the gold shape (the engine's wire
    /// output); `origin` names it in errors.
    pub fn from_value(value: serde_json::Value, origin: &str) -> Result<GoldDoc, IoError> {
        serde_json::from_value(value).map_err(|e| IoError::Record {
            file: origin.to_string(),
            line: 0,
            id: None,
            message: e.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_variant_and_ignores_extra_fields() {
        let json = r#"{
          "doc": {"id": "t", "published": "2020-01-02", "notes": "x"},
          "entities": [{"name": "Ann Lee", "aliases": ["Lee"], "type": "PERSON",
                        "country": null, "role": "GOV", "mentions": [[0, 7]]}],
          "places": [{"name": "Oslo", "country": "NOR", "kind": "city", "lat": 59.9, "lon": 10.7}],
          "quotes": [{"speaker": "Ann Lee", "text": "we will go", "direct": true, "cue": null}],
          "events": [
            {"source": ["A", "B"], "target": null, "cameo": "043", "date": "2020-01", "place": null},
            {"source": "A", "target": "B", "cameo": "190", "date": null, "rule": {"file": "x", "line": 3}}
          ],
          "figures": [{"value": [100, 999], "unit": "people", "claimant": null},
                      {"value": 2.5, "unit": "percent"}]
        }"#;
        let g = GoldDoc::from_json(json, "t.json").unwrap();
        assert_eq!(g.doc.published.as_deref(), Some("2020-01-02"));
        assert_eq!(g.entities[0].aliases, ["Lee"]);
        assert_eq!(g.entities[0].country, None);
        assert_eq!(g.events[0].source.0, ["A", "B"]);
        assert!(g.events[0].target.is_none());
        assert_eq!(g.events[0].date, TimeValue::parse("2020-01"));
        assert_eq!(g.events[1].target.0, ["B"]);
        assert_eq!(g.events[1].date, None);
        assert_eq!(
            g.figures[0].value,
            Range {
                low: 100.0,
                high: 999.0
            }
        );
        assert_eq!(
            g.figures[1].value,
            Range {
                low: 2.5,
                high: 2.5
            }
        );
        assert_eq!(g.quotes[0].cue, None);
    }

    #[test]
    fn errors_name_file_line_and_problem() {
        let json = "{\n\"events\": [{\"cameo\": \"043\",\n \"date\": \"July 2020\"}]}";
        let err = GoldDoc::from_json(json, "bad.gold.json")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("bad.gold.json:3"), "{err}");
        assert!(err.contains("July 2020"), "{err}");

        let json = r#"{"figures": [{"value": [9, 1], "unit": "people"}]}"#;
        let err = GoldDoc::from_json(json, "f.json").unwrap_err().to_string();
        assert!(err.contains("low end above"), "{err}");

        let json = r#"{"entities": [{"name": "X"}]}"#;
        let err = GoldDoc::from_json(json, "e.json").unwrap_err().to_string();
        assert!(err.contains("type"), "{err}");
    }

    #[test]
    fn ranges_overlap() {
        let r = |low, high| Range { low, high };
        assert!(r(100.0, 999.0).overlaps(r(650.0, 650.0)));
        assert!(r(5.0, 5.0).overlaps(r(5.0, 5.0)));
        assert!(r(1.0, 5.0).overlaps(r(5.0, 9.0)));
        assert!(!r(1.0, 4.0).overlaps(r(5.0, 9.0)));
        assert!(!r(5.0, 5.0).overlaps(r(6.0, 6.0)));
    }
}
