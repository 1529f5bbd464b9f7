//! Internals of the quote finder: quotation marks, the cue and role
//! lexicons, and the token patterns that attach a speaker and a reported
//! clause to a cue.
//!
//! Reads tokens, sentences, and (when filled) tags and entities; writes
//! nothing itself: [`crate::stages::quote_finder`] stores what
//! [`finder::find`] returns. The patterns need no parse: they look at
//! words, capitals, punctuation and the two lexicons, and use part-of-speech
//! tags only to accept more noun phrases when the tagger has run.

pub mod finder;
pub mod lexicon;
pub mod marks;
mod view;
