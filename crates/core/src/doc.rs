//! The [`Doc`]: one article and every layer of annotation on it.

use crate::{
    Article, Dep, Entity, EntityId, Event, Figure, Mention, Place, Quote, Sentence, Span, Tag,
    TimeExpr, Token, TokenId,
};
use serde::{Deserialize, Serialize};

/// One kind of annotation; a stage adds exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Tokens,
    Sentences,
    Tags,
    Deps,
    Mentions,
    Entities,
    Places,
    Dates,
    Quotes,
    Figures,
    Events,
}

impl Layer {
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Tokens => "tokens",
            Layer::Sentences => "sentences",
            Layer::Tags => "tags",
            Layer::Deps => "deps",
            Layer::Mentions => "mentions",
            Layer::Entities => "entities",
            Layer::Places => "places",
            Layer::Dates => "dates",
            Layer::Quotes => "quotes",
            Layer::Figures => "figures",
            Layer::Events => "events",
        }
    }
}

/// Something a stage could not do fully on this article; annotation goes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub layer: Layer,
    pub message: String,
    pub span: Option<Span>,
}

/// An article and its annotation layers, filled in place by the pipeline.
///
/// `tags` and `deps` are parallel to `tokens`. Every layer is sorted by span
/// start, except `entities` and `places` (sorted by first mention; in
/// `entities` the named actors come first, then the unnamed groups).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    pub article: Article,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub tags: Vec<Tag>,
    pub deps: Vec<Dep>,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    pub places: Vec<crate::Place>,
    pub dates: Vec<TimeExpr>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    pub notes: Vec<Note>,
    /// The layers that have been filled, in pipeline order.
    pub layers: Vec<Layer>,
}

impl Doc {
    pub fn new(article: Article) -> Doc {
        Doc {
            article,
            ..Doc::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.article.text
    }

    /// The text of a span of this article.
    pub fn span_text(&self, span: Span) -> &str {
        span.text(&self.article.text)
    }

    /// The text of one token.
    pub fn token_text(&self, t: TokenId) -> &str {
        self.tokens
            .get(t.index())
            .map_or("", |tok| tok.span.text(&self.article.text))
    }

    pub fn has(&self, layer: Layer) -> bool {
        self.layers.contains(&layer)
    }

    pub fn note(&mut self, layer: Layer, message: impl Into<String>, span: Option<Span>) {
        self.notes.push(Note {
            layer,
            message: message.into(),
            span,
        });
    }

    /// The sentence index containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: u32) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// The first token whose span starts at or after `at`.
    pub fn token_from(&self, at: u32) -> TokenId {
        TokenId::at(self.tokens.partition_point(|t| t.span.start < at))
    }

    /// The entity one of whose spans covers `span`, if any.
    pub fn entity_at(&self, span: Span) -> Option<EntityId> {
        self.entities
            .iter()
            .position(|e| e.spans.iter().any(|s| s.contains(span)))
            .map(EntityId::at)
    }

    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.index())
    }

    pub fn place(&self, id: crate::PlaceId) -> Option<&Place> {
        self.places.get(id.index())
    }
}
