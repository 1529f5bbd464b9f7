//! One file per stage, each adding one layer. The order they run in is the
//! list in [`crate::Pipeline::standard`].

pub mod actor_coder;
pub mod date_resolver;
pub mod event_coder;
pub mod figure_finder;
pub mod geocoder;
pub mod mention_finder;
pub mod parser;
pub mod quote_finder;
pub mod sentencizer;
pub mod tagger;
pub mod tokenizer;

/// A Doc of `text` with its tokens and sentences, for stage unit tests that
/// build the later layers by hand.
#[cfg(test)]
pub(crate) fn tokenized(text: &str) -> newsgraph_core::Doc {
    use crate::Stage;
    let mut d = newsgraph_core::Doc::new(newsgraph_core::Article {
        id: "t".into(),
        text: text.into(),
        ..newsgraph_core::Article::default()
    });
    tokenizer::Tokenizer::new().annotate(&mut d);
    sentencizer::Sentencizer::new().annotate(&mut d);
    d
}

/// A Doc of `text` through the whole standard pipeline (built once), for
/// unit tests of rules that need real tags, parses and entities.
#[cfg(test)]
pub(crate) fn annotated(text: &str) -> newsgraph_core::Doc {
    static PIPELINE: std::sync::LazyLock<crate::Pipeline> =
        std::sync::LazyLock::new(|| crate::Pipeline::standard().expect("standard pipeline builds"));
    PIPELINE.annotate(newsgraph_core::Article {
        id: "t".into(),
        text: text.into(),
        ..newsgraph_core::Article::default()
    })
}
