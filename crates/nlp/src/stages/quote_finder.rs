//! The `quotes` layer: direct and indirect reported speech with speakers.
//!
//! Reads tokens, sentences, tags (when filled) and entities; writes
//! `doc.quotes`, sorted by text start. Direct quotes come from quotation
//! marks (see [`crate::quotes::marks`]), indirect speech from the reporting
//! cues of `data/quotes/cues.tsv`; the speaker is the actor entity that
//! covers the subject, pronoun or role noun of the cue, else free text in
//! `Quote::speaker_name`. A quote whose speaker cannot be found at all is
//! left out: a quotation with no one behind it is not reported speech.

use crate::quotes::finder::Finder;
use crate::quotes::lexicon::{Cues, Roles};
use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Clone)]
pub struct QuoteFinder {
    cues: Cues,
    roles: Roles,
}

impl QuoteFinder {
    /// The finder with the embedded lexicons; fails naming the file and line
    /// of a bad row.
    pub fn new() -> Result<QuoteFinder, BuildError> {
        Ok(QuoteFinder {
            cues: Cues::embedded()?,
            roles: Roles::embedded()?,
        })
    }

    /// The cue table, e.g. for the event coder to look up a quote's cue.
    pub fn cues(&self) -> &Cues {
        &self.cues
    }
}

impl Stage for QuoteFinder {
    fn name(&self) -> &'static str {
        "quote finder"
    }
    fn layer(&self) -> Layer {
        Layer::Quotes
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tags, Layer::Entities]
    }
    fn annotate(&self, doc: &mut Doc) {
        doc.quotes = Finder::new(&self.cues, &self.roles).find(doc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::figure_finder::FigureFinder;
    use crate::stages::{sentencizer::Sentencizer, tokenizer::Tokenizer};
    use newsgraph_core::{Article, Span};
    use proptest::prelude::*;

    fn fits(text: &str, s: Span) -> bool {
        s.start <= s.end
            && (s.end as usize) <= text.len()
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize)
    }

    fn check(text: &str) {
        let mut doc = Doc::new(Article {
            id: "p".into(),
            text: text.into(),
            ..Article::default()
        });
        Tokenizer::new().annotate(&mut doc);
        Sentencizer::new().annotate(&mut doc);
        QuoteFinder::new().unwrap().annotate(&mut doc);
        FigureFinder::new().unwrap().annotate(&mut doc);
        for q in &doc.quotes {
            assert!(fits(text, q.text) && fits(text, q.span), "{q:?}");
            assert!(q.span.contains(q.text));
            assert!(q.cue.is_none_or(|c| fits(text, c)));
        }
        assert!(doc
            .quotes
            .windows(2)
            .all(|w| w[0].text.start <= w[1].text.start));
        for f in &doc.figures {
            assert!(fits(text, f.span) && fits(text, f.evidence), "{f:?}");
        }
    }

    proptest! {
        #[test]
        fn news_like_text_never_panics(text in "[ a-zA-Z0-9,.:;\"“”‘’'$%€\\n-]{0,160}") {
            check(&text);
        }

        #[test]
        fn any_text_never_panics(text in "\\PC{0,120}") {
            check(&text);
        }
    }

    #[test]
    fn quote_shapes_that_once_broke() {
        for t in [
            "\"",
            "“",
            "’",
            "said",
            ", said",
            "\"a b c d,\" said",
            "5 - for - 5",
            "$",
            "% 5",
        ] {
            check(t);
        }
    }
}
