//! `newsgraph annotate`: reads articles, runs the pipeline on each, writes
//! one JSON object per article (the wire format, `newsgraph_io::wire`).
//!
//! Articles are read lazily and annotated in chunks in parallel (rayon, one
//! article per task, the pipeline built once and shared); each chunk is
//! written in input order, so output is deterministic and memory does not
//! grow with the corpus. A bad article (unreadable, malformed, or one that
//! makes a stage panic) is reported on stderr with its file, line and id, and
//! the batch goes on. Exit code: 0 all annotated, 1 some failed, 2 usage or
//! setup error.

use anyhow::Context;
use newsgraph_core::Article;
use newsgraph_io::source::{self, Articles, Input, SourceOptions};
use newsgraph_io::{wire, IoError};
use newsgraph_nlp::Pipeline;
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// How many articles are read ahead and annotated together.
const CHUNK: usize = 256;

#[derive(clap::Args)]
pub struct Args {
    /// Text files, directories (read recursively: *.txt, *.jsonl), JSONL
    /// corpora (*.jsonl, one {"id","text","published",...} per line), or `-`
    /// for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none; relative
    /// dates ("on Saturday") resolve against it.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Write one NAME.json per article into this directory instead of JSONL
    /// on stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Read standard input as JSONL rather than as one text article.
    #[arg(long)]
    pub jsonl: bool,
    /// Refuse articles longer than this many bytes.
    #[arg(long, default_value_t = 10_000_000)]
    pub max_bytes: u64,
    /// Threads to use (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    source::parse_published(s).ok_or_else(|| format!("{s:?} is not a date: want YYYY-MM-DD"))
}

/// What happened to one record.
enum Outcome {
    Done { id: String, json: String },
    Failed(String),
}

fn annotate_one(pipeline: &Pipeline, article: Article, pretty: bool) -> Outcome {
    let id = article.id.clone();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let doc = pipeline.annotate(article);
        if pretty {
            wire::to_pretty(&doc)
        } else {
            wire::to_line(&doc)
        }
    }));
    match result {
        Ok(json) => Outcome::Done { id, json },
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown panic");
            Outcome::Failed(format!(
                "{id}: internal error while annotating ({what}); please report it with this article"
            ))
        }
    }
}

/// A file name for an article id: path separators and odd characters become `_`.
fn file_name(id: &str) -> String {
    let mut s: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with('.') {
        s.insert(0, '_');
    }
    s
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let inputs: Vec<Input> = args.inputs.iter().map(|p| Input::from_arg(p)).collect();
    if let Err(m) = source::check_inputs(&inputs) {
        eprintln!("newsgraph: error: {m}");
        return Ok(ExitCode::from(2));
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output directory {}", dir.display()))?;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let pipeline = Pipeline::standard().context("cannot build the pipeline")?;
    let opts = SourceOptions {
        max_bytes: args.max_bytes,
        published: args.published,
        stdin_jsonl: args.jsonl,
    };
    let mut articles = Articles::new(&inputs, opts);
    let progress = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} articles {per_sec} [{elapsed}]",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut read, mut annotated, mut failed) = (0usize, 0usize, 0usize);
    let mut unnamed = std::collections::HashMap::<String, usize>::new();
    loop {
        let chunk: Vec<Result<Article, IoError>> = articles.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        read += chunk.len();
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|r| match r {
                    Ok(a) => annotate_one(&pipeline, a, args.out.is_some()),
                    Err(e) => Outcome::Failed(e.to_string()),
                })
                .collect()
        });
        for o in outcomes {
            match o {
                Outcome::Done { id, json } => {
                    match &args.out {
                        Some(dir) => {
                            let mut name = file_name(&id);
                            let n = unnamed.entry(name.clone()).or_insert(0);
                            *n += 1;
                            if *n > 1 {
                                name = format!("{name}-{n}");
                            }
                            let path = dir.join(format!("{name}.json"));
                            std::fs::write(&path, json + "\n")
                                .with_context(|| format!("cannot write {}", path.display()))?;
                        }
                        None => {
                            writeln!(out, "{json}").context("cannot write to stdout")?;
                        }
                    }
                    annotated += 1;
                }
                Outcome::Failed(message) => {
                    if let Some(bar) = &progress {
                        bar.suspend(|| eprintln!("newsgraph: error: {message}"));
                    } else {
                        eprintln!("newsgraph: error: {message}");
                    }
                    failed += 1;
                }
            }
            if let Some(bar) = &progress {
                bar.inc(1);
            }
        }
        out.flush().context("cannot write to stdout")?;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !args.quiet {
        eprintln!("newsgraph: {read} articles read, {annotated} annotated, {failed} failed");
    }
    debug_assert_eq!(read, annotated + failed);
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
