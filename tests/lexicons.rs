//! Every TSV table under `data/` is well formed: a header, rows as wide as
//! the header, sorted by the first column (byte order, as `LC_ALL=C sort`),
//! no duplicate rows or keys, ISO 3166-1 alpha-3 codes in `iso3`/`country`
//! columns (checked against `data/lexicons/countries.tsv`), and CAMEO
//! sector codes in `sector`/`role` columns. New tables are covered without
//! touching this file.

use newsgraph_core::Sector;
use newsgraph_nlp::lexicon::Table;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn tables(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            tables(&p, out);
        } else if p.extension().is_some_and(|x| x == "tsv") {
            out.push(p);
        }
    }
}

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn iso3_codes() -> HashSet<String> {
    let text = std::fs::read_to_string(data_dir().join("lexicons/countries.tsv"))
        .expect("data/lexicons/countries.tsv exists");
    let t = Table::parse("data/lexicons/countries.tsv", &text).expect("countries parse");
    let c = t.column("iso3").expect("iso3 column");
    t.rows.iter().map(|r| r.get(c).to_string()).collect()
}

#[test]
fn every_table_is_sorted_unique_and_uses_valid_codes() {
    let mut files = Vec::new();
    tables(&data_dir(), &mut files);
    files.sort();
    assert!(files.len() >= 3, "expected the lexicons under data/");
    let iso3 = iso3_codes();
    assert!(
        iso3.len() >= 249,
        "countries.tsv has every ISO 3166-1 country"
    );
    let mut problems = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .display()
            .to_string();
        let text = std::fs::read_to_string(path).expect("readable table");
        let name: &'static str = Box::leak(name.into_boxed_str());
        let t = match Table::parse(name, &text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let mut seen_rows = HashSet::new();
        let mut prev: Option<&str> = None;
        for row in &t.rows {
            let key = row.get(0);
            if let Some(p) = prev {
                if p.as_bytes() > key.as_bytes() {
                    problems.push(format!("{name}:{}: `{key}` sorts before `{p}`", row.line));
                }
            }
            prev = Some(key);
            if !seen_rows.insert(row.cells.join("\t")) {
                problems.push(format!("{name}:{}: duplicate row", row.line));
            }
        }
        for (c, h) in t.header.iter().enumerate() {
            let check_iso = matches!(*h, "iso3" | "country");
            let check_sector = matches!(*h, "sector" | "role");
            for row in &t.rows {
                let Some(v) = row.opt(c) else { continue };
                if check_iso && !iso3.contains(v) {
                    problems.push(format!(
                        "{name}:{}: `{v}` is not an ISO3 code in countries.tsv",
                        row.line
                    ));
                }
                if check_sector && Sector::parse(v).is_none() {
                    problems.push(format!("{name}:{}: `{v}` is not a CAMEO sector", row.line));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn actor_lexicons_load_and_keys_are_unique() {
    let lex = newsgraph_nlp::actors::lexicon::Lexicons::embedded().expect("actor lexicons load");
    assert!(lex.len() > 1000, "{} surface forms", lex.len());
    for file in ["countries.tsv", "actors.tsv", "roles.tsv"] {
        let text = std::fs::read_to_string(data_dir().join("lexicons").join(file)).expect("table");
        let t = Table::parse("t", &text).expect("parses");
        let keys: HashSet<&str> = t.rows.iter().map(|r| r.get(0)).collect();
        assert_eq!(keys.len(), t.rows.len(), "{file}: duplicate key");
    }
}
