//! `newsgraph bench` end to end: the report's fields, the corpus it writes,
//! and FILES instead of the built-in corpus. No timing is asserted (speed is
//! recorded in BENCHMARKS.md); the shared data is switched off so the test
//! is hermetic and small.

mod common;

use serde_json::Value;
use std::process::Command;

fn bench(args: &[&str]) -> std::process::Output {
    Command::new(common::bin())
        .arg("bench")
        .args(args)
        .env("NEWSGRAPH_SHARED", "/nonexistent-newsgraph-shared")
        .output()
        .expect("binary runs")
}

fn json(out: &std::process::Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn json_report_has_every_figure() {
    let v = json(&bench(&[
        "--bytes",
        "4000",
        "--repeat",
        "2",
        "--threads",
        "1,2",
        "--json",
    ]));
    for key in [
        "tokens_per_s_1t",
        "tokens_per_s_all",
        "articles_per_s_all",
        "load_ms",
        "peak_rss_mb",
    ] {
        assert!(v[key].as_f64().is_some_and(|x| x > 0.0), "{key} in {v}");
    }
    let corpus = &v["corpus"];
    let per_pass = corpus["articles"].as_u64().expect("articles");
    assert!(per_pass >= 1);
    assert_eq!(corpus["passes"], 2);
    assert_eq!(corpus["articles_per_run"].as_u64(), Some(2 * per_pass));
    assert_eq!(v["threads_all"], 2);
    assert_eq!(v["runs"].as_array().map(Vec::len), Some(2));
    let stages = v["stages"].as_array().expect("stages");
    assert_eq!(stages[0]["stage"], "tokenizer");
    let total: f64 = stages.iter().filter_map(|s| s["share"].as_f64()).sum();
    assert!((total - 1.0).abs() < 0.01, "shares sum to {total}");
}

#[test]
fn table_names_the_figures() {
    let out = bench(&["--bytes", "2000", "--threads", "1"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in ["tokens/s", "model loading", "tokenizer", "peak"] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
}

#[test]
fn writes_the_corpus_and_times_given_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corpus.jsonl");
    let out = bench(&[
        "--bytes",
        "3000",
        "--write-corpus",
        path.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&path).expect("corpus written");
    let lines: Vec<Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSONL"))
        .collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["text"].as_str().is_some()));

    let v = json(&bench(&[
        path.to_str().expect("utf-8 path"),
        "--threads",
        "1",
        "--json",
    ]));
    assert_eq!(
        v["corpus"]["articles"].as_u64(),
        Some(lines.len() as u64),
        "{v}"
    );
}

#[test]
fn missing_file_is_an_error() {
    let out = bench(&["/nonexistent/article.txt"]);
    assert_eq!(out.status.code(), Some(2));
}
