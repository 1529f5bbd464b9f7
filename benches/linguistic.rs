//! Throughput of the linguistic layer (tokenizer, sentence splitter, tagger,
//! parser) on one core, in tokens per second, over news-style text written
//! for this benchmark.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_core::{Article, Layer};
use newsgraph_nlp::Pipeline;

const TEXT: &str = "Rebels seize key border town as peace talks stall
GENEVA (Reuters) — Rebel fighters seized control of a strategic border town on Tuesday, officials said, dealing a blow to U.N.-backed peace talks that have made little progress since they opened in Geneva last month.
“We have lost contact with our units in the town,” an army spokesman, Col. Ahmed Farouk, told reporters. “The situation is very difficult.”
The fighting has displaced more than 12,000 people since Sunday, according to the International Organization for Migration, which said it was sending food and tents to camps near the frontier.
The government’s chief negotiator, who did not want to be named, said talks would resume on Sept. 3 if both sides agreed to a ceasefire. He added that the rebels' demands, including a share of oil revenue worth $3.5bn a year, were not acceptable.
Prices of basic goods have risen 85% in the capital, and the central bank was forced to devalue the currency twice in 2021-22.
Mr. Farouk said the army would not withdraw, but analysts doubt it can hold the region without foreign support.
";

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::standard()
        .expect("pipeline builds")
        .until(Layer::Deps);
    let text = TEXT.repeat(20);
    let n_tokens = pipeline
        .annotate(Article {
            id: "b".into(),
            text: text.clone(),
            ..Article::default()
        })
        .tokens
        .len();
    let mut g = c.benchmark_group("linguistic");
    g.throughput(Throughput::Elements(n_tokens as u64));
    g.sample_size(20);
    g.bench_function("tokenize_split_tag_parse", |b| {
        b.iter(|| {
            pipeline.annotate(Article {
                id: "b".into(),
                text: text.clone(),
                ..Article::default()
            })
        })
    });
    g.finish();
    c.bench_function("load_tagger_and_parser", |b| {
        b.iter(|| {
            (
                newsgraph_nlp::stages::tagger::Tagger::new().expect("tagger"),
                newsgraph_nlp::stages::parser::Parser::new().expect("parser"),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
