//! Article sources: text files (with an optional `NAME.meta.json` sidecar),
//! directories (recursively), JSONL corpora and standard input.
//!
//! [`Articles`] is a lazy iterator of `Result<Article, IoError>`: one bad
//! record (invalid UTF-8, a binary or empty file, a malformed JSONL line, a
//! line without `text`, an article over the size limit) is one `Err` naming
//! the file, line and id, and iteration goes on with the next record. Memory
//! does not grow with the corpus: JSONL is read a line at a time.
//!
//! Which files a directory contributes: `*.txt`, `*.jsonl`, `*.ndjson`, in
//! sorted path order; sidecars (`*.meta.json`) and everything else are
//! skipped. A file named on the command line is read whatever its name
//! (`.jsonl`/`.ndjson` as JSONL, anything else as one text article).

use crate::IoError;
use chrono::NaiveDate;
use newsgraph_core::Article;
use serde::Deserialize;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// How sources are read.
#[derive(Debug, Clone)]
pub struct SourceOptions {
    /// Articles (files or JSONL lines) longer than this are refused.
    pub max_bytes: u64,
    /// Publication date for articles that carry none.
    pub published: Option<NaiveDate>,
    /// Read standard input as JSONL rather than one text article.
    pub stdin_jsonl: bool,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            max_bytes: 10_000_000,
            published: None,
            stdin_jsonl: false,
        }
    }
}

/// One input named by the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    pub fn from_arg(arg: &Path) -> Input {
        if arg.as_os_str() == "-" {
            Input::Stdin
        } else {
            Input::Path(arg.to_path_buf())
        }
    }
}

/// One file (or stdin) to read, after directories are expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Text(PathBuf),
    Jsonl(PathBuf),
    StdinText,
    StdinJsonl,
}

fn is_jsonl(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Checks that every input exists; the message says which does not.
/// Called before any article is read, so a typo is a usage error, not a
/// failed article.
pub fn check_inputs(inputs: &[Input]) -> Result<(), String> {
    for i in inputs {
        if let Input::Path(p) = i {
            if !p.exists() {
                return Err(format!("{}: no such file or directory", p.display()));
            }
        }
    }
    Ok(())
}

fn expand(inputs: &[Input], opts: &SourceOptions, out: &mut VecDeque<Item>) -> Vec<IoError> {
    let mut errors = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin if opts.stdin_jsonl => out.push_back(Item::StdinJsonl),
            Input::Stdin => out.push_back(Item::StdinText),
            Input::Path(p) if p.is_dir() => walk(p, out, &mut errors),
            Input::Path(p) if is_jsonl(p) => out.push_back(Item::Jsonl(p.clone())),
            Input::Path(p) => out.push_back(Item::Text(p.clone())),
        }
    }
    errors
}

fn walk(dir: &Path, out: &mut VecDeque<Item>, errors: &mut Vec<IoError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(IoError::Io {
                file: dir.display().to_string(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            walk(&p, out, errors);
        } else if is_jsonl(&p) {
            out.push_back(Item::Jsonl(p));
        } else if name.ends_with(".txt") {
            out.push_back(Item::Text(p));
        }
    }
}

/// Metadata of an article: the sidecar file and the JSONL line share it.
#[derive(Debug, Default, Deserialize)]
struct Meta {
    id: Option<String>,
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

#[derive(Debug, Deserialize)]
struct JsonlRecord {
    #[serde(flatten)]
    meta: Meta,
    text: Option<String>,
}

/// Parses `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp.
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    let day = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// The lazy iterator over all articles of some inputs.
pub struct Articles {
    opts: SourceOptions,
    queue: VecDeque<Item>,
    pending: VecDeque<IoError>,
    jsonl: Option<JsonlReader>,
}

struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    buf: Vec<u8>,
}

impl Articles {
    pub fn new(inputs: &[Input], opts: SourceOptions) -> Articles {
        let mut queue = VecDeque::new();
        let pending = expand(inputs, &opts, &mut queue).into();
        Articles {
            opts,
            queue,
            pending,
            jsonl: None,
        }
    }

    fn finish(
        &self,
        name: &str,
        line: usize,
        meta: Meta,
        text: String,
    ) -> Result<Article, IoError> {
        let id = meta.id.unwrap_or_else(|| name.to_string());
        let err = |message: String| IoError::Record {
            file: name.to_string(),
            line,
            id: Some(id.clone()),
            message,
        };
        if text.len() as u64 > self.opts.max_bytes {
            return Err(err(format!(
                "article is {} bytes, over the limit of {} (raise it with --max-bytes)",
                text.len(),
                self.opts.max_bytes
            )));
        }
        if text.trim().is_empty() {
            return Err(err("empty article: no text to annotate".into()));
        }
        let published =
            match meta.published.as_deref() {
                Some(p) => Some(parse_published(p).ok_or_else(|| {
                    err(format!("published {p:?} is not a date (want YYYY-MM-DD)"))
                })?),
                None => self.opts.published,
            };
        Ok(Article {
            id,
            published,
            source: meta.source,
            url: meta.url,
            title: meta.title,
            text,
        })
    }

    fn read_text(
        &self,
        name: &str,
        reader: impl Read,
        id: String,
        meta: Meta,
    ) -> Result<Article, IoError> {
        let err = |message: String| IoError::Record {
            file: name.to_string(),
            line: 1,
            id: Some(id.clone()),
            message,
        };
        let mut bytes = Vec::new();
        reader
            .take(self.opts.max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| err(format!("cannot read: {e}")))?;
        if bytes.len() as u64 > self.opts.max_bytes {
            return Err(err(format!(
                "article is over the limit of {} bytes (raise it with --max-bytes)",
                self.opts.max_bytes
            )));
        }
        let text = decode(&bytes).map_err(|(line, m)| IoError::Record {
            file: name.to_string(),
            line,
            id: Some(id.clone()),
            message: m,
        })?;
        let meta = Meta {
            id: Some(meta.id.unwrap_or(id.clone())),
            ..meta
        };
        self.finish(name, 1, meta, text)
    }

    fn text_file(&self, path: &Path) -> Result<Article, IoError> {
        let name = path.display().to_string();
        let stem = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(|n| n.strip_suffix(".txt").unwrap_or(n).to_string())
            .unwrap_or_else(|| name.clone());
        let sidecar = path.with_file_name(format!("{stem}.meta.json"));
        let meta = if sidecar.is_file() {
            let s = std::fs::read_to_string(&sidecar).map_err(|source| IoError::Io {
                file: sidecar.display().to_string(),
                source,
            })?;
            serde_json::from_str(&s).map_err(|e| IoError::Record {
                file: sidecar.display().to_string(),
                line: e.line(),
                id: Some(stem.clone()),
                message: format!("bad metadata: {e}"),
            })?
        } else {
            Meta::default()
        };
        let file = File::open(path).map_err(|source| IoError::Io {
            file: name.clone(),
            source,
        })?;
        self.read_text(&name, file, stem, meta)
    }

    fn next_jsonl(&mut self) -> Option<Result<Article, IoError>> {
        loop {
            let r = self.jsonl.as_mut()?;
            r.buf.clear();
            r.line += 1;
            let limit = self.opts.max_bytes + 1;
            match r.reader.as_mut().take(limit).read_until(b'\n', &mut r.buf) {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    let name = r.name.clone();
                    let line = r.line;
                    self.jsonl = None;
                    return Some(Err(IoError::Record {
                        file: name,
                        line,
                        id: None,
                        message: format!("cannot read: {e}"),
                    }));
                }
            }
            let (name, line) = (r.name.clone(), r.line);
            if r.buf.len() as u64 >= limit && r.buf.last() != Some(&b'\n') {
                // Skip the rest of the over-long line.
                let mut rest = Vec::new();
                let _ = r.reader.read_until(b'\n', &mut rest);
                return Some(Err(IoError::Record {
                    file: name,
                    line,
                    id: None,
                    message: format!(
                        "line is over the limit of {} bytes (raise it with --max-bytes)",
                        self.opts.max_bytes
                    ),
                }));
            }
            let raw = std::mem::take(&mut r.buf);
            if raw.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.jsonl_record(&name, line, &raw));
        }
    }

    fn jsonl_record(&self, name: &str, line: usize, raw: &[u8]) -> Result<Article, IoError> {
        let err = |id: Option<String>, message: String| IoError::Record {
            file: name.to_string(),
            line,
            id,
            message,
        };
        let s = std::str::from_utf8(raw)
            .map_err(|e| err(None, format!("not valid UTF-8 at byte {}", e.valid_up_to())))?;
        let rec: JsonlRecord =
            serde_json::from_str(s).map_err(|e| err(None, format!("malformed JSON: {e}")))?;
        let id = rec.meta.id.clone();
        let text = rec
            .text
            .ok_or_else(|| err(id.clone(), "no \"text\" field".into()))?;
        let meta = Meta {
            id: Some(id.unwrap_or_else(|| format!("{name}:{line}"))),
            ..rec.meta
        };
        self.finish(name, line, meta, text)
    }
}

/// Decodes an article's bytes; `Err((line, message))` for binary data and
/// invalid UTF-8. A UTF-8 byte-order mark is dropped.
fn decode(bytes: &[u8]) -> Result<String, (usize, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let line_at = |i: usize| 1 + bytes[..i].iter().filter(|&&b| b == b'\n').count();
    if let Some(i) = memchr_nul(bytes) {
        return Err((
            line_at(i),
            format!("binary data (NUL byte at offset {i}): not a text article"),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let i = e.valid_up_to();
            Err((
                line_at(i),
                format!("not valid UTF-8 at byte {i}: convert the file to UTF-8"),
            ))
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

impl Iterator for Articles {
    type Item = Result<Article, IoError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.pending.pop_front() {
                return Some(Err(e));
            }
            if self.jsonl.is_some() {
                if let Some(r) = self.next_jsonl() {
                    return Some(r);
                }
                continue;
            }
            match self.queue.pop_front()? {
                Item::Text(p) => return Some(self.text_file(&p)),
                Item::StdinText => {
                    let stdin = std::io::stdin().lock();
                    return Some(self.read_text("<stdin>", stdin, "stdin".into(), Meta::default()));
                }
                Item::StdinJsonl => {
                    self.jsonl = Some(JsonlReader {
                        name: "<stdin>".into(),
                        reader: Box::new(BufReader::new(std::io::stdin())),
                        line: 0,
                        buf: Vec::new(),
                    });
                }
                Item::Jsonl(p) => match File::open(&p) {
                    Ok(f) => {
                        self.jsonl = Some(JsonlReader {
                            name: p.display().to_string(),
                            reader: Box::new(BufReader::new(f)),
                            line: 0,
                            buf: Vec::new(),
                        })
                    }
                    Err(source) => {
                        return Some(Err(IoError::Io {
                            file: p.display().to_string(),
                            source,
                        }))
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "newsgraph-source-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn read(inputs: &[Input]) -> Vec<Result<Article, String>> {
        Articles::new(inputs, SourceOptions::default())
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn text_file_with_sidecar_and_directory_walk() {
        let d = dir();
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("a.txt"), "Troops left.").unwrap();
        std::fs::write(
            d.join("a.meta.json"),
            r#"{"published":"2024-05-06","source":"x.org"}"#,
        )
        .unwrap();
        std::fs::write(d.join("sub/b.txt"), "Talks resumed.").unwrap();
        std::fs::write(d.join("notes.md"), "ignored").unwrap();
        let got = read(&[Input::Path(d.clone())]);
        assert_eq!(got.len(), 2);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.id, "a");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 5, 6));
        assert_eq!(a.source.as_deref(), Some("x.org"));
        assert_eq!(got[1].as_ref().unwrap().id, "b");
    }

    #[test]
    fn jsonl_bad_lines_are_errors_and_reading_goes_on() {
        let d = dir();
        let p = d.join("c.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"x\",\"text\":\"One.\",\"published\":\"2020-01-02T10:00:00Z\"}\n{broken\n\n{\"id\":\"y\"}\n{\"text\":\"Two.\"}\n",
        )
        .unwrap();
        let got = read(&[Input::Path(p)]);
        assert_eq!(got.len(), 4);
        assert_eq!(
            got[0].as_ref().unwrap().published,
            NaiveDate::from_ymd_opt(2020, 1, 2)
        );
        let e1 = got[1].as_ref().unwrap_err();
        assert!(
            e1.contains("c.jsonl:2") && e1.contains("malformed JSON"),
            "{e1}"
        );
        let e2 = got[2].as_ref().unwrap_err();
        assert!(
            e2.contains(":4") && e2.contains("id y") && e2.contains("no \"text\""),
            "{e2}"
        );
        assert!(got[3].as_ref().unwrap().id.ends_with("c.jsonl:5"));
    }

    #[test]
    fn binary_invalid_empty_and_oversized_files() {
        let d = dir();
        std::fs::write(d.join("bin.txt"), b"abc\0def").unwrap();
        std::fs::write(d.join("bad.txt"), b"ok\nline \xff here").unwrap();
        std::fs::write(d.join("empty.txt"), b"  \n").unwrap();
        std::fs::write(d.join("big.txt"), "word ".repeat(10)).unwrap();
        let opts = SourceOptions {
            max_bytes: 20,
            ..SourceOptions::default()
        };
        let got: Vec<String> = Articles::new(&[Input::Path(d)], opts)
            .map(|r| r.map(|a| a.id).unwrap_or_else(|e| e.to_string()))
            .collect();
        assert!(
            got[0].contains("bad.txt:2") && got[0].contains("UTF-8"),
            "{}",
            got[0]
        );
        assert!(got[1].contains("over the limit"), "{}", got[1]);
        assert!(got[2].contains("binary"), "{}", got[2]);
        assert!(got[3].contains("empty article"), "{}", got[3]);
    }

    #[test]
    fn missing_input_is_reported_before_reading() {
        let err = check_inputs(&[Input::Path("/no/such/newsgraph".into())]).unwrap_err();
        assert!(err.contains("no such file"));
        assert!(check_inputs(&[Input::Stdin]).is_ok());
    }
}
