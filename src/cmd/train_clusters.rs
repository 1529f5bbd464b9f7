//! `newsgraph train clusters`: learns the word clusters the NER tagger
//! reads (`actors::clusters`) from the raw words of training corpora and
//! writes them as a Brown `paths` file, `data/models/ner/clusters.tsv`.
//!
//! Text read (under `--shared`): the GMB corpus minus its last tenth (the
//! NER dev split), the UD English-EWT train split, the GUM train split, the
//! Broad Twitter Corpus and the WNUT-17 train split. Only words are read,
//! never tags. Never read: any dev or test split, UNER English-PUD,
//! WikiGold. Deterministic.

use anyhow::Context;
use newsgraph_nlp::actors::clusters::{self, ClusterConfig};
use newsgraph_nlp::actors::corpus;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The shared corpora directory.
    #[arg(long, default_value = "../shared/data")]
    pub shared: PathBuf,
    /// The paths file to write.
    #[arg(long, default_value = "data/models/ner/clusters.tsv")]
    pub out: PathBuf,
    /// Words seen fewer times get no cluster.
    #[arg(long, default_value_t = 3)]
    pub min_count: usize,
    /// How many frequent words serve as contexts.
    #[arg(long, default_value_t = 500)]
    pub contexts: usize,
    /// Depth of the cluster tree.
    #[arg(long, default_value_t = 16)]
    pub depth: usize,
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// The words of a CoNLL-U file, one vector per sentence (multiword-token
/// and empty-node lines skipped).
fn conllu_words(text: &str) -> Vec<Vec<String>> {
    text.split("\n\n")
        .map(|block| {
            block
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut cols = l.split('\t');
                    let id = cols.next()?;
                    let form = cols.next()?;
                    (!id.contains('-') && !id.contains('.')).then(|| form.to_string())
                })
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let mut sentences: Vec<Vec<String>> = Vec::new();
    let mut sources = Vec::new();
    let mut add = |name: &str, s: Vec<Vec<String>>| {
        let tokens: usize = s.iter().map(Vec::len).sum();
        eprintln!("{name}: {} sentences, {tokens} tokens", s.len());
        sources.push(format!("{name}: {} sentences, {tokens} tokens", s.len()));
        sentences.extend(s);
    };
    let gmb_path = a.shared.join("gmb-ner/ner_dataset.csv");
    let bytes =
        std::fs::read(&gmb_path).with_context(|| format!("reading {}", gmb_path.display()))?;
    let mut gmb = corpus::read_gmb(&corpus::decode_cp1252(&bytes));
    gmb.truncate(gmb.len() - gmb.len() / 10);
    add(
        "gmb-ner (first 90%)",
        gmb.into_iter().map(|s| s.words).collect(),
    );
    for p in [
        "ud-english-ewt/en_ewt-ud-train.conllu",
        "gum-cc-by/en_gum-cc-by-train.conllu",
    ] {
        add(p, conllu_words(&read(&a.shared.join(p))?));
    }
    for &p in corpus::SOCIAL_TRAIN {
        let s = corpus::read_iob(&read(&a.shared.join(p))?);
        add(p, s.into_iter().map(|s| s.words).collect());
    }
    let cfg = ClusterConfig {
        min_count: a.min_count,
        contexts: a.contexts,
        depth: a.depth,
        ..ClusterConfig::default()
    };
    let rows = clusters::learn(&sentences, cfg);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Word clusters for the NER tagger (PATH<TAB>WORD<TAB>COUNT), from:\n\
         # newsgraph train clusters --min-count {} --contexts {} --depth {}",
        cfg.min_count, cfg.contexts, cfg.depth
    );
    for s in &sources {
        let _ = writeln!(out, "# {s}");
    }
    for (path, word, count) in &rows {
        let _ = writeln!(out, "{path}\t{word}\t{count}");
    }
    if let Some(dir) = a.out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&a.out, out)?;
    eprintln!("{} words → {}", rows.len(), a.out.display());
    Ok(ExitCode::SUCCESS)
}
