//! The TempEval-3 timex measures, computed from counts.
//!
//! This follows the official TempEval-3 evaluation toolkit (N. UzZaman's `tempeval3_toolkit`:
//! `TE3-evaluation.py`, which calls H. Llorens's TimeML-Normalizer to align the two
//! annotations and then `evaluation-entities/evaluate_entities.py` to count) and the task paper
//! (UzZaman et al., "SemEval-2013 Task 1: TempEval-3", 2013). Read, not copied:
//!
//! - counts are summed over all documents first, then turned into measures (micro average);
//! - a gold and a system timex form a *relaxed* match when the aligner pairs them, which it
//!   does one to one, by overlap (see [`super::align`]); the match is also *strict* when the
//!   two extents are identical;
//! - precision is matches over system timexes, recall matches over gold timexes, and
//!   F1 = 2PR / (P + R), 0 when P + R = 0;
//! - attribute accuracy (`type`, `value`) is the share of relaxed matches whose attribute is
//!   equal (exact string comparison), and attribute F1 = accuracy × relaxed F1, which is the
//!   same as an F1 whose precision and recall count only matches with the right attribute;
//! - with no gold and no system timex at all, every measure is 1, as the toolkit reports.
//!
//! Measures are fractions (0 to 1); reports print them as percentages.

use serde::Serialize;

/// What a comparison counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Timexes in the gold annotation.
    pub gold: usize,
    /// Timexes in the system annotation.
    pub system: usize,
    /// Pairs with identical extents.
    pub strict: usize,
    /// Pairs with overlapping extents (strict ones included).
    pub relaxed: usize,
    /// Relaxed pairs with the same `type`.
    pub type_match: usize,
    /// Relaxed pairs with the same `value`.
    pub value_match: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Every TempEval-3 timex measure of some counts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Measures {
    pub strict: Prf,
    pub relaxed: Prf,
    pub type_accuracy: f64,
    pub type_f1: f64,
    pub value_accuracy: f64,
    pub value_f1: f64,
}

impl Counts {
    /// Add `other` to these counts.
    pub fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.type_match += other.type_match;
        self.value_match += other.value_match;
    }

    /// The measures of these counts.
    ///
    /// ```
    /// use claimline::timeml::Counts;
    /// // 4 gold, 5 system; 3 overlap, 2 of them exactly; 3 right types, 2 right values.
    /// let c = Counts { gold: 4, system: 5, strict: 2, relaxed: 3, type_match: 3, value_match: 2 };
    /// let m = c.measures();
    /// assert_eq!((m.relaxed.precision, m.relaxed.recall), (0.6, 0.75));
    /// assert!((m.relaxed.f1 - 2.0 / 3.0).abs() < 1e-12);
    /// assert!((m.value_f1 - 2.0 / 3.0 * 2.0 / 3.0).abs() < 1e-12);
    /// assert_eq!(m.type_f1, m.relaxed.f1);
    /// ```
    pub fn measures(&self) -> Measures {
        if self.gold == 0 && self.system == 0 {
            let all = Prf {
                precision: 1.0,
                recall: 1.0,
                f1: 1.0,
            };
            return Measures {
                strict: all,
                relaxed: all,
                type_accuracy: 1.0,
                type_f1: 1.0,
                value_accuracy: 1.0,
                value_f1: 1.0,
            };
        }
        let strict = self.prf(self.strict);
        let relaxed = self.prf(self.relaxed);
        let type_accuracy = ratio(self.type_match, self.relaxed);
        let value_accuracy = ratio(self.value_match, self.relaxed);
        Measures {
            strict,
            relaxed,
            type_accuracy,
            type_f1: type_accuracy * relaxed.f1,
            value_accuracy,
            value_f1: value_accuracy * relaxed.f1,
        }
    }

    fn prf(&self, matches: usize) -> Prf {
        let precision = ratio(matches, self.system);
        let recall = ratio(matches, self.gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_to_find_and_nothing_found_is_perfect() {
        let m = Counts::default().measures();
        assert_eq!(
            (m.strict.f1, m.relaxed.f1, m.type_f1, m.value_f1),
            (1.0, 1.0, 1.0, 1.0)
        );
    }

    #[test]
    fn no_system_output_scores_zero() {
        let m = Counts {
            gold: 3,
            ..Counts::default()
        }
        .measures();
        assert_eq!(
            m.relaxed,
            Prf {
                precision: 0.0,
                recall: 0.0,
                f1: 0.0
            }
        );
        assert_eq!((m.type_accuracy, m.value_f1), (0.0, 0.0));
    }

    #[test]
    fn counts_add_up() {
        let mut a = Counts {
            gold: 1,
            system: 2,
            strict: 1,
            relaxed: 1,
            type_match: 1,
            value_match: 0,
        };
        a.add(&Counts {
            gold: 2,
            system: 1,
            strict: 0,
            relaxed: 1,
            type_match: 0,
            value_match: 1,
        });
        assert_eq!(
            a,
            Counts {
                gold: 3,
                system: 3,
                strict: 1,
                relaxed: 2,
                type_match: 1,
                value_match: 1
            }
        );
    }
}
