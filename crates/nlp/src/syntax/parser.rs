//! The dependency parser: arc-eager transitions with the root at the end of
//! the buffer, scored by an averaged perceptron, trained with a dynamic
//! oracle (Goldberg & Nivre 2012) and error exploration.
//!
//! Reads the words and predicted XPOS of one sentence; writes a head and a
//! UD relation for every word. Arc-eager is linear-time and greedy, which is
//! what makes the whole linguistic layer fast; the dynamic oracle makes the
//! greedy parser robust to its own earlier mistakes. Classes are `SHIFT`,
//! `REDUCE`, `LEFT(label)` and `RIGHT(label)` over the [`DepRel`] table.
//! Features are the Zhang & Nivre (2011) templates (stack/buffer words and
//! tags, children, distance, valency, labels), hashed into `u64`. All state
//! lives in a reusable [`Scratch`]: parsing allocates nothing per token.

use crate::perceptron::{mix, Perceptron, Trainer};
use crate::syntax::container::Container;
use crate::syntax::words::norm_hash;
use crate::syntax::{GoldSentence, Rng};
use newsgraph_core::{DepRel, Xpos};

const MAGIC: &[u8; 4] = b"NGDP";
const NO: u32 = u32::MAX;
const SHIFT: usize = 0;
const REDUCE: usize = 1;

fn n_labels() -> usize {
    DepRel::count()
}

/// Number of transition classes.
pub fn n_classes() -> usize {
    2 + 2 * n_labels()
}

fn root_label() -> usize {
    static ROOT: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| DepRel::parse("root").map_or(0, |r| r.0 as usize));
    *ROOT
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
        self.scores.resize(n_classes(), 0.0);
    }

    fn done(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    fn s0(&self) -> u32 {
        self.stack.last().copied().unwrap_or(NO)
    }

    fn valid(&self, class: usize) -> bool {
        let s0 = self.s0();
        let at_root = self.b >= self.n;
        match class {
            SHIFT => !at_root,
            REDUCE => s0 != NO && self.heads[s0 as usize] != NO,
            c => {
                let l = (c - 2) / 2;
                let is_left = c % 2 == 0;
                if s0 == NO {
                    return false;
                }
                if is_left {
                    self.heads[s0 as usize] == NO && (at_root == (l == root_label()))
                } else {
                    !at_root && l != root_label()
                }
            }
        }
    }

    /// The only valid transition, when there is just one: SHIFT on an empty
    /// stack; once the buffer holds only the root, REDUCE for a word with a
    /// head and LEFT(root) for one without. Parsing skips the scoring then
    /// (training never updates there either: the guess is always right).
    fn forced(&self) -> Option<usize> {
        let s0 = self.s0();
        if s0 == NO {
            return (self.b < self.n).then_some(SHIFT);
        }
        if self.b >= self.n {
            return Some(if self.heads[s0 as usize] != NO {
                REDUCE
            } else {
                2 + 2 * root_label()
            });
        }
        None
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

    fn apply(&mut self, class: usize) {
        let b = self.b as u32;
        match class {
            SHIFT => {
                self.stack.push(b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            c => {
                let l = (c - 2) / 2;
                if c % 2 == 0 {
                    if let Some(s) = self.stack.pop() {
                        self.arc(b, s, l);
                    }
                } else {
                    let s = self.s0();
                    self.arc(s, b, l);
                    self.stack.push(b);
                    self.b += 1;
                }
            }
        }
    }

    /// Fills `self.feats` for the current configuration.
    fn features(&mut self) {
        let w = |i: u32| -> u64 {
            if i == NO {
                0x1
            } else {
                self.words[i as usize]
            }
        };
        let t = |i: u32| -> u64 {
            if i == NO {
                200
            } else {
                self.tags[i as usize]
            }
        };
        let lab = |i: u32| -> u64 {
            if i == NO {
                255
            } else {
                self.labels[i as usize] as u64
            }
        };
        let get = |v: &Vec<u32>, i: u32| -> u32 {
            if i == NO {
                NO
            } else {
                v[i as usize]
            }
        };
        let n = self.n as u32;
        let s0 = self.s0();
        let s1 = if self.stack.len() >= 2 {
            self.stack[self.stack.len() - 2]
        } else {
            NO
        };
        let b = self.b as u32;
        let n0 = if b <= n { b } else { NO };
        let n1 = if b < n { b + 1 } else { NO };
        let n2 = if b + 1 < n { b + 2 } else { NO };
        let s0h = get(&self.heads, s0);
        let s0h2 = get(&self.heads, s0h);
        let (s0l, s0l2) = (get(&self.lc1, s0), get(&self.lc2, s0));
        let (s0r, s0r2) = (get(&self.rc1, s0), get(&self.rc2, s0));
        let (n0l, n0l2) = (get(&self.lc1, n0), get(&self.lc2, n0));
        let d = if s0 != NO && n0 != NO {
            (n0 - s0).min(6) as u64
        } else {
            7
        };
        let vl = |i: u32| {
            if i == NO {
                99
            } else {
                self.nl[i as usize] as u64
            }
        };
        let vr = |i: u32| {
            if i == NO {
                99
            } else {
                self.nr[i as usize] as u64
            }
        };
        let ls = |i: u32| if i == NO { 1 } else { self.lset[i as usize] };
        let rs = |i: u32| if i == NO { 1 } else { self.rset[i as usize] };
        let wt = |i: u32| mix(w(i), t(i));
        let (s0w, s0t, n0w, n0t, n1t) = (w(s0), t(s0), w(n0), t(n0), t(n1));
        let m = |a: u64, b: u64| mix(a, b);
        let m3 = |a: u64, b: u64, c: u64| mix(mix(a, b), c);
        let f = &mut self.feats;
        f.clear();
        let mut p = |id: u64, v: u64| f.push(mix(id, v));
        p(1, s0w);
        p(2, s0t);
        p(3, wt(s0));
        p(4, n0w);
        p(5, n0t);
        p(6, wt(n0));
        p(7, w(n1));
        p(8, n1t);
        p(9, wt(n1));
        p(10, w(n2));
        p(11, t(n2));
        p(12, wt(n2));
        p(13, m(wt(s0), wt(n0)));
        p(14, m(wt(s0), n0w));
        p(15, m(s0w, wt(n0)));
        p(16, m(wt(s0), n0t));
        p(17, m(s0t, wt(n0)));
        p(18, m(s0w, n0w));
        p(19, m(s0t, n0t));
        p(20, m(n0t, n1t));
        p(21, m3(n0t, n1t, t(n2)));
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
        p(39, w(s0h));
        p(40, t(s0h));
        p(41, lab(s0));
        p(42, w(s0l));
        p(43, t(s0l));
        p(44, lab(s0l));
        p(45, w(s0r));
        p(46, t(s0r));
        p(47, lab(s0r));
        p(48, w(n0l));
        p(49, t(n0l));
        p(50, lab(n0l));
        p(51, w(s0h2));
        p(52, t(s0h2));
        p(53, lab(s0h));
        p(54, w(s0l2));
        p(55, t(s0l2));
        p(56, lab(s0l2));
        p(57, w(s0r2));
        p(58, t(s0r2));
        p(59, lab(s0r2));
        p(60, w(n0l2));
        p(61, t(n0l2));
        p(62, lab(n0l2));
        p(63, m3(s0t, t(s0l), t(s0l2)));
        p(64, m3(s0t, t(s0r), t(s0r2)));
        p(65, m3(t(s0h2), t(s0h), s0t));
        p(66, m3(n0t, t(n0l), t(n0l2)));
        p(67, w(s1));
        p(68, t(s1));
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
        p(82, m3(n0w, n1t, t(n2)));
        p(83, m(n0w, w(n1)));
    }

    /// Costs of SHIFT, REDUCE, LEFT, RIGHT (unlabelled) against gold heads
    /// `gh` (root words point at `n`).
    fn costs(&self, gh: &[u32]) -> [u32; 4] {
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
        let mut c = [0u32; 4];
        if b < n {
            let gb = gh[b as usize];
            c[SHIFT] =
                self.stack.iter().filter(|&&k| gb == k).count() as u32 + headless_deps_in_stack(b);
            if s0 != NO {
                let lost_head = gb != s0 && (gb > b || (gb < b && gb != s0 && in_stack(gb)));
                c[3] = lost_head as u32 + headless_deps_in_stack(b);
            }
        }
        if s0 != NO {
            c[REDUCE] = deps_in_buffer(s0);
            let g = gh[s0 as usize];
            c[2] = (g > b && g <= n) as u32 + deps_in_buffer(s0);
        }
        c
    }
}

/// A trained parser.
#[derive(Debug, Clone)]
pub struct ParserModel {
    model: Perceptron,
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
        let nc = n_classes();
        while !s.done() {
            if let Some(c) = s.forced() {
                s.apply(c);
                continue;
            }
            s.features();
            self.model.score(&s.feats, &mut s.scores);
            let mut best = NO as usize;
            let mut best_score = f32::NEG_INFINITY;
            for c in 0..nc {
                if s.scores[c] > best_score && s.valid(c) {
                    best = c;
                    best_score = s.scores[c];
                }
            }
            if best == NO as usize {
                break;
            }
            s.apply(best);
        }
        finish(s, heads, rels);
    }

    /// The same parser without its weights below `min_weight` in magnitude
    /// (see [`Perceptron::pruned`]).
    pub fn pruned(&self, min_weight: f32) -> ParserModel {
        ParserModel {
            model: self.model.pruned(min_weight),
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut c = Container::default();
        c.put("labels", DepRel::LABELS.join("\n").into_bytes());
        c.put("model", self.model.to_bytes());
        c.to_bytes(MAGIC)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ParserModel, String> {
        let c = Container::parse(MAGIC, bytes)?;
        if c.text("labels")? != DepRel::LABELS.join("\n") {
            return Err("the model's relation table differs from DepRel::LABELS; retrain".into());
        }
        let model = Perceptron::from_bytes(c.get("model")?).map_err(|e| e.to_string())?;
        if model.n_classes() != n_classes() {
            return Err("class count differs from the transition system".into());
        }
        Ok(ParserModel { model })
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

/// Settings for [`train`].
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Probability of following the model's own (possibly wrong) transition
    /// after the first epoch.
    pub explore: f64,
    pub min_updates: u32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 17,
            explore: 0.9,
            min_updates: 2,
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
pub fn train(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    cfg: &TrainConfig,
    mut log: impl FnMut(&str),
) -> Trained {
    let nc = n_classes();
    let mut trainer = Trainer::new(nc);
    let mut rng = Rng::new(cfg.seed);
    let usable: Vec<usize> = (0..train.len())
        .filter(|&i| !train[i].is_empty() && projective(&gold_heads(&train[i])))
        .collect();
    log(&format!(
        "{} of {} training sentences are projective and used",
        usable.len(),
        train.len()
    ));
    let mut order = usable.clone();
    let mut s = Scratch::default();
    let mut best: Option<(f64, usize, Perceptron)> = None;
    let mut dev_scores = Vec::new();
    let mut model = ParserModel {
        model: Perceptron::empty(nc),
    };
    let root = root_label();
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let g = &train[si];
            let gh = gold_heads(g);
            let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
            s.init(&words, &g.xpos);
            let n = g.len() as u32;
            while !s.done() {
                s.features();
                trainer.score(&s.feats, &mut s.scores);
                let costs = s.costs(&gh);
                let cost = |c: usize| -> u32 {
                    match c {
                        SHIFT | REDUCE => costs[c],
                        c => {
                            let l = (c - 2) / 2;
                            if c % 2 == 0 {
                                let s0 = s.s0() as usize;
                                costs[2]
                                    + (gh[s0] == s.b as u32 && g_label(g, s0, n, root) != l) as u32
                            } else {
                                let s0 = s.s0();
                                let b = s.b;
                                costs[3] + (gh[b] == s0 && g_label(g, b, n, root) != l) as u32
                            }
                        }
                    }
                };
                let (mut pred, mut truth) = (NO as usize, NO as usize);
                let (mut ps, mut ts) = (f32::NEG_INFINITY, f32::NEG_INFINITY);
                for c in 0..nc {
                    if !s.valid(c) {
                        continue;
                    }
                    let sc = s.scores[c];
                    if sc > ps {
                        ps = sc;
                        pred = c;
                    }
                    if sc > ts && cost(c) == 0 {
                        ts = sc;
                        truth = c;
                    }
                }
                if pred == NO as usize || truth == NO as usize {
                    break;
                }
                total += 1;
                if cost(pred) > 0 {
                    trainer.update(&s.feats, truth, pred);
                } else {
                    right += 1;
                    trainer.tick();
                }
                let next = if epoch > 0 && rng.unit() < cfg.explore {
                    pred
                } else {
                    truth
                };
                s.apply(next);
            }
        }
        model.model = trainer.averaged(1, 0.0);
        let (uas, las) = if dev.is_empty() {
            (0.0, 0.0)
        } else {
            attachment(&model, dev)
        };
        dev_scores.push((uas, las));
        log(&format!(
            "epoch {}: train transitions {:.2}% right; dev UAS {:.2} LAS {:.2} ({} features)",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            100.0 * uas,
            100.0 * las,
            trainer.n_features()
        ));
        if dev.is_empty() || !matches!(&best, Some(b) if las <= b.0) {
            best = Some((las, epoch + 1, trainer.averaged(cfg.min_updates, 0.0)));
        }
    }
    let (_, best_epoch, final_model) =
        best.unwrap_or((0.0, 0, trainer.averaged(cfg.min_updates, 0.0)));
    model.model = final_model;
    let bytes = model.to_bytes();
    Trained {
        model,
        bytes,
        best_epoch,
        dev_scores,
    }
}

fn g_label(g: &GoldSentence, d: usize, n: u32, root: usize) -> usize {
    if d as u32 >= n {
        return root;
    }
    g.rels[d].0 as usize
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
            let n = g.len() as u32;
            while !s.done() {
                let costs = s.costs(&gh);
                // Prefer the first zero-cost valid transition with the gold label.
                let c = (0..n_classes())
                    .find(|&c| {
                        s.valid(c)
                            && match c {
                                SHIFT | REDUCE => costs[c] == 0,
                                c if c % 2 == 0 => {
                                    let s0 = s.s0() as usize;
                                    costs[2] == 0
                                        && (gh[s0] != s.b as u32
                                            || g_label(&g, s0, n, root_label()) == (c - 2) / 2)
                                }
                                c => {
                                    costs[3] == 0
                                        && (gh[s.b] != s.s0()
                                            || g_label(&g, s.b, n, root_label()) == (c - 2) / 2)
                                }
                            }
                    })
                    .expect("a zero-cost transition exists");
                if let Some(f) = s.forced() {
                    let valid: Vec<usize> = (0..n_classes()).filter(|&c| s.valid(c)).collect();
                    assert_eq!(valid, vec![f], "a forced transition is the only valid one");
                }
                s.apply(c);
            }
            let (mut heads, mut rels) = (Vec::new(), Vec::new());
            finish(&s, &mut heads, &mut rels);
            assert_eq!(heads, g.heads);
            assert_eq!(rels, g.rels);
        }
    }

    #[test]
    fn learns_toy_trees_and_round_trips() {
        let data = toy();
        let cfg = TrainConfig {
            epochs: 10,
            seed: 3,
            explore: 0.9,
            min_updates: 1,
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
}
