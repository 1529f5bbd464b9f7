//! `newsgraph eval-conllu GOLD.conllu`: scores the linguistic layer against
//! a UD treebank.
//!
//! Default: gold tokens and sentences go in, the embedded tagger and parser
//! run, and UPOS, XPOS, lemma accuracy, UAS and LAS (all words, punctuation
//! included, as the CoNLL 2018 scorer counts them) come out. `--raw` rebuilds
//! each document's raw text from `# text` (paragraphs on their own lines),
//! runs the whole layer from the tokenizer on, and adds sentence and token
//! F1 (exact span match); the tag and attachment scores are then over gold
//! words whose span the tokenizer found exactly (a head counts as right when
//! it is the token with the gold head's span), divided by all gold words.

use newsgraph_core::{Article, Doc, Layer, Span};
use newsgraph_io::conllu::GoldSentence;
use newsgraph_nlp::stages::{parser::Parser, sentencizer, tagger::Tagger, tokenizer};
use newsgraph_nlp::Stage;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The gold CoNLL-U file.
    pub gold: PathBuf,
    /// Start from the raw `# text` instead of gold tokens and sentences.
    #[arg(long)]
    pub raw: bool,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// With --raw: print every gold token the tokenizer missed (stderr).
    #[arg(long)]
    pub misses: bool,
}

#[derive(Default)]
struct Counts {
    words: usize,
    upos: usize,
    xpos: usize,
    lemma: usize,
    uas: usize,
    las: usize,
    gold_sents: usize,
    sys_sents: usize,
    match_sents: usize,
    gold_toks: usize,
    sys_toks: usize,
    match_toks: usize,
}

fn f1(matched: usize, gold: usize, sys: usize) -> f64 {
    if gold + sys == 0 {
        return 100.0;
    }
    200.0 * matched as f64 / (gold + sys) as f64
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&a.gold)
        .map_err(|e| anyhow::anyhow!("{}: {e}", a.gold.display()))?;
    let gold = newsgraph_io::conllu::read(&a.gold.display().to_string(), &text)?;
    let tagger = Tagger::new()?;
    let parser = Parser::new()?;
    let mut c = Counts::default();
    if a.raw {
        raw(&gold, &tagger, &parser, a.misses, &mut c);
    } else {
        for g in &gold {
            let mut doc = Doc::new(g.doc.article.clone());
            doc.tokens = g.doc.tokens.clone();
            doc.sentences = g.doc.sentences.clone();
            doc.layers = vec![Layer::Tokens, Layer::Sentences];
            tagger.annotate(&mut doc);
            parser.annotate(&mut doc);
            score_words(&g.doc, &doc, &mut c, Some);
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / c.words.max(1) as f64;
    let mut scores = vec![
        ("upos", pct(c.upos)),
        ("xpos", pct(c.xpos)),
        ("lemma", pct(c.lemma)),
        ("uas", pct(c.uas)),
        ("las", pct(c.las)),
    ];
    if a.raw {
        scores.push(("sentence_f1", f1(c.match_sents, c.gold_sents, c.sys_sents)));
        scores.push(("token_f1", f1(c.match_toks, c.gold_toks, c.sys_toks)));
    }
    if a.json {
        let obj: serde_json::Map<String, serde_json::Value> = scores
            .iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    serde_json::json!((v * 100.0).round() / 100.0),
                )
            })
            .collect();
        println!("{}", serde_json::Value::Object(obj));
    } else {
        println!("{} ({} words)", a.gold.display(), c.words);
        for (k, v) in scores {
            println!("{k:>12} {v:6.2}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds the tag and attachment matches of `sys` against `gold`; `align`
/// maps a gold token index to the system token with the same span.
fn score_words(gold: &Doc, sys: &Doc, c: &mut Counts, align: impl Fn(usize) -> Option<usize>) {
    for i in 0..gold.tokens.len() {
        c.words += 1;
        let Some(j) = align(i) else { continue };
        let (Some(gt), Some(st)) = (gold.tags.get(i), sys.tags.get(j)) else {
            continue;
        };
        c.upos += (gt.upos == st.upos) as usize;
        c.xpos += (gt.xpos == st.xpos) as usize;
        c.lemma += (gt.lemma == st.lemma) as usize;
        let (Some(gd), Some(sd)) = (gold.deps.get(i), sys.deps.get(j)) else {
            continue;
        };
        let head_ok = match (gd.head, sd.head) {
            (None, None) => true,
            (Some(gh), Some(sh)) => align(gh.index()) == Some(sh.index()),
            _ => false,
        };
        c.uas += head_ok as usize;
        c.las += (head_ok && gd.rel == sd.rel) as usize;
    }
}

/// Raw-text evaluation: one Doc per `# newdoc`, paragraphs on their own lines.
fn raw(gold: &[GoldSentence], tagger: &Tagger, parser: &Parser, misses: bool, c: &mut Counts) {
    let mut start = 0;
    while start < gold.len() {
        let mut end = start + 1;
        while end < gold.len() && !gold[end].newdoc {
            end += 1;
        }
        raw_document(&gold[start..end], tagger, parser, misses, c);
        start = end;
    }
}

fn raw_document(
    sents: &[GoldSentence],
    tagger: &Tagger,
    parser: &Parser,
    show_misses: bool,
    c: &mut Counts,
) {
    // Rebuild the text and a gold Doc with spans into it.
    let mut text = String::new();
    let mut g = Doc::default();
    for (k, s) in sents.iter().enumerate() {
        if k > 0 {
            text.push(if s.newpar { '\n' } else { ' ' });
        }
        let base = text.len();
        let body = s.raw_text.as_deref().unwrap_or(s.doc.text());
        text.push_str(body);
        // Gold words are found in `body` in order (the forms spell the text
        // out, but `# text` may space them differently); a word that is not
        // where expected gets an empty span and counts as missed.
        let first = g.tokens.len();
        let mut cursor = 0;
        for (i, t) in s.doc.tokens.iter().enumerate() {
            let mut t = *t;
            let form = s.doc.span_text(t.span);
            let from = body[cursor..]
                .find(|c: char| !c.is_whitespace())
                .map_or(body.len(), |k| cursor + k);
            t.span = if body[from..].starts_with(form) && !form.is_empty() {
                cursor = from + form.len();
                Span::new(base + from, base + cursor)
            } else {
                Span::new(base, base)
            };
            g.tokens.push(t);
            g.tags.push(s.doc.tags[i].clone());
            let mut d = s.doc.deps[i];
            d.head = d
                .head
                .map(|h| newsgraph_core::TokenId::at(first + h.index()));
            g.deps.push(d);
        }
        g.sentences.push(newsgraph_core::Sentence {
            span: Span::new(base, text.len()),
            first: newsgraph_core::TokenId::at(first),
            end: newsgraph_core::TokenId::at(g.tokens.len()),
        });
    }
    let mut doc = Doc::new(Article {
        id: sents.first().map_or(String::new(), |s| s.id.clone()),
        text,
        ..Article::default()
    });
    tokenizer::Tokenizer::new().annotate(&mut doc);
    sentencizer::Sentencizer::new().annotate(&mut doc);
    tagger.annotate(&mut doc);
    parser.annotate(&mut doc);

    let sys_spans: HashMap<Span, usize> = doc
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| (t.span, i))
        .collect();
    if show_misses {
        for t in &g.tokens {
            if !t.span.is_empty() && !sys_spans.contains_key(&t.span) {
                let lo = doc
                    .text()
                    .floor_char_boundary(t.span.start.saturating_sub(15) as usize);
                let hi = doc
                    .text()
                    .ceil_char_boundary((t.span.end as usize + 15).min(doc.text().len()));
                eprintln!(
                    "missed {:?} in {:?}",
                    doc.span_text(t.span),
                    &doc.text()[lo..hi]
                );
            }
        }
    }
    c.gold_toks += g.tokens.len();
    c.sys_toks += doc.tokens.len();
    c.match_toks += g
        .tokens
        .iter()
        .filter(|t| !t.span.is_empty() && sys_spans.contains_key(&t.span))
        .count();
    let sys_sents: std::collections::HashSet<Span> = doc.sentences.iter().map(|s| s.span).collect();
    c.gold_sents += g.sentences.len();
    c.sys_sents += doc.sentences.len();
    c.match_sents += g
        .sentences
        .iter()
        .filter(|s| sys_sents.contains(&s.span))
        .count();
    let gold_spans: Vec<Span> = g.tokens.iter().map(|t| t.span).collect();
    score_words(&g, &doc, c, |i| {
        let sp = gold_spans[i];
        (!sp.is_empty())
            .then(|| sys_spans.get(&sp).copied())
            .flatten()
    });
}
