//! The linguistic layer end to end (tokenizer → sentencizer → tagger →
//! parser) with the embedded models: the structures event coding relies on
//! (subjects, objects, passives, negation, reported speech, appositions,
//! coordination) on news sentences written for this test, and a property
//! test that no input can make the layer panic or produce bad spans.

use newsgraph_core::{Article, Doc, Layer};
use newsgraph_nlp::Pipeline;
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::standard()
            .expect("standard pipeline builds")
            .until(Layer::Deps)
    })
}

fn annotate(text: &str) -> Doc {
    pipeline().annotate(Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    })
}

/// `rel(head, dependent)` triples of the first sentence, by word.
fn arcs(doc: &Doc) -> Vec<String> {
    (0..doc.tokens.len())
        .map(|i| {
            let d = doc.deps[i];
            let head = d.head.map_or("ROOT", |h| doc.token_text(h));
            format!(
                "{}({}, {})",
                d.rel,
                head,
                doc.token_text(newsgraph_core::TokenId::at(i))
            )
        })
        .collect()
}

#[test]
fn tricky_news_sentences() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Three soldiers were killed by a roadside bomb on Monday.",
            &[
                "nsubj:pass(killed, soldiers)",
                "aux:pass(killed, were)",
                "root(ROOT, killed)",
            ],
        ),
        (
            "The minister said the talks would resume next week.",
            &[
                "nsubj(said, minister)",
                "ccomp(said, resume)",
                "nsubj(resume, talks)",
                "aux(resume, would)",
            ],
        ),
        (
            "Russia and Ukraine agreed to exchange prisoners.",
            &[
                "nsubj(agreed, Russia)",
                "conj(Russia, Ukraine)",
                "cc(Ukraine, and)",
                "xcomp(agreed, exchange)",
                "obj(exchange, prisoners)",
            ],
        ),
        (
            "Ahmad Zia, a spokesman for the ministry in Kabul, also confirmed the attack.",
            &[
                "nsubj(confirmed, Ahmad)",
                "flat(Ahmad, Zia)",
                "appos(Ahmad, spokesman)",
                "obj(confirmed, attack)",
            ],
        ),
        (
            "The government did not confirm the report.",
            &[
                "nsubj(confirm, government)",
                "aux(confirm, did)",
                "advmod(confirm, not)",
                "obj(confirm, report)",
            ],
        ),
        (
            "The police arrested two men who had attacked the embassy.",
            &[
                "nsubj(arrested, police)",
                "obj(arrested, men)",
                "acl:relcl(men, attacked)",
            ],
        ),
        // Old wire style: the time word between subject and verb is
        // neither the subject nor makes the noun before it an adjective.
        (
            "A senior U.S. official today praised the agreement.",
            &[
                "nsubj(praised, official)",
                "obl:unmarked(praised, today)",
                "obj(praised, agreement)",
            ],
        ),
        (
            "Police yesterday also arrested three men.",
            &[
                "nsubj(arrested, Police)",
                "obl:unmarked(arrested, yesterday)",
                "obj(arrested, men)",
            ],
        ),
        // A subordinator read as the preposition of the clause's subject.
        (
            "The talks collapsed after rebels attacked an army base.",
            &[
                "nsubj(collapsed, talks)",
                "advcl(collapsed, attacked)",
                "mark(attacked, after)",
                "nsubj(attacked, rebels)",
                "obj(attacked, base)",
            ],
        ),
        // The same, with the subject read as a phrase of a time noun: the
        // verb after "and" with no comma continues the clause.
        (
            "The government suspended the talks on Wednesday, a day after rebels attacked an army base and killed four soldiers.",
            &[
                "advcl(suspended, attacked)",
                "mark(attacked, after)",
                "nsubj(attacked, rebels)",
                "conj(attacked, killed)",
            ],
        ),
        // The infinitive after an object-control verb read as a relative
        // clause of the object.
        (
            "UNICEF urged the kidnappers to release all the children without conditions.",
            &[
                "obj(urged, kidnappers)",
                "xcomp(urged, release)",
                "obj(release, children)",
            ],
        ),
        // An irregular past the tagger never saw, after a noun it read as
        // an adjective.
        (
            "In 2019, a tribunal upheld the victory of the governor.",
            &["nsubj(upheld, tribunal)", "obj(upheld, victory)"],
        ),
        // The agent of a reduced relative read as the main subject.
        (
            "Troops backed by air force jets had launched an offensive.",
            &[
                "nsubj(launched, Troops)",
                "acl(Troops, backed)",
                "obl:agent(backed, jets)",
            ],
        ),
        // "of" before a name read as the marker of a clause.
        (
            "Militiamen near the village of Tal Abyad seized a truck.",
            &[
                "nsubj(seized, Militiamen)",
                "nmod(village, Tal)",
                "case(Tal, of)",
                "obj(seized, truck)",
            ],
        ),
        // A coordinated subject split at "and" into two subjects.
        (
            "Fighting between Ethiopian troops and Fano militiamen has forced thousands from their homes.",
            &[
                "nsubj(forced, Fighting)",
                "nmod(Fighting, troops)",
                "conj(troops, militiamen)",
                "cc(militiamen, and)",
            ],
        ),
        // A finite verb hung from the subject's noun as a relative.
        (
            "Relatives of miners protested outside the company offices on Friday.",
            &[
                "nsubj(protested, Relatives)",
                "root(ROOT, protested)",
                "nmod(Relatives, miners)",
            ],
        ),
        // "that" after the time of a reporting verb opens its complement.
        (
            "The ministry said yesterday that troops had withdrawn.",
            &[
                "nsubj(said, ministry)",
                "ccomp(said, withdrawn)",
                "mark(withdrawn, that)",
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let doc = annotate(text);
        assert_eq!(doc.sentences.len(), 1, "{text}");
        let got = arcs(&doc);
        for w in *want {
            if !got.iter().any(|g| g == w) {
                failures.push(format!("{text}\n  missing {w}\n  got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tags_and_lemmas_of_news_verbs() {
    let doc = annotate("The Taliban seized the district and held talks.");
    let tag = |w: &str| {
        let i = (0..doc.tokens.len())
            .find(|&i| doc.token_text(newsgraph_core::TokenId::at(i)) == w)
            .expect("word present");
        (doc.tags[i].upos.as_str(), doc.tags[i].lemma.as_str())
    };
    assert_eq!(tag("seized"), ("VERB", "seize"));
    assert_eq!(tag("held"), ("VERB", "hold"));
    assert_eq!(tag("talks"), ("NOUN", "talk"));
    assert_eq!(tag("Taliban").0, "PROPN");
}

fn check_invariants(text: &str, doc: &Doc) {
    let mut prev_end = 0;
    for t in &doc.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(s < e && s >= prev_end, "tokens sorted and non-empty");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert!(!text[s..e].chars().any(char::is_whitespace));
        prev_end = e;
    }
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.first.index(), next, "sentences cover all tokens in order");
        assert!(s.end.index() > s.first.index());
        next = s.end.index();
        let roots = s
            .tokens()
            .filter(|t| doc.deps[t.index()].head.is_none())
            .count();
        assert_eq!(roots, 1, "one root per sentence");
        for t in s.tokens() {
            if let Some(h) = doc.deps[t.index()].head {
                assert!(h.index() >= s.first.index() && h.index() < s.end.index());
                assert_ne!(h, t);
            }
        }
    }
    assert_eq!(next, doc.tokens.len());
    assert_eq!(doc.tags.len(), doc.tokens.len());
    assert_eq!(doc.deps.len(), doc.tokens.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_goes_through_without_panic(text in "\\PC{0,200}") {
        let doc = annotate(&text);
        check_invariants(&text, &doc);
    }

    #[test]
    fn newsy_text_goes_through(text in "([A-Z][a-z]{0,8}|[0-9]{1,4}|[.,!?'’\"“”()—-]|U\\.S\\.|n't|'s| |\n){0,80}") {
        let doc = annotate(&text);
        check_invariants(&text, &doc);
    }
}
