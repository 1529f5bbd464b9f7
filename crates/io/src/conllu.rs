//! CoNLL-U treebanks (Universal Dependencies): reading gold sentences and
//! writing parsed ones.
//!
//! A gold sentence becomes a [`Doc`] whose `tokens`, `sentences`, `tags` and
//! `deps` layers hold the gold annotation, with the text rebuilt from the
//! forms and `SpaceAfter=No`. Trainers and evaluators work on such Docs, so
//! they share one representation with the running pipeline. Multiword-token
//! lines (`3-4`) and empty nodes (`5.1`) are skipped: the syntactic words are
//! kept, as the UD English scorers do.

use crate::IoError;
use newsgraph_core::{
    Article, Dep, DepRel, Doc, Layer, Sentence, Span, Tag, Token, TokenId, TokenKind, Upos, Xpos,
};
use std::fmt::Write as _;

/// One sentence of a CoNLL-U file as a gold-annotated Doc.
#[derive(Debug, Clone)]
pub struct GoldSentence {
    /// `# sent_id`, or `FILE:LINE` of its first line.
    pub id: String,
    /// `# text` when present (the raw text, for raw-text evaluation).
    pub raw_text: Option<String>,
    /// A `# newdoc` comment precedes the sentence (it starts a document).
    pub newdoc: bool,
    /// A `# newpar` comment precedes the sentence (it starts a paragraph).
    pub newpar: bool,
    pub doc: Doc,
}

/// Reads every sentence of a CoNLL-U text. `file` names it in errors.
pub fn read(file: &str, text: &str) -> Result<Vec<GoldSentence>, IoError> {
    let mut out = Vec::new();
    let mut block: Vec<(usize, &str)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !block.is_empty() {
                out.push(sentence(file, &block)?);
                block.clear();
            }
        } else {
            block.push((i + 1, line));
        }
    }
    if !block.is_empty() {
        out.push(sentence(file, &block)?);
    }
    Ok(out)
}

fn sentence(file: &str, block: &[(usize, &str)]) -> Result<GoldSentence, IoError> {
    let first_line = block.first().map_or(0, |(l, _)| *l);
    let mut id = format!("{file}:{first_line}");
    let mut raw_text = None;
    let (mut newdoc, mut newpar) = (false, false);
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut tags = Vec::new();
    let mut heads: Vec<(usize, usize, DepRel)> = Vec::new();
    for &(line, l) in block {
        if let Some(c) = l.strip_prefix('#') {
            let c = c.trim();
            if let Some(v) = c.strip_prefix("sent_id =") {
                id = v.trim().to_string();
            } else if let Some(v) = c.strip_prefix("text =") {
                raw_text = Some(v.trim().to_string());
            } else if c.starts_with("newdoc") {
                newdoc = true;
                newpar = true;
            } else if c.starts_with("newpar") {
                newpar = true;
            }
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        let bad = |m: String| IoError::Record {
            file: file.to_string(),
            line,
            id: None,
            message: m,
        };
        if cols.len() != 10 {
            return Err(bad(format!("{} columns, CoNLL-U has 10", cols.len())));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let n: usize = cols[0]
            .parse()
            .map_err(|_| bad(format!("bad token id {:?}", cols[0])))?;
        if n != tokens.len() + 1 {
            return Err(bad(format!("token id {n} out of sequence")));
        }
        let form = cols[1];
        let start = text.len();
        text.push_str(form);
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        tokens.push(Token {
            span: Span::new(start, text.len()),
            kind: token_kind(form),
            space_after,
            line_start: tokens.is_empty(),
        });
        if space_after {
            text.push(' ');
        }
        tags.push(Tag {
            upos: Upos::parse(cols[3]).unwrap_or_default(),
            xpos: Xpos::parse(cols[4]).unwrap_or_default(),
            lemma: cols[2].to_string(),
        });
        let head: usize = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| bad(format!("bad head {:?}", cols[6])))?
        };
        heads.push((line, head, DepRel::parse(cols[7]).unwrap_or_default()));
    }
    let n = tokens.len();
    let mut deps = Vec::with_capacity(n);
    for &(line, head, rel) in &heads {
        if head > n {
            return Err(IoError::Record {
                file: file.to_string(),
                line,
                id: Some(id.clone()),
                message: format!("head {head} beyond the sentence's {n} words"),
            });
        }
        deps.push(Dep {
            head: (head > 0).then(|| TokenId::at(head - 1)),
            rel,
        });
    }
    let text_len = text.trim_end().len();
    text.truncate(text_len);
    let mut doc = Doc::new(Article {
        id: id.clone(),
        text,
        ..Article::default()
    });
    if n > 0 {
        doc.sentences.push(Sentence {
            span: Span::new(0, text_len),
            first: TokenId(0),
            end: TokenId::at(n),
        });
    }
    doc.tokens = tokens;
    doc.tags = tags;
    doc.deps = deps;
    doc.layers = vec![Layer::Tokens, Layer::Sentences, Layer::Tags, Layer::Deps];
    Ok(GoldSentence {
        id,
        raw_text,
        newdoc,
        newpar,
        doc,
    })
}

fn token_kind(form: &str) -> TokenKind {
    match form.chars().next() {
        Some(c) if c.is_ascii_digit() => TokenKind::Number,
        Some(c) if c.is_alphanumeric() => TokenKind::Word,
        Some(c) if c.is_ascii_punctuation() => TokenKind::Punct,
        _ => TokenKind::Symbol,
    }
}

/// Writes the tokens, tags and deps of a Doc as CoNLL-U, one block per
/// sentence. Layers that are missing are written as `_`.
pub fn write(doc: &Doc) -> String {
    let mut out = String::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let _ = writeln!(out, "# sent_id = {}-{}", doc.article.id, si + 1);
        let _ = writeln!(out, "# text = {}", doc.span_text(s.span).replace('\n', " "));
        for t in s.tokens() {
            let i = t.index();
            let form = doc.token_text(t);
            let (lemma, upos, xpos) = doc.tags.get(i).map_or(("_", "_", "_"), |g| {
                (g.lemma.as_str(), g.upos.as_str(), g.xpos.as_str())
            });
            let (head, rel) = doc.deps.get(i).map_or(("_".to_string(), "_"), |d| {
                let h = d.head.map_or(0, |h| h.index() + 1 - s.first.index());
                (h.to_string(), d.rel.as_str())
            });
            let misc = if doc.tokens[i].space_after || t.0 + 1 == s.end.0 {
                "_"
            } else {
                "SpaceAfter=No"
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
                i - s.first.index() + 1,
                form,
                lemma,
                upos,
                xpos,
                head,
                rel,
                misc
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = Troops left.\n1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

    #[test]
    fn reads_gold_into_doc_and_writes_it_back() {
        let s = read("t.conllu", SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let d = &s[0].doc;
        assert_eq!(d.text(), "Troops left.");
        assert_eq!(s[0].id, "s1");
        assert!(s[0].newdoc && s[0].newpar);
        assert_eq!(d.token_text(TokenId(1)), "left");
        assert_eq!(d.tags[1].lemma, "leave");
        assert_eq!(d.deps[0].head, Some(TokenId(1)));
        assert_eq!(d.deps[1].head, None);
        let w = write(d);
        let back = read("w", &w).unwrap();
        assert_eq!(back[0].doc.tags, d.tags);
        assert_eq!(back[0].doc.deps, d.deps);
        assert_eq!(back[0].doc.text(), d.text());
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = read("t.conllu", "1\tA\n").unwrap_err().to_string();
        assert!(err.contains("t.conllu:1"), "{err}");
        let err = read("t.conllu", "1\tA\ta\tX\tXX\t_\t9\tdep\t_\t_\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("head 9"), "{err}");
    }
}
