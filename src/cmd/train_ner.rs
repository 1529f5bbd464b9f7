//! `newsgraph train ner`: trains the named-entity tagger and writes
//! `data/models/ner/ner.bin` and its `model.toml`.
//!
//! Training data (all under `--shared`, default `../shared/data`): the GMB
//! news corpus minus its last tenth (held out as dev, whole sentences), the
//! UNER English-EWT dev split, the GUM train split (named mentions), the
//! Broad Twitter Corpus, the WNUT-17 train split and the freely licensed
//! re3d subsets, each mapped as `actors::corpus` describes. Title words are
//! removed from the start of GMB, GUM and re3d person spans. Never read:
//! any test split, UNER English-PUD, WikiGold; GUM dev is for tuning. The
//! run is deterministic (fixed seed).

use anyhow::Context;
use newsgraph_core::Span;
use newsgraph_nlp::actors::clusters::Clusters;
use newsgraph_nlp::actors::corpus::{self, Counts, Sentence};
use newsgraph_nlp::actors::lexicon::{Lexicons, RoleUse};
use newsgraph_nlp::actors::{gazetteer_codes, ner};
use newsgraph_nlp::stages::mention_finder::HONORIFICS;
use newsgraph_nlp::stages::tagger::Tagger;
use newsgraph_nlp::syntax::tagger::{Scratch, TaggerModel};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The shared corpora directory.
    #[arg(long, default_value = "../shared/data")]
    pub shared: PathBuf,
    /// Where to write ner.bin and model.toml.
    #[arg(long, default_value = "data/models/ner")]
    pub out: PathBuf,
    /// Training epochs.
    #[arg(long, default_value_t = 8)]
    pub epochs: usize,
    /// Feature table size: 2^log2 buckets.
    #[arg(long, default_value_t = 18)]
    pub log2: u32,
    /// Leave out the training sources whose name contains this (repeatable;
    /// for experiments, such as holding out the UNER EWT dev split to tune on).
    #[arg(long)]
    pub skip: Vec<String>,
    /// `NAME=W`: a mistake on the sources whose name contains NAME moves
    /// the weights W times as far (repeatable; default 1): weighs the
    /// silver GMB against the gold corpora.
    #[arg(long)]
    pub weight: Vec<String>,
    /// Add part-of-speech features (from our own tagger, run on the
    /// training sentences as the pipeline runs it); writes a version-2 model.
    #[arg(long)]
    pub pos: bool,
    /// Read GUM names by their proper-noun head, not only those with a
    /// Wikipedia link (see `corpus::read_gum`).
    #[arg(long)]
    pub gum_heads: bool,
    /// Add word-cluster features from this Brown `paths` file (see `train
    /// clusters`); the table is stored in the model.
    #[arg(long)]
    pub clusters: Option<PathBuf>,
    /// Decode whole sentences (Viterbi) and train as a structured perceptron.
    #[arg(long)]
    pub viterbi: bool,
    /// Add name-context features: the words before and after the run of
    /// capitalised words a token is in.
    #[arg(long)]
    pub context: bool,
    /// Add name-head features: the last and first word of the name a
    /// capitalised token is in ("Perth Glory", "Bowling Green State
    /// University").
    #[arg(long)]
    pub heads: bool,
}

/// Words that open a GMB person span but are titles, not names: the mention
/// finder's honorifics plus these (GMB's own habits, such as "U.S. President").
const TRAINING_TITLES: &[&str] = &["lady", "lord", "pope", "state", "u.n.", "u.s.", "un", "us"];

/// Whether `w` is a title word that [`corpus::strip_titles`] removes from
/// the start of a gold person span (GMB and GUM include titles; the
/// mention finder and the CoNLL-style test sets do not).
pub fn is_title(lex: &Lexicons, w: &str) -> bool {
    let l = w.trim_end_matches('.').to_lowercase();
    HONORIFICS.contains(&l.as_str())
        || TRAINING_TITLES.contains(&l.as_str())
        || lex.role(&[w]).is_some_and(|r| r.use_ == RoleUse::Title)
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Joins words with spaces and returns the text with each word's span.
pub fn layout(words: &[String]) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(words.len());
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

fn example(lex: &Lexicons, tagger: Option<&TaggerModel>, s: Sentence) -> ner::Example {
    let (text, spans) = layout(&s.words);
    let hits = lex.find(&text);
    let gaz = gazetteer_codes(lex, &hits, &text, &spans);
    let mut pos = Vec::new();
    if let Some(t) = tagger {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        t.tag(&words, &mut Scratch::default(), &mut out);
        pos = out.iter().map(|&(_, x)| x.0).collect();
    }
    ner::Example {
        words: s.words,
        gaz,
        pos,
        labels: s.labels,
        weight: 1.0,
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let lex = Lexicons::embedded()?;
    let tagger = Tagger::new()?;
    let tagger = tagger.model();
    let is_title = |w: &str| is_title(&lex, w);
    let gmb_path = a.shared.join("gmb-ner/ner_dataset.csv");
    let bytes =
        std::fs::read(&gmb_path).with_context(|| format!("reading {}", gmb_path.display()))?;
    let mut gmb = corpus::read_gmb(&corpus::decode_cp1252(&bytes));
    for s in &mut gmb {
        corpus::strip_titles(s, is_title);
    }
    let n_dev = gmb.len() / 10;
    let dev = gmb.split_off(gmb.len() - n_dev);
    let mut sources = vec![("gmb-ner (first 90%)".to_string(), gmb)];
    let extra = std::iter::once("uner-english-ewt/en_ewt-ud-dev.iob2")
        .chain(corpus::SOCIAL_TRAIN.iter().copied());
    for p in extra {
        sources.push((p.to_string(), corpus::read_iob(&read(&a.shared.join(p))?)));
    }
    let gum = "gum-cc-by/en_gum-cc-by-train.conllu";
    let mut gum_sents = corpus::read_gum(&read(&a.shared.join(gum))?, a.gum_heads);
    for s in &mut gum_sents {
        corpus::strip_titles(s, is_title);
    }
    sources.push((gum.to_string(), gum_sents));
    for sub in corpus::RE3D_TRAIN {
        let dir = a.shared.join("re3d-free").join(sub);
        let mut sents = corpus::read_re3d(
            &read(&dir.join("documents.json"))?,
            &read(&dir.join("entities.json"))?,
        );
        for s in &mut sents {
            corpus::strip_titles(s, is_title);
        }
        sources.push((format!("re3d-free/{sub}"), sents));
    }
    let mut examples = Vec::new();
    let mut data_lines = Vec::new();
    for (name, sents) in sources {
        if a.skip.iter().any(|k| name.contains(k.as_str())) {
            eprintln!("{name}: skipped");
            continue;
        }
        let tokens: usize = sents.iter().map(|s| s.words.len()).sum();
        eprintln!("{name}: {} sentences, {tokens} tokens", sents.len());
        data_lines.push(format!(
            "\"{name}: {} sentences, {tokens} tokens\"",
            sents.len()
        ));
        let weight = a
            .weight
            .iter()
            .filter_map(|w| w.split_once('='))
            .find(|(n, _)| name.contains(n))
            .map_or(Ok(1.0), |(_, k)| k.parse::<f32>())
            .context("--weight NAME=W needs a number W")?;
        examples.extend(sents.into_iter().map(|s| ner::Example {
            weight,
            ..example(&lex, tagger, s)
        }));
    }
    let cfg = ner::TrainConfig {
        epochs: a.epochs,
        log2: a.log2,
        pos: a.pos,
        viterbi: a.viterbi,
        context: a.context,
        heads: a.heads,
        ..ner::TrainConfig::default()
    };
    let clusters = match &a.clusters {
        Some(p) => Clusters::from_paths(&p.display().to_string(), &read(p)?)?,
        None => Clusters::default(),
    };
    let model = ner::train(&examples, cfg, clusters, |e, acc| {
        eprintln!("epoch {e}: token accuracy {acc:.4}");
    });

    // Held-out GMB dev: span F1 of the model alone.
    let mut by_type: BTreeMap<ner::NerType, Counts> = BTreeMap::new();
    for s in dev {
        let ex = example(&lex, tagger, s);
        let words: Vec<&str> = ex.words.iter().map(String::as_str).collect();
        let (pred, _) = model.tag(&words, &ex.gaz, &ex.pos);
        corpus::score(&ner::spans(&ex.labels), &ner::spans(&pred), &mut by_type);
    }
    let mut all = Counts::default();
    let mut score_lines = Vec::new();
    for (t, c) in &by_type {
        all.add(*c);
        eprintln!(
            "dev {}: P {:.3} R {:.3} F1 {:.3}",
            t.as_str(),
            c.precision(),
            c.recall(),
            c.f1()
        );
        score_lines.push(format!(
            "dev_f1_{} = {:.4}",
            t.as_str().to_lowercase(),
            c.f1()
        ));
    }
    eprintln!(
        "dev all: P {:.3} R {:.3} F1 {:.3}",
        all.precision(),
        all.recall(),
        all.f1()
    );

    std::fs::create_dir_all(&a.out)?;
    std::fs::write(a.out.join("ner.bin"), model.to_bytes())?;
    let mut command = format!("newsgraph train ner --epochs {}", cfg.epochs);
    if cfg.log2 != 18 {
        command.push_str(&format!(" --log2 {}", cfg.log2));
    }
    if a.pos {
        command.push_str(" --pos");
    }
    if a.gum_heads {
        command.push_str(" --gum-heads");
    }
    if a.viterbi {
        command.push_str(" --viterbi");
    }
    if a.context {
        command.push_str(" --context");
    }
    if a.heads {
        command.push_str(" --heads");
    }
    if let Some(p) = &a.clusters {
        command.push_str(&format!(" --clusters {}", p.display()));
    }
    for w in &a.weight {
        command.push_str(&format!(" --weight {w}"));
    }
    for s in &a.skip {
        command.push_str(&format!(" --skip {s}"));
    }
    let toml = format!(
        "# Named-entity tagger: averaged perceptron over BIO tags (PER ORG LOC NORP), {decoding}.\n\
         version = {version}\n\
         command = \"{command}\"\n\
         epochs = {epochs}\n\
         feature_buckets_log2 = {log2}\n\
         seed = {seed}\n\
         data = [\n  {data}\n]\n\
         held_out = \"gmb-ner last 10% of sentences (silver tags)\"\n\n\
         [scores]\n\
         dev_f1 = {f1:.4}\n\
         dev_precision = {p:.4}\n\
         dev_recall = {r:.4}\n\
         {types}\n",
        version = model.format_version(),
        decoding = if cfg.viterbi {
            "Viterbi decoding (structured perceptron)"
        } else {
            "greedy decoding"
        },
        epochs = cfg.epochs,
        log2 = cfg.log2,
        seed = cfg.seed,
        data = data_lines.join(",\n  "),
        f1 = all.f1(),
        p = all.precision(),
        r = all.recall(),
        types = score_lines.join("\n"),
    );
    std::fs::write(a.out.join("model.toml"), toml)?;
    eprintln!("wrote {}", a.out.display());
    Ok(ExitCode::SUCCESS)
}
