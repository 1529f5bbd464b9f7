//! Training the named-entity tagger (placeholder until the actors issue).

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_a: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the NER trainer is not built yet")
}
