//! The `quotes` layer: reported speech, direct and indirect, with speakers.

use crate::{EntityId, Span};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker as an actor of the article, when resolved.
    pub speaker: Option<EntityId>,
    /// The speaker's name when it is not an entity (free text), else `None`.
    pub speaker_name: Option<String>,
    /// The quoted or reported text (without quotation marks).
    pub text: Span,
    /// Inside quotation marks (true) or a paraphrase (false).
    pub direct: bool,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// The whole construction: quote, cue and speaker.
    pub span: Span,
    /// The CAMEO code the cue suggests for the speech act (column `cameo`
    /// of `data/quotes/cues.tsv`: 010 statement, 012 pessimistic comment,
    /// 020 appeal, …); `None` for attributions that are not a speech act of
    /// the speaker ("according to", "reported").
    #[serde(default)]
    pub cameo: Option<String>,
}
