//! The `figures` layer: numbers the text states as facts or claims.

use crate::{EntityId, Span};
use serde::{Deserialize, Serialize};

/// A number, or a range for vague quantities ("hundreds of thousands").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FigureValue {
    Exact(f64),
    Range(f64, f64),
}

impl FigureValue {
    /// `(low, high)`; equal for exact values.
    pub fn bounds(self) -> (f64, f64) {
        match self {
            FigureValue::Exact(v) => (v, v),
            FigureValue::Range(a, b) => (a, b),
        }
    }

    pub fn overlaps(self, other: FigureValue) -> bool {
        let (a, b) = self.bounds();
        let (c, d) = other.bounds();
        a <= d && c <= b
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub value: FigureValue,
    /// Normalised unit: percent, people, troops, districts, USD, years, …
    pub unit: String,
    /// Short description of what is counted.
    pub about: String,
    /// Who asserts it; `None` when the article states it itself.
    pub claimant: Option<EntityId>,
    /// The claimant's name when it is not an entity (free text, as for
    /// `Quote::speaker_name`), else `None`.
    #[serde(default)]
    pub claimant_name: Option<String>,
    /// The number and its counted noun.
    pub span: Span,
    /// The clause or sentence that states it.
    pub evidence: Span,
    /// How the text hedges the number: "about", "nearly", "at least",
    /// "more than", … (lower-cased as written); `None` when stated plainly.
    #[serde(default)]
    pub qualifier: Option<String>,
}
