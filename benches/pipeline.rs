//! Criterion benchmarks: each stage alone and the whole pipeline (one thread
//! and all cores) over the fixed benchmark corpus of
//! `newsgraph_io::corpus`, after warm-up, with throughput in tokens.
//!
//! A stage is timed on Docs that already carry every layer it reads (the
//! stages before it ran once, outside the timing); each sample gets fresh
//! copies, made outside the timing too. The corpus size is
//! `NEWSGRAPH_BENCH_BYTES` (default 1 MB of text, so one sample of the whole
//! pipeline stays in seconds on a shared 2-core machine).
//!
//! Run: `cargo bench --bench pipeline` (or `-- stage/tagger` for one).
//! Record results in BENCHMARKS.md with the machine and its load.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode, Throughput};
use newsgraph_core::{Article, Doc};
use newsgraph_io::corpus::{self, Sources};
use newsgraph_nlp::Pipeline;
use rayon::prelude::*;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn corpus() -> Vec<Article> {
    let bytes = std::env::var("NEWSGRAPH_BENCH_BYTES")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(1_000_000);
    let sources = Sources::from_checkout(Path::new(env!("CARGO_MANIFEST_DIR")));
    let published = chrono::NaiveDate::from_ymd_opt(2024, 1, 15).expect("valid date");
    let base = corpus::load(&sources, published).expect("the benchmark corpus is readable");
    assert!(
        !base.is_empty(),
        "no benchmark corpus: tests/golden is missing"
    );
    corpus::fit(&base, bytes)
}

fn benches(c: &mut Criterion) {
    let pipeline = Pipeline::standard().expect("the standard pipeline builds");
    let articles = corpus();
    let tokens: u64 = articles
        .iter()
        .map(|a| pipeline.annotate(a.clone()).tokens.len() as u64)
        .sum();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    eprintln!(
        "benchmark corpus: {} articles, {bytes} bytes, {tokens} tokens",
        articles.len()
    );

    let mut group = c.benchmark_group("stage");
    // Flat sampling: every sample runs the same number of passes, so a
    // stage that takes a second per pass needs 10 passes, not 55.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Elements(tokens));
    let mut docs: Vec<Doc> = articles.iter().cloned().map(Doc::new).collect();
    for stage in pipeline.stages() {
        group.bench_function(stage.name().replace(' ', "_"), |b| {
            b.iter_batched(
                || docs.clone(),
                |mut docs| {
                    for doc in &mut docs {
                        stage.annotate(doc);
                    }
                    docs
                },
                BatchSize::PerIteration,
            )
        });
        for doc in &mut docs {
            stage.annotate(doc);
            doc.layers.push(stage.layer());
        }
    }
    group.finish();
    drop(docs);

    let mut group = c.benchmark_group("pipeline");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(3))
        .measurement_time(Duration::from_secs(15))
        .throughput(Throughput::Elements(tokens));
    group.bench_function("1_thread", |b| {
        b.iter_batched(
            || articles.clone(),
            |articles| {
                articles
                    .into_iter()
                    .map(|a| pipeline.annotate(a).tokens.len())
                    .sum::<usize>()
            },
            BatchSize::PerIteration,
        )
    });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores > 1 {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(cores)
            .build()
            .expect("worker threads start");
        group.bench_function(format!("{cores}_threads"), |b| {
            b.iter_batched(
                || articles.clone(),
                |articles| {
                    pool.install(|| {
                        articles
                            .into_par_iter()
                            .map(|a| black_box(pipeline.annotate(a)).tokens.len())
                            .sum::<usize>()
                    })
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(pipeline_benches, benches);
criterion_main!(pipeline_benches);
