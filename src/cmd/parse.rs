//! `newsgraph parse [FILE|-]`: runs the linguistic layer (tokenizer,
//! sentence splitter, tagger, parser) on any text and prints CoNLL-U.

use newsgraph_core::{Article, Layer};
use newsgraph_nlp::Pipeline;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The text file to parse; `-` or nothing for stdin.
    pub input: Option<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let (id, text) = match &a.input {
        Some(p) if p.as_os_str() != "-" => (
            p.file_stem()
                .map_or("doc".to_string(), |s| s.to_string_lossy().into_owned()),
            std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        ),
        _ => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            ("stdin".to_string(), s)
        }
    };
    let pipeline = Pipeline::standard()?.until(Layer::Deps);
    let doc = pipeline.annotate(Article {
        id,
        text,
        ..Article::default()
    });
    for n in &doc.notes {
        eprintln!("note ({}): {}", n.layer.as_str(), n.message);
    }
    print!("{}", newsgraph_io::conllu::write(&doc));
    Ok(ExitCode::SUCCESS)
}
