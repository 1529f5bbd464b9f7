//! Event coding end to end: the standard pipeline on the eval articles
//! (`../shared/eval`), scored against the human gold events, and the
//! `eval-plover` subcommand on the PLOVER records. Skips when ../shared is
//! absent.
//!
//! The event score follows GOLD-FORMAT.md: a predicted event matches a gold
//! one with the same CAMEO root and matching source and target (a list
//! matches if any member does; null matches null); date and place are scored
//! over matched events.

mod common;

use newsgraph_core::{Article, Doc, EntityId, TimeValue};
use newsgraph_nlp::Pipeline;
use serde_json::Value;
use std::path::Path;

fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let s = s.trim();
    s.strip_prefix("the ").unwrap_or(s).trim().to_string()
}

/// Gold actor names: a string, a list, or null.
fn gold_names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![norm(s)],
        Value::Array(a) => a.iter().filter_map(Value::as_str).map(norm).collect(),
        _ => Vec::new(),
    }
}

/// Every name of each predicted actor (name and aliases), per actor.
fn predicted_names(doc: &Doc, ids: &[EntityId]) -> Vec<Vec<String>> {
    ids.iter()
        .filter_map(|&e| doc.entity(e))
        .map(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|s| norm(s))
                .collect()
        })
        .collect()
}

fn actors_match(gold: &[String], gold_aliases: &[Vec<String>], predicted: &[Vec<String>]) -> bool {
    if gold.is_empty() || predicted.is_empty() {
        return gold.is_empty() && predicted.is_empty();
    }
    gold.iter().any(|g| {
        let forms: Vec<&String> = gold_aliases
            .iter()
            .find(|a| a.first() == Some(g))
            .map_or_else(|| vec![g], |a| a.iter().collect());
        predicted
            .iter()
            .any(|p| p.iter().any(|n| forms.contains(&n)))
    })
}

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    predicted: usize,
    matched: usize,
    date_right: usize,
    place_right: usize,
}

impl Score {
    /// F1 as `newsgraph eval` computes it.
    fn f1(&self) -> f64 {
        newsgraph_io::score::Counts {
            tp: self.matched,
            fp: self.predicted - self.matched,
            fn_: self.gold - self.matched,
        }
        .f1()
    }
}

fn score_article(pipeline: &Pipeline, txt: &Path, gold: &Path, total: &mut Score) -> Doc {
    let text = std::fs::read_to_string(txt).expect("article text");
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(gold).expect("gold")).expect("gold json");
    let published = g["doc"]["published"]
        .as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let doc = pipeline.annotate(Article {
        id: g["doc"]["id"].as_str().unwrap_or("x").to_string(),
        published,
        text,
        ..Article::default()
    });
    // Gold entity names with their aliases (first element: the name).
    let aliases: Vec<Vec<String>> = g["entities"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let mut v = vec![norm(e["name"].as_str().unwrap_or(""))];
                    if let Some(al) = e["aliases"].as_array() {
                        v.extend(al.iter().filter_map(Value::as_str).map(norm));
                    }
                    v
                })
                .collect()
        })
        .unwrap_or_default();
    let gold_events = g["events"].as_array().cloned().unwrap_or_default();
    total.gold += gold_events.len();
    total.predicted += doc.events.len();
    let mut used = vec![false; doc.events.len()];
    for ge in &gold_events {
        let root = ge["cameo"].as_str().unwrap_or("").get(..2).unwrap_or("");
        let (gs, gt) = (gold_names(&ge["source"]), gold_names(&ge["target"]));
        let hit = doc.events.iter().enumerate().position(|(i, e)| {
            !used[i]
                && e.cameo.get(..2) == Some(root)
                && actors_match(&gs, &aliases, &predicted_names(&doc, &e.source))
                && actors_match(&gt, &aliases, &predicted_names(&doc, &e.target))
        });
        let Some(i) = hit else { continue };
        used[i] = true;
        total.matched += 1;
        let e = &doc.events[i];
        let gd = ge["date"].as_str().and_then(TimeValue::parse);
        if match (gd, e.date) {
            (Some(g), Some(p)) => g.contains(p),
            (None, None) => true,
            _ => false,
        } {
            total.date_right += 1;
        }
        let gp = ge["place"].as_str().map(norm);
        let pp = e.place.and_then(|p| doc.place(p)).map(|p| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .map(|s| norm(s))
                .collect::<Vec<_>>()
        });
        if match (gp, pp) {
            (Some(g), Some(p)) => p.contains(&g),
            (None, None) => true,
            _ => false,
        } {
            total.place_right += 1;
        }
    }
    doc
}

/// Every event is well formed: spans inside the text, ids valid, codes known.
fn check_events(doc: &Doc) {
    let lex = newsgraph_nlp::events::Lexicon::embedded().expect("lexicon");
    for e in &doc.events {
        assert!(lex.code(&e.cameo).is_some(), "unknown code {}", e.cameo);
        assert!(
            e.evidence.contains(e.trigger),
            "evidence must hold the trigger"
        );
        assert!(e.trigger.end as usize <= doc.text().len());
        assert!(doc.text().is_char_boundary(e.evidence.start as usize));
        assert!(doc.text().is_char_boundary(e.evidence.end as usize));
        for a in e.source.iter().chain(&e.target) {
            assert!(doc.entity(*a).is_some(), "bad entity id {a:?}");
        }
        if let Some(p) = e.place {
            assert!(doc.place(p).is_some(), "bad place id {p:?}");
        }
        assert!(!e.rule.file.is_empty() && e.rule.line > 0);
    }
}

fn report(name: &str, s: &Score) {
    eprintln!(
        "events {name}: gold {} predicted {} matched {} F1 {:.3} date {:.3} place {:.3}",
        s.gold,
        s.predicted,
        s.matched,
        s.f1(),
        s.date_right as f64 / s.matched.max(1) as f64,
        s.place_right as f64 / s.matched.max(1) as f64
    );
}

/// Floors that only go up, as the upstream layers land: seed and dev F1.
const SEED_F1_FLOOR: f64 = 0.8;
const DEV_F1_FLOOR: f64 = 0.69;
/// Date accuracy over matched events (measured 1.000 seed, 0.920 dev: 23
/// of 25; it was 23 of 24 before the dateline was parsed apart from the
/// report, which matched two more events of the Lima dateline's sentence,
/// one of them with no date in its text).
const SEED_DATE_FLOOR: f64 = 0.93;
const DEV_DATE_FLOOR: f64 = 0.92;

#[test]
fn events_on_eval_articles() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let pipeline = Pipeline::standard().expect("pipeline");
    let eval = shared.join("eval");
    let mut seed = Score::default();
    let doc = score_article(
        &pipeline,
        &eval.join("seed.txt"),
        &eval.join("seed.gold.json"),
        &mut seed,
    );
    check_events(&doc);
    report("seed", &seed);
    let mut dev = Score::default();
    let mut names: Vec<_> = std::fs::read_dir(eval.join("dev"))
        .expect("dev dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for txt in names {
        let gold = txt.with_extension("gold.json");
        let doc = score_article(&pipeline, &txt, &gold, &mut dev);
        check_events(&doc);
    }
    report("dev", &dev);
    assert!(seed.f1() >= SEED_F1_FLOOR, "seed F1 {:.3}", seed.f1());
    assert!(dev.f1() >= DEV_F1_FLOOR, "dev F1 {:.3}", dev.f1());
    let date = |s: &Score| s.date_right as f64 / s.matched.max(1) as f64;
    assert!(
        date(&seed) >= SEED_DATE_FLOOR,
        "seed date {:.3}",
        date(&seed)
    );
    assert!(date(&dev) >= DEV_DATE_FLOOR, "dev date {:.3}", date(&dev));
}

#[test]
fn eval_plover_prints_fractions() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let file = shared.join("data/plover/PLOVER_GSR_CAMEO.dev.json");
    let out = std::process::Command::new(common::bin())
        .args(["eval-plover", "--json"])
        .arg(&file)
        .output()
        .expect("runs newsgraph");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json output");
    assert_eq!(v["n"].as_u64(), Some(161), "{v}");
    // Floors: the targets (measured 0.770, 0.857, 0.615 at the end
    // of the eighth session). Where an act happens ("rioted
    // at a jail in northern Israel", "imposed a curfew in Algiers") is its
    // place, not its target, as the gold format codes it; the records code
    // such places as targets.
    for (k, floor) in [
        ("event_type_accuracy", 0.75),
        ("source_match", 0.85),
        ("target_match", 0.60),
    ] {
        let x = v[k].as_f64().expect(k);
        assert!((floor..=1.0).contains(&x), "{k} = {x}");
    }
    eprintln!("eval-plover: {v}");
}

#[test]
fn eval_plover_rejects_a_missing_file() {
    let out = std::process::Command::new(common::bin())
        .args(["eval-plover", "/nonexistent/records.json"])
        .output()
        .expect("runs newsgraph");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

/// UD v1 relation names (as in the UD-PETRARCH records) in their v2 form.
fn ud2_rel(rel: &str, head_upos: &str) -> String {
    match rel {
        "dobj" => "obj".into(),
        "nsubjpass" => "nsubj:pass".into(),
        "auxpass" => "aux:pass".into(),
        "csubjpass" => "csubj:pass".into(),
        "neg" => "advmod".into(),
        "mwe" => "fixed".into(),
        "name" => "flat".into(),
        "nmod:agent" => "obl:agent".into(),
        "nmod:tmod" if head_upos == "VERB" => "obl:tmod".into(),
        "nmod" if matches!(head_upos, "VERB" | "ADJ") => "obl".into(),
        r => r.into(),
    }
}

/// Words that name a group actor when no proper name does.
const ACTOR_NOUNS: &[&str] = &[
    "army",
    "authorities",
    "government",
    "forces",
    "troops",
    "police",
    "rebels",
    "militants",
    "officials",
    "president",
    "minister",
    "leader",
    "protesters",
    "soldiers",
    "military",
    "ministry",
    "parliament",
    "opposition",
    "demonstrators",
    "guerrillas",
    "insurgents",
];

/// A Doc from one record's CoNLL-U parse, with heuristic actors: runs of
/// proper nouns, nationality adjectives and common actor nouns.
fn record_doc(parse: &str) -> Option<Doc> {
    let rows: Vec<Vec<&str>> = parse
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() == 10 && !c[0].contains('-') && !c[0].contains('.'))
        .collect();
    let upos_of = |h: &str| -> &str {
        h.parse::<usize>()
            .ok()
            .and_then(|h| rows.get(h.wrapping_sub(1)))
            .map_or("", |r| r[3])
    };
    let mut text = String::new();
    for r in &rows {
        let rel = ud2_rel(r[7], upos_of(r[6]));
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_\n",
            r[0], r[1], r[2], r[3], r[4], r[6], rel
        ));
    }
    let mut doc = newsgraph_io::conllu::read("record", &text)
        .ok()?
        .into_iter()
        .next()?
        .doc;
    let mut i = 0;
    let n = doc.tokens.len();
    while i < n {
        let tag = &doc.tags[i];
        let form = doc.token_text(newsgraph_core::TokenId::at(i)).to_string();
        let is_name = tag.upos.as_str() == "PROPN"
            || (tag.upos.as_str() == "ADJ" && form.starts_with(char::is_uppercase));
        let is_group = tag.upos.as_str() == "NOUN" && ACTOR_NOUNS.contains(&tag.lemma.as_str())
            || ACTOR_NOUNS.contains(&form.to_lowercase().as_str());
        if !(is_name || is_group) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while is_name && j < n && doc.tags[j].upos.as_str() == "PROPN" {
            j += 1;
        }
        let span = doc.tokens[i].span.cover(doc.tokens[j - 1].span);
        doc.entities.push(newsgraph_core::Entity {
            name: doc.span_text(span).to_string(),
            aliases: vec![],
            kind: newsgraph_core::EntityKind::Gpe,
            country: None,
            role: Some(newsgraph_core::Sector::GOV),
            title: None,
            spans: vec![span],
            group: false,
        });
        i = j;
    }
    Some(doc)
}

#[derive(Default)]
struct Tally {
    records: usize,
    expected: usize,
    found: usize,
    predicted: usize,
    spurious: usize,
    /// Spurious events other than 01x statements (the suites do not code
    /// reporting verbs, the gold format does).
    spurious_acts: usize,
    predicted_acts: usize,
}

/// Event roots on the UD-PETRARCH validation records (gold UD parses,
/// expected CAMEO codes): the share of expected events found and of
/// predicted events that are spurious, as UD-PETRARCH reports them.
fn petrarch_records(file: &Path, lex: &newsgraph_nlp::events::Lexicon, t: &mut Tally) {
    let Ok(xml) = std::fs::read_to_string(file) else {
        return;
    };
    for rec in xml.split("<Sentence ").skip(1) {
        let head = rec.lines().next().unwrap_or("");
        if head.contains("evaluate=\"false\"") || !rec.contains("<Parse>") {
            continue;
        }
        let expected: Vec<String> = rec
            .split("<EventCoding ")
            .skip(1)
            .filter_map(|c| {
                let c = c.split('>').next()?;
                let code = c.split("eventcode=\"").nth(1)?.split('"').next()?;
                Some(code.get(..2)?.to_string())
            })
            .collect();
        if rec.contains("error=") {
            continue;
        }
        let Some(parse) = rec
            .split("<Parse>")
            .nth(1)
            .and_then(|p| p.split("</Parse>").next())
        else {
            continue;
        };
        let Some(doc) = record_doc(parse) else {
            continue;
        };
        let events = newsgraph_nlp::events::Coder::new(lex, &doc).code();
        // Compound actors give one coding per actor pair upstream and one
        // event with actor lists here: compare the sets of roots.
        let mut expected = expected;
        expected.sort();
        expected.dedup();
        let mut roots: Vec<String> = events
            .iter()
            .filter(|e| !e.negated)
            .map(|e| e.cameo[..2].to_string())
            .collect();
        roots.sort();
        roots.dedup();
        t.records += 1;
        t.expected += expected.len();
        t.predicted += roots.len();
        for r in &expected {
            if let Some(k) = roots.iter().position(|x| x == r) {
                roots.remove(k);
                t.found += 1;
            }
        }
        t.spurious += roots.len();
        t.spurious_acts += roots.iter().filter(|r| *r != "01").count();
        t.predicted_acts += events
            .iter()
            .filter(|e| !e.negated && !e.cameo.starts_with("01"))
            .map(|e| &e.cameo[..2])
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if std::env::var_os("NEWSGRAPH_EVENTS_DEBUG").is_some() {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    let neg = if e.negated { "(negated)" } else { "" };
                    format!("{}:{}{neg}", e.cameo, doc.span_text(e.trigger))
                })
                .collect();
            eprintln!(
                "{} | want {:?} | got {:?} | {}",
                head.split("id=\"")
                    .nth(1)
                    .and_then(|x| x.split('"').next())
                    .unwrap_or(""),
                expected,
                got,
                doc.text()
            );
        }
    }
}

/// Measured at the end of the seventh session; see the issue note.
const FOUND_FLOOR: f64 = 0.505;
const SPURIOUS_CEILING: f64 = 0.415;

#[test]
fn petrarch_validation_suites() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let lex = newsgraph_nlp::events::Lexicon::embedded().expect("lexicon");
    let dir = shared.join("data/petrarch2-validation/ud-petrarch");
    let mut t = Tally::default();
    petrarch_records(&dir.join("PETR_Validate_records_2_02.xml"), &lex, &mut t);
    petrarch_records(&dir.join("PETR2_GSR_validation.xml"), &lex, &mut t);
    let found = t.found as f64 / t.expected.max(1) as f64;
    let spurious = t.spurious as f64 / t.predicted.max(1) as f64;
    let spurious_acts = t.spurious_acts as f64 / t.predicted_acts.max(1) as f64;
    eprintln!(
        "petrarch validation: {} records, {} expected, found {:.3}, {} predicted, spurious {:.3} ({:.3} without 01x statements)",
        t.records, t.expected, found, t.predicted, spurious, spurious_acts
    );
    assert!(t.records > 300, "{} records read", t.records);
    // Floors (the suites code neither reporting verbs nor one-sided
    // meetings, nor acts without a target, which the gold format does).
    assert!(found >= FOUND_FLOOR, "found {found:.3}");
    assert!(spurious <= SPURIOUS_CEILING, "spurious {spurious:.3}");
}
