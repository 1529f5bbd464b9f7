//! Internals of the geocoder: the embedded [`Gazetteer`] and the word
//! [`text`] scanner the toponym finder runs on. The stage itself, with the
//! rules that decide what is a place, lives in `stages/geocoder.rs`.

pub mod gazetteer;
pub mod text;

pub use gazetteer::{distance_km, Entry, EntryId, EntryKind, Gazetteer, NameRef};
