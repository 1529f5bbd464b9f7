//! `newsgraph train tagger` / `newsgraph train parser`: trains the POS
//! tagger + lemmatizer and the dependency parser on UD English EWT and writes
//! `data/models/{tagger,parser}/model.bin` with a `model.toml` beside it.
//!
//! Reads the EWT train split (and dev, for choosing the best epoch); never
//! the test split. Training is deterministic for a given `--seed`. The parser
//! is trained on tags predicted by k-fold jackknifed taggers, so at run time
//! it sees the kind of tagging errors it was trained with.

use anyhow::Context;
use newsgraph_nlp::syntax::{parser, tagger, GoldSentence};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct TaggerArgs {
    /// Directory holding en_ewt-ud-{train,dev}.conllu.
    #[arg(long, default_value = "../shared/data/ud-english-ewt")]
    pub data: PathBuf,
    /// Where to write model.bin and model.toml.
    #[arg(long, default_value = "data/models/tagger")]
    pub out: PathBuf,
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    #[arg(long, default_value_t = 17)]
    pub seed: u64,
    /// More CoNLL-U training files (train splits only), added to EWT train.
    #[arg(long)]
    pub extra: Vec<PathBuf>,
}

#[derive(clap::Args)]
pub struct ParserArgs {
    /// Directory holding en_ewt-ud-{train,dev}.conllu.
    #[arg(long, default_value = "../shared/data/ud-english-ewt")]
    pub data: PathBuf,
    /// Where to write model.bin and model.toml.
    #[arg(long, default_value = "data/models/parser")]
    pub out: PathBuf,
    /// The tagger model used to tag dev (as at run time).
    #[arg(long, default_value = "data/models/tagger/model.bin")]
    pub tagger: PathBuf,
    #[arg(long, default_value_t = 15)]
    pub epochs: usize,
    #[arg(long, default_value_t = 17)]
    pub seed: u64,
    /// More CoNLL-U training files (train splits only), added to EWT train.
    #[arg(long)]
    pub extra: Vec<PathBuf>,
    /// Folds for jackknifed training tags (0 or 1: train on gold tags).
    #[arg(long, default_value_t = 4)]
    pub jackknife: usize,
    /// Epochs of each jackknife tagger.
    #[arg(long, default_value_t = 8)]
    pub tagger_epochs: usize,
    /// Keep only features updated at least this many times.
    #[arg(long, default_value_t = 2)]
    pub min_updates: u32,
    /// Then drop averaged weights smaller than this in magnitude (0 keeps
    /// all): a smaller model that fits the caches, for a little accuracy.
    #[arg(long, default_value_t = 1.0)]
    pub min_weight: f32,
    /// How many of the most frequent (direction, relation) pairs are move
    /// classes of their own; the label model names the rest.
    #[arg(long, default_value_t = 32)]
    pub arc_classes: usize,
}

/// Reads one CoNLL-U split into gold sentences.
pub fn read_split(path: &Path) -> anyhow::Result<Vec<GoldSentence>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading {} (is ../shared/data present?)", path.display()))?;
    let sents = newsgraph_io::conllu::read(&path.display().to_string(), &text)?;
    Ok(sents
        .iter()
        .flat_map(|s| GoldSentence::from_doc(&s.doc))
        .collect())
}

/// EWT train plus the `extra` training files.
fn read_train(data: &Path, extra: &[PathBuf]) -> anyhow::Result<Vec<GoldSentence>> {
    let mut train = read_split(&data.join("en_ewt-ud-train.conllu"))?;
    for path in extra {
        let more = read_split(path)?;
        eprintln!("  + {} sentences from {}", more.len(), path.display());
        train.extend(more);
    }
    Ok(train)
}

fn log(line: &str) {
    eprintln!("  {line}");
}

fn write_model(
    out: &Path,
    bytes: &[u8],
    data: &Path,
    extra: &[PathBuf],
    scores: &[(&str, f64)],
    notes: &str,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let bin = out.join("model.bin");
    std::fs::write(&bin, bytes).with_context(|| format!("writing {}", bin.display()))?;
    let command: Vec<String> = std::iter::once("newsgraph".to_string())
        .chain(std::env::args().skip(1))
        .collect();
    let mut toml = format!(
        "version = \"{}\"\ndata = \"{}\"\ncommand = \"{}\"\ndate = \"{}\"\nbytes = {}\nnotes = \"{}\"\n\n[scores]\n",
        env!("CARGO_PKG_VERSION"),
        std::iter::once(data)
            .chain(extra.iter().map(PathBuf::as_path))
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" + "),
        command.join(" ").replace('"', "'"),
        chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
        bytes.len(),
        notes,
    );
    for (k, v) in scores {
        toml.push_str(&format!("{k} = {v:.2}\n"));
    }
    let path = out.join("model.toml");
    std::fs::write(&path, toml).with_context(|| format!("writing {}", path.display()))?;
    eprintln!(
        "wrote {} ({} bytes) and {}",
        bin.display(),
        bytes.len(),
        path.display()
    );
    Ok(())
}

pub fn tagger(a: TaggerArgs) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let train = read_train(&a.data, &a.extra)?;
    let dev = read_split(&a.data.join("en_ewt-ud-dev.conllu"))?;
    eprintln!("tagger: {} train, {} dev sentences", train.len(), dev.len());
    let cfg = tagger::TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        ..Default::default()
    };
    let t = tagger::train(&train, &dev, &cfg, log);
    let (upos, xpos, lemma) = tag_scores(&t.model, &dev);
    eprintln!(
        "best epoch {}; dev UPOS {upos:.2} XPOS {xpos:.2} lemma {lemma:.2}; {:.0}s",
        t.best_epoch,
        t0.elapsed().as_secs_f64()
    );
    write_model(
        &a.out,
        &t.bytes,
        &a.data,
        &a.extra,
        &[("dev_upos", upos), ("dev_xpos", xpos), ("dev_lemma", lemma)],
        &format!(
            "averaged perceptron, best epoch {} of {}",
            t.best_epoch, a.epochs
        ),
    )?;
    Ok(ExitCode::SUCCESS)
}

/// UPOS, XPOS and lemma accuracy (percent) of a tagger on gold sentences.
pub fn tag_scores(model: &tagger::TaggerModel, gold: &[GoldSentence]) -> (f64, f64, f64) {
    let mut s = tagger::Scratch::default();
    let mut out = Vec::new();
    let (mut u, mut x, mut l, mut n) = (0usize, 0usize, 0usize, 0usize);
    for g in gold {
        let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
        model.tag(&words, &mut s, &mut out);
        for (i, &(up, xp)) in out.iter().enumerate() {
            u += (up == g.upos[i]) as usize;
            x += (xp == g.xpos[i]) as usize;
            l += (model.lemmatizer.lemma(words[i], xp) == g.lemmas[i]) as usize;
            n += 1;
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    (pct(u), pct(x), pct(l))
}

/// Replaces the XPOS of `sents` with the tags `model` predicts.
fn retag(model: &tagger::TaggerModel, sents: &mut [GoldSentence]) {
    let mut s = tagger::Scratch::default();
    let mut out = Vec::new();
    for g in sents {
        let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
        model.tag(&words, &mut s, &mut out);
        for (i, &(u, x)) in out.iter().enumerate() {
            g.upos[i] = u;
            g.xpos[i] = x;
        }
    }
}

pub fn parser(a: ParserArgs) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let mut train = read_train(&a.data, &a.extra)?;
    let mut dev = read_split(&a.data.join("en_ewt-ud-dev.conllu"))?;
    eprintln!("parser: {} train, {} dev sentences", train.len(), dev.len());
    let tagger_bytes = std::fs::read(&a.tagger)
        .with_context(|| format!("reading {} (train the tagger first)", a.tagger.display()))?;
    let tagger_model = tagger::TaggerModel::from_bytes(&tagger_bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", a.tagger.display()))?;
    retag(&tagger_model, &mut dev);
    if a.jackknife > 1 {
        let k = a.jackknife;
        let cfg = tagger::TrainConfig {
            epochs: a.tagger_epochs,
            seed: a.seed,
            ..Default::default()
        };
        let mut tagged = train.clone();
        for fold in 0..k {
            let rest: Vec<GoldSentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k != fold)
                .map(|(_, s)| s.clone())
                .collect();
            let t = tagger::train(&rest, &[], &cfg, |_| {});
            let mut held: Vec<GoldSentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k == fold)
                .map(|(_, s)| s.clone())
                .collect();
            retag(&t.model, &mut held);
            for (j, s) in held.into_iter().enumerate() {
                tagged[fold + j * k] = s;
            }
            eprintln!(
                "  jackknife fold {}/{k} tagged ({:.0}s)",
                fold + 1,
                t0.elapsed().as_secs_f64()
            );
        }
        train = tagged;
    }
    let cfg = parser::TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        min_updates: a.min_updates,
        arc_classes: a.arc_classes,
        ..Default::default()
    };
    let t = parser::train(&train, &dev, &cfg, log);
    let (uas, las) = parser::attachment(&t.model, &dev);
    eprintln!(
        "best epoch {}; dev UAS {:.2} LAS {:.2} (predicted tags), {} bytes; {:.0}s",
        t.best_epoch,
        100.0 * uas,
        100.0 * las,
        t.bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    let model = t.model.pruned(a.min_weight);
    let bytes = model.to_bytes();
    let (uas, las) = parser::attachment(&model, &dev);
    eprintln!(
        "pruned below {}: dev UAS {:.2} LAS {:.2}, {} bytes",
        a.min_weight,
        100.0 * uas,
        100.0 * las,
        bytes.len()
    );
    write_model(
        &a.out,
        &bytes,
        &a.data,
        &a.extra,
        &[("dev_uas", 100.0 * uas), ("dev_las", 100.0 * las)],
        &format!(
            "arc-eager, dynamic oracle, {} labelled arc classes + label model, best epoch {} of {}, {}-fold jackknifed tags, weights below {} pruned",
            a.arc_classes, t.best_epoch, a.epochs, a.jackknife, a.min_weight
        ),
    )?;
    Ok(ExitCode::SUCCESS)
}
