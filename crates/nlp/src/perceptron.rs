//! A general multi-class averaged perceptron over hashed features.
//!
//! Reads: feature ids (`u64`, usually from [`hash_str`] / [`mix`]) and a class
//! count; writes: a compact binary model ([`Perceptron::to_bytes`]).
//!
//! Two types, because training and inference want different shapes:
//! - [`Trainer`] keeps, for every feature, a small sparse row of
//!   `(class, weight, running total, last-update step)` so that averaging is
//!   lazy (Daumé's trick): an update costs O(features), not O(model).
//! - [`Perceptron`] is the frozen, averaged, pruned model: an open
//!   feature→row map and rows in CSR form (`class: u16`, `weight: f32`).
//!   Scoring walks only the non-zero weights of the active features and
//!   writes into a caller-provided buffer, so the hot loop allocates nothing.
//!
//! The saved form quantises weights to `i16` with one scale per model and
//! stores rows sorted by feature id, so the bytes are deterministic.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes a string into a feature id (FNV-1a 64, then a final mix).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// Hashes bytes into a feature id (FNV-1a 64, then a final mix).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    finish(h)
}

/// Combines a running feature id with one more part (a template number, a
/// tag id, a word hash...). Order matters: `mix(a, b) != mix(b, a)`.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    finish(a.rotate_left(23) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

#[inline]
fn finish(mut h: u64) -> u64 {
    // splitmix64 finaliser: spreads every input bit over the output.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Keys are already well-mixed hashes: use them as they are.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Returns the index of the highest score (the first one on ties), restricted
/// to classes where `allowed(class)` holds; `None` when none is allowed.
pub fn argmax_where(scores: &[f32], mut allowed: impl FnMut(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && !matches!(best, Some((_, b)) if s <= b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// Index of the highest score (first on ties); 0 for an empty slice.
pub fn argmax(scores: &[f32]) -> usize {
    argmax_where(scores, |_| true).unwrap_or(0)
}

#[derive(Clone, Copy, Debug)]
struct Cell {
    class: u16,
    weight: f32,
    /// Sum of the weight over all steps up to `stamp`.
    total: f64,
    stamp: u64,
}

#[derive(Clone, Debug, Default)]
struct Row {
    cells: Vec<Cell>,
    /// How many updates touched this feature (for pruning).
    updates: u32,
}

/// A perceptron being trained: call [`Trainer::score`], then
/// [`Trainer::update`] with the true and predicted class, once per example,
/// then [`Trainer::finish`].
pub struct Trainer {
    n_classes: usize,
    index: IdMap<u32>,
    rows: Vec<Row>,
    /// Number of examples seen (the averaging clock).
    step: u64,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        assert!(n_classes > 0 && n_classes <= u16::MAX as usize);
        Trainer {
            n_classes,
            index: IdMap::default(),
            rows: Vec::new(),
            step: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of distinct features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// Current (not averaged) scores of all classes into `out[..n_classes]`.
    pub fn score(&self, features: &[u64], out: &mut [f32]) {
        let out = &mut out[..self.n_classes];
        out.fill(0.0);
        for f in features {
            if let Some(&r) = self.index.get(f) {
                for c in &self.rows[r as usize].cells {
                    out[c.class as usize] += c.weight;
                }
            }
        }
    }

    /// Advances the averaging clock by one example. [`Trainer::update`] calls
    /// it; call it yourself for examples that were predicted right.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// One perceptron step: when `guess != truth`, adds 1 to the truth's
    /// weights and subtracts 1 from the guess's for every feature. Always
    /// advances the clock.
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        self.tick();
        if truth != guess {
            for &f in features {
                self.add(f, truth, 1.0);
                self.add(f, guess, -1.0);
            }
        }
    }

    /// Adds `delta` to one weight (for cost-sensitive or multi-truth updates).
    /// Does not advance the clock.
    pub fn add(&mut self, feature: u64, class: usize, delta: f32) {
        debug_assert!(class < self.n_classes);
        let step = self.step;
        let next = self.rows.len() as u32;
        let r = *self.index.entry(feature).or_insert(next);
        if r == next {
            self.rows.push(Row::default());
        }
        let row = &mut self.rows[r as usize];
        row.updates = row.updates.saturating_add(1);
        let class = class as u16;
        let cell = match row.cells.iter_mut().position(|c| c.class == class) {
            Some(i) => &mut row.cells[i],
            None => {
                row.cells.push(Cell {
                    class,
                    weight: 0.0,
                    total: 0.0,
                    stamp: step,
                });
                row.cells.last_mut().expect("just pushed")
            }
        };
        cell.total += (step - cell.stamp) as f64 * cell.weight as f64;
        cell.stamp = step;
        cell.weight += delta;
    }

    /// The averaged model, keeping features updated at least `min_updates`
    /// times and weights whose magnitude is at least `min_weight`.
    /// The trainer stays usable (training may continue after a snapshot).
    pub fn averaged(&self, min_updates: u32, min_weight: f32) -> Perceptron {
        let step = self.step.max(1);
        let mut order: Vec<(u64, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        order.sort_unstable_by_key(|&(k, _)| k);
        let mut keys = Vec::new();
        let mut starts = vec![0u32];
        let mut classes = Vec::new();
        let mut weights = Vec::new();
        for (key, r) in order {
            let row = &self.rows[r as usize];
            if row.updates < min_updates {
                continue;
            }
            let before = classes.len();
            let mut cells: Vec<&Cell> = row.cells.iter().collect();
            cells.sort_unstable_by_key(|c| c.class);
            for c in cells {
                let total = c.total + (step - c.stamp) as f64 * c.weight as f64;
                let avg = (total / step as f64) as f32;
                if avg != 0.0 && avg.abs() >= min_weight {
                    classes.push(c.class);
                    weights.push(avg);
                }
            }
            if classes.len() > before {
                keys.push(key);
                starts.push(classes.len() as u32);
            }
        }
        Perceptron::from_parts(self.n_classes, keys, starts, classes, weights)
    }
}

/// A frozen averaged perceptron: scores classes for a set of hashed features.
///
/// Laid out for the scoring loop, which is bound by memory latency: an
/// open-addressing table of `(feature, start, len)` slots (linear probing,
/// load ≤ 2/3) pointing into one array of interleaved `(class, weight)`
/// cells, so a feature costs about two cache misses.
#[derive(Clone, Debug)]
pub struct Perceptron {
    n_classes: usize,
    slots: Vec<Slot>,
    mask: usize,
    cells: Vec<Cell32>,
    n_rows: usize,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// Marks an empty slot (a feature id equal to it is dropped; odds 2^-64).
const EMPTY: u64 = u64::MAX;

#[derive(Clone, Copy, Debug)]
struct Cell32 {
    class: u32,
    weight: f32,
}

/// Why model bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad perceptron model: {}", self.0)
    }
}

impl std::error::Error for FormatError {}

const MAGIC: &[u8; 4] = b"NGP1";

impl Perceptron {
    fn from_parts(
        n_classes: usize,
        keys: Vec<u64>,
        starts: Vec<u32>,
        classes: Vec<u16>,
        weights: Vec<f32>,
    ) -> Perceptron {
        let cap = (keys.len() * 3 / 2 + 1).next_power_of_two().max(8);
        let mask = cap - 1;
        let mut slots = vec![
            Slot {
                key: EMPTY,
                start: 0,
                len: 0
            };
            cap
        ];
        let cells: Vec<Cell32> = classes
            .iter()
            .zip(&weights)
            .map(|(&c, &w)| Cell32 {
                class: c as u32,
                weight: w,
            })
            .collect();
        let mut n_rows = 0;
        for (r, &key) in keys.iter().enumerate() {
            if key == EMPTY {
                continue;
            }
            let mut i = key as usize & mask;
            while slots[i].key != EMPTY && slots[i].key != key {
                i = (i + 1) & mask;
            }
            if slots[i].key == EMPTY {
                n_rows += 1;
            }
            slots[i] = Slot {
                key,
                start: starts[r],
                len: starts[r + 1] - starts[r],
            };
        }
        Perceptron {
            n_classes,
            slots,
            mask,
            cells,
            n_rows,
        }
    }

    /// An empty model (every score 0).
    pub fn empty(n_classes: usize) -> Perceptron {
        Perceptron::from_parts(n_classes, Vec::new(), vec![0], Vec::new(), Vec::new())
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        self.n_rows
    }

    /// Number of stored (non-zero) weights.
    pub fn n_weights(&self) -> usize {
        self.cells.len()
    }

    #[inline]
    fn row(&self, key: u64) -> &[Cell32] {
        let mut i = key as usize & self.mask;
        loop {
            let slot = &self.slots[i];
            if slot.key == key {
                let a = slot.start as usize;
                return self.cells.get(a..a + slot.len as usize).unwrap_or(&[]);
            }
            if slot.key == EMPTY {
                return &[];
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Scores of all classes into `out[..n_classes]` (zeroed first).
    #[inline]
    pub fn score(&self, features: &[u64], out: &mut [f32]) {
        let out = &mut out[..self.n_classes];
        out.fill(0.0);
        // Find the rows of a batch of features first, then add them up. The
        // probes are independent, so their cache misses overlap instead of
        // each waiting behind the previous row's additions; reading each
        // row's first cell during the probe starts that miss early too.
        // Rows are added in feature order, so the scores are bit-identical
        // to adding them one feature at a time.
        let mut rows: [&[Cell32]; 64] = [&[]; 64];
        for batch in features.chunks(rows.len()) {
            let mut touch = 0u32;
            for (slot, &f) in rows.iter_mut().zip(batch) {
                *slot = self.row(f);
                touch ^= slot.first().map_or(0, |c| c.class);
            }
            std::hint::black_box(touch);
            for row in &rows[..batch.len()] {
                for c in *row {
                    if let Some(o) = out.get_mut(c.class as usize) {
                        *o += c.weight;
                    }
                }
            }
        }
    }

    /// Rows as `(feature, cells)` sorted by feature id.
    fn sorted_rows(&self) -> Vec<(u64, &[Cell32])> {
        let mut rows: Vec<(u64, &[Cell32])> = self
            .slots
            .iter()
            .filter(|s| s.key != EMPTY)
            .map(|s| {
                let a = s.start as usize;
                (s.key, &self.cells[a..a + s.len as usize])
            })
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }

    /// The compact saved form: magic, class count, row count, scale, then per
    /// row its feature id, cell count and `(class u16, weight i16)` cells, all
    /// little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.cells.iter().fold(0f32, |m, c| m.max(c.weight.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let rows = self.sorted_rows();
        let mut out = Vec::with_capacity(16 + rows.len() * 10 + self.cells.len() * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(self.n_classes as u32).to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for (key, cells) in rows {
            out.extend_from_slice(&key.to_le_bytes());
            out.extend_from_slice(&(cells.len() as u16).to_le_bytes());
            for c in cells {
                let q = (c.weight / scale).round() as i16;
                out.extend_from_slice(&(c.class as u16).to_le_bytes());
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Reads [`Perceptron::to_bytes`] output.
    pub fn from_bytes(bytes: &[u8]) -> Result<Perceptron, FormatError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err(FormatError(
                "wrong magic (not a newsgraph perceptron)".into(),
            ));
        }
        let n_classes = r.u32()? as usize;
        let n_rows = r.u32()? as usize;
        let scale = f32::from_le_bytes(r.array()?);
        if n_classes == 0 || n_classes > u16::MAX as usize {
            return Err(FormatError(format!("class count {n_classes}")));
        }
        let mut keys = Vec::with_capacity(n_rows.min(bytes.len() / 10));
        let mut starts = Vec::with_capacity(keys.capacity() + 1);
        starts.push(0u32);
        let mut classes = Vec::with_capacity(bytes.len() / 4);
        let mut weights = Vec::with_capacity(bytes.len() / 4);
        for _ in 0..n_rows {
            keys.push(u64::from_le_bytes(r.array()?));
            let n = u16::from_le_bytes(r.array()?) as usize;
            for _ in 0..n {
                let c = u16::from_le_bytes(r.array()?);
                if c as usize >= n_classes {
                    return Err(FormatError(format!("class {c} at byte {}", r.pos)));
                }
                classes.push(c);
                weights.push(i16::from_le_bytes(r.array()?) as f32 * scale);
            }
            starts.push(classes.len() as u32);
        }
        if r.pos != bytes.len() {
            return Err(FormatError(format!(
                "{} trailing bytes",
                bytes.len() - r.pos
            )));
        }
        Ok(Perceptron::from_parts(
            n_classes, keys, starts, classes, weights,
        ))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let end = self.pos + n;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| FormatError(format!("truncated at byte {}", self.pos)))?;
        self.pos = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], FormatError> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Learns "class = which of three marker features is present", with a
    /// noise feature shared by all.
    #[test]
    fn learns_separable_problem_and_round_trips() {
        let noise = hash_str("bias");
        let data: Vec<(Vec<u64>, usize)> = (0..30)
            .map(|i| {
                let c = i % 3;
                (vec![noise, mix(hash_str("marker"), c as u64)], c)
            })
            .collect();
        let mut t = Trainer::new(3);
        let mut buf = [0f32; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut buf);
                let g = argmax(&buf);
                t.update(f, *y, g);
            }
        }
        let model = t.averaged(1, 0.0);
        for (f, y) in &data {
            model.score(f, &mut buf);
            assert_eq!(argmax(&buf), *y);
        }
        let bytes = model.to_bytes();
        let back = Perceptron::from_bytes(&bytes).expect("round trip");
        assert_eq!(back.n_features(), model.n_features());
        for (f, y) in &data {
            back.score(f, &mut buf);
            assert_eq!(argmax(&buf), *y);
        }
        assert_eq!(back.to_bytes(), bytes, "saving is deterministic");
    }

    #[test]
    fn averaging_damps_late_updates() {
        let f = [hash_str("x")];
        let mut t = Trainer::new(2);
        // Class 0 held its weight for 10 steps; one late update flips the
        // raw weights toward class 1, but the average still prefers class 0.
        t.add(f[0], 0, 1.0);
        for _ in 0..9 {
            t.tick();
        }
        t.update(&f, 1, 0);
        let mut s = [0f32; 2];
        t.score(&f, &mut s);
        assert!(s[1] > s[0], "raw {s:?}");
        t.averaged(1, 0.0).score(&f, &mut s);
        assert!(s[0] > s[1], "averaged {s:?}");
    }

    #[test]
    fn pruning_and_bad_bytes() {
        let mut t = Trainer::new(2);
        t.update(&[1], 0, 1);
        t.update(&[2], 0, 1);
        t.update(&[2], 0, 1);
        assert_eq!(t.averaged(1, 0.0).n_features(), 2);
        assert_eq!(t.averaged(4, 0.0).n_features(), 1);
        assert!(Perceptron::from_bytes(b"nope").is_err());
        let mut bytes = t.averaged(1, 0.0).to_bytes();
        bytes.pop();
        assert!(Perceptron::from_bytes(&bytes).is_err());
        assert!(Perceptron::empty(3).to_bytes().len() == 16);
    }

    #[test]
    fn argmax_where_respects_mask() {
        let s = [3.0, 5.0, 4.0];
        assert_eq!(argmax(&s), 1);
        assert_eq!(argmax_where(&s, |i| i != 1), Some(2));
        assert_eq!(argmax_where(&s, |_| false), None);
    }
}
