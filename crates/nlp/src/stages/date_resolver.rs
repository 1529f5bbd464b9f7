//! The `dates` layer: every time expression of the article, resolved
//! against the publication date with the tense of its clause.
//!
//! Reads the text, the sentences (clause bounds for the tense) and the tags
//! when the tagger has filled them (VBD/VBN/MD settle the tense; without
//! tags, word cues do). Writes `doc.dates`, sorted by span start and
//! non-overlapping, so [`newsgraph_core::dates_in`] can take the dates of
//! one clause. All the grammar and arithmetic live in [`crate::time`]; this
//! stage only connects it to the Doc. When the article has no publication
//! date, relative expressions keep `value: None` and one Note says so.

use crate::time::{self, TagAt};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer, Span, Tag, Token, Xpos};

#[derive(Debug, Default)]
pub struct DateResolver;

impl DateResolver {
    pub fn new() -> Result<DateResolver, BuildError> {
        Ok(DateResolver)
    }
}

/// The Penn tag of the token starting at a byte offset, when tags exist.
struct DocTags<'a> {
    tokens: &'a [Token],
    tags: &'a [Tag],
}

impl TagAt for DocTags<'_> {
    fn xpos_at(&self, start: u32) -> Option<Xpos> {
        let i = self.tokens.partition_point(|t| t.span.start < start);
        self.tokens.get(i).filter(|t| t.span.start == start)?;
        self.tags.get(i).map(|t| t.xpos).filter(|x| x.0 != 0)
    }
}

impl Stage for DateResolver {
    fn name(&self) -> &'static str {
        "date resolver"
    }
    fn layer(&self) -> Layer {
        Layer::Dates
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tags]
    }
    fn annotate(&self, doc: &mut Doc) {
        let tags = DocTags {
            tokens: &doc.tokens,
            tags: if doc.tags.len() == doc.tokens.len() {
                &doc.tags
            } else {
                &[]
            },
        };
        let sentences: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
        let dates = time::annotate(doc.text(), doc.article.published, &tags, &sentences);
        let unresolved: Vec<Span> = dates
            .iter()
            .filter(|d| d.relative && d.value.is_none() && doc.article.published.is_none())
            .map(|d| d.span)
            .collect();
        if let Some(first) = unresolved.first() {
            let message = format!(
                "{} relative time expression(s) left unresolved: the article has no publication date",
                unresolved.len()
            );
            doc.note(Layer::Dates, message, Some(*first));
        }
        doc.dates = dates;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use chrono::NaiveDate;
    use newsgraph_core::{Article, TimeValue};

    fn run(text: &str, published: Option<NaiveDate>) -> Doc {
        let p = Pipeline::standard()
            .expect("standard pipeline builds")
            .until(Layer::Dates);
        p.annotate(Article {
            id: "t".into(),
            text: text.into(),
            published,
            ..Article::default()
        })
    }

    #[test]
    fn resolves_in_the_pipeline() {
        let doc = run(
            "Rebels took the town on Saturday. Talks will resume on Monday.",
            NaiveDate::from_ymd_opt(2021, 7, 14),
        );
        let got: Vec<_> = doc
            .dates
            .iter()
            .map(|d| (doc.span_text(d.span), d.value))
            .collect();
        assert_eq!(
            got,
            [
                ("Saturday", Some(TimeValue::day(2021, 7, 10))),
                ("Monday", Some(TimeValue::day(2021, 7, 19))),
            ]
        );
        assert!(doc.notes.iter().all(|n| n.layer != Layer::Dates));
    }

    #[test]
    fn no_publication_date_leaves_relative_unresolved_with_a_note() {
        let doc = run("The army withdrew last week, not in October 2001.", None);
        assert_eq!(doc.dates.len(), 2);
        assert_eq!(doc.dates[0].value, None);
        assert!(doc.dates[0].relative);
        assert_eq!(doc.dates[1].value, Some(TimeValue::month(2001, 10)));
        let notes: Vec<_> = doc
            .notes
            .iter()
            .filter(|n| n.layer == Layer::Dates)
            .collect();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].span, Some(doc.dates[0].span));
    }
}
