//! The dependency parser: arc-eager transitions with the root at the end of
//! the buffer, scored by averaged perceptrons, trained with a dynamic
//! oracle (Goldberg & Nivre 2012) and error exploration.
//!
//! Reads the words and predicted XPOS of one sentence; writes a head and a
//! UD relation for every word. Arc-eager is linear-time and greedy, which is
//! what makes the whole linguistic layer fast; the dynamic oracle makes the
//! greedy parser robust to its own earlier mistakes.
//!
//! Two models share the work. The *move* model scores `SHIFT`, `REDUCE`
//! and labelled `LEFT`/`RIGHT` arcs from the Zhang & Nivre (2011) templates
//! (stack/buffer words and tags, children, distance, valency, labels),
//! hashed into `u64` — but only the most frequent (direction, relation)
//! pairs of the training data are classes of their own ([`Classes`]; 32 of
//! them label about 95% of English arcs); the rest share one "other" class
//! per direction, whose relation the small *label* model then names from
//! features of the head, the dependent and their context. Scoring every
//! transition over 36 classes instead of 124 makes the move model's rows,
//! and so its cache misses, about three times smaller, while the labelled
//! classes keep what a purely unlabelled move model loses (about one point
//! of attachment score on EWT dev). About half the move templates read
//! one token only (a word and its tag, a dependent's relation): what they
//! add to the scores is computed once per sentence for each token and
//! place, and reused by every transition that finds that token there
//! (about four times each), which saves a third of the weight-table reads
//! and changes no score. All state lives in a reusable [`Scratch`]:
//! parsing allocates nothing per token.

use crate::perceptron::{argmax_where, mix, Perceptron, Trainer};
use crate::syntax::container::Container;
use crate::syntax::words::norm_hash;
use crate::syntax::{GoldSentence, Rng};
use newsgraph_core::{DepRel, Xpos};

const MAGIC: &[u8; 4] = b"NGD2";
const NO: u32 = u32::MAX;
const SHIFT: usize = 0;
const REDUCE: usize = 1;
const LEFT: usize = 2;
const RIGHT: usize = 3;
/// Number of kinds of move (the oracle's unlabelled costs).
const N_MOVES: usize = 4;

/// `v[i]`, `NO` for `NO` (a token link of a token that may not exist).
fn at(v: &[u32], i: u32) -> u32 {
    v.get(i as usize).copied().unwrap_or(NO)
}

/// The move model's classes: `SHIFT`, `REDUCE`, then arcs as (`LEFT` or
/// `RIGHT`, relation), where `None` stands for every relation that is not a
/// class of its own in that direction (the label model picks one).
#[derive(Debug, Clone, PartialEq)]
pub struct Classes {
    arcs: Vec<(usize, Option<usize>)>,
    /// `named[l][m - LEFT]`: relation `l` has its own class for move `m`.
    named: Vec<[bool; 2]>,
}

impl Classes {
    /// The `k` most frequent (direction, relation) pairs of the gold arcs
    /// (ties by direction then relation, so the table is deterministic),
    /// plus one "other" class per direction. `root` is never a class: only
    /// the forced final `LEFT` makes it.
    pub fn most_frequent(train: &[GoldSentence], k: usize) -> Classes {
        let root = root_label();
        let mut counts = vec![[0usize; 2]; n_labels()];
        for g in train {
            for (d, (h, r)) in g.heads.iter().zip(&g.rels).enumerate() {
                if let (Some(h), Some(c)) = (h, counts.get_mut(r.0 as usize)) {
                    c[(d > *h) as usize] += 1;
                }
            }
        }
        let mut pairs: Vec<(usize, usize, usize)> = counts
            .iter()
            .enumerate()
            .flat_map(|(l, c)| [(c[0], LEFT, l), (c[1], RIGHT, l)])
            .filter(|&(n, _, l)| n > 0 && l != root)
            .collect();
        pairs.sort_by_key(|&(n, m, l)| (std::cmp::Reverse(n), m, l));
        pairs.truncate(k);
        pairs.sort_by_key(|&(_, m, l)| (m, l));
        let mut arcs: Vec<(usize, Option<usize>)> =
            pairs.iter().map(|&(_, m, l)| (m, Some(l))).collect();
        arcs.extend([(LEFT, None), (RIGHT, None)]);
        Classes::new(arcs)
    }

    fn new(arcs: Vec<(usize, Option<usize>)>) -> Classes {
        let mut named = vec![[false; 2]; n_labels()];
        for &(m, l) in &arcs {
            if let Some(x) = l.and_then(|l| named.get_mut(l)) {
                x[m - LEFT] = true;
            }
        }
        Classes { arcs, named }
    }

    fn len(&self) -> usize {
        2 + self.arcs.len()
    }

    /// The kind of move of class `c`.
    fn kind(&self, c: usize) -> usize {
        match c {
            SHIFT | REDUCE => c,
            c => self.arcs[c - 2].0,
        }
    }

    /// The relation of class `c`, when it names one.
    fn label(&self, c: usize) -> Option<usize> {
        if c < 2 {
            return None;
        }
        self.arcs[c - 2].1
    }

    /// Whether relation `l` of an arc made by move `m` has a class of its own.
    fn named(&self, m: usize, l: usize) -> bool {
        self.named.get(l).is_some_and(|x| x[m - LEFT])
    }

    /// One class a line, `left nsubj` / `right other`.
    fn to_text(&self) -> String {
        let line = |&(m, l): &(usize, Option<usize>)| {
            let dir = if m == LEFT { "left" } else { "right" };
            let rel = l.map_or("other", |l| DepRel(l as u8).as_str());
            format!("{dir} {rel}")
        };
        self.arcs.iter().map(line).collect::<Vec<_>>().join("\n")
    }

    fn parse(text: &str) -> Result<Classes, String> {
        let mut arcs = Vec::new();
        for line in text.lines() {
            let bad = || format!("bad arc class {line:?}");
            let (dir, rel) = line.split_once(' ').ok_or_else(bad)?;
            let m = match dir {
                "left" => LEFT,
                "right" => RIGHT,
                _ => return Err(bad()),
            };
            let l = match rel {
                "other" => None,
                r => Some(DepRel::parse(r).ok_or_else(bad)?.0 as usize),
            };
            arcs.push((m, l));
        }
        Ok(Classes::new(arcs))
    }
}

fn n_labels() -> usize {
    DepRel::count()
}

fn root_label() -> usize {
    static ROOT: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| DepRel::parse("root").map_or(0, |r| r.0 as usize));
    *ROOT
}

/// The tokens the move templates read: the top two of the stack, the
/// first two of the buffer, and the head, grandparent and two outermost
/// dependents on either side that they have so far (`NO` where none).
#[derive(Clone, Copy)]
struct Positions {
    s0: u32,
    s1: u32,
    n0: u32,
    n1: u32,
    s0h: u32,
    s0h2: u32,
    s0l: u32,
    s0l2: u32,
    s0r: u32,
    s0r2: u32,
    n0l: u32,
    n0l2: u32,
}

/// The token groups of [`Scratch::group_features`]: templates of one token
/// that stays what it is while it holds its place, so what they add to the
/// move scores is computed once per sentence and reused by every
/// transition that finds the token there (about half the templates, each
/// read about twice).
const BUFFER: usize = 0;
const S0: usize = 1;
const S0H: usize = 2;
const S0H2: usize = 3;
const S1: usize = 4;
const S0L: usize = 5;
/// Number of groups: the five above and the six dependent slots.
const GROUPS: usize = 11;
/// The first template (word; tag and relation follow) of each dependent
/// slot, from [`S0L`] on: `s0l`, `s0l2`, `s0r`, `s0r2`, `n0l`, `n0l2`.
const CHILD_TEMPLATES: [u64; GROUPS - S0L] = [42, 54, 45, 57, 48, 60];

impl Positions {
    /// The token of each group, in [`GROUPS`] order.
    fn group_tokens(&self) -> [u32; GROUPS] {
        [
            self.n0, self.s0, self.s0h, self.s0h2, self.s1, self.s0l, self.s0l2, self.s0r,
            self.s0r2, self.n0l, self.n0l2,
        ]
    }
}

/// The parser's configuration plus reusable buffers.
#[derive(Default)]
pub struct Scratch {
    n: usize,
    words: Vec<u64>,
    tags: Vec<u64>,
    stack: Vec<u32>,
    b: usize,
    heads: Vec<u32>,
    labels: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Bit sets of the labels of each token's left and right dependents.
    lset: Vec<u64>,
    rset: Vec<u64>,
    feats: Vec<u64>,
    scores: Vec<f32>,
    label_feats: Vec<u64>,
    label_scores: Vec<f32>,
    /// What each (token, group) adds to the move scores, in the model's
    /// quantised units: `n_classes` values per entry, entry
    /// `token * GROUPS + group` (`NO` is token `n + 1`)...
    group_scores: Vec<i32>,
    /// The move scores in quantised units, before [`Perceptron::scale`].
    raw: Vec<i32>,
    /// ...valid when its stamp is this sentence's `generation`.
    group_stamp: Vec<u32>,
    generation: u32,
    group_feats: Vec<u64>,
}

impl Scratch {
    fn init(&mut self, words: &[&str], tags: &[Xpos]) {
        let n = words.len();
        self.n = n;
        self.words.clear();
        self.tags.clear();
        for (w, t) in words.iter().zip(tags) {
            self.words.push(norm_hash(w));
            self.tags.push(t.0 as u64);
        }
        // The root token at position n.
        self.words.push(0x2);
        self.tags.push(201);
        self.stack.clear();
        self.b = 0;
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(n + 1, NO);
        }
        self.labels.clear();
        self.labels.resize(n + 1, u8::MAX);
        self.nl.clear();
        self.nl.resize(n + 1, 0);
        self.nr.clear();
        self.nr.resize(n + 1, 0);
        self.lset.clear();
        self.lset.resize(n + 1, 0);
        self.rset.clear();
        self.rset.resize(n + 1, 0);
        self.label_scores.resize(n_labels(), 0.0);
    }

    /// Empties the token-group cache for a sentence scored over
    /// `n_classes` move classes (by a new generation: nothing is cleared).
    fn new_groups(&mut self, n_classes: usize) {
        let entries = (self.n + 2) * GROUPS;
        if self.group_stamp.len() < entries {
            self.group_stamp.resize(entries, 0);
        }
        if self.group_scores.len() < entries * n_classes {
            self.group_scores.resize(entries * n_classes, 0);
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.group_stamp.fill(0);
            self.generation = 1;
        }
    }

    fn done(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    fn s0(&self) -> u32 {
        self.stack.last().copied().unwrap_or(NO)
    }

    /// Whether a move is possible. `LEFT` onto the root (the buffer holds
    /// only the root) always carries the `root` label; no other arc may.
    fn valid(&self, m: usize) -> bool {
        let s0 = self.s0();
        let at_root = self.b >= self.n;
        match m {
            SHIFT => !at_root,
            REDUCE => s0 != NO && self.heads[s0 as usize] != NO,
            LEFT => s0 != NO && self.heads[s0 as usize] == NO,
            _ => s0 != NO && !at_root,
        }
    }

    /// The only valid move, when there is just one: SHIFT on an empty
    /// stack; once the buffer holds only the root, REDUCE for a word with a
    /// head and LEFT (labelled `root`) for one without. Parsing skips the
    /// scoring then (training never updates there either: the guess is
    /// always right).
    fn forced(&self) -> Option<usize> {
        let s0 = self.s0();
        if s0 == NO {
            return (self.b < self.n).then_some(SHIFT);
        }
        if self.b >= self.n {
            return Some(if self.heads[s0 as usize] != NO {
                REDUCE
            } else {
                LEFT
            });
        }
        None
    }

    /// The (head, dependent) of the arc a `LEFT` or `RIGHT` would make now.
    fn arc_of(&self, m: usize) -> (u32, u32) {
        let (s0, b) = (self.s0(), self.b as u32);
        if m == LEFT {
            (b, s0)
        } else {
            (s0, b)
        }
    }

    fn arc(&mut self, h: u32, d: u32, l: usize) {
        let (h, du) = (h as usize, d as usize);
        self.heads[du] = h as u32;
        self.labels[du] = l as u8;
        let bit = 1u64 << (l % 64);
        if du < h {
            self.lset[h] |= bit;
            self.nl[h] = self.nl[h].saturating_add(1);
            if self.lc1[h] == NO || d < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d;
            } else if self.lc2[h] == NO || d < self.lc2[h] {
                self.lc2[h] = d;
            }
        } else {
            self.rset[h] |= bit;
            self.nr[h] = self.nr[h].saturating_add(1);
            if self.rc1[h] == NO || d > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d;
            } else if self.rc2[h] == NO || d > self.rc2[h] {
                self.rc2[h] = d;
            }
        }
    }

    /// Applies a move; `label` names the arc of a `LEFT` or `RIGHT`.
    fn apply(&mut self, m: usize, label: usize) {
        let b = self.b as u32;
        match m {
            SHIFT => {
                self.stack.push(b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            LEFT => {
                if let Some(s) = self.stack.pop() {
                    self.arc(b, s, label);
                }
            }
            _ => {
                let s = self.s0();
                self.arc(s, b, label);
                self.stack.push(b);
                self.b += 1;
            }
        }
    }

    /// Fills `self.label_feats` for the arc `m` (`LEFT` or `RIGHT`) would
    /// make: the dependent and head (word, tag, both), their pairing with
    /// direction and distance, the dependent's own dependents so far (their
    /// labels and outer tags: its left side is complete for either move),
    /// the head's relation and labels so far, and the words around.
    fn label_features(&mut self, m: usize) {
        let mut f = std::mem::take(&mut self.label_feats);
        f.clear();
        self.arc_features(m, &mut f);
        self.label_feats = f;
    }

    /// The label model's templates, appended to `f`.
    fn arc_features(&self, m: usize, f: &mut Vec<u64>) {
        let (h, d) = self.arc_of(m);
        let (w, t, lab, wt) = self.readers();
        let get = at;
        let (ls, rs) = self.label_sets();
        let dist = (h.abs_diff(d)).min(8) as u64;
        let (dw, dt, hw, ht) = (w(d), t(d), w(h), t(h));
        let (dl, dr) = (get(&self.lc1, d), get(&self.rc1, d));
        let next = |i: u32| if i < self.n as u32 { i + 1 } else { NO };
        let prev = |i: u32| i.checked_sub(1).unwrap_or(NO);
        let s1 = self.s1();
        let dir = m as u64;
        let m = |a: u64, b: u64| mix(a, b);
        let m3 = |a: u64, b: u64, c: u64| mix(mix(a, b), c);
        let mut p = |id: u64, v: u64| f.push(mix(id * 4 + dir, v));
        p(1, dw);
        p(2, dt);
        p(3, wt(d));
        p(4, hw);
        p(5, ht);
        p(6, wt(h));
        p(7, m(dt, ht));
        p(8, m(dw, ht));
        p(9, m(dt, hw));
        p(10, m(dw, hw));
        p(11, m3(dt, ht, dist));
        p(12, m(ls(d), dt));
        p(13, m(rs(d), dt));
        p(14, m3(dt, t(dl), t(dr)));
        p(15, m(ls(h), ht));
        p(16, m(rs(h), ht));
        p(17, m(lab(h), ht));
        p(18, m3(dt, ht, t(next(d))));
        p(19, m3(dt, ht, t(prev(d))));
        p(20, m3(dt, ht, t(next(h))));
        p(21, m3(dt, ht, t(prev(h))));
        p(22, m(w(prev(d)), dt));
        p(23, m(w(next(d)), dt));
        p(24, m3(dt, ht, t(s1)));
        p(25, m(dw, lab(dl)));
    }

    /// What both feature sets read of a token: its word, tag, relation
    /// and word+tag. `NO` (no such token) and the root read as padding
    /// values of their own.
    #[allow(clippy::type_complexity)]
    fn readers(
        &self,
    ) -> (
        impl Fn(u32) -> u64 + '_,
        impl Fn(u32) -> u64 + '_,
        impl Fn(u32) -> u64 + '_,
        impl Fn(u32) -> u64 + '_,
    ) {
        let w = |i: u32| self.words.get(i as usize).copied().unwrap_or(0x1);
        let t = |i: u32| self.tags.get(i as usize).copied().unwrap_or(200);
        let lab = |i: u32| self.labels.get(i as usize).map_or(255, |&l| l as u64);
        let wt = move |i: u32| mix(w(i), t(i));
        (w, t, lab, wt)
    }

    /// The label sets of a token's left and right dependents (1 for `NO`).
    fn label_sets(&self) -> (impl Fn(u32) -> u64 + '_, impl Fn(u32) -> u64 + '_) {
        (
            |i: u32| self.lset.get(i as usize).copied().unwrap_or(1),
            |i: u32| self.rset.get(i as usize).copied().unwrap_or(1),
        )
    }

    /// The word under the top of the stack.
    fn s1(&self) -> u32 {
        let k = self.stack.len();
        if k >= 2 {
            self.stack[k - 2]
        } else {
            NO
        }
    }

    /// Fills `self.feats` with every move template (training reads them
    /// all; parsing takes the token groups from [`Scratch::group_scores`]).
    fn features(&mut self) {
        let mut f = std::mem::take(&mut self.feats);
        f.clear();
        let at = self.positions();
        self.move_features(&at, &mut f);
        for (g, &x) in at.group_tokens().iter().enumerate() {
            self.group_features(g, x, &mut f);
        }
        self.feats = f;
    }

    /// The tokens the move templates read, for the current configuration.
    fn positions(&self) -> Positions {
        let get = at;
        let n = self.n as u32;
        let s0 = self.s0();
        let b = self.b as u32;
        let n0 = if b <= n { b } else { NO };
        let s0h = get(&self.heads, s0);
        Positions {
            s0,
            s1: self.s1(),
            n0,
            n1: if b < n { b + 1 } else { NO },
            s0h,
            s0h2: get(&self.heads, s0h),
            s0l: get(&self.lc1, s0),
            s0l2: get(&self.lc2, s0),
            s0r: get(&self.rc1, s0),
            s0r2: get(&self.rc2, s0),
            n0l: get(&self.lc1, n0),
            n0l2: get(&self.lc2, n0),
        }
    }

    /// The move templates that read one token only, and only what does not
    /// change while it holds its place: word and tag, and the relation of a
    /// dependent (fixed once attached). `g` is one of [`GROUPS`], `x` the
    /// token of [`Positions::group_tokens`]; for [`BUFFER`], the front of
    /// the buffer, whose next two words are fixed with it.
    fn group_features(&self, g: usize, x: u32, f: &mut Vec<u64>) {
        let (w, t, lab, wt) = self.readers();
        let mut p = |id: u64, v: u64| f.push(mix(id, v));
        match g {
            BUFFER => {
                let n = self.n as u32;
                let n1 = if x < n { x + 1 } else { NO };
                let n2 = if x + 1 < n { x + 2 } else { NO };
                let (n0w, n0t, n1t) = (w(x), t(x), t(n1));
                p(4, n0w);
                p(5, n0t);
                p(6, wt(x));
                p(7, w(n1));
                p(8, n1t);
                p(9, wt(n1));
                p(10, w(n2));
                p(11, t(n2));
                p(12, wt(n2));
                p(20, mix(n0t, n1t));
                p(21, mix(mix(n0t, n1t), t(n2)));
                p(82, mix(mix(n0w, n1t), t(n2)));
                p(83, mix(n0w, w(n1)));
            }
            S0 => {
                p(1, w(x));
                p(2, t(x));
                p(3, wt(x));
            }
            S0H | S0H2 | S1 => {
                // The head, grandparent and second of the stack: word and
                // tag, templates numbered from the slot's first.
                let first = [39, 51, 67][g - S0H];
                p(first, w(x));
                p(first + 1, t(x));
            }
            _ => {
                // A dependent: word, tag and relation, templates numbered
                // from the slot's first.
                let first = CHILD_TEMPLATES[g - S0L];
                p(first, w(x));
                p(first + 1, t(x));
                p(first + 2, lab(x));
            }
        }
    }

    /// The move templates that read the configuration beyond one token:
    /// pairs and triples across the stack and the buffer, distance,
    /// valency, label sets, and the relation of `s0` and its head (which
    /// may still change). Appended to `f`.
    fn move_features(&self, at: &Positions, f: &mut Vec<u64>) {
        let (w, t, lab, wt) = self.readers();
        let Positions {
            s0,
            s1,
            n0,
            n1,
            s0h,
            s0h2,
            s0l,
            s0l2,
            s0r,
            s0r2,
            n0l,
            n0l2,
            ..
        } = *at;
        let d = if s0 != NO && n0 != NO {
            (n0 - s0).min(6) as u64
        } else {
            7
        };
        let vl = |i: u32| self.nl.get(i as usize).map_or(99, |&k| k as u64);
        let vr = |i: u32| self.nr.get(i as usize).map_or(99, |&k| k as u64);
        let (ls, rs) = self.label_sets();
        let (s0w, s0t, n0w, n0t, n1t) = (w(s0), t(s0), w(n0), t(n0), t(n1));
        let m = |a: u64, b: u64| mix(a, b);
        let m3 = |a: u64, b: u64, c: u64| mix(mix(a, b), c);
        let mut p = |id: u64, v: u64| f.push(mix(id, v));
        p(13, m(wt(s0), wt(n0)));
        p(14, m(wt(s0), n0w));
        p(15, m(s0w, wt(n0)));
        p(16, m(wt(s0), n0t));
        p(17, m(s0t, wt(n0)));
        p(18, m(s0w, n0w));
        p(19, m(s0t, n0t));
        p(22, m3(s0t, n0t, n1t));
        p(23, m3(t(s0h), s0t, n0t));
        p(24, m3(s0t, t(s0l), n0t));
        p(25, m3(s0t, t(s0r), n0t));
        p(26, m3(s0t, n0t, t(n0l)));
        p(27, m(s0w, d));
        p(28, m(s0t, d));
        p(29, m(n0w, d));
        p(30, m(n0t, d));
        p(31, m3(s0w, n0w, d));
        p(32, m3(s0t, n0t, d));
        p(33, m(s0w, vr(s0)));
        p(34, m(s0t, vr(s0)));
        p(35, m(s0w, vl(s0)));
        p(36, m(s0t, vl(s0)));
        p(37, m(n0w, vl(n0)));
        p(38, m(n0t, vl(n0)));
        p(41, lab(s0));
        p(53, lab(s0h));
        p(63, m3(s0t, t(s0l), t(s0l2)));
        p(64, m3(s0t, t(s0r), t(s0r2)));
        p(65, m3(t(s0h2), t(s0h), s0t));
        p(66, m3(n0t, t(n0l), t(n0l2)));
        p(69, m3(t(s1), s0t, n0t));
        p(70, m(w(s1), s0w));
        p(71, m3(s0t, lab(s0l), lab(s0r)));
        p(72, m3(n0t, lab(n0l), lab(n0l2)));
        p(73, m3(s0w, lab(s0), n0t));
        p(74, m(s0w, rs(s0)));
        p(75, m(s0t, rs(s0)));
        p(76, m(s0w, ls(s0)));
        p(77, m(s0t, ls(s0)));
        p(78, m(n0w, ls(n0)));
        p(79, m(n0t, ls(n0)));
        p(80, m3(s0w, n0t, n1t));
        p(81, m3(s0t, n0w, n1t));
    }

    /// Costs of SHIFT, REDUCE, LEFT, RIGHT (unlabelled) against gold heads
    /// `gh` (root words point at `n`).
    fn costs(&self, gh: &[u32]) -> [u32; N_MOVES] {
        let n = self.n as u32;
        let b = self.b as u32;
        let s0 = self.s0();
        let in_stack = |k: u32| self.stack.contains(&k);
        let headless_deps_in_stack = |h: u32| {
            self.stack
                .iter()
                .filter(|&&k| gh[k as usize] == h && self.heads[k as usize] == NO)
                .count() as u32
        };
        let deps_in_buffer = |h: u32| (b..n).filter(|&k| gh[k as usize] == h).count() as u32;
        let mut c = [0u32; N_MOVES];
        if b < n {
            let gb = gh[b as usize];
            c[SHIFT] =
                self.stack.iter().filter(|&&k| gb == k).count() as u32 + headless_deps_in_stack(b);
            if s0 != NO {
                let lost_head = gb != s0 && (gb > b || (gb < b && gb != s0 && in_stack(gb)));
                c[RIGHT] = lost_head as u32 + headless_deps_in_stack(b);
            }
        }
        if s0 != NO {
            c[REDUCE] = deps_in_buffer(s0);
            let g = gh[s0 as usize];
            c[LEFT] = (g > b && g <= n) as u32 + deps_in_buffer(s0);
        }
        c
    }
}

/// A trained parser.
#[derive(Debug, Clone)]
pub struct ParserModel {
    classes: Classes,
    /// Scores the [`Classes`].
    moves: Perceptron,
    /// Names the relation of an arc of an "other" class.
    labels: Perceptron,
}

impl ParserModel {
    /// Parses one sentence: `heads[i]` is the head index (`None` for the
    /// root), `rels[i]` the relation.
    pub fn parse(
        &self,
        words: &[&str],
        tags: &[Xpos],
        s: &mut Scratch,
        heads: &mut Vec<Option<usize>>,
        rels: &mut Vec<DepRel>,
    ) {
        s.init(words, tags);
        s.new_groups(self.classes.len());
        s.scores.resize(self.classes.len(), 0.0);
        let root = root_label();
        while !s.done() {
            if let Some(m) = s.forced() {
                s.apply(m, root);
                continue;
            }
            self.move_scores(s);
            let Some(c) = argmax_where(&s.scores, |c| s.valid(self.classes.kind(c))) else {
                break;
            };
            let m = self.classes.kind(c);
            let label = match self.classes.label(c) {
                Some(l) => l,
                None if m >= LEFT => self.other_label(s, m),
                None => 0,
            };
            s.apply(m, label);
        }
        finish(s, heads, rels);
    }

    /// Scores every class of the move model into `s.scores`: the templates
    /// across tokens afresh, each token group from the sentence's cache
    /// (filled on first use). The same scores as scoring all templates at
    /// once, because the cached sums are exact (see
    /// [`Perceptron::add_raw`]).
    fn move_scores(&self, s: &mut Scratch) {
        let nc = self.classes.len();
        let at = s.positions();
        let mut f = std::mem::take(&mut s.feats);
        f.clear();
        s.move_features(&at, &mut f);
        s.raw.clear();
        s.raw.resize(nc, 0);
        self.moves.add_raw(&f, &mut s.raw);
        s.feats = f;
        let n = s.n as u32;
        for (g, &x) in at.group_tokens().iter().enumerate() {
            let e = (x.min(n + 1) as usize) * GROUPS + g;
            let Some(stamp) = s.group_stamp.get_mut(e) else {
                continue;
            };
            let row = e * nc..(e + 1) * nc;
            if *stamp != s.generation {
                *stamp = s.generation;
                let mut f = std::mem::take(&mut s.group_feats);
                f.clear();
                s.group_features(g, x, &mut f);
                let cached = &mut s.group_scores[row.clone()];
                cached.fill(0);
                self.moves.add_raw(&f, cached);
                s.group_feats = f;
            }
            for (o, c) in s.raw.iter_mut().zip(&s.group_scores[row]) {
                *o += c;
            }
        }
        self.moves.scale(&s.raw, &mut s.scores);
    }

    /// The best relation without a class of its own for the arc move `m`
    /// makes (never `root`).
    fn other_label(&self, s: &mut Scratch, m: usize) -> usize {
        s.label_features(m);
        self.labels.score(&s.label_feats, &mut s.label_scores);
        let root = root_label();
        argmax_where(&s.label_scores, |l| l != root && !self.classes.named(m, l)).unwrap_or(0)
    }

    /// The same parser without its weights below `min_weight` in magnitude
    /// (see [`Perceptron::pruned`]).
    pub fn pruned(&self, min_weight: f32) -> ParserModel {
        ParserModel {
            classes: self.classes.clone(),
            moves: self.moves.pruned(min_weight),
            labels: self.labels.pruned(min_weight),
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut c = Container::default();
        c.put("labels", DepRel::LABELS.join("\n").into_bytes());
        c.put("arc classes", self.classes.to_text().into_bytes());
        c.put("moves", self.moves.to_bytes());
        c.put("label model", self.labels.to_bytes());
        c.to_bytes(MAGIC)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ParserModel, String> {
        let c = Container::parse(MAGIC, bytes)?;
        if c.text("labels")? != DepRel::LABELS.join("\n") {
            return Err("the model's relation table differs from DepRel::LABELS; retrain".into());
        }
        let read = |key: &str| Perceptron::from_bytes(c.get(key)?).map_err(|e| e.to_string());
        let classes = Classes::parse(c.text("arc classes")?)?;
        let (moves, labels) = (read("moves")?, read("label model")?);
        if moves.n_classes() != classes.len() || labels.n_classes() != n_labels() {
            return Err("class counts differ from the transition system; retrain".into());
        }
        Ok(ParserModel {
            classes,
            moves,
            labels,
        })
    }
}

/// Reads the final configuration into heads and relations: words attached
/// to the artificial root become the root; extra roots hang off the first
/// one as `parataxis`.
fn finish(s: &Scratch, heads: &mut Vec<Option<usize>>, rels: &mut Vec<DepRel>) {
    heads.clear();
    rels.clear();
    let n = s.n;
    let mut root: Option<usize> = None;
    for d in 0..n {
        let h = s.heads[d];
        if h == NO || h as usize >= n {
            if let Some(r) = root {
                heads.push(Some(r));
                rels.push(DepRel::parse("parataxis").unwrap_or_default());
            } else {
                root = Some(d);
                heads.push(None);
                rels.push(DepRel::parse("root").unwrap_or_default());
            }
        } else {
            heads.push(Some(h as usize));
            rels.push(DepRel(s.labels[d]));
        }
    }
}

/// Whether a gold tree (root words pointing at `n`) is projective.
pub fn projective(gh: &[u32]) -> bool {
    let arcs: Vec<(u32, u32)> = gh
        .iter()
        .enumerate()
        .map(|(d, &h)| ((d as u32).min(h), (d as u32).max(h)))
        .collect();
    for &(a, b) in &arcs {
        for &(c, d) in &arcs {
            if a < c && c < b && b < d {
                return false;
            }
        }
    }
    true
}

/// Makes a gold tree (root words pointing at `n = gh.len()`) projective by
/// *lifting* (Nivre & Nilsson 2005): while two arcs cross, the dependent of
/// the shorter one is re-attached to its head's head. Relations stay as
/// they were. `None` when a crossing could only be undone by adding a root
/// word; trees with no crossing come back unchanged.
pub fn lifted(mut gh: Vec<u32>) -> Option<Vec<u32>> {
    let n = gh.len() as u32;
    let span = |gh: &[u32], d: usize| {
        let (d, h) = (d as u32, gh[d]);
        (d.min(h), d.max(h))
    };
    // Each lift moves one arc strictly outward, so this bound is never hit
    // on a tree; it keeps a malformed head list from looping forever.
    for _ in 0..gh.len() * gh.len() + 1 {
        let mut shortest: Option<(u32, usize)> = None;
        for d1 in 0..gh.len() {
            let (a, b) = span(&gh, d1);
            for d2 in 0..gh.len() {
                let (c, e) = span(&gh, d2);
                if !(a < c && c < b && b < e) {
                    continue;
                }
                for d in [d1, d2] {
                    let (x, y) = span(&gh, d);
                    let grand = gh.get(gh[d] as usize).copied().unwrap_or(n);
                    if grand < n && !matches!(shortest, Some((len, _)) if len <= y - x) {
                        shortest = Some((y - x, d));
                    }
                }
            }
        }
        let Some((_, d)) = shortest else {
            return projective(&gh).then_some(gh);
        };
        gh[d] = gh[gh[d] as usize];
    }
    None
}

/// Settings for [`train`].
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Probability of following the model's own (possibly wrong) transition
    /// after the first epoch.
    pub explore: f64,
    pub min_updates: u32,
    /// How many (direction, relation) pairs are move classes of their own.
    pub arc_classes: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 17,
            explore: 0.9,
            min_updates: 2,
            arc_classes: 32,
        }
    }
}

pub struct Trained {
    pub model: ParserModel,
    pub bytes: Vec<u8>,
    pub best_epoch: usize,
    /// (UAS, LAS) on dev after each epoch.
    pub dev_scores: Vec<(f64, f64)>,
}

/// Trains on `train` (whose `xpos` should be the tagger's predictions, for
/// realism), keeping the epoch with the best dev LAS.
///
/// The move model learns from the dynamic oracle's zero-cost moves; the
/// label model learns on every arc the parser makes that has the gold head
/// (a wrong arc has no right label). After the first epoch the parser
/// follows its own move and label with probability `explore`.
pub fn train(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    cfg: &TrainConfig,
    mut log: impl FnMut(&str),
) -> Trained {
    let classes = Classes::most_frequent(train, cfg.arc_classes);
    let mut moves = Trainer::new(classes.len());
    let mut labels = Trainer::new(n_labels());
    let mut rng = Rng::new(cfg.seed);
    // Oracle heads: gold trees, made projective by lifting.
    let oracle: Vec<Option<Vec<u32>>> = train.iter().map(|g| lifted(gold_heads(g))).collect();
    let usable: Vec<usize> = (0..train.len())
        .filter(|&i| !train[i].is_empty() && oracle[i].is_some())
        .collect();
    let lifted_count = (0..train.len())
        .filter(|&i| {
            oracle[i]
                .as_ref()
                .is_some_and(|h| *h != gold_heads(&train[i]))
        })
        .count();
    log(&format!(
        "{} of {} training sentences used ({} made projective by lifting)",
        usable.len(),
        train.len(),
        lifted_count
    ));
    let mut order = usable.clone();
    let mut s = Scratch::default();
    let mut best: Option<(f64, usize, ParserModel)> = None;
    let mut dev_scores = Vec::new();
    let root = root_label();
    let snapshot = |moves: &Trainer, labels: &Trainer, min_updates: u32| ParserModel {
        classes: classes.clone(),
        moves: moves.averaged(min_updates, 0.0),
        labels: labels.averaged(min_updates, 0.0),
    };
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let g = &train[si];
            let Some(gh) = &oracle[si] else {
                continue;
            };
            let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
            s.init(&words, &g.xpos);
            s.scores.resize(classes.len(), 0.0);
            while !s.done() {
                if let Some(m) = s.forced() {
                    s.apply(m, root);
                    continue;
                }
                s.features();
                moves.score(&s.feats, &mut s.scores);
                let costs = s.costs(gh);
                // An arc class also costs one when its arc is gold and its
                // relation is not.
                let cost = |c: usize| {
                    let m = classes.kind(c);
                    let mut k = costs[m];
                    if m >= LEFT {
                        let (h, d) = s.arc_of(m);
                        if gh[d as usize] == h {
                            let gold = g.rels[d as usize].0 as usize;
                            k += match classes.label(c) {
                                Some(l) => (l != gold) as u32,
                                None => classes.named(m, gold) as u32,
                            };
                        }
                    }
                    k
                };
                let valid = |c: usize| s.valid(classes.kind(c));
                let pred = argmax_where(&s.scores, valid);
                let truth = argmax_where(&s.scores, |c| valid(c) && cost(c) == 0);
                let (Some(pred), Some(truth)) = (pred, truth) else {
                    break;
                };
                total += 1;
                if cost(pred) > 0 {
                    moves.update(&s.feats, truth, pred);
                } else {
                    right += 1;
                    moves.tick();
                }
                let explore = epoch > 0 && rng.unit() < cfg.explore;
                let c = if explore { pred } else { truth };
                let m = classes.kind(c);
                let mut label = classes.label(c).unwrap_or(0);
                if m >= LEFT {
                    // The label model learns every gold arc's relation, and
                    // names those of the "other" classes.
                    s.label_features(m);
                    labels.score(&s.label_feats, &mut s.label_scores);
                    let guess = argmax_where(&s.label_scores, |l| l != root).unwrap_or(0);
                    let (h, d) = s.arc_of(m);
                    let gold = (gh[d as usize] == h).then(|| g.rels[d as usize].0 as usize);
                    if let Some(gold) = gold {
                        labels.update(&s.label_feats, gold, guess);
                    }
                    if classes.label(c).is_none() {
                        label = match gold {
                            Some(gold) if !explore => gold,
                            _ => {
                                argmax_where(&s.label_scores, |l| l != root && !classes.named(m, l))
                                    .unwrap_or(0)
                            }
                        };
                    }
                }
                s.apply(m, label);
            }
        }
        let model = snapshot(&moves, &labels, 1);
        let (uas, las) = if dev.is_empty() {
            (0.0, 0.0)
        } else {
            attachment(&model, dev)
        };
        dev_scores.push((uas, las));
        log(&format!(
            "epoch {}: train moves {:.2}% right; dev UAS {:.2} LAS {:.2} ({} + {} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            100.0 * uas,
            100.0 * las,
            moves.n_features(),
            labels.n_features()
        ));
        if dev.is_empty() || !matches!(&best, Some(b) if las <= b.0) {
            best = Some((las, epoch + 1, snapshot(&moves, &labels, cfg.min_updates)));
        }
    }
    let (_, best_epoch, model) =
        best.unwrap_or_else(|| (0.0, 0, snapshot(&moves, &labels, cfg.min_updates)));
    let bytes = model.to_bytes();
    Trained {
        model,
        bytes,
        best_epoch,
        dev_scores,
    }
}

/// Gold heads with root words pointing at `n` (the artificial root).
fn gold_heads(g: &GoldSentence) -> Vec<u32> {
    let n = g.len() as u32;
    let mut gh: Vec<u32> = g
        .heads
        .iter()
        .map(|h| h.map_or(n, |h| (h as u32).min(n)))
        .collect();
    gh.truncate(g.len());
    gh
}

/// (UAS, LAS) of `model` on gold sentences, using their `xpos` as input tags.
pub fn attachment(model: &ParserModel, gold: &[GoldSentence]) -> (f64, f64) {
    let mut s = Scratch::default();
    let (mut heads, mut rels) = (Vec::new(), Vec::new());
    let (mut u, mut l, mut total) = (0usize, 0usize, 0usize);
    for g in gold {
        let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
        model.parse(&words, &g.xpos, &mut s, &mut heads, &mut rels);
        for i in 0..g.len() {
            let ok = heads[i] == g.heads[i];
            u += ok as usize;
            l += (ok && rels[i] == g.rels[i]) as usize;
            total += 1;
        }
    }
    (
        u as f64 / total.max(1) as f64,
        l as f64 / total.max(1) as f64,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gold relation of word `d` (`root` for the artificial root).
    fn g_label(g: &GoldSentence, d: usize, n: u32, root: usize) -> usize {
        if d as u32 >= n {
            return root;
        }
        g.rels[d].0 as usize
    }

    /// `word/XPOS/head/rel` with 1-based heads, 0 for the root.
    fn sent(spec: &str) -> GoldSentence {
        let mut g = GoldSentence::default();
        for tok in spec.split_whitespace() {
            let p: Vec<&str> = tok.rsplitn(4, '/').collect();
            g.words.push(p[3].to_string());
            g.xpos.push(Xpos::parse(p[2]).unwrap());
            g.upos.push(Default::default());
            g.lemmas.push(p[3].to_string());
            let h: usize = p[1].parse().unwrap();
            g.heads.push(h.checked_sub(1));
            g.rels.push(DepRel::parse(p[0]).unwrap());
        }
        g
    }

    fn toy() -> Vec<GoldSentence> {
        [
            "troops/NNS/2/nsubj left/VBD/0/root ././2/punct",
            "the/DT/2/det talks/NNS/3/nsubj failed/VBD/0/root ././3/punct",
            "police/NNS/2/nsubj arrested/VBD/0/root the/DT/4/det man/NN/2/obj ././2/punct",
            "he/PRP/2/nsubj was/VBD/0/root here/RB/2/advmod ././2/punct",
            "troops/NNS/3/nsubj:pass were/VBD/3/aux:pass killed/VBN/0/root ././3/punct",
        ]
        .iter()
        .map(|s| sent(s))
        .collect()
    }

    #[test]
    fn dynamic_oracle_reaches_gold_with_zero_cost() {
        for g in toy() {
            let gh = gold_heads(&g);
            let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
            let mut s = Scratch::default();
            s.init(&words, &g.xpos);
            while !s.done() {
                let costs = s.costs(&gh);
                let m = (0..N_MOVES)
                    .find(|&m| s.valid(m) && costs[m] == 0)
                    .expect("a zero-cost move exists");
                if let Some(f) = s.forced() {
                    let valid: Vec<usize> = (0..N_MOVES).filter(|&m| s.valid(m)).collect();
                    assert_eq!(valid, vec![f], "a forced move is the only valid one");
                }
                let label = if m >= LEFT {
                    let (h, d) = s.arc_of(m);
                    assert_eq!(gh[d as usize], h, "a zero-cost arc is a gold arc");
                    g_label(&g, d as usize, g.len() as u32, root_label())
                } else {
                    0
                };
                s.apply(m, label);
            }
            let (mut heads, mut rels) = (Vec::new(), Vec::new());
            finish(&s, &mut heads, &mut rels);
            assert_eq!(heads, g.heads);
            assert_eq!(rels, g.rels);
        }
    }

    #[test]
    fn frequent_arcs_get_classes_of_their_own() {
        let c = Classes::most_frequent(&toy(), 2);
        let rel = |r: &str| DepRel::parse(r).unwrap().0 as usize;
        // punct (right, 5 arcs) and nsubj (left, 3) beat the rest; each
        // direction also gets its "other" class.
        assert_eq!(
            c.arcs,
            vec![
                (LEFT, Some(rel("nsubj"))),
                (RIGHT, Some(rel("punct"))),
                (LEFT, None),
                (RIGHT, None)
            ]
        );
        assert_eq!(c.len(), 6);
        assert!(c.named(LEFT, rel("nsubj")) && !c.named(RIGHT, rel("nsubj")));
        assert_eq!(c.kind(SHIFT), SHIFT);
        assert_eq!((c.kind(4), c.label(4)), (LEFT, None));
        assert_eq!(Classes::parse(&c.to_text()).unwrap(), c);
        assert!(Classes::parse("up nsubj").is_err());
        assert!(Classes::parse("left nosuchrel").is_err());
    }

    #[test]
    fn learns_toy_trees_and_round_trips() {
        let data = toy();
        let cfg = TrainConfig {
            epochs: 10,
            seed: 3,
            explore: 0.9,
            min_updates: 1,
            arc_classes: 3,
        };
        let t = train(&data, &[], &cfg, |_| {});
        let (uas, las) = attachment(&t.model, &data);
        assert!(uas > 0.99 && las > 0.99, "{uas} {las}");
        let back = ParserModel::from_bytes(&t.bytes).unwrap();
        assert_eq!(attachment(&back, &data), (uas, las));
        assert!(ParserModel::from_bytes(b"NGDPjunk").is_err());
        assert!(projective(&[1, 3, 1]));
        assert!(!projective(&[2, 4, 4, 4]));
    }

    /// The token groups read from the sentence's cache give every
    /// transition the scores of all templates read afresh, to the bit.
    #[test]
    fn cached_token_groups_score_as_all_templates() {
        let data = toy();
        let cfg = TrainConfig {
            epochs: 4,
            seed: 5,
            explore: 0.9,
            min_updates: 1,
            arc_classes: 3,
        };
        let model = train(&data, &[], &cfg, |_| {}).model;
        let mut s = Scratch::default();
        let mut full = vec![0.0; model.classes.len()];
        let mut steps = 0;
        for g in data.iter().chain(&data) {
            let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
            s.init(&words, &g.xpos);
            s.new_groups(model.classes.len());
            s.scores.resize(model.classes.len(), 0.0);
            while !s.done() {
                if let Some(m) = s.forced() {
                    s.apply(m, root_label());
                    continue;
                }
                model.move_scores(&mut s);
                s.features();
                model.moves.score(&s.feats, &mut full);
                assert_eq!(s.scores, full, "step {steps} of {:?}", g.words);
                steps += 1;
                let c = argmax_where(&full, |c| s.valid(model.classes.kind(c))).unwrap();
                let label = model.classes.label(c).unwrap_or(0);
                s.apply(model.classes.kind(c), label);
            }
        }
        assert!(steps > 20, "{steps} scored transitions");
    }

    #[test]
    fn lifting_makes_trees_projective() {
        // 2 -> 4 crosses 1 -> 3; word 2 moves up to 4's head, 1.
        assert_eq!(lifted(vec![1, 5, 4, 1, 1]), Some(vec![1, 5, 1, 1, 1]));
        assert_eq!(lifted(vec![1, 3, 1]), Some(vec![1, 3, 1]));
        // Undoing this crossing would take a second root word.
        assert_eq!(lifted(vec![2, 4, 4, 4]), None);
    }
}
