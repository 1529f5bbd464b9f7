//! Sentence boundaries on the shared evaluation articles.
//!
//! Expected boundaries are the character offsets where each sentence starts,
//! checked by hand against the articles (no article text is copied here).
//! Each article is one paragraph or headline per line; quotes that span two
//! sentences are split at the inner full stop, as UD treebanks do. Skips when
//! `../shared` is absent.

mod common;

use newsgraph_nlp::stages::{sentencizer, tokenizer};

/// Character offsets where each sentence of `text` starts.
fn starts(text: &str) -> Vec<usize> {
    let tokens = tokenizer::tokenize(text);
    sentencizer::split(text, &tokens)
        .iter()
        .map(|s| text[..s.span.start as usize].chars().count())
        .collect()
}

const EXPECTED: &[(&str, &[usize])] = &[
    (
        "eval/seed.txt",
        &[
            0, 210, 411, 557, 822, 1000, 1143, 1371, 1539, 1562, 1739, 1886, 2107, 2176, 2293,
            2411, 2550, 2695, 2871, 3045, 3106, 3199, 3293,
        ],
    ),
    (
        "eval/dev/ap-peru-protests-2023.txt",
        &[
            0, 156, 268, 470, 538, 602, 793, 909, 998, 1132, 1245, 1388, 1434, 1483, 1636,
        ],
    ),
    (
        "eval/dev/kyivindependent_istanbul_2025-05-16.txt",
        &[
            0, 241, 305, 434, 577, 712, 837, 955, 1041, 1186, 1277, 1412, 1586, 1808,
        ],
    ),
    (
        "eval/dev/memo_yemen_2022-08-16.txt",
        &[0, 244, 500, 547, 688, 831, 870, 998, 1166, 1572],
    ),
    (
        "eval/dev/rferl-belarus-sanctions-2021.txt",
        &[0, 98, 294, 654, 813, 1066, 1209, 1390, 1553, 1713],
    ),
];

#[test]
fn every_sentence_boundary_is_right_on_the_eval_articles() {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let mut checked = 0;
    for (file, want) in EXPECTED {
        let path = dir.join(file);
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped {}: not readable", path.display());
            continue;
        };
        assert_eq!(starts(&text), *want, "{file}");
        checked += 1;
    }
    assert!(checked > 0, "no eval article found under {}", dir.display());
}
