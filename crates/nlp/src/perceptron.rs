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

/// A map keyed by feature ids or other well-mixed 64-bit hashes.
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

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
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(order.len());
        for (key, r) in order {
            let row = &self.rows[r as usize];
            if row.updates < min_updates {
                continue;
            }
            let mut cells: Vec<(u16, f32)> = row
                .cells
                .iter()
                .map(|c| {
                    let total = c.total + (step - c.stamp) as f64 * c.weight as f64;
                    (c.class, (total / step as f64) as f32)
                })
                .filter(|&(_, avg)| avg != 0.0 && avg.abs() >= min_weight)
                .collect();
            cells.sort_unstable_by_key(|c| c.0);
            rows.push((key, cells));
        }
        let max = rows
            .iter()
            .flat_map(|(_, cells)| cells.iter())
            .fold(0f32, |m, c| m.max(c.1.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let (mut cells, mut index) = (Vec::new(), Vec::new());
        for (key, row) in rows {
            let q = row
                .into_iter()
                .map(|(c, w)| (c, (w / scale).round() as i16));
            Perceptron::push_row(&mut cells, &mut index, key, q);
        }
        Perceptron::build(self.n_classes, scale, cells, index)
    }
}

/// A frozen averaged perceptron: scores classes for a set of hashed features.
///
/// Laid out for the scoring loop, which is bound by memory latency: an
/// open-addressing table of 8-byte slots (a 31-bit fingerprint of the
/// feature id and the start of its row; linear probing, load ≤ 2/3) pointing
/// into one array of 4-byte cells (class with an end-of-row bit, weight
/// quantised to `i16` with one scale per model). A feature costs about two
/// cache misses, and a model of a million weights takes about 8 MB; the
/// tables live on huge pages where the system grants them ([`huge_vec`]).
#[derive(Clone, Debug)]
pub struct Perceptron {
    n_classes: usize,
    scale: f32,
    slots: Vec<Slot>,
    mask: usize,
    cells: Vec<Cell16>,
    /// Long rows again, as `n_classes` weights each (see `DENSE`).
    dense: Vec<i16>,
    /// `(feature id, start of its row)` sorted by id: for saving and
    /// pruning, never touched when scoring.
    rows: Vec<(u64, u32)>,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    /// Fingerprint of the feature id (high half, low bit forced to 1);
    /// 0 marks an empty slot.
    fp: u32,
    start: u32,
}

#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32) | 1
}

/// Asks the CPU to start loading `x`'s cache line (a hint: it never faults
/// and changes no value).
#[inline(always)]
pub(crate) fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint that cannot fault, and `x` is a valid
    // reference anyway.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
            (x as *const T).cast::<i8>(),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// An empty vector with room for `capacity` items, in memory the kernel
/// is asked to back with 2 MiB pages (Linux, tables of 2 MiB and more).
///
/// Scoring reads a few dozen rows at random places of tables of tens of
/// megabytes per parser transition: with 4 KiB pages nearly every read
/// also misses the TLB, and the page walks cost as much as the cache
/// misses. Transparent huge pages are often granted only on request
/// (`madvise` mode), and only to pages not touched yet, hence advice given
/// before the table is filled (within its capacity: growing past it would
/// move the table). The advice is a hint: where it is refused, this is an
/// ordinary vector.
pub(crate) fn huge_vec<T>(capacity: usize) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(capacity);
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let bytes = capacity * std::mem::size_of::<T>();
        let start = out.as_mut_ptr() as usize;
        let aligned = start.next_multiple_of(PAGE);
        if bytes >= 1 << 21 {
            // SAFETY: the range lies inside `out`'s allocation (from its
            // first page boundary to the end of the `bytes` reserved), and
            // `madvise` with MADV_HUGEPAGE changes how pages are backed,
            // never their contents or validity.
            unsafe {
                libc::madvise(
                    aligned as *mut libc::c_void,
                    bytes - (aligned - start),
                    libc::MADV_HUGEPAGE,
                );
            }
        }
    }
    out
}

/// A slot whose `start` has this bit set points at row `start & !DENSE` of
/// the dense rows instead of into the cells.
const DENSE: u32 = 1 << 31;

/// The last cell of a row has this bit set in `class`.
const LAST: u16 = 0x8000;

#[derive(Clone, Copy, Debug)]
struct Cell16 {
    class: u16,
    weight: i16,
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
    /// Appends one row of quantised `(class, weight)` cells (zero weights
    /// dropped; a row left empty is not indexed). Rows must come in
    /// increasing feature order.
    fn push_row(
        cells: &mut Vec<Cell16>,
        index: &mut Vec<(u64, u32)>,
        key: u64,
        row: impl IntoIterator<Item = (u16, i16)>,
    ) {
        let start = cells.len() as u32;
        cells.extend(
            row.into_iter()
                .filter(|c| c.1 != 0)
                .map(|(class, weight)| Cell16 { class, weight }),
        );
        if cells.len() as u32 > start {
            if let Some(last) = cells.last_mut() {
                last.class |= LAST;
            }
            index.push((key, start));
        }
    }

    /// Builds the probe table over rows made by [`Perceptron::push_row`].
    /// Rows with at least this share of the classes (and at least 8 cells)
    /// are also kept dense, which the scoring loop adds with SIMD.
    const DENSE_SHARE: usize = 4;

    fn build(
        n_classes: usize,
        scale: f32,
        cells: Vec<Cell16>,
        index: Vec<(u64, u32)>,
    ) -> Perceptron {
        let cap = (index.len() * 3 / 2 + 1).next_power_of_two().max(8);
        let mask = cap - 1;
        let mut slots = huge_vec(cap);
        slots.resize(cap, Slot { fp: 0, start: 0 });
        let min_dense = (n_classes / Self::DENSE_SHARE).max(8);
        let row = |r: usize| {
            let end = index.get(r + 1).map_or(cells.len(), |n| n.1 as usize);
            &cells[index[r].1 as usize..end]
        };
        let n_dense = (0..index.len())
            .filter(|&r| row(r).len() >= min_dense)
            .count();
        let mut dense = huge_vec(n_dense * n_classes);
        for (r, &(key, start)) in index.iter().enumerate() {
            let row = row(r);
            let start = if row.len() >= min_dense {
                let k = dense.len() / n_classes;
                dense.resize(dense.len() + n_classes, 0i16);
                for c in row {
                    dense[k * n_classes + (c.class & !LAST) as usize] = c.weight;
                }
                DENSE | k as u32
            } else {
                start
            };
            let fp = fingerprint(key);
            let mut i = key as usize & mask;
            while slots[i].fp != 0 && slots[i].fp != fp {
                i = (i + 1) & mask;
            }
            slots[i] = Slot { fp, start };
        }
        Perceptron {
            n_classes,
            scale,
            slots,
            mask,
            cells,
            dense,
            rows: index,
        }
    }

    /// An empty model (every score 0).
    pub fn empty(n_classes: usize) -> Perceptron {
        Perceptron::build(n_classes, 1.0, Vec::new(), Vec::new())
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// Number of stored (non-zero) weights.
    pub fn n_weights(&self) -> usize {
        self.cells.len()
    }

    /// The same model without the weights whose magnitude is below
    /// `min_weight` (features left with no weight disappear). Small weights
    /// change few decisions, and the smaller model fits the caches better.
    pub fn pruned(&self, min_weight: f32) -> Perceptron {
        let min_q = (min_weight / self.scale).ceil().max(1.0);
        let (mut cells, mut index) = (Vec::new(), Vec::new());
        for (key, row) in self.sorted_rows() {
            let kept = row
                .iter()
                .filter(|c| (c.weight as f32).abs() >= min_q)
                .map(|c| (c.class & !LAST, c.weight));
            Perceptron::push_row(&mut cells, &mut index, key, kept);
        }
        Perceptron::build(self.n_classes, self.scale, cells, index)
    }

    /// The `start` of the slot of feature `key` (see [`DENSE`]).
    #[inline]
    fn row_start(&self, key: u64) -> Option<u32> {
        let fp = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            let slot = self.slots[i];
            if slot.fp == fp {
                return Some(slot.start);
            }
            if slot.fp == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Scores of all classes into `out[..n_classes]` (zeroed first).
    #[inline]
    pub fn score(&self, features: &[u64], out: &mut [f32]) {
        const SMALL: usize = 64;
        let nc = self.n_classes;
        let (mut small, mut large) = ([0i32; SMALL], Vec::new());
        let raw = if nc <= SMALL {
            &mut small[..nc]
        } else {
            large.resize(nc, 0);
            &mut large[..]
        };
        self.add_raw(features, raw);
        self.scale(raw, out);
    }

    /// Adds the features' weights, in quantised units, to `out[..n_classes]`:
    /// integer sums (exact, and cheaper to add than floats), so partial sums
    /// kept apart (a parser caching what one token contributes) and added
    /// later give the very scores [`Perceptron::score`] gives.
    /// [`Perceptron::scale`] turns them into scores.
    #[inline]
    pub fn add_raw(&self, features: &[u64], out: &mut [i32]) {
        let nc = self.n_classes;
        let out = &mut out[..nc];
        // Find the rows of a batch of features first, then add them up: the
        // probes are independent, so their cache misses overlap instead of
        // each waiting behind the previous row's additions. Prefetching
        // every feature's slot, then every row found, starts those misses
        // before anything waits on them.
        // Sums of quantised weights are exact, so neither the batching nor
        // the dense/sparse split changes a score.
        let mut starts = [u32::MAX; 64];
        for batch in features.chunks(starts.len()) {
            for &f in batch {
                prefetch(&self.slots[f as usize & self.mask]);
            }
            for (slot, &f) in starts.iter_mut().zip(batch) {
                let start = self.row_start(f).unwrap_or(u32::MAX);
                *slot = start;
                if start & DENSE != 0 {
                    if let Some(w) = self.dense.get((start & !DENSE) as usize * nc) {
                        prefetch(w);
                    }
                } else if let Some(c) = self.cells.get(start as usize) {
                    prefetch(c);
                }
            }
            for &start in &starts[..batch.len()] {
                if start == u32::MAX {
                    continue;
                }
                if start & DENSE != 0 {
                    let a = (start & !DENSE) as usize * nc;
                    if let Some(row) = self.dense.get(a..a + nc) {
                        for (o, &w) in out.iter_mut().zip(row) {
                            *o += i32::from(w);
                        }
                    }
                    continue;
                }
                let Some(row) = self.cells.get(start as usize..) else {
                    continue;
                };
                for c in row {
                    if let Some(o) = out.get_mut((c.class & !LAST) as usize) {
                        *o += i32::from(c.weight);
                    }
                    if c.class & LAST != 0 {
                        break;
                    }
                }
            }
        }
    }

    /// Turns [`Perceptron::add_raw`] sums into scores, `out[..n_classes]`.
    #[inline]
    pub fn scale(&self, raw: &[i32], out: &mut [f32]) {
        for (o, &r) in out[..self.n_classes].iter_mut().zip(raw) {
            *o = r as f32 * self.scale;
        }
    }

    /// Rows as `(feature, cells)` sorted by feature id.
    fn sorted_rows(&self) -> impl Iterator<Item = (u64, &[Cell16])> + '_ {
        self.rows.iter().map(|&(key, start)| {
            let row = &self.cells[start as usize..];
            let len = row
                .iter()
                .position(|c| c.class & LAST != 0)
                .map_or(row.len(), |i| i + 1);
            (key, &row[..len])
        })
    }

    /// The compact saved form: magic, class count, row count, scale, then per
    /// row its feature id, cell count and `(class u16, weight i16)` cells, all
    /// little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.rows.len() * 10 + self.cells.len() * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(self.n_classes as u32).to_le_bytes());
        out.extend_from_slice(&(self.rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for (key, cells) in self.sorted_rows() {
            out.extend_from_slice(&key.to_le_bytes());
            out.extend_from_slice(&(cells.len() as u16).to_le_bytes());
            for c in cells {
                out.extend_from_slice(&(c.class & !LAST).to_le_bytes());
                out.extend_from_slice(&c.weight.to_le_bytes());
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
        if n_classes == 0 || n_classes > LAST as usize {
            return Err(FormatError(format!("class count {n_classes}")));
        }
        let mut index = Vec::with_capacity(n_rows.min(bytes.len() / 10));
        // the table scoring reads, filled in place (see `huge_vec`)
        let mut cells = huge_vec(bytes.len() / 4);
        let mut row = Vec::with_capacity(n_classes);
        let mut last_key = None;
        for _ in 0..n_rows {
            let key = u64::from_le_bytes(r.array()?);
            if last_key.is_some_and(|k| k >= key) {
                return Err(FormatError(format!(
                    "feature ids not sorted at byte {}",
                    r.pos
                )));
            }
            last_key = Some(key);
            let n = u16::from_le_bytes(r.array()?) as usize;
            row.clear();
            for _ in 0..n {
                let c = u16::from_le_bytes(r.array()?);
                if c as usize >= n_classes {
                    return Err(FormatError(format!("class {c} at byte {}", r.pos)));
                }
                row.push((c, i16::from_le_bytes(r.array()?)));
            }
            Perceptron::push_row(&mut cells, &mut index, key, row.iter().copied());
        }
        if r.pos != bytes.len() {
            return Err(FormatError(format!(
                "{} trailing bytes",
                bytes.len() - r.pos
            )));
        }
        Ok(Perceptron::build(n_classes, scale, cells, index))
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

    /// A model with one long row (stored dense) and short rows (sparse).
    fn mixed_model() -> (Trainer, Vec<u64>) {
        let mut t = Trainer::new(40);
        let feats: Vec<u64> = (0..6).map(|i| hash_str(&format!("f{i}"))).collect();
        for c in 0..40 {
            t.add(feats[0], c, 1.0 + c as f32 / 8.0);
        }
        for (i, &f) in feats.iter().enumerate().skip(1) {
            t.add(f, i * 3, -(i as f32));
            t.add(f, i * 5, 0.25 * i as f32);
        }
        t.tick();
        (t, feats)
    }

    #[test]
    fn dense_and_sparse_rows_score_alike() {
        let (t, feats) = mixed_model();
        let m = t.averaged(1, 0.0);
        assert!(!m.dense.is_empty(), "the long row is dense");
        // Scores equal the sum of the rows read back from the saved form.
        let mut all = vec![0f32; 40];
        m.score(&feats, &mut all);
        let mut sum = vec![0f32; 40];
        let mut one = vec![0f32; 40];
        for f in &feats {
            m.score(std::slice::from_ref(f), &mut one);
            for (s, o) in sum.iter_mut().zip(&one) {
                *s += o;
            }
        }
        for (a, b) in all.iter().zip(&sum) {
            assert!((a - b).abs() < 1e-4, "{all:?} vs {sum:?}");
        }
        let back = Perceptron::from_bytes(&m.to_bytes()).expect("round trip");
        let mut again = vec![0f32; 40];
        back.score(&feats, &mut again);
        assert_eq!(all, again);
        // An unknown feature adds nothing.
        m.score(&[hash_str("unseen")], &mut one);
        assert!(one.iter().all(|&x| x == 0.0));
    }

    #[test]
    fn pruning_drops_small_weights_only() {
        let (t, feats) = mixed_model();
        let m = t.averaged(1, 0.0);
        let p = m.pruned(1.5);
        assert!(p.n_weights() < m.n_weights());
        // Row 1 (weights -1 and 0.25) disappears; rows 2..5 keep their -i cell.
        assert_eq!(p.n_features(), 5);
        let (mut a, mut b) = (vec![0f32; 40], vec![0f32; 40]);
        m.score(&feats, &mut a);
        p.score(&feats, &mut b);
        for c in 0..40 {
            // Every weight of row 0 above class 4 (1.5, at the edge) is kept.
            if c > 4 && c % 3 != 0 && c % 5 != 0 {
                assert_eq!(a[c], b[c], "class {c}");
            }
        }
        assert_eq!(
            p.pruned(1.5).to_bytes(),
            p.to_bytes(),
            "pruning is idempotent"
        );
        assert_eq!(m.pruned(0.0).to_bytes(), m.to_bytes());
    }

    #[test]
    fn argmax_where_respects_mask() {
        let s = [3.0, 5.0, 4.0];
        assert_eq!(argmax(&s), 1);
        assert_eq!(argmax_where(&s, |i| i != 1), Some(2));
        assert_eq!(argmax_where(&s, |_| false), None);
    }
}
