//! The `entities` layer: the actors of an article (people, organisations,
//! groups, states), each with every span that refers to it.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Gold-format entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    Person,
    Org,
    /// A country, state or city acting as an actor.
    Gpe,
    /// A group by nationality or ideology ("Afghan civilians").
    Norp,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Org => "ORG",
            EntityKind::Gpe => "GPE",
            EntityKind::Norp => "NORP",
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        [
            EntityKind::Person,
            EntityKind::Org,
            EntityKind::Gpe,
            EntityKind::Norp,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

macro_rules! sectors {
    ($($name:ident),* $(,)?) => {
        /// A CAMEO actor sector (role) code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Sector { $($name),* }

        impl Sector {
            pub const ALL: &'static [Sector] = &[$(Sector::$name),*];

            pub fn as_str(self) -> &'static str {
                match self { $(Sector::$name => stringify!($name)),* }
            }

            pub fn parse(s: &str) -> Option<Sector> {
                match s { $(stringify!($name) => Some(Sector::$name),)* _ => None }
            }
        }
    };
}

sectors!(
    GOV, MIL, REB, INS, OPP, COP, JUD, LEG, SPY, MED, EDU, BUS, CRM, CVL, REF, HLH, IGO, NGO, ELI,
    PTY, LAB, AGR, REL, ENV, UAF, MNC, SEP,
);

/// One actor of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name: the fullest form used in the text.
    pub name: String,
    /// Other surface forms used in this text (sorted, without `name`).
    pub aliases: Vec<String>,
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 of affiliation; `None` when not known.
    pub country: Option<String>,
    pub role: Option<Sector>,
    /// Title or description as the text gives it ("US special representative").
    pub title: Option<String>,
    /// Every span that refers to it: names, role nouns, pronouns; sorted.
    pub spans: Vec<Span>,
    /// An unnamed group ("protesters", "rebels", "residents"): an actor of
    /// events with its sector, but not a named entity, so the wire format
    /// lists it under `groups` rather than `entities`.
    #[serde(default)]
    pub group: bool,
}
