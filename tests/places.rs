//! Places: the gazetteer tables are well-formed, and the geocoder's places
//! score against the human gold in ../shared/eval (seed and dev) at or above
//! their floors. The scoring follows eval/GOLD-FORMAT.md for places: same
//! country, the predicted name equals the gold name or one of its aliases
//! (case-insensitive, punctuation and a leading "the" ignored), and for
//! cities and sites, coordinates within 50 km where both have them.

mod common;

use newsgraph_core::{Article, Place};
use newsgraph_nlp::geo::distance_km;
use newsgraph_nlp::Pipeline;
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;

const TABLES: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../data/gazetteer/countries.tsv"),
    ),
    ("admin1.tsv", include_str!("../data/gazetteer/admin1.tsv")),
    ("cities.tsv", include_str!("../data/gazetteer/cities.tsv")),
    ("sites.tsv", include_str!("../data/gazetteer/sites.tsv")),
    ("regions.tsv", include_str!("../data/gazetteer/regions.tsv")),
];

#[test]
fn gazetteer_tables_are_sorted_unique_and_valid() {
    let countries: HashSet<&str> = TABLES[0]
        .1
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert!(countries.len() >= 249, "{} countries", countries.len());
    for (file, text) in TABLES {
        let mut lines = text.lines().filter(|l| !l.starts_with('#'));
        let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
        let col = |name: &str| header.iter().position(|h| *h == name);
        let (lat, lon) = (col("lat"), col("lon"));
        let country = if *file == "countries.tsv" {
            col("iso3")
        } else {
            col("country")
        };
        let country = country.expect("country column");
        let mut prev: Option<&str> = None;
        for (n, line) in lines.enumerate() {
            let cells: Vec<&str> = line.split('\t').collect();
            let at = format!("{file}:{}", n + 2);
            assert_eq!(cells.len(), header.len(), "{at}: ragged row");
            let key = cells[0];
            if let Some(p) = prev {
                assert!(
                    p < key,
                    "{at}: `{key}` not after `{p}` (sorted, duplicate-free)"
                );
            }
            prev = Some(key);
            let iso = cells[country];
            let placeless = *file == "regions.tsv" && iso == "-";
            assert!(
                placeless
                    || iso.len() == 3
                        && iso.bytes().all(|b| b.is_ascii_uppercase())
                        && countries.contains(iso),
                "{at}: bad ISO alpha-3 `{iso}`"
            );
            if let (Some(lat), Some(lon)) = (lat, lon) {
                let la: f64 = cells[lat].parse().unwrap_or(f64::NAN);
                let lo: f64 = cells[lon].parse().unwrap_or(f64::NAN);
                assert!(
                    (-90.0..=90.0).contains(&la),
                    "{at}: latitude {}",
                    cells[lat]
                );
                assert!(
                    (-180.0..=180.0).contains(&lo),
                    "{at}: longitude {}",
                    cells[lon]
                );
            }
            for cell in &cells {
                assert!(!cell.is_empty(), "{at}: empty cell (use `-`)");
            }
        }
    }
}

fn norm(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s);
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// (true positives, predicted, gold, coordinate hits, coordinate checks)
#[derive(Debug, Default, Clone, Copy)]
struct Score {
    tp: usize,
    pred: usize,
    gold: usize,
    near: usize,
    located: usize,
}

fn score(pred: &[Place], gold: &[Value], verbose: bool) -> Score {
    let mut s = Score {
        pred: pred.len(),
        gold: gold.len(),
        ..Score::default()
    };
    let mut used = vec![false; pred.len()];
    for g in gold {
        let names: Vec<String> = std::iter::once(g["name"].as_str().unwrap_or(""))
            .chain(
                g["aliases"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str),
            )
            .map(norm)
            .collect();
        let country = g["country"].as_str();
        let kind = g["kind"].as_str().unwrap_or("");
        let coords = g["lat"].as_f64().zip(g["lon"].as_f64());
        let hit = pred.iter().enumerate().find(|(i, p)| {
            !used[*i] && p.country.as_deref() == country && names.contains(&norm(&p.name))
        });
        match hit {
            Some((i, p)) => {
                let close = match (coords, p.lat.zip(p.lon)) {
                    (Some(a), Some(b)) if kind == "city" || kind == "site" => {
                        s.located += 1;
                        let ok = distance_km(a, b) <= 50.0;
                        if ok {
                            s.near += 1;
                        }
                        ok
                    }
                    _ => true,
                };
                if close {
                    used[i] = true;
                    s.tp += 1;
                } else if verbose {
                    eprintln!("  far: {} ({:?} vs {:?})", p.name, coords, p.lat.zip(p.lon));
                }
            }
            None if verbose => eprintln!("  missed: {} {:?}", g["name"], country),
            None => {}
        }
    }
    if verbose {
        for (p, u) in pred.iter().zip(&used) {
            if !u {
                eprintln!("  spurious: {} {:?} {:?}", p.name, p.country, p.kind);
            }
        }
    }
    s
}

fn run(pipeline: &Pipeline, txt: &Path) -> (Vec<Place>, Vec<Value>) {
    let text = std::fs::read_to_string(txt).expect("article text");
    let gold_path = txt.with_extension("gold.json");
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path).expect("gold"))
        .expect("gold json");
    let doc = pipeline.annotate(Article {
        id: txt
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        text,
        published: gold["doc"]["published"]
            .as_str()
            .and_then(|d| d.parse().ok()),
        ..Article::default()
    });
    (
        doc.places,
        gold["places"].as_array().cloned().unwrap_or_default(),
    )
}

fn f1(s: Score) -> f64 {
    let (p, r) = (
        s.tp as f64 / s.pred.max(1) as f64,
        s.tp as f64 / s.gold.max(1) as f64,
    );
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn eval_set(pipeline: &Pipeline, files: &[std::path::PathBuf]) -> Score {
    let mut total = Score::default();
    for f in files {
        eprintln!("{}", f.display());
        let (pred, gold) = run(pipeline, f);
        let s = score(&pred, &gold, true);
        eprintln!("  tp {} pred {} gold {}", s.tp, s.pred, s.gold);
        total.tp += s.tp;
        total.pred += s.pred;
        total.gold += s.gold;
        total.near += s.near;
        total.located += s.located;
    }
    total
}

#[test]
fn places_score_on_seed_and_dev() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let pipeline = Pipeline::standard().expect("pipeline builds");
    let seed = eval_set(&pipeline, &[shared.join("eval/seed.txt")]);
    let mut dev_files: Vec<_> = std::fs::read_dir(shared.join("eval/dev"))
        .expect("eval/dev")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    dev_files.sort();
    let dev = eval_set(&pipeline, &dev_files);
    eprintln!(
        "places seed: F1 {:.3} ({:?}); dev: F1 {:.3} ({:?})",
        f1(seed),
        seed,
        f1(dev),
        dev
    );
    assert!(
        f1(seed) >= 0.90,
        "seed places F1 {:.3} below its floor",
        f1(seed)
    );
    assert!(
        f1(dev) >= 0.80,
        "dev places F1 {:.3} below its floor",
        f1(dev)
    );
    let located = seed.located + dev.located;
    let near = seed.near + dev.near;
    assert!(
        near * 100 >= located * 95,
        "{near}/{located} located places within 50 km"
    );
}

/// "Second Thomas Shoal": a name ending in a word for a feature of the sea
/// is a place (the model read "Thomas Shoal" as a person), found with its
/// ordinal in the gazetteer of sites.
#[test]
fn a_feature_of_the_sea_is_a_place_not_a_person() {
    let doc = common::annotate_published(
        "Chinese vessels fired water cannon at two supply boats near Second Thomas Shoal on Sunday.",
        "2025-10-22",
    );
    let shoal = place_named(&doc, "Second Thomas Shoal");
    assert_eq!(shoal.country.as_deref(), Some("PHL"));
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("Shoal")),
        "{:?}",
        doc.entities
    );
}

/// A city division GeoNames names "X Model Thana" is "X" in the news, and
/// the article's country decides between homonyms.
#[test]
fn a_division_named_without_its_suffix_is_found_in_the_articles_country() {
    let doc = common::annotate_published(
        "DHAKA, Bangladesh (AP) — A fire broke out in a factory in Dhaka on Thursday.\n\
         The blaze started in the Mirpur area.\n",
        "2025-08-08",
    );
    let mirpur = place_named(&doc, "Mirpur");
    assert_eq!(mirpur.country.as_deref(), Some("BGD"));
}

/// A militia the actor lexicon lists ("Fano") shares its name with a town
/// abroad: after "from" in an article about other countries it is the
/// group, not the town; "in Fano" in an article naming no country is still
/// the town.
#[test]
fn an_armed_group_named_like_a_town_abroad_is_no_place() {
    let doc = common::annotate_published(
        "Fighters from Fano attacked a police post in Gondar on Monday, Ethiopian officials said.",
        "2025-03-04",
    );
    assert!(
        doc.places.iter().all(|p| p.name != "Fano"),
        "{:?}",
        doc.places
    );
    let doc = common::annotate_published(
        "A man was arrested in Fano on Monday after a fight at a bar.",
        "2025-03-04",
    );
    assert_eq!(place_named(&doc, "Fano").country.as_deref(), Some("ITA"));
}

/// A bare "Atlantic" is the ocean, not Atlantic City.
#[test]
fn a_bare_ocean_name_is_the_ocean() {
    let doc = common::annotate_published(
        "Two fishing boats sank in the Atlantic on Sunday, the coast guard said.",
        "2025-03-04",
    );
    assert!(
        doc.places
            .iter()
            .all(|p| p.country.as_deref() != Some("USA")),
        "{:?}",
        doc.places
    );
}

/// The place of that name; the test fails listing every place when there
/// is none.
fn place_named<'a>(doc: &'a newsgraph_core::Doc, name: &str) -> &'a Place {
    doc.places
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", doc.places))
}
