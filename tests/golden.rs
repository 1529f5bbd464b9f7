//! Golden articles: the example articles in `tests/golden/` (written for
//! newsgraph, with hand-written gold) must produce exactly their blessed
//! output `NAME.out.json` — `NEWSGRAPH_BLESS=1 cargo test --test golden`
//! rewrites the snapshots, and the diff is reviewed like code — and every
//! scored section must keep its F1 at or above the floors in
//! `tests/floors.json`, on the golden articles and, when ../shared is
//! present, on the seed article and the dev set. Floors are only ever raised.

mod common;

use newsgraph_io::gold::GoldDoc;
use newsgraph_io::score::{self, Scores, Section};
use newsgraph_io::source::{Articles, Input, SourceOptions};
use newsgraph_io::wire;
use newsgraph_nlp::Pipeline;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// `(name, txt path)` of every article with a gold file in `dir`, sorted.
fn gold_articles(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .expect("gold dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p
                .file_name()?
                .to_str()?
                .strip_suffix(".gold.json")?
                .to_string();
            let txt = dir.join(format!("{name}.txt"));
            txt.is_file().then_some((name, txt))
        })
        .collect();
    out.sort();
    out
}

fn read_gold(dir: &Path, name: &str) -> GoldDoc {
    let p = dir.join(format!("{name}.gold.json"));
    let text = std::fs::read_to_string(&p).expect("gold file");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Annotates one article, with the gold's id and publication date.
fn annotate(pipeline: &Pipeline, txt: &Path, gold: &GoldDoc) -> newsgraph_core::Doc {
    let opts = SourceOptions {
        published: gold
            .doc
            .published
            .as_deref()
            .and_then(newsgraph_io::source::parse_published),
        ..SourceOptions::default()
    };
    let mut article = Articles::new(&[Input::Path(txt.to_path_buf())], opts)
        .next()
        .expect("one article")
        .expect("article reads");
    if !gold.doc.id.is_empty() {
        article.id = gold.doc.id.clone();
    }
    if article.published.is_none() {
        article.published = gold
            .doc
            .published
            .as_deref()
            .and_then(newsgraph_io::source::parse_published);
    }
    pipeline.annotate(article)
}

fn score_dir(pipeline: &Pipeline, dir: &Path) -> Scores {
    let mut total = Scores::default();
    for (name, txt) in gold_articles(dir) {
        let gold = read_gold(dir, &name);
        let doc = annotate(pipeline, &txt, &gold);
        let pred: GoldDoc =
            serde_json::from_value(wire::to_value(&doc)).expect("output reads as gold shape");
        total.add(&score::score(&gold, &pred).scores);
    }
    total
}

fn floors() -> serde_json::Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/floors.json");
    serde_json::from_str(&std::fs::read_to_string(&p).expect("tests/floors.json"))
        .expect("floors are JSON")
}

fn check_floors(set: &str, scores: &Scores) {
    let floors = floors();
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for section in Section::ALL {
        let name = section.as_str();
        let f1 = scores.counts(section).f1();
        let floor = floors[set][name]
            .as_f64()
            .unwrap_or_else(|| panic!("no floor for {set}.{name}"));
        report.push(format!("{name} {f1:.3} (floor {floor:.3})"));
        if f1 + 1e-9 < floor {
            failures.push(format!(
                "{set}: {name} F1 {f1:.3} fell below its floor {floor:.3}"
            ));
        }
    }
    eprintln!("{set}: {}", report.join(", "));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn golden_output_equals_blessed_snapshot() {
    let pipeline = Pipeline::standard().expect("pipeline builds");
    let dir = golden_dir();
    let bless = std::env::var_os("NEWSGRAPH_BLESS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, txt) in gold_articles(&dir) {
        let gold = read_gold(&dir, &name);
        let got = wire::to_pretty(&annotate(&pipeline, &txt, &gold)) + "\n";
        let snap = dir.join(format!("{name}.out.json"));
        if bless {
            std::fs::write(&snap, &got).expect("write snapshot");
            continue;
        }
        match std::fs::read_to_string(&snap) {
            Ok(want) if want == got => {}
            Ok(_) => stale.push(format!("{name}: output differs from {}", snap.display())),
            Err(_) => stale.push(format!("{name}: no snapshot {}", snap.display())),
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nreview the change, then rewrite the snapshots with NEWSGRAPH_BLESS=1 cargo test --test golden",
        stale.join("\n")
    );
}

#[test]
fn golden_articles_keep_their_f1_floors() {
    let pipeline = Pipeline::standard().expect("pipeline builds");
    check_floors("golden", &score_dir(&pipeline, &golden_dir()));
}

#[test]
fn seed_article_keeps_its_f1_floors() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let pipeline = Pipeline::standard().expect("pipeline builds");
    check_floors("seed", &score_dir(&pipeline, &shared.join("eval")));
}

#[test]
fn dev_set_keeps_its_f1_floors() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let pipeline = Pipeline::standard().expect("pipeline builds");
    check_floors("dev", &score_dir(&pipeline, &shared.join("eval/dev")));
}
