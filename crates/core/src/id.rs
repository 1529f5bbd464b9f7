//! Typed indices into the layers of a [`crate::Doc`].
//!
//! A bare `usize` could index any layer; these cannot be mixed up.

use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The index into the layer's `Vec`.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The id of the item at `index` in its layer.
            pub fn at(index: usize) -> Self {
                Self(index as u32)
            }
        }
    )*};
}

typed_id!(
    /// Index into `Doc::tokens` (and the parallel `tags`, `deps`).
    TokenId,
    /// Index into `Doc::sentences`.
    SentenceId,
    /// Index into `Doc::mentions`.
    MentionId,
    /// Index into `Doc::entities`.
    EntityId,
    /// Index into `Doc::places`.
    PlaceId,
    /// Index into `Doc::dates`.
    DateId,
    /// Index into `Doc::quotes`.
    QuoteId,
    /// Index into `Doc::figures`.
    FigureId,
    /// Index into `Doc::events`.
    EventId,
);
