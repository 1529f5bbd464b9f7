//! An article as read from a source, before any annotation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news article: its text and what is known about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the file stem, the JSONL `id`, or `stdin`.
    pub id: String,
    /// Publication date; relative dates resolve against it.
    pub published: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The exact text annotated; every span points into it.
    pub text: String,
}
