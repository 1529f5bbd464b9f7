//! Geocoder benchmarks: parsing the embedded gazetteer (load time), one
//! name lookup, and the geocoder stage on a short article it did not see
//! in tuning (written here), with and without the rest of the pipeline.
//!
//! `cargo bench --bench places`; numbers go in BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use newsgraph_core::{Article, Doc, Layer};
use newsgraph_nlp::geo::{text::name_key, Gazetteer};
use newsgraph_nlp::stages::geocoder::Geocoder;
use newsgraph_nlp::{Pipeline, Stage};

const COUNTRIES: &str = include_str!("../data/gazetteer/countries.tsv");
const ADMIN1: &str = include_str!("../data/gazetteer/admin1.tsv");
const CITIES: &str = include_str!("../data/gazetteer/cities.tsv");
const SITES: &str = include_str!("../data/gazetteer/sites.tsv");

const ARTICLE: &str = "KANDAHAR, Afghanistan -- Gunmen attacked a police post near Kandahar \
on Tuesday, officials in Kabul said, a day after fighting in Helmand province forced \
hundreds of families to flee toward the border with Pakistan. Flights at Kandahar airport \
were suspended. Islamabad has closed the Torkham crossing, and aid agencies in Quetta and \
Peshawar said supplies were running low. Washington said it was watching closely. \
The United Nations mission in Afghanistan called for calm across the south and west, \
including Herat and Farah, and the German Embassy in Kabul advised citizens to stay indoors.";

fn article() -> Article {
    Article {
        id: "bench".into(),
        text: ARTICLE.into(),
        ..Article::default()
    }
}

fn benches(c: &mut Criterion) {
    // every set-up runs inside its closure, so a filtered run
    // (`cargo bench --bench places -- gazetteer_load`) does only its own work
    c.bench_function("gazetteer_load", |b| {
        b.iter(|| Gazetteer::parse(COUNTRIES, ADMIN1, CITIES, SITES).map(|g| g.entries.len()))
    });
    c.bench_function("gazetteer_lookup", |b| {
        let g = Gazetteer::embedded().expect("gazetteer loads");
        b.iter(|| g.lookup(&name_key(black_box("Kandahar"))).len())
    });
    c.bench_function("geocoder_stage", |b| {
        let geocoder = Geocoder::new().expect("geocoder builds");
        let before = Pipeline::standard()
            .expect("pipeline builds")
            .until(Layer::Entities);
        // the stage replaces `doc.places` each time: no clone in the loop
        let mut doc: Doc = before.annotate(article());
        b.iter(|| {
            geocoder.annotate(&mut doc);
            doc.places.len()
        })
    });
    c.bench_function("pipeline_article", |b| {
        let full = Pipeline::standard().expect("pipeline builds");
        b.iter(|| full.annotate(article()).places.len())
    });
}

criterion_group!(places, benches);
criterion_main!(places);
