//! `newsgraph eval-plover FILE`: event-type accuracy and actor match on the
//! PLOVER gold-standard records (`PLOVER_GSR_CAMEO.dev.json`).
//!
//! Each record's sentence goes through the standard pipeline; the event
//! whose trigger best matches the record's `eventText` is compared with the
//! gold PLOVER type, source and target. The records use the older PLOVER
//! category names (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE), which are mapped
//! to the 2021 names our CAMEO table uses; accuracy is over the records whose
//! (mapped) type is one our table can produce. Actors match when a gold
//! `actorText` and a predicted entity name or alias (or an unnamed group's
//! head noun) contain one another (case-insensitive); an absent target
//! matches an empty one, and a joint act (source and target the same
//! participants, as we code "X and Y agreed") matches the records' form of
//! it, all participants as sources and no target. An event's type is read
//! under the CAMEO convention for acts not yet done
//! ([`Lexicon::cameo_convention`]): the records code "X will give Y a
//! grant" as an intent (AGREE), where our event is the grant (AID) with
//! status `planned`.

use anyhow::Context;
use newsgraph_core::{Article, Doc, EntityId, Event};
use newsgraph_nlp::events::Lexicon;
use newsgraph_nlp::Pipeline;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The records file (a JSON array), e.g. ../shared/data/plover/PLOVER_GSR_CAMEO.dev.json.
    pub file: PathBuf,
    /// Print {n, event_type_accuracy, source_match, target_match} as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print each record whose type or actors were missed, with the coded events.
    #[arg(long)]
    pub explain: bool,
}

/// The 2021 name of an older PLOVER category.
fn current_type(old: &str) -> &str {
    match old {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

fn actor_texts(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.get("actorText").and_then(Value::as_str))
            .map(str::to_lowercase)
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

/// The names and aliases of the entities; an unnamed group ("university
/// students") also by its head noun ("students"), as the records name
/// groups with other modifiers ("students throughout Indonesia").
fn names(doc: &Doc, ids: &[EntityId]) -> Vec<String> {
    ids.iter()
        .filter_map(|&e| doc.entity(e))
        .flat_map(|e| {
            let head = e
                .group
                .then(|| e.name.rsplit(' ').next().unwrap_or_default().to_string());
            std::iter::once(e.name.clone())
                .chain(e.aliases.iter().cloned())
                .chain(head)
        })
        .map(|s| s.to_lowercase())
        .collect()
}

fn actors_match(gold: &[String], predicted: &[String]) -> bool {
    if gold.is_empty() {
        return predicted.is_empty();
    }
    gold.iter().any(|g| {
        predicted
            .iter()
            .any(|p| !p.is_empty() && (g.contains(p.as_str()) || p.contains(g.as_str())))
    })
}

/// The event the record is about: a typed event whose trigger word starts
/// like a word of `eventText`, else the first typed event.
fn pick<'d>(doc: &'d Doc, event_text: &str) -> Option<&'d Event> {
    let words: Vec<String> = event_text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect();
    let typed = || doc.events.iter().filter(|e| e.plover.is_some());
    typed()
        .find(|e| {
            let t = doc.span_text(e.trigger).to_lowercase();
            let stem: String = t.chars().take(4).collect();
            words.iter().any(|w| w.starts_with(&stem))
        })
        .or_else(|| typed().next())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let records: Vec<Value> = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a JSON array of records", args.file.display()))?;
    let pipeline = Pipeline::standard()?;
    let lexicon = Lexicon::embedded()?;
    let known = lexicon.plover_types();
    let (mut n, mut right, mut src, mut tgt) = (0usize, 0usize, 0usize, 0usize);
    let mut confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        let Some(gold_type) = r.get("event").and_then(Value::as_str) else {
            continue;
        };
        let gold_type = current_type(gold_type);
        if !known.contains(gold_type) {
            continue;
        }
        let Some(sentence) = r.get("text").and_then(Value::as_str) else {
            continue;
        };
        let doc = pipeline.annotate(Article {
            id: r
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| format!("record-{i}"), str::to_string),
            published: chrono::NaiveDate::from_ymd_opt(2000, 1, 1),
            text: sentence.to_string(),
            ..Article::default()
        });
        let event_text = r.get("eventText").and_then(Value::as_str).unwrap_or("");
        let ev = pick(&doc, event_text);
        // Compared as CAMEO codes them: a planned act is an intent or threat.
        let predicted = ev
            .and_then(|e| {
                lexicon
                    .code(lexicon.cameo_convention(&e.cameo, e.status))
                    .and_then(|c| c.plover.clone())
                    .or_else(|| e.plover.clone())
            })
            .unwrap_or_else(|| "-".into());
        n += 1;
        right += usize::from(predicted == gold_type);
        // A joint act ("X and Y agreed", talks between X and Y) has all its
        // participants as both source and target here; the records list them
        // all as sources with no target, so it is compared that way.
        let (ps, pt) = ev.map_or((Vec::new(), Vec::new()), |e| {
            let joint = e.source.len() >= 2 && {
                let (mut s, mut t) = (e.source.clone(), e.target.clone());
                s.sort();
                t.sort();
                s == t
            };
            let target = if joint {
                Vec::new()
            } else {
                names(&doc, &e.target)
            };
            (names(&doc, &e.source), target)
        });
        let (gs, gt) = (actor_texts(r.get("source")), actor_texts(r.get("target")));
        let (sok, tok) = (actors_match(&gs, &ps), actors_match(&gt, &pt));
        src += usize::from(sok);
        tgt += usize::from(tok);
        if args.explain && (predicted != gold_type || !sok || !tok) {
            println!("{gold_type} -> {predicted}  src {sok} tgt {tok}  [{event_text}]");
            println!("  text: {sentence}");
            println!("  gold: {gs:?} -> {gt:?}");
            for e in &doc.events {
                println!(
                    "  event {} {:?} `{}` {:?} -> {:?} ({})",
                    e.cameo,
                    e.plover,
                    doc.span_text(e.trigger),
                    names(&doc, &e.source),
                    names(&doc, &e.target),
                    e.rule
                );
            }
            let ents: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
            println!("  entities: {ents:?}");
            let parse: Vec<String> = (0..doc.tokens.len())
                .map(|i| {
                    let tag = doc.tags.get(i);
                    let dep = doc.deps.get(i);
                    format!(
                        "{i}:{}/{}/{}>{}:{}",
                        doc.token_text(newsgraph_core::TokenId::at(i)),
                        tag.map_or("", |t| t.lemma.as_str()),
                        tag.map_or("", |t| t.upos.as_str()),
                        dep.and_then(|d| d.head).map_or(-1, |h| h.index() as i64),
                        dep.map_or("", |d| d.rel.as_str()),
                    )
                })
                .collect();
            println!("  parse: {}", parse.join(" "));
        }
        *confusion
            .entry((gold_type.to_string(), predicted))
            .or_default() += 1;
    }
    let frac = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "n": n,
                "event_type_accuracy": frac(right),
                "source_match": frac(src),
                "target_match": frac(tgt),
            })
        );
    } else {
        println!("records scored:       {n}");
        println!("event-type accuracy:  {:.3}", frac(right));
        println!("source match:         {:.3}", frac(src));
        println!("target match:         {:.3}", frac(tgt));
        println!("\nconfusion (gold -> predicted: count):");
        for ((g, p), c) in &confusion {
            let mark = if g == p { ' ' } else { '*' };
            println!("{mark} {g:<10} -> {p:<10} {c}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
