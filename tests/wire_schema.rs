//! The wire format as users see it: real `newsgraph annotate` output on the
//! example articles (and the seed article, when ../shared is present) is
//! accepted by docs/newsgraph.schema.json, and every span slices the article
//! text (in Unicode scalar values) to the text the object states.

mod common;

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn annotate(path: &Path, published: &str) -> Value {
    let out = Command::new(common::bin())
        .args(["annotate", "-q", "--published", published])
        .arg(path)
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/newsgraph.schema.json"
    ))
    .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn slice(text: &[char], span: &Value) -> String {
    let s = span[0].as_u64().expect("span start") as usize;
    let e = span[1].as_u64().expect("span end") as usize;
    assert!(
        s <= e && e <= text.len(),
        "span {span} outside 0..{}",
        text.len()
    );
    text[s..e].iter().collect()
}

fn check(path: &Path, published: &str) {
    let v = annotate(path, published);
    let validator = schema();
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{}: schema errors:\n{}",
        path.display(),
        errors.join("\n")
    );
    let text: Vec<char> = std::fs::read_to_string(path)
        .expect("article")
        .chars()
        .collect();
    assert_eq!(v["doc"]["chars"].as_u64(), Some(text.len() as u64));
    for e in v["entities"].as_array().into_iter().flatten() {
        for m in e["mentions"].as_array().into_iter().flatten() {
            assert!(!slice(&text, m).is_empty());
        }
    }
    for q in v["quotes"].as_array().into_iter().flatten() {
        assert_eq!(
            slice(&text, &q["text_span"]),
            q["text"].as_str().unwrap_or_default()
        );
    }
    for e in v["events"].as_array().into_iter().flatten() {
        assert_eq!(
            slice(&text, &e["evidence_span"]),
            e["evidence"].as_str().unwrap_or_default()
        );
        assert_eq!(
            slice(&text, &e["trigger_span"]),
            e["trigger"].as_str().unwrap_or_default()
        );
    }
    for f in v["figures"].as_array().into_iter().flatten() {
        assert_eq!(
            slice(&text, &f["evidence_span"]),
            f["evidence"].as_str().unwrap_or_default()
        );
    }
    for d in v["dates"].as_array().into_iter().flatten() {
        assert_eq!(
            slice(&text, &d["span"]),
            d["text"].as_str().unwrap_or_default()
        );
    }
}

#[test]
fn example_articles_match_the_schema_and_spans_slice_the_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    check(&dir.join("elfasher-siege.txt"), "2024-06-15");
    check(&dir.join("goma-airport.txt"), "2025-02-03");
}

#[test]
fn seed_article_matches_the_schema() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    check(&shared.join("eval/seed.txt"), "2021-07-10");
}

#[test]
fn schema_rejects_a_broken_object() {
    let validator = schema();
    let bad = serde_json::json!({"doc": {"id": 1}, "entities": "none"});
    assert!(!validator.is_valid(&bad));
}
