//! The `quotes` layer: reported speech, direct and indirect, with speakers.
//!
//! For the event coder: a quote is a speech act. `cue` is the reporting verb
//! ("warned", "according to") and `cameo` the CAMEO code it suggests (from
//! `data/quotes/cues.tsv`; `None` when the cue is an attribution, not a
//! speech act of the speaker); the speaker is the source actor. `text` is
//! the reported clause (inside the marks for a direct quote, the "that"
//! clause or the clause before a trailing "…, X said" otherwise): code the
//! action it reports as a separate event with status `claimed` (or
//! `planned` for intent cues, CAMEO 03x), taking its actors from inside
//! `text`. `span` covers quote, cue and speaker together.

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
