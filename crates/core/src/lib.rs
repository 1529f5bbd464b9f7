//! The nouns of newsgraph: an [`Article`] as read, and the [`Doc`] that the
//! pipeline annotates in place, one layer per kind of annotation.
//!
//! This crate holds data only: no I/O, no models, no algorithms beyond small
//! helpers on the types themselves. Every other crate depends on it, so it is
//! kept small and stable. Offsets inside are byte offsets into
//! [`Article::text`]; the wire layer (crate `newsgraph-io`) converts them to
//! Unicode scalar offsets, and no wire type can hold a byte offset.
//!
//! Each layer lives in its own module, named as the layer is named everywhere
//! (Doc field = stage file = JSON section = SQL table).

mod article;
mod date;
mod doc;
mod entity;
mod event;
mod figure;
mod id;
mod mention;
mod place;
mod quote;
mod span;
mod token;

pub use article::Article;
pub use date::{dates_in, nearest_date, DatePrecision, TimeExpr, TimeKind, TimeValue};
pub use doc::{Doc, Layer, Note};
pub use entity::{Entity, EntityKind, Sector};
pub use event::{DateSource, Event, EventStatus, Rule};
pub use figure::{Figure, FigureValue};
pub use id::{
    DateId, EntityId, EventId, FigureId, MentionId, PlaceId, QuoteId, SentenceId, TokenId,
};
pub use mention::{Mention, MentionKind};
pub use place::{Place, PlaceKind, Precision};
pub use quote::Quote;
pub use span::Span;
pub use token::{Dep, DepRel, Sentence, Tag, Token, TokenKind, Upos, Xpos};
