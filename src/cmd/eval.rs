//! `newsgraph eval GOLD_DIR [PRED_DIR]`: scores predictions against human
//! gold with the rules of `eval/GOLD-FORMAT.md` (implemented in
//! `newsgraph_io::score`).
//!
//! GOLD_DIR holds `NAME.txt` + `NAME.gold.json` pairs; it is not searched
//! recursively, so a directory of splits scores only its own level. With
//! PRED_DIR, the prediction for NAME is `PRED_DIR/NAME.json` (the engine's
//! output), or `PRED_DIR/NAME.gold.json` when there is no `NAME.json` (so a
//! gold directory can be scored against itself). Without PRED_DIR, each
//! `NAME.txt` is annotated here with the standard pipeline, using the gold
//! file's `doc.id` and `doc.published`, and converted with the wire format.
//!
//! A gold file that cannot be read stops the run (the measurement would be
//! wrong); a prediction that cannot be read or made is reported, scored as
//! empty, and makes the exit code 1.

use anyhow::{bail, Context};
use newsgraph_core::Article;
use newsgraph_io::gold::GoldDoc;
use newsgraph_io::score::{self, DocScore, Measure, Scores, Section};
use newsgraph_nlp::Pipeline;
use rayon::prelude::*;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Directory of NAME.txt + NAME.gold.json pairs (not recursive).
    pub gold_dir: PathBuf,
    /// Directory of predictions NAME.json; without it the articles are
    /// annotated with the standard pipeline.
    pub pred_dir: Option<PathBuf>,
    /// Print one JSON object instead of tables.
    #[arg(long)]
    pub json: bool,
    /// List every missed and spurious item per file and section, with the
    /// closest item on the other side and why it did not match, and every
    /// matched event whose date or place is wrong and every matched figure whose
    /// claimant is wrong ("inexact", beside its gold).
    #[arg(long)]
    pub explain: bool,
}

/// One scored article.
struct FileScore {
    name: String,
    score: DocScore,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let names = gold_names(&args.gold_dir)?;
    if names.is_empty() {
        bail!(
            "no NAME.gold.json files in {}; give a directory of NAME.txt + NAME.gold.json pairs",
            args.gold_dir.display()
        );
    }
    let golds = names
        .iter()
        .map(|name| GoldDoc::read(&args.gold_dir.join(format!("{name}.gold.json"))))
        .collect::<Result<Vec<_>, _>>()?;
    let pipeline = match args.pred_dir {
        Some(_) => None,
        None => Some(Pipeline::standard().context("building the standard pipeline")?),
    };

    let predictions: Vec<anyhow::Result<GoldDoc>> = names
        .par_iter()
        .zip(&golds)
        .map(|(name, gold)| match (&args.pred_dir, &pipeline) {
            (Some(dir), _) => read_prediction(dir, name),
            (None, Some(pipeline)) => annotate(pipeline, &args.gold_dir, name, gold),
            (None, None) => bail!("no prediction directory and no pipeline"),
        })
        .collect();

    let mut failed = 0usize;
    let mut files = Vec::with_capacity(names.len());
    for ((name, gold), pred) in names.into_iter().zip(&golds).zip(predictions) {
        let pred = pred.unwrap_or_else(|err| {
            eprintln!("newsgraph: {name}: {err:#}; scored as an empty prediction");
            failed += 1;
            GoldDoc::default()
        });
        let score = score::score(gold, &pred);
        files.push(FileScore { name, score });
    }
    let mut total = Scores::default();
    for f in &files {
        total.add(&f.score.scores);
    }

    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&total, &files, args.explain))?
        );
    } else {
        print!("{}", table(&total, &files));
        if args.explain {
            print!("{}", explain(&files));
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The stems NAME of `NAME.gold.json` files directly in `dir`, sorted.
fn gold_names(dir: &Path) -> anyhow::Result<Vec<String>> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("reading directory {}", dir.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("reading directory {}", dir.display()))?;
        let file_name = entry.file_name();
        let Some(name) = file_name
            .to_str()
            .and_then(|n| n.strip_suffix(".gold.json"))
        else {
            continue;
        };
        if entry.path().is_file() && !name.is_empty() {
            names.push(name.to_string());
        }
    }
    names.sort();
    Ok(names)
}

/// `DIR/NAME.json`, else `DIR/NAME.gold.json`.
fn read_prediction(dir: &Path, name: &str) -> anyhow::Result<GoldDoc> {
    let own = dir.join(format!("{name}.json"));
    let path = if own.is_file() {
        own
    } else {
        let gold = dir.join(format!("{name}.gold.json"));
        if !gold.is_file() {
            bail!(
                "no prediction: neither {} nor {} exists",
                own.display(),
                gold.display()
            );
        }
        gold
    };
    Ok(GoldDoc::read(&path)?)
}

/// Annotates `GOLD_DIR/NAME.txt` with the id and publication date of its
/// gold file, and reads the wire output back in the gold shape.
fn annotate(
    pipeline: &Pipeline,
    gold_dir: &Path,
    name: &str,
    gold: &GoldDoc,
) -> anyhow::Result<GoldDoc> {
    let path = gold_dir.join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading the article {}", path.display()))?;
    let published = match gold.doc.published.as_deref() {
        None => None,
        Some(s) => Some(
            chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").with_context(|| {
                format!("{name}.gold.json: doc.published {s:?} is not YYYY-MM-DD")
            })?,
        ),
    };
    let id = if gold.doc.id.is_empty() {
        name.to_string()
    } else {
        gold.doc.id.clone()
    };
    let article = Article {
        id,
        published,
        source: gold.doc.source.clone(),
        text,
        ..Article::default()
    };
    let doc = pipeline.annotate(article);
    let value = newsgraph_io::wire::to_value(&doc);
    Ok(GoldDoc::from_value(
        value,
        &format!("{name} (engine output)"),
    )?)
}

fn to_json(total: &Scores, files: &[FileScore], explain: bool) -> serde_json::Value {
    let mut out = total.to_json();
    let files: Vec<serde_json::Value> = files
        .iter()
        .map(|f| {
            let mut v = f.score.scores.to_json();
            v["name"] = json!(f.name);
            if explain {
                v["findings"] = f.score.findings.iter().map(|x| x.to_json()).collect();
            }
            v
        })
        .collect();
    out["files"] = json!(files);
    out
}

/// The micro-averaged sections, the accuracies, and F1 per file.
fn table(total: &Scores, files: &[FileScore]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<10} {:>5} {:>5} {:>5} {:>5} {:>5} {:>9} {:>7} {:>7}",
        "section", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1"
    );
    for section in Section::ALL {
        let c = total.counts(section);
        let _ = writeln!(
            s,
            "{:<10} {:>5} {:>5} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>7.3}",
            section.as_str(),
            c.tp + c.fn_,
            c.tp + c.fp,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    let _ = writeln!(
        s,
        "\n{:<18} {:>8} {:>11}",
        "accuracy (matched)", "value", "right/total"
    );
    for measure in Measure::ALL {
        let a = total.accuracy(measure);
        let value = a.value().map_or("-".to_string(), |v| format!("{v:.3}"));
        let _ = writeln!(
            s,
            "{:<18} {:>8} {:>11}",
            measure.as_str(),
            value,
            format!("{}/{}", a.right, a.total)
        );
    }
    let width = files.iter().map(|f| f.name.len()).max().unwrap_or(0).max(4);
    let _ = write!(s, "\n{:<width$}", "F1 per file");
    for section in Section::ALL {
        let _ = write!(s, " {:>8}", section.as_str());
    }
    s.push('\n');
    for f in files {
        let _ = write!(s, "{:<width$}", f.name);
        for section in Section::ALL {
            let _ = write!(s, " {:>8.3}", f.score.scores.counts(section).f1());
        }
        s.push('\n');
    }
    s
}

/// Every missed, spurious and inexact item, per file and section.
fn explain(files: &[FileScore]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for f in files {
        let _ = writeln!(s, "\n== {}", f.name);
        if f.score.findings.is_empty() {
            let _ = writeln!(s, "   nothing missed, nothing spurious");
        }
        for finding in &f.score.findings {
            let _ = writeln!(
                s,
                "{:<9} {:<8} {}",
                finding.section.as_str(),
                finding.kind.as_str(),
                finding.item
            );
            if let Some(c) = &finding.closest {
                let why = if c.why.is_empty() {
                    "would match, but is paired with a closer item".to_string()
                } else {
                    c.why.join("; ")
                };
                let _ = writeln!(
                    s,
                    "{:<18} closest: {}\n{:<18}    why: {why}",
                    "", c.item, ""
                );
            }
        }
    }
    s
}
