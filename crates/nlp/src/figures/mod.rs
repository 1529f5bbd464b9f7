//! Internals of the figure finder: reading numbers written in digits or
//! words ([`number`]) and naming what they count ([`units`]).
//!
//! Reads token texts only; [`crate::stages::figure_finder`] decides which
//! numbers are figures and who claims them.

pub mod number;
pub mod units;
