//! Reading NER corpora for training and evaluation: the GMB CSV
//! (`ner_dataset.csv`) and CoNLL-style IOB files (IOB1 or IOB2, with one,
//! two, four or five columns), with every corpus's tag set mapped onto the
//! model's four types.
//!
//! Tag mapping follows each corpus README in `../shared/data/`: `per`,
//! `person` → PER; `org`, `corporation`, `group`, `Organisation` → ORG;
//! `geo`, `location`, `loc` → LOC; GMB's `gpe` (mostly demonyms) → NORP;
//! everything else (MISC, time, artefact, event, product, creative work) is
//! dropped. `B-` always starts a span and `I-` continues one of the same
//! type, which decodes both IOB1 and IOB2.

use super::ner::{begin, inside, NerType};

/// One tokenised sentence with its BIO labels (model label ids).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<u8>,
    /// Per token, whether it lies in a gold span of a type the model does
    /// not predict (MISC, event...). Evaluation ignores predictions that
    /// touch such tokens: they are neither hits nor false positives. Empty
    /// when the corpus has none.
    pub unscored: Vec<bool>,
    /// Whether a new document starts here (`-DOCSTART-`, `# newdoc`).
    pub doc_start: bool,
}

/// Maps one corpus's entity type name to the model's, `None` when dropped.
pub fn map_type(name: &str) -> Option<NerType> {
    match name.to_ascii_lowercase().as_str() {
        "per" | "person" | "pers" => Some(NerType::Per),
        "org" | "organisation" | "organization" | "corporation" | "group" => Some(NerType::Org),
        "geo" | "loc" | "location" | "gpe_loc" => Some(NerType::Loc),
        "gpe" | "norp" => Some(NerType::Norp),
        _ => None,
    }
}

/// `B-org`, `I-PER`, `O`... → label id (0 for O and dropped types). With
/// `gpe_as_loc`, GPE counts as LOC (for corpora whose GPE are places).
pub fn map_tag(tag: &str) -> u8 {
    let Some((prefix, name)) = tag.split_once('-') else {
        return 0;
    };
    match (prefix, map_type(name)) {
        ("B" | "S" | "U", Some(t)) => begin(t),
        ("I" | "E" | "L", Some(t)) => inside(t),
        _ => 0,
    }
}

/// Whether `tag` marks a span of a type that [`map_type`] drops (`B-MISC`).
fn is_unscored(tag: &str) -> bool {
    tag.split_once('-')
        .is_some_and(|(_, name)| map_type(name).is_none())
}

/// Turns a stray `I-X` (after O or another type) into `B-X`.
pub fn normalize(labels: &mut [u8]) {
    let mut prev = 0u8;
    for l in labels.iter_mut() {
        if *l != 0 && *l % 2 == 0 && prev != *l && prev + 1 != *l {
            *l -= 1;
        }
        prev = *l;
    }
}

/// The social-media NER training files in `../shared/data/` (Broad Twitter
/// Corpus sections and WNUT-17 train), in CoNLL/IOB form: extra training
/// text for the NER model and the word clusters. Never their test parts.
pub const SOCIAL_TRAIN: &[&str] = &[
    "btc/a.conll",
    "btc/b.conll",
    "btc/e.conll",
    "btc/f.conll",
    "btc/g.conll",
    "btc/h.conll",
    "wnut17/wnut17train.conll",
];

/// Reads a CoNLL-style file: blank lines separate sentences; `#` comment
/// lines (UNER) and `-DOCSTART-` lines are skipped. The token is the first
/// column (the second when the first is a number and there are five
/// columns, as in UNER), the tag the last column (the third in UNER).
pub fn read_iob(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut new_doc = false;
    let flush = |cur: &mut Sentence, out: &mut Vec<Sentence>| {
        if !cur.words.is_empty() {
            normalize(&mut cur.labels);
            if !cur.unscored.contains(&true) {
                cur.unscored.clear();
            }
            out.push(std::mem::take(cur));
        }
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut cur, &mut out);
            continue;
        }
        if line.starts_with("-DOCSTART-") || (line.starts_with("# ") && !line.contains('\t')) {
            new_doc |= line.starts_with("-DOCSTART-") || line.starts_with("# newdoc");
            continue;
        }
        if cur.words.is_empty() {
            cur.doc_start = std::mem::take(&mut new_doc);
        }
        let cols: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split(' ').collect()
        };
        let (word, tag) = match cols.len() {
            0 => continue,
            1 => (cols[0], "O"),
            5.. if cols[0].bytes().all(|b| b.is_ascii_digit()) => (cols[1], cols[2]),
            _ => (cols[0], cols[cols.len() - 1]),
        };
        cur.words.push(word.to_string());
        cur.labels.push(map_tag(tag));
        cur.unscored.push(is_unscored(tag));
    }
    flush(&mut cur, &mut out);
    out
}

/// Decodes Windows-1252 (the GMB CSV's encoding).
pub fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80 => '€',
            0x85 => '…',
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x96 => '–',
            0x97 => '—',
            _ => char::from(b),
        })
        .collect()
}

fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Reads the GMB CSV (`Sentence #,Word,POS,Tag`). The last sentence is
/// dropped: the file was cut at a spreadsheet row limit.
pub fn read_gmb(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.lines().skip(1) {
        let f = csv_fields(line.trim_end_matches('\r'));
        if f.len() < 4 {
            continue;
        }
        if f[0].starts_with("Sentence:") && !cur.words.is_empty() {
            normalize(&mut cur.labels);
            out.push(std::mem::take(&mut cur));
        }
        cur.words.push(f[1].clone());
        cur.labels.push(map_tag(&f[3]));
    }
    out
}

/// Removes title words from the start of person spans ("President Joe
/// Biden" → "Joe Biden"), as GMB includes them and the gold format keeps
/// titles apart from names. `is_title` decides per word.
pub fn strip_titles(s: &mut Sentence, is_title: impl Fn(&str) -> bool) {
    let per_b = begin(NerType::Per);
    let per_i = inside(NerType::Per);
    let mut i = 0;
    while i < s.labels.len() {
        if s.labels[i] == per_b {
            let mut end = i + 1;
            while end < s.labels.len() && s.labels[end] == per_i {
                end += 1;
            }
            let mut k = i;
            while k + 1 < end && is_title(&s.words[k]) {
                s.labels[k] = 0;
                k += 1;
            }
            // "President of the United States": a title, not a name.
            if k > i && s.words[k].chars().next().is_some_and(char::is_lowercase) {
                s.labels[k..end].fill(0);
                i = end;
                continue;
            }
            s.labels[k] = per_b;
            i = end;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_iob2_and_uner_columns() {
        let iob1 = "-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nvisited O\nOslo I-LOC\n";
        let s = read_iob(iob1);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].labels, vec![1, 2, 0, 5]);
        assert!(s[0].doc_start);
        let uner = "# sent_id = x\n# text = Ann in Rome\n1\tAnn\tB-PER\t-\t-\n2\tin\tO\t-\t-\n3\tRome\tB-LOC\t-\t-\n";
        let s = read_iob(uner);
        assert_eq!(s[0].words, vec!["Ann", "in", "Rome"]);
        assert_eq!(s[0].labels, vec![1, 0, 5]);
        let tweets = "#\tO\nBBC\tB-corporation\n";
        assert_eq!(read_iob(tweets)[0].labels, vec![0, 3]);
    }

    #[test]
    fn reads_re3d_names_and_leaves_out_descriptions() {
        let docs =
            r#"{ "_id" : "d1", "text" : "Near Palmyra, the SDF met us. We saw U.S. forces." }"#;
        let ents = [
            (5, 12, "Location"),
            (14, 21, "Organisation"),
            (30, 32, "Organisation"),
            (37, 48, "Organisation"),
        ]
        .iter()
        .map(|(b, e, t)| {
            format!(
                r#"{{ "documentId" : "d1", "begin" : {b}, "end" : {e}, "type" : "{t}", "confidence" : 1 }}"#
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
        let s = read_re3d(&format!("\u{feff}{docs}"), &ents);
        // "U.S. forces" is a description holding a name: that sentence goes.
        assert_eq!(s.len(), 1);
        assert_eq!(
            s[0].words,
            vec!["Near", "Palmyra", ",", "the", "SDF", "met", "us", "."]
        );
        assert_eq!(s[0].labels, vec![0, 5, 0, 0, 3, 0, 0, 0]);
    }

    #[test]
    fn reads_gum_names_as_proper_noun_runs() {
        let row = |i: usize, w: &str, upos: &str, xpos: &str, misc: &str| {
            format!("{i}\t{w}\t{w}\t{upos}\t{xpos}\t_\t0\tdep\t_\t{misc}")
        };
        let text = [
            "# newdoc id = x".to_string(),
            row(
                1,
                "John",
                "PROPN",
                "NNP",
                "Entity=(1-person-new-x-x-1-sgl-John_X",
            ),
            row(2, "Cam", "PROPN", "NNP", "_"),
            row(3, ",", "PUNCT", ",", "_"),
            row(4, "who", "PRON", "WP", "_"),
            row(5, "left", "VERB", "VBD", "_"),
            row(6, "United", "VERB", "NNP", "Entity=(2-place-new-x-x-1,2"),
            row(7, "States", "PROPN", "NNPS", "Entity=2)1)"),
        ]
        .join("\n");
        let s = read_gum(&text, true);
        assert_eq!(s[0].labels, vec![1, 2, 0, 0, 0, 5, 6]);
        assert!(s[0].doc_start);
    }

    #[test]
    fn marks_dropped_types_unscored() {
        let s = read_iob("Ann B-PER\nspeaks O\nNorwegian B-MISC\n");
        assert_eq!(s[0].labels, vec![1, 0, 0]);
        assert_eq!(s[0].unscored, vec![false, false, true]);
        assert!(read_iob("Ann B-PER\n")[0].unscored.is_empty());
    }

    #[test]
    fn reads_gmb_csv_with_quotes_and_drops_the_cut_sentence() {
        let csv = "Sentence #,Word,POS,Tag\nSentence: 1,Iraqi,JJ,B-gpe\n,\"1,000\",CD,O\n,troops,NNS,O\nSentence: 2,Cut,NN,O\n";
        let s = read_gmb(csv);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words, vec!["Iraqi", "1,000", "troops"]);
        assert_eq!(s[0].labels, vec![7, 0, 0]);
    }

    #[test]
    fn strips_titles_from_person_spans() {
        let mut s = Sentence {
            words: vec![
                "President".into(),
                "Joe".into(),
                "Biden".into(),
                "spoke".into(),
            ],
            labels: vec![1, 2, 2, 0],
            ..Sentence::default()
        };
        strip_titles(&mut s, |w| w == "President");
        assert_eq!(s.labels, vec![0, 1, 2, 0]);
    }
}

/// Span-level counts for one type (exact boundaries and type).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Counts per type for one sentence's gold and predicted spans.
pub fn score(
    gold: &[(usize, usize, NerType)],
    pred: &[(usize, usize, NerType)],
    by_type: &mut std::collections::BTreeMap<NerType, Counts>,
) {
    for g in gold {
        let c = by_type.entry(g.2).or_default();
        if pred.contains(g) {
            c.tp += 1;
        } else {
            c.fn_ += 1;
        }
    }
    for p in pred {
        if !gold.contains(p) {
            by_type.entry(p.2).or_default().fp += 1;
        }
    }
}

/// The name inside GUM mention `s..e`: the run of proper nouns (and the
/// connectors of a name: "of", "the", "'s", "&", "and", "for", "-") around the
/// first token of its minimal span `heads` (1-based offsets), so an
/// apposition or relative clause after the name ("John Cam Hobhouse, who
/// initiated him into the Cambridge Whig Club") stays out. Without a
/// proper-noun head the whole mention is kept (trimmed by the caller).
fn name_core(
    words: &[String],
    propn: &[bool],
    s: usize,
    e: usize,
    heads: &[usize],
) -> (usize, usize) {
    let Some(h) = heads
        .iter()
        .map(|&h| s + h.saturating_sub(1))
        .find(|&h| h < e && propn[h])
    else {
        return (s, e);
    };
    let joins = |k: usize| {
        propn[k]
            || matches!(
                words[k].to_lowercase().as_str(),
                "of" | "the" | "'s" | "’s" | "&" | "and" | "for" | "de" | "-"
            )
    };
    let (mut a, mut b) = (h, h + 1);
    while a > s && joins(a - 1) {
        a -= 1;
    }
    while b < e && joins(b) {
        b += 1;
    }
    (a, b)
}

/// A GUM mention not yet closed: id, first token, type, whether it has a
/// Wikipedia link, and its head offsets.
type OpenMention = (String, usize, Option<NerType>, bool, Vec<usize>);

/// Reads GUM's CoNLL-U `Entity=` annotation as NER: named mentions typed
/// person → PER, organization → ORG, place → LOC, trimmed to their
/// proper-noun core (no "the", no trailing common noun); nested named
/// mentions give way to the outermost one. A mention is named when it
/// carries a Wikipedia identity, or, with `by_head`, when its head (the
/// `minspan` field: 1-based token offsets inside the mention) is all proper
/// nouns: most people in GUM have no Wikipedia link, and "the Bush
/// administration" (head "administration") is not a name while "Bush"
/// inside it is.
pub fn read_gum(text: &str, by_head: bool) -> Vec<Sentence> {
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let rows: Vec<Vec<&str>> = block
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .filter(|c| c.len() >= 10 && !c[0].contains('-') && !c[0].contains('.'))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let doc_start = block.lines().any(|l| l.starts_with("# newdoc"));
        let words: Vec<String> = rows.iter().map(|c| c[1].to_string()).collect();
        // GUM tags "United" in "United States" VERB but NNP: either counts.
        let propn: Vec<bool> = rows
            .iter()
            .map(|c| c[3] == "PROPN" || c[4].starts_with("NNP"))
            .collect();
        let mut open: Vec<OpenMention> = Vec::new();
        let mut mentions: Vec<(usize, usize, NerType)> = Vec::new();
        for (i, c) in rows.iter().enumerate() {
            let Some(ent) = c[9].split('|').find_map(|f| f.strip_prefix("Entity=")) else {
                continue;
            };
            let mut rest = ent;
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('(') {
                    let end = r.find(['(', ')']).unwrap_or(r.len());
                    let body = &r[..end];
                    let fields: Vec<&str> = body.split('-').collect();
                    let etype = fields.get(1).copied().unwrap_or("");
                    let linked = fields.len() >= 8;
                    let heads: Vec<usize> = fields
                        .get(5)
                        .map(|m| m.split(',').filter_map(|x| x.parse().ok()).collect())
                        .unwrap_or_default();
                    let t = match etype {
                        "person" => Some(NerType::Per),
                        "organization" => Some(NerType::Org),
                        "place" => Some(NerType::Loc),
                        _ => None,
                    };
                    let id = fields.first().copied().unwrap_or("").to_string();
                    if r[end..].starts_with(')') {
                        // Single-token mention "(ID-...)".
                        if let (Some(t), true) = (t, if by_head { propn[i] } else { linked }) {
                            mentions.push((i, i + 1, t));
                        }
                        rest = &r[end + 1..];
                    } else {
                        open.push((id, i, t, linked, heads));
                        rest = &r[end..];
                    }
                } else {
                    let end = rest.find(')').unwrap_or(rest.len());
                    let id = &rest[..end];
                    if let Some(k) = open.iter().rposition(|o| o.0 == id) {
                        let (_, s, t, linked, heads) = open.remove(k);
                        let named = if !by_head {
                            linked
                        } else {
                            !heads.is_empty()
                                && heads
                                    .iter()
                                    .all(|&h| h >= 1 && propn.get(s + h - 1) == Some(&true))
                        };
                        if let (Some(t), true) = (t, named) {
                            let (s, e) = name_core(&words, &propn, s, i + 1, &heads);
                            mentions.push((s, e, t));
                        }
                    }
                    rest = rest.get(end + 1..).unwrap_or("");
                }
            }
        }
        let mut labels = vec![0u8; words.len()];
        // A person mention holding a name of another type is a title or a
        // description ("Emperor of the United States"): the inner name wins.
        let holds_other = |&(s, e, t): &(usize, usize, NerType)| {
            mentions
                .iter()
                .any(|&(s2, e2, t2)| t2 != t && s <= s2 && e2 <= e && (s2, e2) != (s, e))
        };
        let drop: Vec<bool> = mentions
            .iter()
            .map(|m| m.2 == NerType::Per && holds_other(m))
            .collect();
        let mut mentions: Vec<_> = mentions
            .iter()
            .zip(drop)
            .filter(|(_, d)| !d)
            .map(|(m, _)| *m)
            .collect();
        // Outermost first.
        mentions.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        for (s, e, t) in mentions {
            let (mut s, mut e) = (s, e);
            while s < e && !propn[s] {
                s += 1;
            }
            while e > s && !propn[e - 1] {
                e -= 1;
            }
            if s >= e || labels[s..e].iter().any(|&l| l != 0) {
                continue;
            }
            labels[s] = begin(t);
            for l in &mut labels[s + 1..e] {
                *l = inside(t);
            }
        }
        out.push(Sentence {
            words,
            labels,
            doc_start,
            ..Sentence::default()
        });
    }
    out
}

/// The re3d subsets in `../shared/data/re3d-free/` (all freely licensed:
/// public domain, OGL v3, CC BY 3.0 AU, CC BY-SA 3.0).
pub const RE3D_TRAIN: &[&str] = &[
    "CENTCOM",
    "US_State_Department",
    "UK_Government",
    "Australian_Department_of_Foreign_Affairs",
    "Wikipedia",
];

/// Words that may precede a re3d name and are not part of it ("the SDF",
/// "our Coalition partners").
const RE3D_LEADING: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "his", "her", "this", "these", "those",
];

/// Pronouns re3d marks as entities.
const RE3D_PRONOUNS: &[&str] = &[
    "we", "they", "us", "them", "i", "he", "she", "it", "you", "our", "their", "his", "her", "its",
];

/// Lower-case words that may stand inside a name ("Ministry of Defence").
const NAME_CONNECTORS: &[&str] = &["of", "and", "for", "the", "de", "'s", "’s", "&", "-", "–"];

/// Reads one re3d subset (`documents.json` and `entities.json`, JSON lines
/// exported by mongoexport) as NER sentences: Person → PER, Organisation →
/// ORG, Location → LOC, Nationality → NORP, entities of confidence 0.5
/// or more. re3d marks descriptions too ("U.S. service members", "the
/// enemy", "commander of U.S. Central Command"): a leading determiner is
/// dropped, an entity with any other lower-case word (but the connectors of
/// a name) is not a name, and a sentence where such an entity holds a
/// capitalised word no name covers is left out (its tags would be wrong).
/// Nested names give way to the outermost. Text is tokenised and split
/// into sentences by the pipeline's own stages.
pub fn read_re3d(documents: &str, entities: &str) -> Vec<Sentence> {
    use crate::stages::sentencizer::Sentencizer;
    use crate::stages::tokenizer::Tokenizer;
    use crate::Stage;
    use newsgraph_core::{Article, Doc, Layer};
    let lines = |t: &str| -> Vec<serde_json::Value> {
        t.lines()
            .map(|l| l.trim_start_matches('\u{feff}'))
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    };
    let ents = lines(entities);
    let mut out = Vec::new();
    for d in lines(documents) {
        let (Some(id), Some(text)) = (d["_id"].as_str(), d["text"].as_str()) else {
            continue;
        };
        let mut doc = Doc::new(Article {
            id: id.to_string(),
            text: text.to_string(),
            ..Article::default()
        });
        Tokenizer::new().annotate(&mut doc);
        doc.layers.push(Layer::Tokens);
        Sentencizer::new().annotate(&mut doc);
        doc.layers.push(Layer::Sentences);
        let spans: Vec<(usize, usize)> = doc
            .tokens
            .iter()
            .map(|t| (t.span.start as usize, t.span.end as usize))
            .collect();
        let word = |k: usize| text.get(spans[k].0..spans[k].1).unwrap_or("");
        let byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let cap = |k: usize| word(k).chars().next().is_some_and(char::is_uppercase);
        // (first, end, type or None for a description).
        let mut cands: Vec<(usize, usize, Option<NerType>)> = Vec::new();
        for e in ents.iter().filter(|e| e["documentId"].as_str() == Some(id)) {
            let (Some(b), Some(en)) = (e["begin"].as_u64(), e["end"].as_u64()) else {
                continue;
            };
            let t = match e["type"].as_str() {
                Some("Person") => NerType::Per,
                Some("Organisation") => NerType::Org,
                Some("Location") => NerType::Loc,
                Some("Nationality") => NerType::Norp,
                _ => continue,
            };
            if e["confidence"].as_f64().unwrap_or(0.0) < 0.5 {
                continue;
            }
            // Offsets count characters.
            let byte = |c: u64| byte_at.get(c as usize).copied().unwrap_or(text.len());
            let (b, en) = (byte(b), byte(en));
            let mut s = spans.partition_point(|sp| sp.1 <= b);
            let e_ = spans.partition_point(|sp| sp.0 < en);
            while s < e_ && RE3D_LEADING.contains(&word(s).to_lowercase().as_str()) {
                s += 1;
            }
            // Pronouns ("We", "They") are marked Organisation: no name.
            if s >= e_ || (e_ == s + 1 && RE3D_PRONOUNS.contains(&word(s).to_lowercase().as_str()))
            {
                continue;
            }
            let name = cap(s)
                && cap(e_ - 1)
                && (s..e_).all(|k| {
                    let w = word(k);
                    cap(k)
                        || w.starts_with(|c: char| c.is_ascii_digit())
                        || NAME_CONNECTORS.contains(&w)
                });
            cands.push((s, e_, name.then_some(t)));
        }
        cands.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut labels = vec![0u8; spans.len()];
        for &(s, e, t) in &cands {
            let Some(t) = t else { continue };
            if labels[s..e].iter().any(|&l| l != 0) {
                continue;
            }
            labels[s] = begin(t);
            for l in &mut labels[s + 1..e] {
                *l = inside(t);
            }
        }
        let doubtful: Vec<bool> = {
            let mut v = vec![false; spans.len()];
            for &(s, e, t) in &cands {
                if t.is_none() {
                    for k in s..e {
                        v[k] |= cap(k) && labels[k] == 0;
                    }
                }
            }
            v
        };
        for sent in &doc.sentences {
            let (a, b) = (sent.first.index(), sent.end.index().min(spans.len()));
            if a >= b || doubtful[a..b].contains(&true) {
                continue;
            }
            out.push(Sentence {
                words: (a..b).map(|k| word(k).to_string()).collect(),
                labels: labels[a..b].to_vec(),
                ..Sentence::default()
            });
        }
    }
    out
}
