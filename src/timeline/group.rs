//! Grouping an article's placed claims into entries.
//!
//! Two claims belong together when they sit on the same placement (same label) and share a
//! name token. The relation is made transitive with a union-find over all such pairs, so
//! "Paul delivered", "Sen. Paul said" and "Rand Paul's office confirmed" on one Wednesday
//! become one entry even if the first and last share only "Paul" through the middle one.

use std::collections::BTreeSet;

/// What grouping needs to know about one claim.
pub(super) struct Candidate<'a> {
    /// The placement label.
    pub label: &'a str,
    /// Its name tokens.
    pub names: BTreeSet<String>,
}

/// Group `candidates` (one article's placed claims, in article order). Returns groups of
/// indexes into `candidates`; each group is in ascending order and the groups are ordered by
/// their first member.
pub(super) fn group(candidates: &[Candidate<'_>]) -> Vec<Vec<usize>> {
    let mut sets = DisjointSets::new(candidates.len());
    for (i, a) in candidates.iter().enumerate() {
        for (j, b) in candidates.iter().enumerate().skip(i + 1) {
            if a.label == b.label && !a.names.is_disjoint(&b.names) {
                sets.union(i, j);
            }
        }
    }
    // Walking in order makes each group's first member its smallest index, and the groups
    // come out ordered by it.
    let mut group_of_root: Vec<Option<usize>> = vec![None; candidates.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..candidates.len() {
        let root = sets.find(i);
        match group_of_root[root] {
            Some(g) => groups[g].push(i),
            None => {
                group_of_root[root] = Some(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
}

/// Union-find with path halving; the smaller root wins a union so results do not depend on
/// the order pairs are seen in.
struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        DisjointSets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (low, high) = (ra.min(rb), ra.max(rb));
            self.parent[high] = low;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate<'a>(label: &'a str, names: &[&str]) -> Candidate<'a> {
        Candidate {
            label,
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    #[test]
    fn same_label_and_shared_name_merge() {
        let c = [
            candidate("2018-08-08", &["Paul", "Rand"]),
            candidate("2018-08-08", &["House", "White"]),
            candidate("2018-08-08", &["Paul"]),
            candidate("2018-08-08", &["Gidley", "House", "White"]),
            candidate("2018-08-08", &["Massie"]),
        ];
        assert_eq!(group(&c), [vec![0, 2], vec![1, 3], vec![4]]);
    }

    #[test]
    fn shared_name_on_another_day_stays_apart() {
        let c = [
            candidate("2018-08-06", &["Paul"]),
            candidate("2018-W32", &["Paul"]),
            candidate("2018-08-08", &["Paul"]),
        ];
        assert_eq!(group(&c), [vec![0], vec![1], vec![2]]);
    }

    #[test]
    fn merging_is_transitive() {
        // 0 and 2 share nothing, but both share a name with 1.
        let c = [
            candidate("2018-W32", &["Rand"]),
            candidate("2018-W32", &["Paul", "Rand"]),
            candidate("2018-W32", &["Paul"]),
            candidate("2018-W32", &[]),
        ];
        assert_eq!(group(&c), [vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn claims_without_names_never_merge() {
        let c = [candidate("2018-07", &[]), candidate("2018-07", &[])];
        assert_eq!(group(&c), [vec![0], vec![1]]);
    }
}
