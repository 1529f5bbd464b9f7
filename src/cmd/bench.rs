//! `newsgraph bench`: times the whole pipeline on a corpus and prints
//! throughput (articles, sentences, tokens per second), each stage's share of
//! the time, model-loading time and peak resident memory, for one thread and
//! for all cores.
//!
//! The corpus is the built-in one of `newsgraph_io::corpus` (the checkout's
//! example articles plus, when `../shared` is present, the eval articles and
//! treebank pseudo-articles, fitted to `--bytes`), or the FILES given. It is
//! held once in memory and replayed `--repeat` times; articles are cloned and
//! annotated in chunks of [`CHUNK`] exactly as `newsgraph annotate` streams
//! them, and each Doc is dropped after it is counted, so peak memory must not
//! grow with the number of articles: run two sizes and compare
//! `peak_rss_mb`. Stage times come from `Pipeline::run`'s callback (two clock
//! reads per stage and article, about 0.1% of the time). The load average
//! and the process's CPU time (/proc) are printed too: on a shared machine
//! wall-clock rates fall with the load, while tokens per CPU-second stay
//! close to what one idle core does. On a busy Linux machine with
//! scheduler autogroups, all threads of a session share one fair slice, so
//! a two-thread run may get no more CPU than a one-thread run: the parallel
//! efficiency (tokens per CPU-second with all threads over one) says
//! whether the threads themselves scale. Speed is measured here and in the
//! criterion benches, never in tests.

use anyhow::{bail, Context};
use newsgraph_core::{Article, Doc, Layer};
use newsgraph_io::corpus::{self, Sources};
use newsgraph_io::source::{self, Articles, Input, SourceOptions};
use newsgraph_io::wire;
use newsgraph_nlp::Pipeline;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Articles annotated together, as in `newsgraph annotate`.
const CHUNK: usize = 256;

/// Articles annotated once before timing starts.
const WARM_UP: usize = 200;

#[derive(clap::Args)]
pub struct Args {
    /// Articles to time (text files, directories, JSONL); default: the
    /// built-in corpus.
    pub inputs: Vec<PathBuf>,
    /// Size of the built-in corpus in bytes of text (whole articles,
    /// repeated or trimmed).
    #[arg(long, default_value_t = corpus::DEFAULT_BYTES)]
    pub bytes: usize,
    /// Replay the corpus this many times (streamed in chunks: peak memory
    /// must stay flat as this grows).
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Thread counts to time, comma-separated (default: 1 and all cores).
    #[arg(long, value_delimiter = ',')]
    pub threads: Vec<usize>,
    /// Also time JSON serialization of each Doc (what `annotate` adds); shown
    /// as its own row, and included in the throughput.
    #[arg(long)]
    pub wire: bool,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Write the corpus as JSONL ({"id","text","published"}) to this file and
    /// exit, so other tools can be timed on the same texts.
    #[arg(long)]
    pub write_corpus: Option<PathBuf>,
    /// Time the pipeline only up to the stage that adds this layer (tokens,
    /// sentences, tags, deps, mentions, entities, places, dates, quotes,
    /// figures, events).
    #[arg(long, value_parser = parse_layer)]
    pub until: Option<Layer>,
    /// The shared data directory (default: $NEWSGRAPH_SHARED, or ../shared
    /// beside the checkout).
    #[arg(long)]
    pub shared: Option<PathBuf>,
}

fn parse_layer(s: &str) -> Result<Layer, String> {
    serde_json::from_value(serde_json::Value::String(s.to_lowercase()))
        .map_err(|_| format!("{s:?} is not a layer (tokens, sentences, tags, deps, ...)"))
}

/// Counts and times accumulated over articles (summed over threads).
#[derive(Debug, Default, Clone)]
struct Tally {
    articles: u64,
    sentences: u64,
    tokens: u64,
    bytes: u64,
    stage_ns: Vec<u64>,
    wire_ns: u64,
}

impl Tally {
    fn merge(mut self, other: Tally) -> Tally {
        self.articles += other.articles;
        self.sentences += other.sentences;
        self.tokens += other.tokens;
        self.bytes += other.bytes;
        self.wire_ns += other.wire_ns;
        if self.stage_ns.len() < other.stage_ns.len() {
            self.stage_ns.resize(other.stage_ns.len(), 0);
        }
        for (a, b) in self.stage_ns.iter_mut().zip(&other.stage_ns) {
            *a += b;
        }
        self
    }
}

/// One timed run at one pool size.
#[derive(Debug)]
struct Run {
    threads: usize,
    wall: Duration,
    /// CPU time (user + system) the process used during the run, when known.
    cpu: Option<Duration>,
    tally: Tally,
}

impl Run {
    fn per_s(&self, n: u64) -> f64 {
        n as f64 / self.wall.as_secs_f64().max(1e-9)
    }

    /// Per CPU-second: what one core would do if this process had it alone.
    /// On a loaded machine this is the fairer speed; wall-clock rates are
    /// what a user sees.
    fn per_cpu_s(&self, n: u64) -> Option<f64> {
        self.cpu.map(|c| n as f64 / c.as_secs_f64().max(1e-9))
    }

    /// The share of its cores the run actually got (1.0: never preempted).
    fn cpu_share(&self) -> Option<f64> {
        self.cpu
            .map(|c| c.as_secs_f64() / (self.wall.as_secs_f64() * self.threads as f64).max(1e-9))
    }
}

/// CPU time (user + system, all threads) used by this process so far, from
/// /proc/self/stat (clock ticks of 1/100 s, the fixed Linux USER_HZ).
/// None off Linux.
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line: 12th and 13th here.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// The 1-minute load average, to say how busy the machine was.
fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Annotates one article, timing each stage.
fn measure(pipeline: &Pipeline, stages: usize, article: Article, wire: bool) -> Tally {
    let bytes = article.text.len() as u64;
    let mut doc = Doc::new(article);
    let mut stage_ns = vec![0u64; stages];
    let mut i = 0;
    let mut t = Instant::now();
    pipeline.run(&mut doc, |_, _| {
        let now = Instant::now();
        if let Some(ns) = stage_ns.get_mut(i) {
            *ns += (now - t).as_nanos() as u64;
        }
        i += 1;
        t = now;
    });
    let mut wire_ns = 0;
    if wire {
        let json = wire::to_line(&doc);
        wire_ns = t.elapsed().as_nanos() as u64;
        std::hint::black_box(json);
    }
    Tally {
        articles: 1,
        sentences: doc.sentences.len() as u64,
        tokens: doc.tokens.len() as u64,
        bytes,
        stage_ns,
        wire_ns,
    }
}

/// Annotates `passes` replays of `base` on a pool of `threads`, chunk by
/// chunk; `after_first` is called once the first pass is done.
fn time_run(
    pipeline: &Pipeline,
    base: &[Article],
    passes: usize,
    threads: usize,
    wire: bool,
    mut after_first: impl FnMut(),
) -> anyhow::Result<Run> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    let stages = pipeline.stages().count();
    let first_pass = base.len();
    let mut articles = corpus::stream(base, passes);
    let mut tally = Tally::default();
    let mut done = 0;
    let cpu_start = process_cpu();
    let start = Instant::now();
    loop {
        // Never let a chunk straddle the end of the first pass, so the
        // memory reading after it sees exactly one pass.
        let take = if done < first_pass {
            CHUNK.min(first_pass - done)
        } else {
            CHUNK
        };
        let chunk: Vec<Article> = articles.by_ref().take(take).collect();
        if chunk.is_empty() {
            break;
        }
        done += chunk.len();
        let part = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|a| measure(pipeline, stages, a, wire))
                .reduce(Tally::default, Tally::merge)
        });
        tally = tally.merge(part);
        if done == first_pass {
            after_first();
        }
    }
    let wall = start.elapsed();
    let cpu = process_cpu()
        .zip(cpu_start)
        .map(|(end, start)| end.saturating_sub(start));
    Ok(Run {
        threads,
        wall,
        cpu,
        tally,
    })
}

/// A memory figure of this process from /proc/self/status, in MB
/// (`VmHWM`: peak resident set; `VmRSS`: current). None off Linux.
fn proc_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line
        .trim_start_matches(field)
        .trim_start_matches(':')
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// The corpus to time: the FILES given, or the built-in one.
fn load_corpus(args: &Args) -> anyhow::Result<Vec<Article>> {
    let published = chrono::NaiveDate::from_ymd_opt(2024, 1, 15).context("fixed date")?;
    if !args.inputs.is_empty() {
        let inputs: Vec<Input> = args.inputs.iter().map(|p| Input::from_arg(p)).collect();
        if let Err(m) = source::check_inputs(&inputs) {
            bail!(m);
        }
        let opts = SourceOptions {
            published: Some(published),
            ..SourceOptions::default()
        };
        let mut out = Vec::new();
        for r in Articles::new(&inputs, opts) {
            match r {
                Ok(a) => out.push(a),
                Err(e) => eprintln!("newsgraph: skipped: {e}"),
            }
        }
        return Ok(out);
    }
    let mut sources = Sources::from_checkout(Path::new(env!("CARGO_MANIFEST_DIR")));
    if let Some(s) = &args.shared {
        sources.shared = Some(s.clone());
    }
    if sources.golden.is_none() && sources.shared.is_none() {
        bail!(
            "no built-in corpus here (tests/golden and ../shared are missing): name FILES to time"
        );
    }
    let base = corpus::load(&sources, published).context("cannot read the built-in corpus")?;
    Ok(corpus::fit(&base, args.bytes))
}

fn write_corpus(path: &Path, articles: &[Article]) -> anyhow::Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    for a in articles {
        let rec = serde_json::json!({
            "id": a.id,
            "published": a.published.map(|d| d.to_string()),
            "text": a.text,
        });
        writeln!(out, "{rec}").with_context(|| format!("cannot write {}", path.display()))?;
    }
    out.flush()
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let articles = load_corpus(&args)?;
    if articles.is_empty() {
        bail!("the corpus is empty: nothing to time");
    }
    if let Some(path) = &args.write_corpus {
        write_corpus(path, &articles)?;
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        eprintln!(
            "newsgraph: wrote {} articles ({bytes} bytes) to {}",
            articles.len(),
            path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut threads = if args.threads.is_empty() {
        vec![1, cores]
    } else {
        args.threads.clone()
    };
    threads.retain(|&t| t > 0);
    threads.dedup();
    if threads.is_empty() {
        bail!("--threads needs at least one count above 0");
    }
    let passes = args.repeat.max(1);

    let load_before = load_average();
    let rss_before_load = proc_mb("VmRSS");
    let t = Instant::now();
    let mut pipeline = Pipeline::standard().context("cannot build the pipeline")?;
    let load = t.elapsed();
    if let Some(layer) = args.until {
        pipeline = pipeline.until(layer);
    }
    let rss_after_load = proc_mb("VmRSS");
    let names: Vec<&str> = pipeline.stages().map(|s| s.name()).collect();

    for a in articles.iter().take(WARM_UP) {
        std::hint::black_box(pipeline.annotate(a.clone()));
    }

    let mut peak_after_first_pass = None;
    let mut runs = Vec::new();
    for &n in &threads {
        let first = runs.is_empty();
        let run = time_run(&pipeline, &articles, passes, n, args.wire, || {
            if first {
                peak_after_first_pass = proc_mb("VmHWM");
            }
        })?;
        runs.push(run);
    }
    let peak = proc_mb("VmHWM");
    let load_after = load_average();

    let one = runs.iter().find(|r| r.threads == 1);
    let all = runs.iter().max_by_key(|r| r.threads).unwrap_or(&runs[0]);
    // Work per CPU-second with all threads against one: 1.0 means threads
    // cost nothing (no locks, no shared-cache thrash), so on an idle machine
    // the speed-up would be the thread count times this.
    let efficiency = one
        .filter(|o| o.threads != all.threads)
        .and_then(|o| Some(all.per_cpu_s(all.tally.tokens)? / o.per_cpu_s(o.tally.tokens)?));
    let shares = |r: &Run| -> Vec<f64> {
        let total: u64 = r.tally.stage_ns.iter().sum::<u64>() + r.tally.wire_ns;
        r.tally
            .stage_ns
            .iter()
            .chain(std::iter::once(&r.tally.wire_ns))
            .map(|&ns| ns as f64 / total.max(1) as f64)
            .collect()
    };
    let timed = one.unwrap_or(all);
    let share = shares(timed);
    let mb = |x: Option<f64>| x.map(|v| (v * 10.0).round() / 10.0);

    if args.json {
        let stages: Vec<_> = names
            .iter()
            .copied()
            .chain(args.wire.then_some("json output"))
            .zip(&share)
            .enumerate()
            .map(|(i, (name, s))| {
                let ns = timed
                    .tally
                    .stage_ns
                    .get(i)
                    .copied()
                    .unwrap_or(timed.tally.wire_ns);
                serde_json::json!({
                    "stage": name,
                    "share": (s * 10000.0).round() / 10000.0,
                    "us_per_article": ns as f64 / 1000.0 / timed.tally.articles.max(1) as f64,
                })
            })
            .collect();
        let runs_json: Vec<_> = runs
            .iter()
            .map(|r| {
                serde_json::json!({
                    "threads": r.threads,
                    "seconds": r.wall.as_secs_f64(),
                    "articles_per_s": r.per_s(r.tally.articles),
                    "sentences_per_s": r.per_s(r.tally.sentences),
                    "tokens_per_s": r.per_s(r.tally.tokens),
                    "mb_per_s": r.per_s(r.tally.bytes) / 1e6,
                    "cpu_seconds": r.cpu.map(|c| c.as_secs_f64()),
                    "cpu_share": r.cpu_share(),
                    "tokens_per_cpu_s": r.per_cpu_s(r.tally.tokens),
                })
            })
            .collect();
        let out = serde_json::json!({
            "tokens_per_s_1t": one.map(|r| r.per_s(r.tally.tokens)),
            "tokens_per_s_all": all.per_s(all.tally.tokens),
            "articles_per_s_1t": one.map(|r| r.per_s(r.tally.articles)),
            "articles_per_s_all": all.per_s(all.tally.articles),
            "sentences_per_s_all": all.per_s(all.tally.sentences),
            "tokens_per_cpu_s_1t": one.and_then(|r| r.per_cpu_s(r.tally.tokens)),
            "tokens_per_cpu_s_all": all.per_cpu_s(all.tally.tokens),
            "parallel_efficiency": efficiency,
            "load_average_before": load_before,
            "load_average_after": load_after,
            "speedup_all": one.map(|r| r.wall.as_secs_f64() / all.wall.as_secs_f64().max(1e-9)),
            "threads_all": all.threads,
            "load_ms": load.as_secs_f64() * 1000.0,
            "peak_rss_mb": mb(peak),
            "peak_rss_after_first_pass_mb": mb(peak_after_first_pass),
            "rss_before_load_mb": mb(rss_before_load),
            "rss_after_load_mb": mb(rss_after_load),
            "corpus": {
                "articles": articles.len(),
                "passes": passes,
                "articles_per_run": all.tally.articles,
                "tokens_per_run": all.tally.tokens,
                "sentences_per_run": all.tally.sentences,
                "bytes_per_run": all.tally.bytes,
            },
            "runs": runs_json,
            "stages": stages,
        });
        println!("{out}");
        return Ok(ExitCode::SUCCESS);
    }

    let t = &all.tally;
    println!(
        "corpus: {} articles × {passes} pass(es) = {} articles, {} sentences, {} tokens, {:.1} MB",
        articles.len(),
        t.articles,
        t.sentences,
        t.tokens,
        t.bytes as f64 / 1e6
    );
    println!(
        "model loading (Pipeline::standard): {:.1} ms",
        load.as_secs_f64() * 1e3
    );
    println!();
    let opt = |x: Option<f64>, prec: usize| x.map_or("n/a".into(), |v| format!("{v:.prec$}"));
    println!(
        "load average: {} before, {} after (other processes compete for the cores)",
        opt(load_before, 2),
        opt(load_after, 2)
    );
    println!(
        "{:>7} {:>9} {:>12} {:>14} {:>14} {:>8} {:>10} {:>16}",
        "threads",
        "seconds",
        "articles/s",
        "sentences/s",
        "tokens/s",
        "MB/s",
        "cpu share",
        "tokens/cpu-s"
    );
    for r in &runs {
        println!(
            "{:>7} {:>9.2} {:>12.0} {:>14.0} {:>14.0} {:>8.2} {:>10} {:>16}",
            r.threads,
            r.wall.as_secs_f64(),
            r.per_s(r.tally.articles),
            r.per_s(r.tally.sentences),
            r.per_s(r.tally.tokens),
            r.per_s(r.tally.bytes) / 1e6,
            opt(r.cpu_share(), 2),
            opt(r.per_cpu_s(r.tally.tokens), 0),
        );
    }
    if let Some(one) = one {
        if all.threads > 1 {
            println!(
                "speed-up with {} threads: {:.2}×",
                all.threads,
                one.wall.as_secs_f64() / all.wall.as_secs_f64().max(1e-9)
            );
        }
    }
    if let Some(e) = efficiency {
        println!(
            "parallel efficiency (tokens per CPU-second, {} threads / 1): {e:.2}",
            all.threads
        );
    }
    println!();
    println!(
        "share of the time per stage ({} thread{}):",
        timed.threads,
        if timed.threads == 1 { "" } else { "s, summed" }
    );
    for (i, (name, s)) in names
        .iter()
        .copied()
        .chain(args.wire.then_some("json output"))
        .zip(&share)
        .enumerate()
    {
        let ns = timed
            .tally
            .stage_ns
            .get(i)
            .copied()
            .unwrap_or(timed.tally.wire_ns);
        println!(
            "  {name:<16} {:>6.1}%  {:>10.1} µs/article",
            s * 100.0,
            ns as f64 / 1000.0 / timed.tally.articles.max(1) as f64
        );
    }
    println!();
    let show = |x: Option<f64>| x.map_or("n/a".to_string(), |v| format!("{v:.1} MB"));
    println!(
        "memory: RSS {} before loading, {} after; peak {} after the first pass, {} at the end",
        show(rss_before_load),
        show(rss_after_load),
        show(peak_after_first_pass),
        show(peak)
    );
    Ok(ExitCode::SUCCESS)
}
