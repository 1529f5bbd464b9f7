//! The `entities` layer: the article's actors with country, CAMEO sector, title, aliases and every span (coreference).
//!
//! Placeholder: adds an empty layer until its issue lands.

use crate::{BuildError, Stage};
use newsgraph_core::{Doc, Layer};

#[derive(Debug, Default)]
pub struct ActorCoder;

impl ActorCoder {
    pub fn new() -> Result<ActorCoder, BuildError> {
        Ok(ActorCoder)
    }
}

impl Stage for ActorCoder {
    fn name(&self) -> &'static str {
        "actor coder"
    }
    fn layer(&self) -> Layer {
        Layer::Entities
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Mentions, Layer::Deps]
    }
    fn annotate(&self, _doc: &mut Doc) {}
}
