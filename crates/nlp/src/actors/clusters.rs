//! Word clusters for the NER tagger: a binary tree over words, learned
//! without labels from tokenised text, so that a name the tagger never saw
//! in training shares features with names that occur in the same contexts.
//!
//! Reads sentences of words; writes, for every word seen at least
//! `min_count` times, a path in the tree (a bit string, as Brown clusters
//! give), in the `PATH\tWORD\tCOUNT` lines of a Brown `paths` file. The
//! tagger reads path prefixes (4, 8, 12 bits and the whole path).
//!
//! The method is a cheap stand-in for Brown clustering: each word is a
//! vector of positive pointwise mutual information with its neighbours at
//! offsets −2, −1, +1 and +2 (the most frequent words, each other word by
//! its shape), and the tree is built top-down by splitting each node in two
//! with spherical 2-means. Everything is deterministic (no random start:
//! the first centroid is the node's most frequent word, the second the word
//! least like it).

use crate::lexicon::LowerKey;
use crate::perceptron::{hash_str, IdMap};
use crate::BuildError;
use std::collections::HashMap;

/// Clustering settings.
#[derive(Debug, Clone, Copy)]
pub struct ClusterConfig {
    /// Words seen fewer times get no cluster.
    pub min_count: usize,
    /// How many of the most frequent words are context features.
    pub contexts: usize,
    /// Depth of the tree (longest path).
    pub depth: usize,
    /// 2-means iterations per split.
    pub iterations: usize,
}

impl Default for ClusterConfig {
    fn default() -> ClusterConfig {
        ClusterConfig {
            min_count: 3,
            contexts: 500,
            depth: 16,
            iterations: 8,
        }
    }
}

/// Word → path, read by the tagger. A path of `k` bits is stored as
/// `1 << k | bits`, so 0 means "no cluster" and prefixes keep their length.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: IdMap<u32>,
}

impl Clusters {
    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// The coded path of `word` (its exact form, else its lower-case
    /// form), 0 when it has none.
    pub fn path(&self, word: &str) -> u32 {
        if self.map.is_empty() {
            return 0;
        }
        if let Some(&p) = self.map.get(&hash_str(word)) {
            return p;
        }
        if word.chars().any(char::is_uppercase) {
            // Most words are short ASCII: lower-case those on the stack
            // (`str::to_lowercase` differs from char by char elsewhere).
            let mut key = LowerKey::new(LowerKey::BYTES);
            let lower = if word.is_ascii() && key.push_str(word) {
                hash_str(key.as_str())
            } else {
                hash_str(&word.to_lowercase())
            };
            if let Some(&p) = self.map.get(&lower) {
                return p;
            }
        }
        0
    }

    /// Reads a Brown `paths` file: `PATH\tWORD[\tCOUNT]` lines, `#`
    /// comments. The first line for a word wins.
    pub fn from_paths(file: &str, text: &str) -> Result<Clusters, BuildError> {
        let mut map = IdMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(path), Some(word)) = (cols.next(), cols.next()) else {
                return Err(BuildError::data(file, n + 1, "expected PATH<TAB>WORD"));
            };
            let code = code(path)
                .ok_or_else(|| BuildError::data(file, n + 1, "a path is 1 to 30 bits of 0/1"))?;
            map.entry(hash_str(word)).or_insert(code);
        }
        Ok(Clusters { map })
    }

    /// The table as bytes: count, then `(hash, path)` sorted by hash.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut rows: Vec<(u64, u32)> = self.map.iter().map(|(&h, &p)| (h, p)).collect();
        rows.sort_unstable();
        let mut out = Vec::with_capacity(4 + rows.len() * 12);
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (h, p) in rows {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&p.to_le_bytes());
        }
        out
    }

    /// Reads [`Clusters::to_bytes`]; returns the table and the bytes used.
    pub fn from_bytes(bytes: &[u8]) -> Option<(Clusters, usize)> {
        let n = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let end = 4 + n.checked_mul(12)?;
        let body = bytes.get(4..end)?;
        let mut map = IdMap::default();
        map.reserve(n);
        for row in body.chunks_exact(12) {
            let h = u64::from_le_bytes(row[..8].try_into().ok()?);
            let p = u32::from_le_bytes(row[8..].try_into().ok()?);
            map.insert(h, p);
        }
        Some((Clusters { map }, end))
    }
}

/// `"0110"` → `0b1_0110`; `None` for an empty, too long or non-binary path.
fn code(path: &str) -> Option<u32> {
    if path.is_empty() || path.len() > 30 {
        return None;
    }
    let mut v = 1u32;
    for b in path.bytes() {
        v = v << 1
            | match b {
                b'0' => 0,
                b'1' => 1,
                _ => return None,
            };
    }
    Some(v)
}

/// The first `bits` bits of a coded path (the whole path when shorter),
/// still coded; 0 stays 0.
pub fn prefix(path: u32, bits: u32) -> u32 {
    if path == 0 {
        return 0;
    }
    let len = 31 - path.leading_zeros();
    if len > bits {
        path >> (len - bits)
    } else {
        path
    }
}

/// Which context class a word is when it is not one of the frequent words.
fn shape_class(w: &str) -> usize {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return 0 };
    if first.is_numeric() {
        1
    } else if first.is_uppercase() {
        if w.chars().skip(1).any(char::is_lowercase) {
            2
        } else {
            3
        }
    } else if first.is_lowercase() {
        4
    } else {
        5
    }
}

const N_SHAPES: usize = 6;
/// Context offsets: −2, −1, +1, +2.
const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// Learns clusters; returns `(path, word, count)` sorted by path, then by
/// count (descending), then word.
pub fn learn(sentences: &[Vec<String>], cfg: ClusterConfig) -> Vec<(String, String, usize)> {
    // Vocabulary by frequency, ties by the word itself (deterministic).
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, usize)> = counts.into_iter().collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i))
        .collect();
    let n_words = vocab
        .iter()
        .take_while(|(_, c)| *c >= cfg.min_count)
        .count();
    // Context ids: frequent word k → k; else the sentence edge or a shape.
    let n_ctx_words = cfg.contexts.min(vocab.len());
    let per_offset = n_ctx_words + 1 + N_SHAPES;
    let dim = per_offset * OFFSETS.len();
    let ctx_id = |s: &[usize], words: &[String], j: isize| -> usize {
        if j < 0 || j as usize >= s.len() {
            n_ctx_words
        } else if s[j as usize] < n_ctx_words {
            s[j as usize]
        } else {
            n_ctx_words + 1 + shape_class(&words[j as usize])
        }
    };
    // Co-occurrence counts per clustered word.
    let mut cooc: Vec<HashMap<u32, f32>> = vec![HashMap::new(); n_words];
    let mut ctx_total = vec![0f64; dim];
    for s in sentences {
        let ids: Vec<usize> = s.iter().map(|w| index[w.as_str()]).collect();
        for (i, &w) in ids.iter().enumerate() {
            for (o, &off) in OFFSETS.iter().enumerate() {
                let c = o * per_offset + ctx_id(&ids, s, i as isize + off);
                ctx_total[c] += 1.0;
                if w < n_words {
                    *cooc[w].entry(c as u32).or_default() += 1.0;
                }
            }
        }
    }
    // PPMI vectors with smoothed context probabilities, L2-normalised.
    let smoothed: Vec<f64> = ctx_total.iter().map(|c| c.powf(0.75)).collect();
    let smoothed_sum: f64 = smoothed.iter().sum();
    let vectors: Vec<Vec<(u32, f32)>> = cooc
        .into_iter()
        .enumerate()
        .map(|(w, m)| {
            let cw = vocab[w].1 as f64 * OFFSETS.len() as f64;
            let mut v: Vec<(u32, f32)> = m
                .into_iter()
                .filter_map(|(c, n)| {
                    let pmi = (f64::from(n) / cw / (smoothed[c as usize] / smoothed_sum)).ln();
                    (pmi > 0.0).then_some((c, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|&(c, _)| c);
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-9);
            for (_, x) in &mut v {
                *x /= norm;
            }
            v
        })
        .collect();
    let mut paths = vec![String::new(); n_words];
    let mut stack: Vec<(Vec<usize>, String)> = vec![((0..n_words).collect(), String::new())];
    while let Some((members, path)) = stack.pop() {
        // A leaf: too small, deep enough, or not separable.
        let (left, right) = if members.len() < 2 || path.len() >= cfg.depth {
            (Vec::new(), Vec::new())
        } else {
            split(&vectors, &members, dim, cfg.iterations)
        };
        if left.is_empty() || right.is_empty() {
            for &w in &members {
                paths[w] = if path.is_empty() {
                    "0".into()
                } else {
                    path.clone()
                };
            }
            continue;
        }
        stack.push((right, format!("{path}1")));
        stack.push((left, format!("{path}0")));
    }
    let mut out: Vec<(String, String, usize)> = paths
        .into_iter()
        .enumerate()
        .map(|(w, p)| (p, vocab[w].0.to_string(), vocab[w].1))
        .collect();
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)).then(a.1.cmp(&b.1)));
    out
}

fn dot(v: &[(u32, f32)], c: &[f32]) -> f32 {
    v.iter().map(|&(k, x)| x * c[k as usize]).sum()
}

/// Splits `members` (word ids, most frequent first) in two by spherical
/// 2-means; the side holding the most frequent word comes first.
fn split(
    vectors: &[Vec<(u32, f32)>],
    members: &[usize],
    dim: usize,
    iterations: usize,
) -> (Vec<usize>, Vec<usize>) {
    let dense = |w: usize| {
        let mut c = vec![0f32; dim];
        for &(k, x) in &vectors[w] {
            c[k as usize] = x;
        }
        c
    };
    let first = members[0];
    let c0 = dense(first);
    // The second seed: the member least like the first (ties: the more
    // frequent, which comes first).
    let mut far = members[1];
    let mut far_sim = f32::INFINITY;
    for &w in &members[1..] {
        let s = dot(&vectors[w], &c0);
        if s < far_sim {
            far_sim = s;
            far = w;
        }
    }
    let mut cents = [c0, dense(far)];
    let mut side = vec![false; members.len()];
    for it in 0..iterations.max(1) {
        let mut changed = false;
        for (k, &w) in members.iter().enumerate() {
            let right = dot(&vectors[w], &cents[1]) > dot(&vectors[w], &cents[0]);
            if right != side[k] || it == 0 {
                changed |= right != side[k];
                side[k] = right;
            }
        }
        if it > 0 && !changed {
            break;
        }
        for (s, cent) in cents.iter_mut().enumerate() {
            cent.fill(0.0);
            for (k, &w) in members.iter().enumerate() {
                if side[k] == (s == 1) {
                    for &(i, x) in &vectors[w] {
                        cent[i as usize] += x;
                    }
                }
            }
            let norm = cent.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
            for x in cent.iter_mut() {
                *x /= norm;
            }
        }
    }
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for (k, &w) in members.iter().enumerate() {
        if side[k] {
            right.push(w);
        } else {
            left.push(w);
        }
    }
    if side[0] {
        std::mem::swap(&mut left, &mut right);
    }
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_code_and_prefix() {
        assert_eq!(code("0110"), Some(0b1_0110));
        assert_eq!(code(""), None);
        assert_eq!(code("012"), None);
        assert_eq!(prefix(0b1_0110, 2), 0b1_01);
        assert_eq!(prefix(0b1_0110, 8), 0b1_0110);
        assert_eq!(prefix(0, 4), 0);
        let c = Clusters::from_paths("t", "# comment\n0110\tParis\t5\n111\tsaid\n").expect("reads");
        assert_eq!(c.path("Paris"), 0b1_0110);
        assert_eq!(c.path("SAID"), 0b1_111);
        assert_eq!(c.path("Rome"), 0);
        let (back, used) = Clusters::from_bytes(&c.to_bytes()).expect("round trip");
        assert_eq!(used, c.to_bytes().len());
        assert_eq!(back.path("Paris"), 0b1_0110);
        assert!(Clusters::from_paths("t", "01x\tword\n").is_err());
    }

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut sents = Vec::new();
        for name in ["Smith", "Jones", "Brown", "Green"] {
            for place in ["Paris", "Rome", "Oslo", "Lima"] {
                let s = format!("Mr {name} said on Monday he flew to {place} from {place} today");
                sents.push(s.split(' ').map(str::to_string).collect());
            }
        }
        let out = learn(
            &sents,
            ClusterConfig {
                min_count: 2,
                contexts: 20,
                depth: 3,
                iterations: 5,
            },
        );
        let path = |w: &str| out.iter().find(|r| r.1 == w).map(|r| r.0.clone());
        assert_eq!(path("Smith"), path("Jones"));
        assert_eq!(path("Rome"), path("Oslo"));
        assert_ne!(path("Smith"), path("Rome"));
        assert_eq!(
            out,
            learn(
                &sents,
                ClusterConfig {
                    min_count: 2,
                    contexts: 20,
                    depth: 3,
                    iterations: 5
                }
            )
        );
    }
}
