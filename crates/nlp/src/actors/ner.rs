//! The named-entity tagger: a greedy left-to-right averaged perceptron over
//! BIO tags (PER, ORG, LOC, NORP) with hashed features.
//!
//! Reads word strings, one gazetteer code per token (from the actor
//! lexicons) and, for a version-2 model, one part-of-speech code per token
//! (our own tagger's Penn tag); writes one label per token. Features are
//! word forms in a window of ±2, word shape, prefixes and suffixes, the
//! gazetteer code in a window of ±1, the two previous labels and, in
//! version 2 only, the part of speech of the word and its neighbours. They
//! are hashed into a fixed table of 2^18 buckets × 9 labels of `i16`, so
//! the model has one known size (4.7 MB), loads without parsing and scores
//! a token with a few dozen contiguous reads: no allocation per token. A
//! version-1 model (the embedded one) reads no part of speech and gives the
//! same answer with and without the tagger. Transitions that BIO forbids
//! (`I-X` after anything but `B-X`/`I-X`) are never predicted.
//!
//! Training ([`train`]) is deterministic: a fixed shuffle seed, a fixed
//! number of epochs, lazy averaging.

use crate::BuildError;

/// The labels, in model order.
pub const LABELS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-NORP", "I-NORP",
];
const N_LABELS: usize = LABELS.len();
const MAGIC: &[u8; 5] = b"NGNER";
/// Format versions: 1 reads no part-of-speech features, 2 adds them.
const VERSION_PLAIN: u8 = 1;
const VERSION_POS: u8 = 2;

/// An entity type the model predicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerType {
    Per,
    Org,
    Loc,
    Norp,
}

impl NerType {
    pub const ALL: [NerType; 4] = [NerType::Per, NerType::Org, NerType::Loc, NerType::Norp];

    pub fn as_str(self) -> &'static str {
        match self {
            NerType::Per => "PER",
            NerType::Org => "ORG",
            NerType::Loc => "LOC",
            NerType::Norp => "NORP",
        }
    }

    fn index(self) -> usize {
        match self {
            NerType::Per => 0,
            NerType::Org => 1,
            NerType::Loc => 2,
            NerType::Norp => 3,
        }
    }
}

/// Label id of `B-t` / `I-t`.
pub fn begin(t: NerType) -> u8 {
    (1 + 2 * t.index()) as u8
}

pub fn inside(t: NerType) -> u8 {
    (2 + 2 * t.index()) as u8
}

/// The type of a label, `None` for `O`.
pub fn label_type(label: u8) -> Option<NerType> {
    (label >= 1 && usize::from(label) < N_LABELS)
        .then(|| NerType::ALL[(usize::from(label) - 1) / 2])
}

fn is_inside(label: u8) -> bool {
    label >= 1 && label.is_multiple_of(2)
}

/// Whether `label` may follow `prev` in BIO.
fn allowed(prev: u8, label: u8) -> bool {
    !is_inside(label) || prev == label || prev + 1 == label
}

/// Token spans `[start, end)` with their types from a BIO label sequence.
/// A stray `I-` starts a span (as conlleval does).
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, NerType)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, NerType)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let t = label_type(l);
        let continues = is_inside(l) && cur.is_some_and(|(_, ct)| Some(ct) == t);
        if !continues {
            if let Some((s, ct)) = cur.take() {
                out.push((s, i, ct));
            }
            if let Some(t) = t {
                cur = Some((i, t));
            }
        }
    }
    if let Some((s, ct)) = cur {
        out.push((s, labels.len(), ct));
    }
    out
}

// ---- hashing -------------------------------------------------------------

const FNV: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
}

fn mix(template: u64, value: u64) -> u64 {
    let mut z = value ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Per-token hashes, computed once per token.
#[derive(Debug, Clone, Copy, Default)]
struct TokInfo {
    lower: u64,
    exact: u64,
    shape: u64,
    prefix: [u64; 3],
    suffix: [u64; 4],
    gaz: u8,
    pos: u8,
}

fn tok_info(word: &str, gaz: u8, pos: u8) -> TokInfo {
    let mut lower = FNV;
    let mut exact = FNV;
    let mut shape = FNV;
    let mut last_class = 0u8;
    let mut prefix = [FNV; 3];
    let mut n_chars = 0usize;
    let mut buf = [0u8; 4];
    for c in word.chars() {
        let d = if c.is_ascii_digit() { '0' } else { c };
        for &b in d.encode_utf8(&mut buf).as_bytes() {
            exact = fnv(exact, b);
        }
        let mut lc_bytes = [0u8; 16];
        let mut len = 0;
        for l in d.to_lowercase() {
            len += l.encode_utf8(&mut lc_bytes[len..]).len();
            if len > 12 {
                break;
            }
        }
        for &b in &lc_bytes[..len] {
            lower = fnv(lower, b);
        }
        if n_chars < 3 {
            for (k, p) in prefix.iter_mut().enumerate().skip(n_chars) {
                let _ = k;
                for &b in &lc_bytes[..len] {
                    *p = fnv(*p, b);
                }
            }
        }
        n_chars += 1;
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'*'
        };
        if class != last_class {
            shape = fnv(shape, class);
            last_class = class;
        }
    }
    // Suffixes: the last 1..4 characters, lower-cased.
    let mut suffix = [FNV; 4];
    let chars: Vec<char> = word.chars().rev().take(4).collect();
    for (k, s) in suffix.iter_mut().enumerate() {
        if k < chars.len() {
            for c in chars[..=k].iter().rev() {
                for l in c.to_lowercase() {
                    for &b in l.encode_utf8(&mut buf).as_bytes() {
                        *s = fnv(*s, b);
                    }
                }
            }
        } else {
            *s = 0;
        }
    }
    if n_chars < 3 {
        for p in prefix.iter_mut().skip(n_chars) {
            *p = 0;
        }
    }
    TokInfo {
        lower,
        exact,
        shape,
        prefix,
        suffix,
        gaz,
        pos,
    }
}

const PAD: TokInfo = TokInfo {
    lower: 1,
    exact: 1,
    shape: 1,
    prefix: [1; 3],
    suffix: [1; 4],
    gaz: 0,
    pos: 0xff,
};

/// Number of label-independent features per token, the last
/// [`N_POS_FEATURES`] of them read part of speech.
const N_STATIC: usize = 27;
const N_POS_FEATURES: usize = 5;

/// The label-independent feature hashes of token `i`.
fn static_features(info: &[TokInfo], i: usize, out: &mut [u64; N_STATIC]) {
    let at = |k: isize| -> TokInfo {
        let j = i as isize + k;
        if j < 0 || j as usize >= info.len() {
            PAD
        } else {
            info[j as usize]
        }
    };
    let (m2, m1, w, p1, p2) = (at(-2), at(-1), at(0), at(1), at(2));
    let first = u64::from(i == 0);
    let f = [
        0,
        w.lower,
        w.exact,
        m1.lower,
        p1.lower,
        m2.lower,
        p2.lower,
        w.shape,
        mix(m1.shape, w.shape) ^ p1.shape.rotate_left(7),
        mix(m1.shape, w.shape),
        w.prefix[0],
        w.prefix[1],
        w.prefix[2],
        w.suffix[0],
        w.suffix[1],
        w.suffix[2],
        w.suffix[3],
        mix(m1.lower, w.lower),
        mix(w.lower, p1.lower),
        u64::from(w.gaz) | u64::from(m1.gaz) << 8 | u64::from(p1.gaz) << 16,
        u64::from(w.gaz) ^ w.shape.rotate_left(5),
        first ^ w.shape.rotate_left(3),
        u64::from(w.pos),
        u64::from(m1.pos) << 8 | u64::from(w.pos),
        u64::from(w.pos) << 8 | u64::from(p1.pos),
        u64::from(w.pos) ^ w.shape.rotate_left(11),
        u64::from(w.pos) ^ w.lower.rotate_left(13),
    ];
    for (k, v) in f.iter().enumerate() {
        out[k] = mix(k as u64 + 1, *v);
    }
}

fn dynamic_features(w: &TokInfo, p1: u8, p2: u8) -> [u64; 4] {
    [
        mix(101, u64::from(p1)),
        mix(102, u64::from(p1) | u64::from(p2) << 8),
        mix(103, w.lower ^ u64::from(p1)),
        mix(104, w.shape ^ u64::from(p1)),
    ]
}

// ---- the model -----------------------------------------------------------

/// A trained NER model: hashed feature weights, quantised to `i16`.
#[derive(Debug, Clone)]
pub struct Model {
    log2: u32,
    weights: Vec<i16>,
    /// Whether the part-of-speech features are used (format version 2).
    pos: bool,
}

impl Model {
    fn bucket(&self, h: u64) -> usize {
        (h >> (64 - self.log2)) as usize * N_LABELS
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(file: &str, bytes: &[u8]) -> Result<Model, BuildError> {
        let bad = |m: &str| BuildError::data(file, 0, m.to_string());
        if bytes.len() < 8 || &bytes[..5] != MAGIC {
            return Err(bad(
                "not a newsgraph NER model (bad magic); retrain with `newsgraph train ner`",
            ));
        }
        let pos = match bytes[5] {
            VERSION_PLAIN => false,
            VERSION_POS => true,
            _ => {
                return Err(bad(
                    "unknown NER model version; retrain with `newsgraph train ner`",
                ))
            }
        };
        let log2 = u32::from(bytes[6]);
        if usize::from(bytes[7]) != N_LABELS || !(10..=24).contains(&log2) {
            return Err(bad("model header does not match this build's label set"));
        }
        let n = (1usize << log2) * N_LABELS;
        let body = &bytes[8..];
        if body.len() != n * 2 {
            return Err(bad("model size does not match its header"));
        }
        let weights = body
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        Ok(Model { log2, weights, pos })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + self.weights.len() * 2);
        out.extend_from_slice(MAGIC);
        out.push(if self.pos { VERSION_POS } else { VERSION_PLAIN });
        out.push(self.log2 as u8);
        out.push(N_LABELS as u8);
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// Labels for one sentence: `words[i]` with gazetteer code `gaz[i]`
    /// and part-of-speech code `pos[i]` (see [`Example::pos`]; missing
    /// entries count as unknown). Also returns, per token, the margin of
    /// the chosen label over the runner-up (a confidence).
    pub fn tag(&self, words: &[&str], gaz: &[u8], pos: &[u8]) -> (Vec<u8>, Vec<f32>) {
        let info: Vec<TokInfo> = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                tok_info(
                    w,
                    gaz.get(i).copied().unwrap_or(0),
                    pos.get(i).copied().unwrap_or(0),
                )
            })
            .collect();
        let mut labels = Vec::with_capacity(words.len());
        let mut margins = Vec::with_capacity(words.len());
        let mut feats = [0u64; N_STATIC];
        let n_static = n_static(self.pos);
        let (mut p1, mut p2) = (0u8, 0u8);
        for i in 0..info.len() {
            static_features(&info, i, &mut feats);
            let mut scores = [0i32; N_LABELS];
            let dynf = dynamic_features(&info[i], p1, p2);
            for &h in feats[..n_static].iter().chain(dynf.iter()) {
                let b = self.bucket(h);
                for (s, w) in scores.iter_mut().zip(&self.weights[b..b + N_LABELS]) {
                    *s += i32::from(*w);
                }
            }
            let (best, margin) = argmax(&scores, p1);
            labels.push(best);
            margins.push(margin as f32);
            p2 = p1;
            p1 = best;
        }
        (labels, margins)
    }
}

/// How many of the static features a model reads.
fn n_static(pos: bool) -> usize {
    if pos {
        N_STATIC
    } else {
        N_STATIC - N_POS_FEATURES
    }
}

fn argmax<T: Copy + PartialOrd + std::ops::Sub<Output = T> + Default>(
    scores: &[T; N_LABELS],
    prev: u8,
) -> (u8, T) {
    let mut best: Option<(u8, T)> = None;
    let mut second: Option<T> = None;
    for (l, &s) in scores.iter().enumerate() {
        let l = l as u8;
        if !allowed(prev, l) {
            continue;
        }
        match best {
            Some((_, bs)) if s <= bs => {
                if second.is_none_or(|x| s > x) {
                    second = Some(s);
                }
            }
            _ => {
                if let Some((_, bs)) = best {
                    second = Some(bs);
                }
                best = Some((l, s));
            }
        }
    }
    let (l, s) = best.unwrap_or((0, T::default()));
    (l, second.map_or(T::default(), |x| s - x))
}

// ---- training ------------------------------------------------------------

/// One training sentence: words, gazetteer codes, part-of-speech codes and
/// gold labels.
#[derive(Debug, Clone)]
pub struct Example {
    pub words: Vec<String>,
    pub gaz: Vec<u8>,
    /// The Penn tag id (`Xpos.0`) our own tagger gives each word, 0 when
    /// unknown: training tags its sentences with the same tagger the
    /// pipeline runs, so the features match at inference.
    pub pos: Vec<u8>,
    pub labels: Vec<u8>,
    /// How much a mistake on this sentence moves the weights (1 for gold
    /// data; less for a silver corpus whose tags are often wrong).
    pub weight: f32,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub epochs: usize,
    pub log2: u32,
    pub seed: u64,
    /// Train with the part-of-speech features (format version 2).
    pub pos: bool,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 8,
            log2: 18,
            seed: 0x6e65_7773,
            pos: false,
        }
    }
}

/// Trains a model on `examples`; `progress(epoch, accuracy)` after each epoch.
pub fn train(
    examples: &[Example],
    cfg: TrainConfig,
    mut progress: impl FnMut(usize, f64),
) -> Model {
    let n = (1usize << cfg.log2) * N_LABELS;
    let mut w = vec![0f32; n];
    let mut acc = vec![0f64; n];
    let mut ts = vec![0u32; n];
    let mut t: u32 = 1;
    let bucket = |h: u64| (h >> (64 - cfg.log2)) as usize * N_LABELS;
    let n_static = n_static(cfg.pos);
    // Static features are the same every epoch: compute them once.
    let cached: Vec<Vec<[u64; N_STATIC]>> = examples
        .iter()
        .map(|ex| {
            let info: Vec<TokInfo> = ex
                .words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    tok_info(
                        w,
                        ex.gaz.get(i).copied().unwrap_or(0),
                        ex.pos.get(i).copied().unwrap_or(0),
                    )
                })
                .collect();
            (0..info.len())
                .map(|i| {
                    let mut f = [0u64; N_STATIC];
                    static_features(&info, i, &mut f);
                    f
                })
                .collect()
        })
        .collect();
    let infos: Vec<Vec<TokInfo>> = examples
        .iter()
        .map(|ex| ex.words.iter().map(|w| tok_info(w, 0, 0)).collect())
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = cfg.seed;
    for epoch in 0..cfg.epochs {
        // Fisher-Yates with xorshift64: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let (mut right, mut total) = (0usize, 0usize);
        for &e in &order {
            let ex = &examples[e];
            let (mut p1, mut p2) = (0u8, 0u8);
            for i in 0..ex.labels.len() {
                let dynf = dynamic_features(&infos[e][i], p1, p2);
                let mut scores = [0f32; N_LABELS];
                for &h in cached[e][i][..n_static].iter().chain(dynf.iter()) {
                    let b = bucket(h);
                    for (s, x) in scores.iter_mut().zip(&w[b..b + N_LABELS]) {
                        *s += *x;
                    }
                }
                let (pred, _) = argmax(&scores, p1);
                let gold = ex.labels[i];
                total += 1;
                if pred == gold {
                    right += 1;
                } else {
                    for &h in cached[e][i][..n_static].iter().chain(dynf.iter()) {
                        let b = bucket(h);
                        for (l, v) in [(gold, ex.weight), (pred, -ex.weight)] {
                            let k = b + usize::from(l);
                            acc[k] += f64::from(t - ts[k]) * f64::from(w[k]);
                            ts[k] = t;
                            w[k] += v;
                        }
                    }
                }
                t += 1;
                p2 = p1;
                p1 = pred;
            }
        }
        progress(epoch + 1, right as f64 / total.max(1) as f64);
    }
    // Average, then quantise to i16 with one scale for the whole table.
    let avg: Vec<f64> = (0..n)
        .map(|k| (acc[k] + f64::from(t - ts[k]) * f64::from(w[k])) / f64::from(t))
        .collect();
    let max = avg.iter().fold(0f64, |m, x| m.max(x.abs())).max(1e-9);
    let scale = 32767.0 / max;
    let weights = avg
        .iter()
        .map(|x| (x * scale).round().clamp(-32767.0, 32767.0) as i16)
        .collect();
    Model {
        log2: cfg.log2,
        weights,
        pos: cfg.pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_spans_and_transitions() {
        let l = [0, 1, 2, 0, 5, 3, 4, 2];
        assert_eq!(
            spans(&l),
            vec![
                (1, 3, NerType::Per),
                (4, 5, NerType::Loc),
                (5, 7, NerType::Org),
                (7, 8, NerType::Per)
            ]
        );
        assert!(allowed(1, 2));
        assert!(allowed(2, 2));
        assert!(!allowed(0, 2));
        assert!(!allowed(3, 2));
        assert_eq!(begin(NerType::Norp), 7);
        assert_eq!(label_type(inside(NerType::Org)), Some(NerType::Org));
    }

    fn ex(words: &str, labels: &[u8]) -> Example {
        let words: Vec<String> = words.split(' ').map(str::to_string).collect();
        Example {
            gaz: vec![0; words.len()],
            pos: vec![0; words.len()],
            weight: 1.0,
            words,
            labels: labels.to_vec(),
        }
    }

    #[test]
    fn learns_a_toy_pattern_and_round_trips() {
        let data = vec![
            ex("Mr Smith went to Paris", &[0, 1, 0, 0, 5]),
            ex("Mr Jones went to Rome", &[0, 1, 0, 0, 5]),
            ex("Mr Brown flew to Oslo", &[0, 1, 0, 0, 5]),
        ];
        let m = train(
            &data,
            TrainConfig {
                epochs: 5,
                log2: 12,
                seed: 1,
                pos: true,
            },
            |_, _| {},
        );
        let (labels, _) = m.tag(&["Mr", "Green", "went", "to", "Lima"], &[0; 5], &[]);
        assert_eq!(labels, vec![0, 1, 0, 0, 5]);
        let back = Model::from_bytes("t", &m.to_bytes()).expect("round trip");
        assert_eq!(back.weights, m.weights);
        assert!(Model::from_bytes("t", b"nope").is_err());
    }
}
