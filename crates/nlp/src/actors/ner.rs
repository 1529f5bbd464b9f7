//! The named-entity tagger: an averaged perceptron over BIO tags (PER,
//! ORG, LOC, NORP) with hashed features, decoded greedily left to right or
//! (the embedded model) by Viterbi over first-order label features.
//!
//! Reads word strings, one gazetteer code per token (from the actor
//! lexicons) and, for a model with part-of-speech features, one
//! part-of-speech code per token (our own tagger's Penn tag); writes one
//! label per token. Features are word forms in a window of ±2, word shape,
//! prefixes and suffixes, the gazetteer code in a window of ±1, optionally
//! the part of speech of the word and its neighbours, optionally prefixes
//! of the word's cluster path and its neighbours' (`actors::clusters`; the
//! table travels in the model file), optionally the first and last word of
//! the capitalised name a token is in (its head: "Perth [Glory]", "Acme
//! Widget [Company]"), and the previous label (greedy: the two previous
//! labels). They are hashed into a fixed table of 2^18
//! buckets × 9 labels of `i16`, so the weights have one known size (4.7 MB),
//! load without parsing and score a token with a few dozen contiguous
//! reads. Transitions that BIO forbids (`I-X` after anything but
//! `B-X`/`I-X`) are never predicted.
//!
//! Training ([`train`]) is deterministic: a fixed shuffle seed, a fixed
//! number of epochs, lazy averaging. A Viterbi model is trained as a
//! structured perceptron: decode the whole sentence, then update the
//! features of the gold and predicted labels where they differ.

use super::clusters::{self, Clusters};
use crate::BuildError;

/// The labels, in model order.
pub const LABELS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-NORP", "I-NORP",
];
const N_LABELS: usize = LABELS.len();
const MAGIC: &[u8; 5] = b"NGNER";
/// Format versions: 1 reads neither part of speech nor clusters and
/// decodes greedily, 2 adds part of speech; `0x80 | flags` says which of
/// part of speech (1), clusters (2, their table follows the weights),
/// Viterbi decoding (4), name context (8) and name heads (16) the model
/// uses.
const VERSION_PLAIN: u8 = 1;
const VERSION_POS: u8 = 2;
const VERSION_FLAGS: u8 = 0x80;

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

/// The labels that may precede `label` in BIO, in order.
fn predecessors(label: usize) -> &'static [u8] {
    const ALL: [u8; N_LABELS] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    if is_inside(label as u8) {
        &ALL[label - 1..=label]
    } else {
        &ALL
    }
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
    /// The word's coded cluster path (`clusters::Clusters::path`), 0 if none.
    cluster: u32,
    /// Whether the word starts with a capital letter.
    cap: bool,
}

/// `c` lower-cased, as UTF-8 in `out`; returns its length (a character
/// lower-cases to at most three of at most four bytes).
fn lower_utf8(c: char, out: &mut [u8; 12]) -> usize {
    if c.is_ascii() {
        out[0] = c.to_ascii_lowercase() as u8;
        return 1;
    }
    let mut len = 0;
    for l in c.to_lowercase() {
        len += l.encode_utf8(&mut out[len..]).len();
    }
    len
}

fn tok_info(word: &str, gaz: u8, pos: u8, cluster: u32) -> TokInfo {
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
        let mut lc_bytes = [0u8; 12];
        let len = lower_utf8(d, &mut lc_bytes);
        for &b in &lc_bytes[..len] {
            lower = fnv(lower, b);
        }
        if n_chars < 3 {
            for p in prefix.iter_mut().skip(n_chars) {
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
    let mut last = ['\0'; 4];
    let mut n_last = 0;
    for c in word.chars().rev().take(4) {
        last[n_last] = c;
        n_last += 1;
    }
    let chars = &last[..n_last];
    for (k, s) in suffix.iter_mut().enumerate() {
        if k < chars.len() {
            for &c in chars[..=k].iter().rev() {
                let mut lc_bytes = [0u8; 12];
                let len = lower_utf8(c, &mut lc_bytes);
                for &b in &lc_bytes[..len] {
                    *s = fnv(*s, b);
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
        cluster,
        cap: word.chars().next().is_some_and(char::is_uppercase),
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
    cluster: 1,
    cap: false,
};

/// Most label-independent features a token can have: the plain ones,
/// [`N_POS_FEATURES`] reading part of speech and [`N_CLUSTER_FEATURES`]
/// reading word clusters.
const N_STATIC: usize =
    N_PLAIN + N_POS_FEATURES + N_CLUSTER_FEATURES + N_CONTEXT_FEATURES + N_HEAD_FEATURES;
const N_PLAIN: usize = 22;
const N_POS_FEATURES: usize = 5;
const N_CLUSTER_FEATURES: usize = 7;
const N_CONTEXT_FEATURES: usize = 8;
const N_HEAD_FEATURES: usize = 6;

/// Which optional feature groups a model reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Groups {
    pos: bool,
    clusters: bool,
    /// Whole-sentence (Viterbi) decoding over first-order label features,
    /// trained as a structured perceptron; else greedy left to right.
    viterbi: bool,
    /// Name-context features: the words before and after the run of
    /// capitalised words a capitalised token is in ("[Norton] ordered").
    context: bool,
    /// Name-head features: the last and first word of the name a
    /// capitalised token is in ("Perth [Glory]", "[Bowling] Green State
    /// University"), where a name runs over capitalised words and the
    /// connectors of a long name ("of", "for", "&").
    heads: bool,
}

impl Groups {
    /// The format byte of a model with these groups: the legacy versions
    /// 1 (plain) and 2 (part of speech), or `0x80` with one bit per group.
    fn version(self) -> u8 {
        match (
            self.pos,
            self.clusters,
            self.viterbi,
            self.context,
            self.heads,
        ) {
            (false, false, false, false, false) => VERSION_PLAIN,
            (true, false, false, false, false) => VERSION_POS,
            _ => {
                VERSION_FLAGS
                    | u8::from(self.pos)
                    | u8::from(self.clusters) << 1
                    | u8::from(self.viterbi) << 2
                    | u8::from(self.context) << 3
                    | u8::from(self.heads) << 4
            }
        }
    }

    fn from_version(v: u8) -> Option<Groups> {
        match v {
            VERSION_PLAIN => Some(Groups::default()),
            VERSION_POS => Some(Groups {
                pos: true,
                ..Groups::default()
            }),
            _ if v & VERSION_FLAGS != 0 && v & !VERSION_FLAGS < 32 => Some(Groups {
                pos: v & 1 != 0,
                clusters: v & 2 != 0,
                viterbi: v & 4 != 0,
                context: v & 8 != 0,
                heads: v & 16 != 0,
            }),
            _ => None,
        }
    }
}

/// The label-independent feature hashes of token `i`, written to the
/// front of `out`; returns how many. Each template keeps its number
/// whatever groups are on, so a model reads the same hashes it was
/// trained with.
fn static_features(info: &[TokInfo], i: usize, groups: Groups, out: &mut [u64; N_STATIC]) -> usize {
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
    let plain: [u64; N_PLAIN] = [
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
    ];
    let mut n = 0;
    let mut put = |template: usize, v: u64| {
        out[n] = mix(template as u64 + 1, v);
        n += 1;
    };
    for (k, v) in plain.into_iter().enumerate() {
        put(k, v);
    }
    if groups.pos {
        let pos = [
            u64::from(w.pos),
            u64::from(m1.pos) << 8 | u64::from(w.pos),
            u64::from(w.pos) << 8 | u64::from(p1.pos),
            u64::from(w.pos) ^ w.shape.rotate_left(11),
            u64::from(w.pos) ^ w.lower.rotate_left(13),
        ];
        for (k, v) in pos.into_iter().enumerate() {
            put(N_PLAIN + k, v);
        }
    }
    if groups.clusters {
        let c = |t: &TokInfo, bits: u32| u64::from(clusters::prefix(t.cluster, bits));
        let cl = [
            c(&w, 4),
            c(&w, 8),
            c(&w, 12),
            c(&w, 32),
            c(&m1, 8),
            c(&p1, 8),
            c(&w, 8) ^ w.shape.rotate_left(17),
        ];
        for (k, v) in cl.into_iter().enumerate() {
            put(N_PLAIN + N_POS_FEATURES + k, v);
        }
    }
    if groups.context {
        // The run of capitalised tokens around a capitalised `w` and the
        // words on either side of it: "[Norton] ordered", "told [Ann
        // Lee Smith] on". A lower-case token reads one constant.
        let base = N_PLAIN + N_POS_FEATURES + N_CLUSTER_FEATURES;
        if w.cap {
            let (mut a, mut b) = (i, i + 1);
            while a > 0 && info[a - 1].cap {
                a -= 1;
            }
            while b < info.len() && info[b].cap {
                b += 1;
            }
            let get = |j: Option<usize>| j.and_then(|j| info.get(j)).copied().unwrap_or(PAD);
            let (l1, l2) = (get(a.checked_sub(1)), get(a.checked_sub(2)));
            let (r1, r2) = (get(Some(b)), get(Some(b + 1)));
            let c8 = |t: &TokInfo| u64::from(clusters::prefix(t.cluster, 8));
            let ctx = [
                l1.lower,
                r1.lower,
                mix(l2.lower, l1.lower),
                mix(r1.lower, r2.lower),
                c8(&l1) | 1 << 40,
                c8(&r1) | 1 << 41,
                mix(l1.lower, r1.lower),
                ((b - a).min(4) as u64) << 4 | (i - a).min(3) as u64 | u64::from(a == 0) << 8,
            ];
            for (k, v) in ctx.into_iter().enumerate() {
                put(base + k, v);
            }
        } else {
            put(base, 0);
        }
    }
    if groups.heads {
        let base = N_PLAIN + N_POS_FEATURES + N_CLUSTER_FEATURES + N_CONTEXT_FEATURES;
        if w.cap {
            let (a, b) = name_run(info, i);
            let (first, head) = (info[a], info[b - 1]);
            let c8 = |t: &TokInfo| u64::from(clusters::prefix(t.cluster, 8));
            // Where `w` is in the name: alone, first, inside or last.
            let place = match (i == a, i + 1 == b) {
                (true, true) => 0u64,
                (true, false) => 1,
                (false, false) => 2,
                (false, true) => 3,
            };
            let heads = [
                mix(head.lower, place),
                first.lower ^ 1 << 50,
                u64::from(head.gaz) | u64::from(first.gaz) << 8 | place << 16,
                c8(&head) | place << 40,
                head.suffix[2] ^ 1 << 51,
                mix(head.shape, place) ^ 1 << 52,
            ];
            for (k, v) in heads.into_iter().enumerate() {
                put(base + k, v);
            }
        } else {
            put(base, 0);
        }
    }
    n
}

/// The name a capitalised token `i` is in, `[a, b)`: the run of
/// capitalised tokens around it, continued over a lower-case connector
/// ("of", "for", "&", "and", "de", "on", "of the") that a capitalised
/// token follows, as in "Bank of [New] Zealand", "Society for the
/// Prevention". Connectors count only between capitalised words.
fn name_run(info: &[TokInfo], i: usize) -> (usize, usize) {
    let connector = |t: &TokInfo| CONNECTORS.contains(&t.lower);
    let (mut a, mut b) = (i, i + 1);
    loop {
        if a > 0 && info[a - 1].cap {
            a -= 1;
        } else if a >= 2 && connector(&info[a - 1]) && info[a - 2].cap {
            a -= 2;
        } else if a >= 3 && connector(&info[a - 1]) && connector(&info[a - 2]) && info[a - 3].cap {
            a -= 3;
        } else {
            break;
        }
    }
    loop {
        if b < info.len() && info[b].cap {
            b += 1;
        } else if b + 1 < info.len() && connector(&info[b]) && info[b + 1].cap {
            b += 2;
        } else if b + 2 < info.len()
            && connector(&info[b])
            && connector(&info[b + 1])
            && info[b + 2].cap
        {
            b += 3;
        } else {
            break;
        }
    }
    (a, b)
}

/// FNV hashes of the lower-case connectors [`name_run`] crosses.
const CONNECTORS: [u64; 7] = [
    fnv_str("of"),
    fnv_str("for"),
    fnv_str("&"),
    fnv_str("and"),
    fnv_str("de"),
    fnv_str("on"),
    fnv_str("the"),
];

const fn fnv_str(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = FNV;
    let mut k = 0;
    while k < b.len() {
        h = (h ^ b[k] as u64).wrapping_mul(0x100_0000_01b3);
        k += 1;
    }
    h
}

fn dynamic_features(w: &TokInfo, p1: u8, p2: u8) -> [u64; 4] {
    [
        mix(101, u64::from(p1)),
        mix(102, u64::from(p1) | u64::from(p2) << 8),
        mix(103, w.lower ^ u64::from(p1)),
        mix(104, w.shape ^ u64::from(p1)),
    ]
}

/// The label-dependent features of a token under Viterbi decoding: the
/// previous label alone and with the word and its shape.
fn transition_features(w: &TokInfo, p1: u8) -> [u64; 3] {
    [
        mix(101, u64::from(p1)),
        mix(103, w.lower ^ u64::from(p1)),
        mix(104, w.shape ^ u64::from(p1)),
    ]
}

/// Scores of one token under Viterbi decoding: `[prev][label]`.
type Lattice<T> = [[T; N_LABELS]; N_LABELS];

/// Best label sequence through `lattice` (token `i`: the score of moving
/// from label `p` to `l`; the sentence starts after `O`) and, per token,
/// the margin of its label over the best path that labels it otherwise.
fn viterbi<T>(lattice: &[Lattice<T>], margins: bool) -> (Vec<u8>, Vec<T>)
where
    T: Copy + PartialOrd + std::ops::Add<Output = T> + std::ops::Sub<Output = T> + Default,
{
    let n = lattice.len();
    let mut labels = vec![0u8; n];
    let mut out_margins = Vec::new();
    if n == 0 {
        return (labels, out_margins);
    }
    // alpha[i][l]: best score of a path ending in l at i; back pointers.
    let mut alpha: Vec<[Option<T>; N_LABELS]> = vec![[None; N_LABELS]; n];
    let mut back = vec![[0u8; N_LABELS]; n];
    for l in 0..N_LABELS {
        if allowed(0, l as u8) {
            alpha[0][l] = Some(lattice[0][0][l]);
        }
    }
    for i in 1..n {
        for l in 0..N_LABELS {
            let mut best: Option<(T, u8)> = None;
            for &p in predecessors(l) {
                let p = usize::from(p);
                let Some(a) = alpha[i - 1][p] else { continue };
                let s = a + lattice[i][p][l];
                if best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, p as u8));
                }
            }
            if let Some((s, p)) = best {
                alpha[i][l] = Some(s);
                back[i][l] = p;
            }
        }
    }
    let mut last = 0u8;
    let mut best: Option<T> = None;
    for (l, a) in alpha[n - 1].iter().enumerate() {
        if let Some(a) = *a {
            if best.is_none_or(|b| a > b) {
                best = Some(a);
                last = l as u8;
            }
        }
    }
    labels[n - 1] = last;
    for i in (1..n).rev() {
        labels[i - 1] = back[i][usize::from(labels[i])];
    }
    if margins {
        // beta[i][l]: best score of the rest of the sentence after l at i.
        let mut beta = vec![[Some(T::default()); N_LABELS]; n];
        for i in (0..n - 1).rev() {
            // A maximum over the allowed moves, taken label by label.
            let mut row = [None::<T>; N_LABELS];
            for l in 0..N_LABELS {
                let Some(next) = beta[i + 1][l] else { continue };
                if alpha[i + 1][l].is_none() {
                    continue;
                }
                for &p in predecessors(l) {
                    let p = usize::from(p);
                    let s = lattice[i + 1][p][l] + next;
                    if row[p].is_none_or(|x| s > x) {
                        row[p] = Some(s);
                    }
                }
            }
            beta[i] = row;
        }
        out_margins = (0..n)
            .map(|i| {
                let chosen = usize::from(labels[i]);
                let total = |l: usize| match (alpha[i][l], beta[i][l]) {
                    (Some(a), Some(b)) => Some(a + b),
                    _ => None,
                };
                let (Some(top), mut other) = (total(chosen), None::<T>) else {
                    return T::default();
                };
                for l in (0..N_LABELS).filter(|&l| l != chosen) {
                    if let Some(s) = total(l) {
                        if other.is_none_or(|o| s > o) {
                            other = Some(s);
                        }
                    }
                }
                other.map_or(T::default(), |o| top - o)
            })
            .collect();
    }
    (labels, out_margins)
}

// ---- the model -----------------------------------------------------------

/// A trained NER model: hashed feature weights, quantised to `i16`, and
/// the word clusters it reads (empty for a model without them).
#[derive(Debug, Clone)]
pub struct Model {
    log2: u32,
    weights: Vec<i16>,
    groups: Groups,
    clusters: Clusters,
}

impl Model {
    fn bucket(&self, h: u64) -> usize {
        (h >> (64 - self.log2)) as usize * N_LABELS
    }

    /// Asks the CPU to start loading the weights at bucket `b` (a hint: it
    /// never faults and changes no value).
    #[inline(always)]
    fn prefetch(&self, b: usize) {
        // A row of `N_LABELS` weights may straddle two cache lines.
        for k in [b, b + N_LABELS - 1] {
            if let Some(w) = self.weights.get(k) {
                crate::perceptron::prefetch(w);
            }
        }
    }

    /// Adds feature `h`'s weights to `scores`.
    fn add_row(&self, scores: &mut [i32; N_LABELS], h: u64) {
        self.add_bucket(scores, self.bucket(h));
    }

    /// Adds the weights at `b` (a [`Model::bucket`]) to `scores`.
    fn add_bucket(&self, scores: &mut [i32; N_LABELS], b: usize) {
        for (s, w) in scores.iter_mut().zip(&self.weights[b..b + N_LABELS]) {
            *s += i32::from(*w);
        }
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(file: &str, bytes: &[u8]) -> Result<Model, BuildError> {
        let bad = |m: &str| BuildError::data(file, 0, m.to_string());
        if bytes.len() < 8 || &bytes[..5] != MAGIC {
            return Err(bad(
                "not a newsgraph NER model (bad magic); retrain with `newsgraph train ner`",
            ));
        }
        let groups = Groups::from_version(bytes[5])
            .ok_or_else(|| bad("unknown NER model version; retrain with `newsgraph train ner`"))?;
        let log2 = u32::from(bytes[6]);
        if usize::from(bytes[7]) != N_LABELS || !(10..=24).contains(&log2) {
            return Err(bad("model header does not match this build's label set"));
        }
        let n = (1usize << log2) * N_LABELS;
        let body = &bytes[8..];
        let (table, rest) = body
            .split_at_checked(n * 2)
            .ok_or_else(|| bad("model size does not match its header"))?;
        let clusters = if groups.clusters {
            match Clusters::from_bytes(rest) {
                Some((c, used)) if used == rest.len() => c,
                _ => return Err(bad("model's cluster table is cut or too long")),
            }
        } else if rest.is_empty() {
            Clusters::default()
        } else {
            return Err(bad("model size does not match its header"));
        };
        let mut weights = crate::perceptron::huge_vec(n);
        weights.extend(
            table
                .chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]])),
        );
        Ok(Model {
            log2,
            weights,
            groups,
            clusters,
        })
    }

    /// The format version byte (see `VERSION_FLAGS`).
    pub fn format_version(&self) -> u8 {
        self.groups.version()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + self.weights.len() * 2);
        out.extend_from_slice(MAGIC);
        out.push(self.groups.version());
        out.push(self.log2 as u8);
        out.push(N_LABELS as u8);
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        if self.groups.clusters {
            out.extend_from_slice(&self.clusters.to_bytes());
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
                    self.clusters.path(w),
                )
            })
            .collect();
        let mut feats = [0u64; N_STATIC];
        if self.groups.viterbi {
            // The previous-label feature alone is the same for every
            // token (the first of `transition_features`): read it once.
            let mut trans = [[0i32; N_LABELS]; N_LABELS];
            for (p, row) in trans.iter_mut().enumerate() {
                self.add_row(row, transition_features(&PAD, p as u8)[0]);
            }
            // Hash every feature of the sentence first, then read their
            // rows: the reads do not wait on each other, so their cache
            // misses overlap.
            const PER_TOKEN: usize = N_STATIC + 2 * N_LABELS;
            let mut rows: Vec<usize> = Vec::with_capacity(info.len() * PER_TOKEN);
            let mut n_static = Vec::with_capacity(info.len());
            // Asking for each row as soon as it is known lets the misses
            // overlap with the hashing of the next features.
            let mut fetch = |b: usize| {
                self.prefetch(b);
                rows.push(b);
            };
            for (i, w) in info.iter().enumerate() {
                let n = static_features(&info, i, self.groups, &mut feats);
                for &h in &feats[..n] {
                    fetch(self.bucket(h));
                }
                for p in 0..N_LABELS {
                    let [_, word, shape] = transition_features(w, p as u8);
                    fetch(self.bucket(word));
                    fetch(self.bucket(shape));
                }
                n_static.push(n);
            }
            let mut rows = rows.iter().copied();
            let lattice: Vec<Lattice<i32>> = n_static
                .iter()
                .map(|&n| {
                    let mut emit = [0i32; N_LABELS];
                    for b in rows.by_ref().take(n) {
                        self.add_bucket(&mut emit, b);
                    }
                    let mut lat = trans;
                    for row in lat.iter_mut() {
                        for (s, e) in row.iter_mut().zip(&emit) {
                            *s += e;
                        }
                        for b in rows.by_ref().take(2) {
                            self.add_bucket(row, b);
                        }
                    }
                    lat
                })
                .collect();
            let (labels, margins) = viterbi(&lattice, true);
            return (labels, margins.into_iter().map(|m| m as f32).collect());
        }
        let mut labels = Vec::with_capacity(words.len());
        let mut margins = Vec::with_capacity(words.len());
        let (mut p1, mut p2) = (0u8, 0u8);
        for i in 0..info.len() {
            let n = static_features(&info, i, self.groups, &mut feats);
            let mut scores = [0i32; N_LABELS];
            let dynf = dynamic_features(&info[i], p1, p2);
            for &h in feats[..n].iter().chain(dynf.iter()) {
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
    /// Train with the part-of-speech features.
    pub pos: bool,
    /// Decode whole sentences (Viterbi) and train as a structured
    /// perceptron; else greedy.
    pub viterbi: bool,
    /// Train with the name-context features (see `Groups::context`).
    pub context: bool,
    /// Train with the name-head features (see `Groups::heads`).
    pub heads: bool,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 8,
            log2: 18,
            seed: 0x6e65_7773,
            pos: false,
            viterbi: false,
            context: false,
            heads: false,
        }
    }
}

fn static_of(c: &([u64; N_STATIC], usize)) -> &[u64] {
    &c.0[..c.1]
}

/// Trains a model on `examples`; `progress(epoch, accuracy)` after each epoch.
/// With a non-empty `clusters` the model reads cluster features and
/// carries the table.
pub fn train(
    examples: &[Example],
    cfg: TrainConfig,
    clusters: Clusters,
    mut progress: impl FnMut(usize, f64),
) -> Model {
    let groups = Groups {
        pos: cfg.pos,
        clusters: !clusters.is_empty(),
        viterbi: cfg.viterbi,
        context: cfg.context,
        heads: cfg.heads,
    };
    let n = (1usize << cfg.log2) * N_LABELS;
    let mut w = vec![0f32; n];
    let mut acc = vec![0f64; n];
    let mut ts = vec![0u32; n];
    let mut t: u32 = 1;
    let bucket = |h: u64| (h >> (64 - cfg.log2)) as usize * N_LABELS;
    // Static features are the same every epoch: compute them once (with
    // their number, which the context group makes vary).
    let cached: Vec<Vec<([u64; N_STATIC], usize)>> = examples
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
                        clusters.path(w),
                    )
                })
                .collect();
            (0..info.len())
                .map(|i| {
                    let mut f = [0u64; N_STATIC];
                    let n = static_features(&info, i, groups, &mut f);
                    (f, n)
                })
                .collect()
        })
        .collect();
    let infos: Vec<Vec<TokInfo>> = examples
        .iter()
        .map(|ex| ex.words.iter().map(|w| tok_info(w, 0, 0, 0)).collect())
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
            if cfg.viterbi {
                let row = |h: u64, out: &mut [f32; N_LABELS]| {
                    let b = bucket(h);
                    for (s, x) in out.iter_mut().zip(&w[b..b + N_LABELS]) {
                        *s += *x;
                    }
                };
                let lattice: Vec<Lattice<f32>> = (0..ex.labels.len())
                    .map(|i| {
                        let mut emit = [0f32; N_LABELS];
                        for &h in static_of(&cached[e][i]) {
                            row(h, &mut emit);
                        }
                        let mut lat = [emit; N_LABELS];
                        for (p, r) in lat.iter_mut().enumerate() {
                            for h in transition_features(&infos[e][i], p as u8) {
                                row(h, r);
                            }
                        }
                        lat
                    })
                    .collect();
                let (pred, _) = viterbi(&lattice, false);
                let mut upd = |h: u64, l: u8, v: f32| {
                    let k = bucket(h) + usize::from(l);
                    acc[k] += f64::from(t - ts[k]) * f64::from(w[k]);
                    ts[k] = t;
                    w[k] += v;
                };
                for i in 0..ex.labels.len() {
                    let (gold, guess) = (ex.labels[i], pred[i]);
                    total += 1;
                    right += usize::from(gold == guess);
                    let gp = if i == 0 { 0 } else { ex.labels[i - 1] };
                    let pp = if i == 0 { 0 } else { pred[i - 1] };
                    if gold != guess {
                        for &h in static_of(&cached[e][i]) {
                            upd(h, gold, ex.weight);
                            upd(h, guess, -ex.weight);
                        }
                    }
                    if (gp, gold) != (pp, guess) {
                        for h in transition_features(&infos[e][i], gp) {
                            upd(h, gold, ex.weight);
                        }
                        for h in transition_features(&infos[e][i], pp) {
                            upd(h, guess, -ex.weight);
                        }
                    }
                }
                t += ex.labels.len() as u32;
                continue;
            }
            let (mut p1, mut p2) = (0u8, 0u8);
            for i in 0..ex.labels.len() {
                let dynf = dynamic_features(&infos[e][i], p1, p2);
                let mut scores = [0f32; N_LABELS];
                for &h in static_of(&cached[e][i]).iter().chain(dynf.iter()) {
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
                    for &h in static_of(&cached[e][i]).iter().chain(dynf.iter()) {
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
        groups,
        clusters,
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
        for l in 0..N_LABELS {
            let all = (0..N_LABELS as u8).filter(|&p| allowed(p, l as u8));
            assert!(all.eq(predecessors(l).iter().copied()));
        }
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
        let clusters = Clusters::from_paths("t", "0\tSmith\n0\tGreen\n1\tLima\n").expect("paths");
        for (viterbi, cl, context, heads) in [
            (false, Clusters::default(), false, false),
            (true, clusters.clone(), false, false),
            (true, clusters.clone(), true, false),
            (true, clusters.clone(), false, true),
            (false, clusters, false, true),
        ] {
            let m = train(
                &data,
                TrainConfig {
                    epochs: 5,
                    log2: 12,
                    seed: 1,
                    pos: true,
                    viterbi,
                    context,
                    heads,
                },
                cl,
                |_, _| {},
            );
            let (labels, margins) = m.tag(&["Mr", "Green", "went", "to", "Lima"], &[0; 5], &[]);
            assert_eq!(labels, vec![0, 1, 0, 0, 5]);
            assert!(margins.iter().all(|&x| x >= 0.0));
            let back = Model::from_bytes("t", &m.to_bytes()).expect("round trip");
            assert_eq!(back.weights, m.weights);
            assert_eq!(back.groups, m.groups);
            assert_eq!(back.clusters.len(), m.clusters.len());
        }
        assert!(Model::from_bytes("t", b"nope").is_err());
    }

    #[test]
    fn viterbi_finds_the_best_allowed_path() {
        // Token 0 prefers I-PER, which BIO forbids at the start; token 1
        // continues a person only after B-PER.
        let mut lat = [[[0i32; N_LABELS]; N_LABELS]; 2];
        lat[0][0][2] = 10;
        lat[0][0][1] = 5;
        for row in lat[1].iter_mut() {
            row[2] = 3;
        }
        let (labels, margins) = viterbi(&lat, true);
        assert_eq!(labels, vec![1, 2]);
        assert_eq!(margins[0], 8);
        assert!(viterbi::<i32>(&[], true).0.is_empty());
    }
}
