//! Actors benchmarks: the mention finder (NER model + lexicons) and the
//! actor coder on a fixed news-like text written here, after the earlier
//! layers are filled. Throughput is reported in tokens, so the mention
//! finder's target (≥ 500,000 tokens/s on one core) reads off directly.
//!
//! `cargo bench --bench actors`; numbers go in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_core::{Article, Doc, Layer};
use newsgraph_nlp::stages::actor_coder::ActorCoder;
use newsgraph_nlp::stages::mention_finder::MentionFinder;
use newsgraph_nlp::{Pipeline, Stage};

const ARTICLE: &str = "Negotiators from the Sudanese army and the Rapid Support Forces met in \
Jeddah on Tuesday, a spokesman for the Saudi Foreign Ministry said. Abdel Rahman Osman, a \
senior adviser to the army chief, told reporters that the talks had focused on a ceasefire \
and aid corridors. The RSF said in a statement that its fighters would respect a truce if \
government troops did the same. US special envoy Thomas Reilly welcomed the meeting, and \
Washington urged both sides to allow the World Food Programme to reach Darfur. Egyptian \
officials and African Union mediators joined later. Reilly said he expected a second round \
next week. Aid groups warned that millions of Sudanese civilians faced hunger, and that \
fighting in Khartoum and El Fasher had driven hundreds of thousands from their homes.";

fn prepared(until: Layer) -> Doc {
    let p = Pipeline::standard().expect("pipeline builds").until(until);
    // Ten copies: a long article, so per-call overhead does not dominate.
    let text = [ARTICLE; 10].join("\n\n");
    p.annotate(Article {
        id: "bench".into(),
        text,
        ..Article::default()
    })
}

fn benches(c: &mut Criterion) {
    let doc = prepared(Layer::Deps);
    let tokens = doc.tokens.len() as u64;
    let finder = MentionFinder::new().expect("mention finder builds");
    let mut g = c.benchmark_group("actors");
    g.throughput(Throughput::Elements(tokens));
    g.bench_function("mention_finder", |b| b.iter(|| finder.find(&doc).len()));
    let mut with_mentions = doc.clone();
    finder.annotate(&mut with_mentions);
    let coder = ActorCoder::new().expect("actor coder builds");
    g.bench_function("actor_coder", |b| {
        b.iter(|| {
            let mut d = with_mentions.clone();
            coder.annotate(&mut d);
            d.entities.len()
        })
    });
    g.finish();
}

criterion_group!(benches_group, benches);
criterion_main!(benches_group);
