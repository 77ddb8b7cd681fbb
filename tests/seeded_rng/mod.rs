//! A small seeded pseudo-random generator, shared by the hostile-input tests and the
//! benchmarks' synthetic news (`benches/news.rs` includes this file by path).
//!
//! Both need the same bytes on every run, and neither needs statistical quality: SplitMix64
//! is a few lines, fixed, and spares the project a random-number crate. Kept in one place so
//! the two copies cannot drift apart.

#![allow(
    dead_code,
    reason = "each crate that includes this file uses a different part of it"
)]

/// SplitMix64 (Steele, Lea and Flood), seeded by its one word of state.
pub struct SeededRng(pub u64);

impl SeededRng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One of `items`, which must not be empty.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// True `per_mille` times in a thousand.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
}
