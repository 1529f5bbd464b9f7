//! The [`Stage`] trait and the [`Pipeline`] that runs stages in order.
//!
//! The standard pipeline is a plain list in [`Pipeline::standard`]: adding a
//! stage is one file in `stages/` plus one line there. `Pipeline::new` checks
//! that every stage comes after the stages whose layers it reads.

use crate::{stages, BuildError};
use newsgraph_core::{Article, Doc, Layer};

/// One step of annotation: reads some layers of a [`Doc`] and adds one.
///
/// `annotate` cannot fail: when it can do less than usual it adds a
/// [`newsgraph_core::Note`] to the Doc.
pub trait Stage: Send + Sync {
    /// A short name for reports and errors ("tokenizer").
    fn name(&self) -> &'static str;
    /// The layer this stage adds.
    fn layer(&self) -> Layer;
    /// The layers it needs filled before it runs.
    fn reads(&self) -> &'static [Layer];
    fn annotate(&self, doc: &mut Doc);
}

/// The result of a loading thread (a panic there goes on here).
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// An ordered list of stages, built once and shared across threads.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// A pipeline from stages in order; fails when a stage reads a layer that
    /// no earlier stage adds.
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Pipeline, BuildError> {
        let mut added: Vec<Layer> = Vec::new();
        for stage in &stages {
            for layer in stage.reads() {
                if !added.contains(layer) {
                    return Err(BuildError::Order {
                        stage: stage.name(),
                        layer: layer.as_str(),
                    });
                }
            }
            added.push(stage.layer());
        }
        Ok(Pipeline { stages })
    }

    /// The full newsgraph pipeline with the embedded lexicons and models.
    ///
    /// The two slowest stages to build (the parser's model and the
    /// gazetteer's index) load on threads of their own while the rest load
    /// here, so start-up takes about as long as the slowest one.
    pub fn standard() -> Result<Pipeline, BuildError> {
        std::thread::scope(|s| {
            let parser = s.spawn(stages::parser::Parser::new);
            let geocoder = s.spawn(stages::geocoder::Geocoder::new);
            let tagger = stages::tagger::Tagger::new()?;
            let mention_finder = stages::mention_finder::MentionFinder::new()?;
            let actor_coder = stages::actor_coder::ActorCoder::new()?;
            let rest: Vec<Box<dyn Stage>> = vec![
                Box::new(stages::date_resolver::DateResolver::new()?),
                Box::new(stages::quote_finder::QuoteFinder::new()?),
                Box::new(stages::figure_finder::FigureFinder::new()?),
                Box::new(stages::event_coder::EventCoder::new()?),
            ];
            let parser = join(parser)?;
            let geocoder = join(geocoder)?;
            let mut list: Vec<Box<dyn Stage>> = vec![
                Box::new(stages::tokenizer::Tokenizer::new()),
                Box::new(stages::sentencizer::Sentencizer::new()),
                Box::new(tagger),
                Box::new(parser),
                Box::new(mention_finder),
                Box::new(actor_coder),
                Box::new(geocoder),
            ];
            list.extend(rest);
            Pipeline::new(list)
        })
    }

    /// The same pipeline cut after the stage that adds `layer` (for tests
    /// and tools that need only the early layers).
    pub fn until(mut self, layer: Layer) -> Pipeline {
        if let Some(i) = self.stages.iter().position(|s| s.layer() == layer) {
            self.stages.truncate(i + 1);
        }
        self
    }

    pub fn stages(&self) -> impl Iterator<Item = &dyn Stage> {
        self.stages.iter().map(|s| s.as_ref())
    }

    /// Runs every stage on the article.
    pub fn annotate(&self, article: Article) -> Doc {
        let mut doc = Doc::new(article);
        self.run(&mut doc, |_, _| {});
        doc
    }

    /// Runs every stage on `doc`, calling `after(stage, doc)` after each one
    /// (used for per-stage timing and invariant checks).
    pub fn run(&self, doc: &mut Doc, mut after: impl FnMut(&dyn Stage, &Doc)) {
        for stage in &self.stages {
            stage.annotate(doc);
            doc.layers.push(stage.layer());
            after(stage.as_ref(), doc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(Layer, &'static [Layer]);
    impl Stage for Fake {
        fn name(&self) -> &'static str {
            "fake"
        }
        fn layer(&self) -> Layer {
            self.0
        }
        fn reads(&self) -> &'static [Layer] {
            self.1
        }
        fn annotate(&self, _: &mut Doc) {}
    }

    #[test]
    fn rejects_stage_before_what_it_reads() {
        let bad = Pipeline::new(vec![
            Box::new(Fake(Layer::Sentences, &[Layer::Tokens])),
            Box::new(Fake(Layer::Tokens, &[])),
        ]);
        assert!(matches!(
            bad,
            Err(BuildError::Order {
                layer: "tokens",
                ..
            })
        ));
        let good = Pipeline::new(vec![
            Box::new(Fake(Layer::Tokens, &[])),
            Box::new(Fake(Layer::Sentences, &[Layer::Tokens])),
        ]);
        assert!(good.is_ok());
    }

    #[test]
    fn standard_pipeline_builds_and_records_layers() {
        let p = Pipeline::standard().expect("standard pipeline builds");
        let doc = p.annotate(Article {
            id: "t".into(),
            text: "Troops left. Talks went on.".into(),
            ..Article::default()
        });
        assert_eq!(doc.layers.len(), p.stages().count());
    }
}
