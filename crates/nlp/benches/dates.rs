//! Speed of the dates layer: `time::find` over a news-like text (written for
//! this bench, about 2 KB with 20 time expressions), after a warm-up.
//!
//! `cargo bench -p newsgraph-nlp --bench dates`

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_nlp::time;

const TEXT: &str = "Rebel fighters seized two border towns on Saturday, officials said, \
a week after talks in the capital collapsed. The defence ministry said on Friday that \
reinforcements would arrive by the end of the month. Negotiators will meet again on \
Monday in Geneva, the envoy told reporters, adding that a deal could be signed by \
September 11. The conflict began in March 2011 and has displaced more than two million \
people over the past 12 years. Fighting has intensified in recent weeks, and aid groups \
said the past few days were the worst since mid-May. Last year, the government promised \
elections in early 2024; they were postponed twice. On 2 August, both sides agreed to a \
truce for two months. It is due to expire on 2 October. Two weeks ago the parties \
exchanged prisoners, and another exchange is planned for next week. The first round of \
talks took place between May and July 2019, and the 1990s saw a similar war. Prices \
doubled this year, according to figures released on 10/07/2023, and economists expect \
them to rise again later this year. Protesters gathered outside parliament yesterday \
evening and vowed to return tomorrow.";

fn bench(c: &mut Criterion) {
    let published = NaiveDate::from_ymd_opt(2023, 8, 16);
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Bytes(TEXT.len() as u64));
    group.bench_function("find", |b| {
        b.iter(|| time::find(black_box(TEXT), black_box(published)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
