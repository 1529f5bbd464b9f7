//! `newsgraph train MODEL`: trains a model from the corpora in `../shared/data/`
//! and writes it to `data/models/NAME/` with its `model.toml`.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub model: Model,
}

#[derive(clap::Subcommand)]
pub enum Model {
    /// POS tagger and lemmatizer on UD English EWT.
    Tagger(super::train_syntax::TaggerArgs),
    /// Dependency parser on UD English EWT.
    Parser(super::train_syntax::ParserArgs),
    /// Named-entity tagger.
    Ner(super::train_ner::Args),
    /// Word clusters for the named-entity tagger.
    Clusters(super::train_clusters::Args),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.model {
        Model::Tagger(a) => super::train_syntax::tagger(a),
        Model::Parser(a) => super::train_syntax::parser(a),
        Model::Ner(a) => super::train_ner::run(a),
        Model::Clusters(a) => super::train_clusters::run(a),
    }
}
