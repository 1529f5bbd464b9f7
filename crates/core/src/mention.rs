//! The `mentions` layer: spans of text that name an actor or a place.

use crate::{EntityKind, Span, TokenId};
use serde::{Deserialize, Serialize};

/// Named-entity type of a mention (OntoNotes-style, the subset news needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum MentionKind {
    Person,
    Org,
    /// Countries, states, cities: things with a government and a territory.
    Gpe,
    /// Geographic places without a government (regions, rivers, mountains).
    Loc,
    /// Facilities: airports, embassies, bridges, bases.
    Fac,
    /// Nationalities and groups by nationality, religion or ideology.
    Norp,
}

/// The mention kind that names an entity of this kind.
impl From<EntityKind> for MentionKind {
    fn from(k: EntityKind) -> MentionKind {
        match k {
            EntityKind::Person => MentionKind::Person,
            EntityKind::Org => MentionKind::Org,
            EntityKind::Gpe => MentionKind::Gpe,
            EntityKind::Norp => MentionKind::Norp,
        }
    }
}

impl MentionKind {
    pub const ALL: [MentionKind; 6] = [
        MentionKind::Person,
        MentionKind::Org,
        MentionKind::Gpe,
        MentionKind::Loc,
        MentionKind::Fac,
        MentionKind::Norp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Person => "PERSON",
            MentionKind::Org => "ORG",
            MentionKind::Gpe => "GPE",
            MentionKind::Loc => "LOC",
            MentionKind::Fac => "FAC",
            MentionKind::Norp => "NORP",
        }
    }

    pub fn parse(s: &str) -> Option<MentionKind> {
        MentionKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One named mention: tokens `[first, end)` of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub first: TokenId,
    /// One past the last token.
    pub end: TokenId,
    pub kind: MentionKind,
    /// Model confidence in `[0, 1]`; 1 for lexicon matches.
    pub score: f32,
}
