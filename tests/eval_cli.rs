//! End-to-end tests of `newsgraph eval`: the real binary on temporary gold
//! and prediction directories written here, and on the shared dev set scored
//! against itself.

mod common;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const GOLD_A: &str = r#"{
  "doc": {"id": "a", "published": "2023-01-20"},
  "entities": [
    {"name": "Maria Ortiz", "aliases": ["Ortiz"], "type": "PERSON", "country": "PER", "role": "GOV"},
    {"name": "National Police", "aliases": ["police"], "type": "ORG", "country": "PER", "role": "COP"},
    {"name": "Peru", "aliases": [], "type": "GPE", "country": "PER", "role": null}
  ],
  "places": [
    {"name": "Lima", "country": "PER", "admin1": "Lima", "kind": "city", "lat": -12.05, "lon": -77.04},
    {"name": "Peru", "country": "PER", "admin1": null, "kind": "country"}
  ],
  "quotes": [
    {"speaker": "Ortiz", "text": "we will not leave the square until they listen", "direct": true, "cue": "said"}
  ],
  "events": [
    {"source": "National Police", "target": "protesters", "cameo": "180", "plover": "ASSAULT",
     "date": "2023-01-19", "place": "Lima", "negated": false, "status": "occurred", "evidence": "x"},
    {"source": "Maria Ortiz", "target": "National Police", "cameo": "112", "plover": "ACCUSE",
     "date": "2023-01", "place": null, "negated": false, "status": "occurred", "evidence": "y"}
  ],
  "figures": [
    {"value": 28, "unit": "people", "about": "dead", "claimant": null, "evidence": "z"},
    {"value": [100, 999], "unit": "people", "about": "marchers", "claimant": "Maria Ortiz", "evidence": "w"}
  ]
}"#;

/// Against GOLD_A: entities tp 2 fp 1 fn 1 (country 2/2, role 1/2);
/// places tp 1 fp 1 fn 1 (coordinates 1/1); quotes tp 1; events tp 2 fp 1
/// (date 2/2, place 2/2, cameo 1/2); figures tp 2 fp 1 (claimant 1/2).
const PRED_A: &str = r#"{
  "doc": {"id": "a"},
  "entities": [
    {"id": 0, "name": "Ortiz", "aliases": [], "type": "PERSON", "country": "PER", "role": "GOV", "mentions": [[0, 5]]},
    {"id": 1, "name": "the police", "type": "ORG", "country": "PER", "role": null},
    {"id": 2, "name": "Lima", "type": "GPE", "country": "PER", "role": null}
  ],
  "places": [
    {"name": "LIMA", "country": "per", "kind": "city", "lat": -12.2, "lon": -77.0, "precision": "city"},
    {"name": "Cusco", "country": "PER", "kind": "city"}
  ],
  "quotes": [
    {"speaker": "Maria Ortiz", "text": "We will not leave the square.", "direct": true, "cue": "said", "text_span": [0, 3]}
  ],
  "events": [
    {"source": "police", "target": "Protesters", "cameo": "183", "date": "2023-01-19", "place": "Lima",
     "rule": "data/x.tsv:3", "evidence": "x"},
    {"source": ["Ortiz"], "target": "police", "cameo": "112", "date": "2023-01-05", "place": null},
    {"source": "Peru", "target": null, "cameo": "043", "date": null, "place": null}
  ],
  "figures": [
    {"value": 28, "unit": "people", "claimant": null},
    {"value": 500, "unit": "people", "claimant": null},
    {"value": 3, "unit": "percent", "about": "dead", "claimant": null}
  ]
}"#;

const GOLD_B: &str = r#"{
  "doc": {"id": "b", "published": "2023-01-21"},
  "entities": [{"name": "Ann Lee", "aliases": [], "type": "PERSON", "country": null, "role": null}],
  "places": [], "quotes": [], "events": [], "figures": []
}"#;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn eval(args: &[&Path], flags: &[&str]) -> Output {
    Command::new(common::bin())
        .arg("eval")
        .args(args)
        .args(flags)
        .output()
        .unwrap()
}

/// A gold dir with files a and b, and a prediction dir for them.
fn fixture() -> (tempfile::TempDir, tempfile::TempDir) {
    let gold = tempfile::tempdir().unwrap();
    let pred = tempfile::tempdir().unwrap();
    write(gold.path(), "a.txt", "An article written for this test.");
    write(gold.path(), "a.gold.json", GOLD_A);
    write(gold.path(), "b.txt", "Another one.");
    write(gold.path(), "b.gold.json", GOLD_B);
    std::fs::create_dir(gold.path().join("sub")).unwrap();
    write(
        &gold.path().join("sub"),
        "c.gold.json",
        "not read: not recursive",
    );
    write(pred.path(), "a.json", PRED_A);
    write(pred.path(), "b.json", "{}");
    (gold, pred)
}

fn counts(v: &Value) -> (u64, u64, u64) {
    let n = |k: &str| v[k].as_u64().unwrap();
    (n("tp"), n("fp"), n("fn"))
}

fn accuracy(v: &Value, m: &str) -> (u64, u64) {
    let a = &v["accuracies"][m];
    (a["right"].as_u64().unwrap(), a["total"].as_u64().unwrap())
}

#[test]
fn json_report_has_exact_counts_and_accuracies() {
    let (gold, pred) = fixture();
    let out = eval(&[gold.path(), pred.path()], &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &v["sections"];
    assert_eq!(counts(&s["entities"]), (2, 1, 2));
    assert_eq!(counts(&s["places"]), (1, 1, 1));
    assert_eq!(counts(&s["quotes"]), (1, 0, 0));
    assert_eq!(counts(&s["events"]), (2, 1, 0));
    assert_eq!(counts(&s["figures"]), (2, 1, 0));
    let p = s["entities"]["precision"].as_f64().unwrap();
    let r = s["entities"]["recall"].as_f64().unwrap();
    let f = s["entities"]["f1"].as_f64().unwrap();
    assert!(
        (p - 2.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9,
        "{p} {r}"
    );
    assert!((f - 4.0 / 7.0).abs() < 1e-9, "{f}");

    assert_eq!(accuracy(&v, "entity_country"), (2, 2));
    assert_eq!(accuracy(&v, "entity_role"), (1, 2));
    assert_eq!(accuracy(&v, "place_coordinates"), (1, 1));
    assert_eq!(accuracy(&v, "event_date"), (2, 2));
    assert_eq!(accuracy(&v, "event_place"), (2, 2));
    assert_eq!(accuracy(&v, "event_cameo"), (1, 2));
    assert_eq!(accuracy(&v, "figure_claimant"), (1, 2));

    let files = v["files"].as_array().unwrap();
    let names: Vec<&str> = files.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(counts(&files[0]["sections"]["entities"]), (2, 1, 1));
    assert_eq!(counts(&files[1]["sections"]["entities"]), (0, 0, 1));
    assert_eq!(files[1]["sections"]["events"]["f1"].as_f64(), Some(1.0));
}

#[test]
fn table_and_explain_show_why_items_failed() {
    let (gold, pred) = fixture();
    let out = eval(&[gold.path(), pred.path()], &["--explain"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let row = text.lines().find(|l| l.starts_with("entities")).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells,
        ["entities", "4", "3", "2", "1", "2", "0.667", "0.500", "0.571"]
    );
    assert!(
        text.contains("entity_role           0.500         1/2"),
        "{text}"
    );
    // Every unmatched item is listed; the spurious figure shares a word
    // with a gold figure, which is shown with the condition that fails.
    assert!(text.contains("entities  missed   GPE \"Peru\""), "{text}");
    assert!(text.contains("entities  spurious GPE \"Lima\""), "{text}");
    assert!(text.contains("figures   spurious 3 percent"), "{text}");
    assert!(
        text.contains("why: value 3 does not overlap 28; unit \"percent\" ≠ \"people\""),
        "{text}"
    );
    assert!(text.contains("== b"), "{text}");
}

#[test]
fn without_predictions_the_engine_annotates_the_texts() {
    let (gold, _pred) = fixture();
    let out = eval(&[gold.path()], &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Whatever the engine finds, every gold item is counted once.
    let (tp, _, fn_) = counts(&v["sections"]["entities"]);
    assert_eq!(tp + fn_, 4);
    let (tp, _, fn_) = counts(&v["sections"]["events"]);
    assert_eq!(tp + fn_, 2);
    assert_eq!(v["files"].as_array().map(Vec::len), Some(2));
}

#[test]
fn missing_prediction_is_scored_empty_and_fails_the_run() {
    let (gold, pred) = fixture();
    std::fs::remove_file(pred.path().join("b.json")).unwrap();
    let out = eval(&[gold.path(), pred.path()], &["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b: no prediction") && err.contains("b.json"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(counts(&v["sections"]["entities"]), (2, 1, 2));
}

#[test]
fn bad_gold_names_file_and_line() {
    let (gold, pred) = fixture();
    write(
        gold.path(),
        "b.gold.json",
        "{\n  \"events\": [\n    {\"cameo\": \"010\", \"date\": \"last week\"}\n  ]\n}",
    );
    let out = eval(&[gold.path(), pred.path()], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("b.gold.json:3:"), "{err}");
    assert!(err.contains("\"last week\" is not YYYY"), "{err}");
}

#[test]
fn shared_dev_gold_scored_against_itself_is_perfect() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let dev = shared.join("eval/dev");
    let out = eval(&[&dev, &dev], &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for section in ["entities", "places", "quotes", "events", "figures"] {
        let s = &v["sections"][section];
        assert!(s["tp"].as_u64().unwrap() > 0, "{section}: no gold items");
        assert_eq!(s["f1"].as_f64(), Some(1.0), "{section}: {s}");
    }
    for (name, a) in v["accuracies"].as_object().unwrap() {
        assert_eq!(a["right"], a["total"], "{name}");
    }
    assert_eq!(v["files"].as_array().map(Vec::len), Some(4));
}

#[test]
fn shared_gold_dir_parses_and_is_not_recursive() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let eval_dir = shared.join("eval");
    let out = eval(&[&eval_dir, &eval_dir], &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert_eq!(names, ["seed"]);
}

#[test]
fn golden_examples_scored_against_themselves_are_perfect() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let out = eval(&[&golden, &golden], &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (section, s) in v["sections"].as_object().unwrap() {
        assert_eq!(s["f1"].as_f64(), Some(1.0), "{section}: {s}");
    }
    assert!(!v["files"].as_array().unwrap().is_empty());
}
