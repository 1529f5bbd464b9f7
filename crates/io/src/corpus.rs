//! The benchmark corpus: one fixed, reproducible set of articles that the
//! criterion benches (`benches/pipeline.rs`) and `newsgraph bench` both time.
//!
//! It reads the example articles of the checkout (`tests/golden/*.txt`) and,
//! when the shared data directory is present, the evaluation articles
//! (`eval/seed.txt`, `eval/dev/*.txt`) and the raw sentences (`# text =`
//! lines) of the UD English-EWT training treebank, regrouped into
//! pseudo-articles: one per treebank document, paragraphs kept, cut at about
//! [`PSEUDO_ARTICLE_BYTES`] so their length resembles a news article's. The
//! result is repeated or trimmed, whole articles at a time, to a target size
//! ([`fit`]); [`stream`] replays it any number of times without holding the
//! copies, so a long run's memory stays that of one chunk.
//!
//! Nothing here is written to disk or committed: the shared texts belong to
//! their publishers and are only read for measurement.

use crate::source::{Articles, Input, SourceOptions};
use crate::IoError;
use chrono::NaiveDate;
use newsgraph_core::Article;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// Pseudo-articles built from treebank sentences are cut at about this size.
pub const PSEUDO_ARTICLE_BYTES: usize = 4_000;

/// Default size of the benchmark corpus: a few MB of text.
pub const DEFAULT_BYTES: usize = 3_000_000;

/// The treebank whose raw sentences fill the corpus, relative to the shared
/// data directory.
pub const UD_TRAIN: &str = "data/ud-english-ewt/en_ewt-ud-train.conllu";

/// Where the corpus comes from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The checkout's example articles (`tests/golden`), when present.
    pub golden: Option<PathBuf>,
    /// The shared data directory (`../shared`), when present.
    pub shared: Option<PathBuf>,
}

impl Sources {
    /// The sources seen from a checkout at `root`: `root/tests/golden`, and
    /// `$NEWSGRAPH_SHARED` or `root/../shared` when it holds `eval/`.
    pub fn from_checkout(root: &Path) -> Sources {
        let golden = Some(root.join("tests/golden")).filter(|d| d.is_dir());
        let shared = std::env::var_os("NEWSGRAPH_SHARED")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("../shared"));
        let shared = Some(shared).filter(|d| d.join("eval").is_dir());
        Sources { golden, shared }
    }
}

/// The articles of `sources`, each once, in a fixed order: examples, eval
/// articles, treebank pseudo-articles. Articles without a publication date
/// get `published`.
pub fn load(sources: &Sources, published: NaiveDate) -> Result<Vec<Article>, IoError> {
    let mut inputs = Vec::new();
    if let Some(g) = &sources.golden {
        inputs.push(Input::Path(g.clone()));
    }
    if let Some(s) = &sources.shared {
        for p in [s.join("eval/seed.txt"), s.join("eval/dev")] {
            if p.exists() {
                inputs.push(Input::Path(p));
            }
        }
    }
    let opts = SourceOptions {
        published: Some(published),
        ..SourceOptions::default()
    };
    let mut articles = Articles::new(&inputs, opts).collect::<Result<Vec<_>, _>>()?;
    if let Some(s) = &sources.shared {
        let path = s.join(UD_TRAIN);
        if path.is_file() {
            let file = std::fs::File::open(&path).map_err(|source| IoError::Io {
                file: path.display().to_string(),
                source,
            })?;
            let name = path.display().to_string();
            let mut ud = pseudo_articles(std::io::BufReader::new(file), &name)?;
            for a in &mut ud {
                a.published = Some(published);
            }
            articles.extend(ud);
        }
    }
    Ok(articles)
}

/// Groups the raw sentences of a CoNLL-U treebank into articles: a new one
/// at each `# newdoc`, and whenever the current one reaches
/// [`PSEUDO_ARTICLE_BYTES`]; `# newpar` starts a paragraph (a blank line).
pub fn pseudo_articles(reader: impl BufRead, name: &str) -> Result<Vec<Article>, IoError> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut new_par = false;
    let stem = Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(name)
        .to_string();
    let flush = |text: &mut String, out: &mut Vec<Article>| {
        if !text.trim().is_empty() {
            out.push(Article {
                id: format!("{stem}-{:05}", out.len() + 1),
                text: std::mem::take(text),
                ..Article::default()
            });
        }
        text.clear();
    };
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| IoError::Record {
            file: name.to_string(),
            line: i + 1,
            id: None,
            message: format!("cannot read: {e}"),
        })?;
        if line.starts_with("# newdoc") {
            flush(&mut text, &mut out);
            new_par = false;
        } else if line.starts_with("# newpar") {
            new_par = true;
        } else if let Some(sentence) = line.strip_prefix("# text = ") {
            if text.len() >= PSEUDO_ARTICLE_BYTES {
                flush(&mut text, &mut out);
                new_par = false;
            }
            if !text.is_empty() {
                text.push_str(if new_par { "\n\n" } else { " " });
            }
            text.push_str(sentence.trim());
            new_par = false;
        }
    }
    flush(&mut text, &mut out);
    Ok(out)
}

/// `base` repeated or trimmed, whole articles at a time, until it holds at
/// least `target_bytes` of text (or all of `base` once when it is larger).
/// Copies get distinct ids (`ID#2`, `ID#3`, ...).
pub fn fit(base: &[Article], target_bytes: usize) -> Vec<Article> {
    let mut out = Vec::new();
    let mut bytes = 0;
    for a in stream(base, usize::MAX) {
        if bytes >= target_bytes {
            break;
        }
        bytes += a.text.len();
        out.push(a);
    }
    out
}

/// `base` replayed `passes` times, lazily: only the article being yielded is
/// copied. Copies after the first pass get distinct ids.
pub fn stream(base: &[Article], passes: usize) -> impl Iterator<Item = Article> + '_ {
    let passes = if base.is_empty() { 0 } else { passes };
    (0..passes).flat_map(move |pass| {
        base.iter().map(move |a| {
            let mut a = a.clone();
            if pass > 0 {
                a.id = format!("{}#{}", a.id, pass + 1);
            }
            a
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TREEBANK: &str = "\
# newdoc id = d1
# sent_id = 1
# newpar id = p1
# text = Rain fell on the port.
1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_

# sent_id = 2
# text = Ships stayed in.
1\tShips\tship\tNOUN\tNNS\t_\t2\tnsubj\t_\t_

# sent_id = 3
# newpar id = p2
# text = Crews waited.
1\tCrews\tcrew\tNOUN\tNNS\t_\t2\tnsubj\t_\t_

# newdoc id = d2
# sent_id = 4
# text = A second story began.
1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_
";

    #[test]
    fn treebank_documents_become_articles_with_paragraphs() {
        let arts = pseudo_articles(TREEBANK.as_bytes(), "x/tb-train.conllu").unwrap();
        assert_eq!(arts.len(), 2);
        assert_eq!(
            arts[0].text,
            "Rain fell on the port. Ships stayed in.\n\nCrews waited."
        );
        assert_eq!(arts[0].id, "tb-train-00001");
        assert_eq!(arts[1].text, "A second story began.");
    }

    #[test]
    fn long_documents_are_cut() {
        let mut tb = String::from("# newdoc id = long\n");
        for i in 0..400 {
            tb.push_str(&format!("# text = Sentence number {i} is here.\n\n"));
        }
        let arts = pseudo_articles(tb.as_bytes(), "t").unwrap();
        assert!(arts.len() > 1);
        assert!(arts
            .iter()
            .all(|a| a.text.len() < PSEUDO_ARTICLE_BYTES + 100));
    }

    #[test]
    fn fit_repeats_and_trims_whole_articles() {
        let base: Vec<Article> = ["one two", "three four five"]
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: format!("a{i}"),
                text: t.to_string(),
                ..Article::default()
            })
            .collect();
        let big = fit(&base, 40);
        let bytes: usize = big.iter().map(|a| a.text.len()).sum();
        assert!((40..55).contains(&bytes), "{bytes}");
        assert_eq!(big[2].id, "a0#2");
        assert_eq!(fit(&base, 1).len(), 1);
        assert_eq!(stream(&base, 3).count(), 6);
        assert_eq!(stream(&[], 3).count(), 0);
    }
}
