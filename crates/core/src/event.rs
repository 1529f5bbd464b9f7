//! The `events` layer: who did what to whom, where and when, coded in CAMEO
//! and PLOVER, each with the evidence and the rule that produced it.

use crate::{EntityId, PlaceId, Span, TimeValue};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    Occurred,
    Planned,
    Claimed,
    Hypothetical,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Occurred => "occurred",
            EventStatus::Planned => "planned",
            EventStatus::Claimed => "claimed",
            EventStatus::Hypothetical => "hypothetical",
        }
    }
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A time expression attached to the event's own clause.
    Text,
    /// The date of the speech act that reports it.
    Speech,
    /// A time expression of an earlier sentence: the event an anaphoric
    /// noun refers back to ("the invasion"), or the day a past-tense
    /// narrative is on ("On Thursday ... . The government called ...").
    Context,
    /// The publication date: the event was reported, its own date is unknown.
    Published,
    /// No date: no publication date given, or an ongoing state or standing
    /// relation the text does not date ("forces backed by Iran").
    None,
}

/// Where a coding decision came from: a lexicon file and line, or a named
/// built-in rule (line 0).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rule {
    pub file: String,
    pub line: u32,
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub source: Vec<EntityId>,
    pub target: Vec<EntityId>,
    /// Full CAMEO code ("0874").
    pub cameo: String,
    /// PLOVER type; `None` for CAMEO 01 and 02.
    pub plover: Option<String>,
    pub goldstein: f32,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub date: Option<TimeValue>,
    pub date_source: DateSource,
    pub place: Option<PlaceId>,
    pub negated: bool,
    pub status: EventStatus,
    /// The verb or noun that triggered it.
    pub trigger: Span,
    /// The clause or sentence that states it.
    pub evidence: Span,
    pub rule: Rule,
}
