//! `newsgraph eval-ner FILE`: scores the mention finder (model + lexicons)
//! on a CoNLL/IOB file, the GMB CSV or a GUM CoNLL-U file (named mentions,
//! read as `corpus::read_gum` does, title words stripped from
//! person spans as in training), span-exact, per type.
//!
//! Where the file marks documents (`-DOCSTART-`, `# newdoc`) each document
//! is annotated whole, as the pipeline annotates an article (the finder's
//! article-wide repairs apply); elsewhere, or with `--sentences`, each
//! sentence alone. The text is the file's tokens joined by spaces, with
//! the file's sentences, so the score measures recognition, not
//! tokenisation. Tag sets are mapped as `actors::corpus` says; our GPE, LOC
//! and FAC count as LOC, and NORP is scored only when the file has NORP
//! (GMB's `gpe`); otherwise NORP predictions are dropped. Predictions
//! that touch a gold span of a type we do not predict (WikiGold's MISC)
//! are not scored, as in the usual per-type CoNLL evaluation.

use super::train_ner::layout;
use anyhow::Context;
use newsgraph_core::{Article, Doc, Layer, MentionKind, Sentence, Token, TokenId, TokenKind};
use newsgraph_nlp::actors::corpus::{self, Counts};
use newsgraph_nlp::actors::gazetteer_codes;
use newsgraph_nlp::actors::ner::{self, NerType};
use newsgraph_nlp::stages::mention_finder::MentionFinder;
use newsgraph_nlp::stages::tagger::Tagger;
use newsgraph_nlp::Stage;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A CoNLL/IOB file (wikigold, UNER .iob2, BTC, WNUT) or the GMB CSV.
    pub file: PathBuf,
    /// Print {precision, recall, f1, by_type} as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print each sentence where prediction and gold differ (to stderr).
    #[arg(long)]
    pub errors: bool,
    /// Score the statistical model's own spans: no lexicon matches and no
    /// repairs (NORP dropped as above).
    #[arg(long)]
    pub raw: bool,
    /// Annotate each sentence on its own, even where the file marks
    /// documents (by default a document is annotated whole, as the
    /// pipeline annotates an article, so the finder's article-wide repairs
    /// apply).
    #[arg(long)]
    pub sentences: bool,
    /// Score this model file instead of the embedded one.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

fn our_type(kind: MentionKind) -> NerType {
    match kind {
        MentionKind::Person => NerType::Per,
        MentionKind::Org => NerType::Org,
        MentionKind::Gpe | MentionKind::Loc | MentionKind::Fac => NerType::Loc,
        MentionKind::Norp => NerType::Norp,
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(&a.file).with_context(|| format!("reading {}", a.file.display()))?;
    let sentences = if a.file.extension().is_some_and(|e| e == "csv") {
        corpus::read_gmb(&corpus::decode_cp1252(&bytes))
    } else if a.file.extension().is_some_and(|e| e == "conllu") {
        let lex = newsgraph_nlp::actors::lexicon::Lexicons::embedded()?;
        let mut s = corpus::read_gum(&String::from_utf8_lossy(&bytes), true);
        for s in &mut s {
            corpus::strip_titles(s, |w| super::train_ner::is_title(&lex, w));
        }
        s
    } else {
        corpus::read_iob(&String::from_utf8_lossy(&bytes))
    };
    let finder = match &a.model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            MentionFinder::with_model(&p.display().to_string(), &bytes)?
        }
        None => MentionFinder::new()?,
    };
    let tagger = Tagger::new()?;
    let gold_has_norp = sentences.iter().any(|s| {
        s.labels
            .iter()
            .any(|&l| l == newsgraph_nlp::actors::ner::begin(NerType::Norp))
    });
    let mut by_type: BTreeMap<NerType, Counts> = BTreeMap::new();
    // Documents: runs of sentences from one `doc_start` to the next (each
    // sentence alone with --sentences or when the file marks none).
    let by_doc = !a.sentences && sentences.iter().any(|s| s.doc_start);
    let mut docs: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        match docs.last_mut() {
            Some(d) if by_doc && !s.doc_start => d.end = i + 1,
            _ => docs.push(i..i + 1),
        }
    }
    for range in docs {
        let group = &sentences[range];
        let words: Vec<String> = group.iter().flat_map(|s| s.words.iter().cloned()).collect();
        let (text, spans) = layout(&words);
        let mut doc = Doc::new(Article {
            id: String::new(),
            text,
            ..Article::default()
        });
        doc.tokens = spans
            .iter()
            .map(|&span| Token {
                span,
                kind: TokenKind::Word,
                space_after: true,
                line_start: false,
            })
            .collect();
        let mut starts = Vec::with_capacity(group.len());
        let mut first = 0;
        for s in group {
            let end = first + s.words.len();
            if end > first {
                doc.sentences.push(Sentence {
                    span: spans[first].cover(spans[end - 1]),
                    first: TokenId::at(first),
                    end: TokenId::at(end),
                });
            }
            starts.push(first);
            first = end;
        }
        doc.layers = vec![Layer::Tokens, Layer::Sentences];
        tagger.annotate(&mut doc);
        doc.layers.push(Layer::Tags);
        // The finder's mentions in token ranges of their sentence.
        let mut found: Vec<Vec<(usize, usize, NerType)>> = vec![Vec::new(); group.len()];
        if !a.raw {
            for m in finder.find(&doc) {
                let t = our_type(m.kind);
                if t == NerType::Norp && !gold_has_norp {
                    continue;
                }
                // Mentions are scored on the tokens they cover.
                let b = spans.partition_point(|sp| sp.end <= m.span.start);
                let e = spans.partition_point(|sp| sp.start < m.span.end);
                let k = starts.partition_point(|&st| st <= b).saturating_sub(1);
                let (st, n) = (starts[k], group[k].words.len());
                if e > st + n {
                    continue; // across two sentences
                }
                found[k].push((b - st, e - st, t));
            }
        }
        for (k, s) in group.iter().enumerate() {
            let tags = &doc.tags[starts[k]..starts[k] + s.words.len()];
            let pred: Vec<(usize, usize, NerType)> = if a.raw {
                let (text, spans) = layout(&s.words);
                let lex = finder.lexicons();
                let hits = lex.find(&text);
                let gaz = gazetteer_codes(lex, &hits, &text, &spans);
                let pos: Vec<u8> = tags.iter().map(|t| t.xpos.0).collect();
                let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                let (labels, _) = finder.model().tag(&words, &gaz, &pos);
                ner::spans(&labels)
                    .into_iter()
                    .filter(|&(_, _, t)| t != NerType::Norp || gold_has_norp)
                    .collect()
            } else {
                std::mem::take(&mut found[k])
            };
            let gold = newsgraph_nlp::actors::ner::spans(&s.labels);
            // A prediction on a span of an unscored gold type (MISC) is
            // neither a hit nor a false positive.
            let pred: Vec<_> = pred
                .into_iter()
                .filter(|&(b, e, _)| !s.unscored.get(b..e).is_some_and(|u| u.contains(&true)))
                .collect();
            if a.errors && gold != pred {
                let show = |v: &[(usize, usize, NerType)]| {
                    v.iter()
                        .map(|&(b, e, t)| format!("[{} {}]", t.as_str(), s.words[b..e].join(" ")))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                eprintln!(
                    "{}\n  gold: {}\n  pred: {}",
                    s.words.join(" "),
                    show(&gold),
                    show(&pred)
                );
            }
            corpus::score(&gold, &pred, &mut by_type);
        }
    }
    let mut all = Counts::default();
    for c in by_type.values() {
        all.add(*c);
    }
    if a.json {
        let types: serde_json::Map<String, serde_json::Value> = by_type
            .iter()
            .map(|(t, c)| {
                (
                    t.as_str().to_string(),
                    serde_json::json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                        "gold": c.tp + c.fn_, "predicted": c.tp + c.fp}),
                )
            })
            .collect();
        let out = serde_json::json!({
            "precision": all.precision(), "recall": all.recall(), "f1": all.f1(), "by_type": types,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!(
            "{:<6} {:>9} {:>9} {:>9} {:>7}",
            "type", "precision", "recall", "f1", "gold"
        );
        for (t, c) in &by_type {
            println!(
                "{:<6} {:>9.4} {:>9.4} {:>9.4} {:>7}",
                t.as_str(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp + c.fn_
            );
        }
        println!(
            "{:<6} {:>9.4} {:>9.4} {:>9.4} {:>7}",
            "all",
            all.precision(),
            all.recall(),
            all.f1(),
            all.tp + all.fn_
        );
    }
    Ok(ExitCode::SUCCESS)
}
