//! Training the tagger and parser (placeholder until the linguistic issue).

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct TaggerArgs {}

#[derive(clap::Args)]
pub struct ParserArgs {}

pub fn tagger(_a: TaggerArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the tagger trainer is not built yet")
}

pub fn parser(_a: ParserArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the parser trainer is not built yet")
}
