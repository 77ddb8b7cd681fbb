//! The accuracy gate: the resolver must not fall below its floors on news annotated in TimeML
//! (gold TIMEX3 against each document's creation time).
//!
//! Two kinds of corpus are gated:
//!
//! - the TempEval-3 training corpora, TimeBank and AQUAINT: research data kept outside the
//!   repository, in `CARGO_MANIFEST_DIR/../shared/corpora/timeml/`. Where that folder exists
//!   (the project's CI machine) they are scored; where it does not (a user's clone), the test
//!   says it skipped and passes;
//! - the project's own news sets in `tests/data/` (`news-a` onwards): news texts written and
//!   annotated for claimline from the TimeML guidelines, with no corpus text in them. They
//!   ship with the repository, so every clone runs them. Some are development sets, used to
//!   find error classes; the others are held out: measure them, never tune to them.
//!   `tests/data/README.md` says which is which, and docs/ACCURACY.md has the figures.
//!
//! Each corpus is tagged and scored in-process exactly as `claimline timeml CORPUS --out DIR &&
//! claimline eval CORPUS DIR` would, and the test fails if any measure is below its floor.
//!
//! The achieved scores are printed on every run, also when the test passes (written straight
//! to standard error, past the test harness's capture). Raise a floor when the resolver
//! improves, so that the gain is kept.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use claimline::timeml::{Document, Evaluation, compare, files_in, tag};

/// Minimum scores in percent, TempEval-3 measures (see `docs/ACCURACY.md`). The only place
/// the floors live.
const FLOORS: [Floor; 150] = [
    Floor {
        corpus: "timebank",
        strict_f1: 91.1,
        relaxed_f1: 94.0,
        type_f1: 91.5,
        value_f1: 83.3,
    },
    Floor {
        corpus: "aquaint",
        strict_f1: 83.8,
        relaxed_f1: 93.5,
        type_f1: 85.5,
        value_f1: 77.0,
    },
    Floor {
        corpus: "news-a",
        strict_f1: 98.3,
        relaxed_f1: 98.5,
        type_f1: 98.5,
        value_f1: 96.1,
    },
    Floor {
        corpus: "news-c",
        strict_f1: 97.2,
        relaxed_f1: 98.3,
        type_f1: 98.3,
        value_f1: 95.9,
    },
    Floor {
        corpus: "news-d",
        strict_f1: 97.1,
        relaxed_f1: 98.5,
        type_f1: 98.3,
        value_f1: 96.2,
    },
    Floor {
        corpus: "news-b",
        strict_f1: 97.7,
        relaxed_f1: 98.3,
        type_f1: 98.0,
        value_f1: 97.3,
    },
    Floor {
        corpus: "news-e",
        strict_f1: 96.6,
        relaxed_f1: 98.2,
        type_f1: 98.1,
        value_f1: 96.3,
    },
    Floor {
        corpus: "news-f",
        strict_f1: 93.1,
        relaxed_f1: 96.6,
        type_f1: 95.8,
        value_f1: 92.1,
    },
    Floor {
        corpus: "news-g",
        strict_f1: 97.3,
        relaxed_f1: 97.7,
        type_f1: 97.6,
        value_f1: 95.0,
    },
    Floor {
        corpus: "news-i",
        strict_f1: 95.5,
        relaxed_f1: 97.6,
        type_f1: 97.4,
        value_f1: 95.1,
    },
    Floor {
        corpus: "news-j",
        strict_f1: 94.3,
        relaxed_f1: 97.0,
        type_f1: 96.6,
        value_f1: 91.2,
    },
    Floor {
        corpus: "news-k",
        strict_f1: 93.9,
        relaxed_f1: 97.3,
        type_f1: 97.2,
        value_f1: 93.5,
    },
    Floor {
        corpus: "news-l",
        strict_f1: 95.5,
        relaxed_f1: 97.6,
        type_f1: 97.4,
        value_f1: 94.3,
    },
    Floor {
        corpus: "news-m",
        strict_f1: 97.7,
        relaxed_f1: 98.2,
        type_f1: 98.2,
        value_f1: 93.8,
    },
    Floor {
        corpus: "news-n",
        strict_f1: 97.3,
        relaxed_f1: 98.0,
        type_f1: 97.8,
        value_f1: 95.0,
    },
    Floor {
        corpus: "news-h",
        strict_f1: 97.5,
        relaxed_f1: 98.2,
        type_f1: 98.0,
        value_f1: 93.9,
    },
    Floor {
        corpus: "news-o",
        strict_f1: 97.1,
        relaxed_f1: 98.1,
        type_f1: 97.8,
        value_f1: 94.7,
    },
    Floor {
        corpus: "news-p",
        strict_f1: 95.0,
        relaxed_f1: 97.7,
        type_f1: 96.7,
        value_f1: 91.5,
    },
    Floor {
        corpus: "news-q",
        strict_f1: 96.1,
        relaxed_f1: 98.0,
        type_f1: 97.7,
        value_f1: 90.6,
    },
    Floor {
        corpus: "news-r",
        strict_f1: 94.9,
        relaxed_f1: 97.0,
        type_f1: 96.5,
        value_f1: 90.8,
    },
    Floor {
        corpus: "news-t",
        strict_f1: 95.2,
        relaxed_f1: 97.8,
        type_f1: 97.5,
        value_f1: 93.6,
    },
    Floor {
        corpus: "news-u",
        strict_f1: 96.2,
        relaxed_f1: 97.9,
        type_f1: 96.7,
        value_f1: 95.0,
    },
    Floor {
        corpus: "news-v",
        strict_f1: 96.9,
        relaxed_f1: 98.1,
        type_f1: 97.9,
        value_f1: 92.3,
    },
    Floor {
        corpus: "news-w",
        strict_f1: 95.8,
        relaxed_f1: 97.2,
        type_f1: 97.0,
        value_f1: 89.5,
    },
    Floor {
        corpus: "news-x",
        strict_f1: 95.3,
        relaxed_f1: 97.4,
        type_f1: 96.5,
        value_f1: 90.5,
    },
    Floor {
        corpus: "news-y",
        strict_f1: 97.0,
        relaxed_f1: 97.8,
        type_f1: 97.6,
        value_f1: 93.5,
    },
    Floor {
        corpus: "news-z",
        strict_f1: 92.9,
        relaxed_f1: 96.1,
        type_f1: 95.3,
        value_f1: 89.9,
    },
    Floor {
        corpus: "news-s",
        strict_f1: 94.9,
        relaxed_f1: 97.6,
        type_f1: 96.7,
        value_f1: 90.4,
    },
    Floor {
        corpus: "news-aa",
        strict_f1: 95.0,
        relaxed_f1: 97.1,
        type_f1: 96.5,
        value_f1: 88.9,
    },
    Floor {
        corpus: "news-ab",
        strict_f1: 93.7,
        relaxed_f1: 96.9,
        type_f1: 96.6,
        value_f1: 88.5,
    },
    Floor {
        corpus: "news-ac",
        strict_f1: 94.8,
        relaxed_f1: 97.0,
        type_f1: 96.4,
        value_f1: 89.7,
    },
    Floor {
        corpus: "news-ad",
        strict_f1: 95.8,
        relaxed_f1: 97.7,
        type_f1: 97.5,
        value_f1: 91.8,
    },
    Floor {
        corpus: "news-ae",
        strict_f1: 96.5,
        relaxed_f1: 97.9,
        type_f1: 97.5,
        value_f1: 92.6,
    },
    Floor {
        corpus: "news-af",
        strict_f1: 96.3,
        relaxed_f1: 97.8,
        type_f1: 97.6,
        value_f1: 92.7,
    },
    Floor {
        corpus: "news-ag",
        strict_f1: 95.4,
        relaxed_f1: 97.5,
        type_f1: 97.4,
        value_f1: 90.6,
    },
    Floor {
        corpus: "news-ah",
        strict_f1: 97.7,
        relaxed_f1: 98.4,
        type_f1: 98.4,
        value_f1: 92.8,
    },
    Floor {
        corpus: "news-ai",
        strict_f1: 96.8,
        relaxed_f1: 98.1,
        type_f1: 97.7,
        value_f1: 93.1,
    },
    Floor {
        corpus: "news-aj",
        strict_f1: 96.4,
        relaxed_f1: 98.0,
        type_f1: 97.7,
        value_f1: 91.7,
    },
    Floor {
        corpus: "news-ak",
        strict_f1: 97.0,
        relaxed_f1: 98.0,
        type_f1: 97.8,
        value_f1: 91.7,
    },
    Floor {
        corpus: "news-al",
        strict_f1: 94.4,
        relaxed_f1: 96.9,
        type_f1: 96.6,
        value_f1: 91.8,
    },
    Floor {
        corpus: "news-am",
        strict_f1: 95.9,
        relaxed_f1: 98.0,
        type_f1: 97.6,
        value_f1: 91.9,
    },
    Floor {
        corpus: "news-an",
        strict_f1: 95.6,
        relaxed_f1: 97.0,
        type_f1: 96.3,
        value_f1: 89.6,
    },
    Floor {
        corpus: "news-ao",
        strict_f1: 94.8,
        relaxed_f1: 97.3,
        type_f1: 96.1,
        value_f1: 90.3,
    },
    Floor {
        corpus: "news-ap",
        strict_f1: 94.9,
        relaxed_f1: 97.4,
        type_f1: 96.8,
        value_f1: 93.1,
    },
    Floor {
        corpus: "news-aq",
        strict_f1: 94.8,
        relaxed_f1: 97.3,
        type_f1: 96.7,
        value_f1: 92.7,
    },
    Floor {
        corpus: "news-ar",
        strict_f1: 97.2,
        relaxed_f1: 97.8,
        type_f1: 97.3,
        value_f1: 93.5,
    },
    Floor {
        corpus: "news-as",
        strict_f1: 95.6,
        relaxed_f1: 97.6,
        type_f1: 97.3,
        value_f1: 91.5,
    },
    Floor {
        corpus: "news-at",
        strict_f1: 94.3,
        relaxed_f1: 96.7,
        type_f1: 96.0,
        value_f1: 91.1,
    },
    Floor {
        corpus: "news-au",
        strict_f1: 94.5,
        relaxed_f1: 96.5,
        type_f1: 95.8,
        value_f1: 88.3,
    },
    Floor {
        corpus: "news-av",
        strict_f1: 93.4,
        relaxed_f1: 97.5,
        type_f1: 96.5,
        value_f1: 91.0,
    },
    Floor {
        corpus: "news-aw",
        strict_f1: 96.7,
        relaxed_f1: 97.6,
        type_f1: 97.2,
        value_f1: 93.9,
    },
    Floor {
        corpus: "news-ax",
        strict_f1: 94.4,
        relaxed_f1: 96.4,
        type_f1: 95.3,
        value_f1: 88.8,
    },
    Floor {
        corpus: "news-ay",
        strict_f1: 95.5,
        relaxed_f1: 97.5,
        type_f1: 97.1,
        value_f1: 89.7,
    },
    Floor {
        corpus: "news-az",
        strict_f1: 96.7,
        relaxed_f1: 98.1,
        type_f1: 97.8,
        value_f1: 91.5,
    },
    Floor {
        corpus: "news-ba",
        strict_f1: 93.7,
        relaxed_f1: 97.5,
        type_f1: 97.0,
        value_f1: 92.2,
    },
    Floor {
        corpus: "news-bb",
        strict_f1: 93.7,
        relaxed_f1: 96.8,
        type_f1: 95.7,
        value_f1: 88.2,
    },
    Floor {
        corpus: "news-bc",
        strict_f1: 94.8,
        relaxed_f1: 97.2,
        type_f1: 96.0,
        value_f1: 90.3,
    },
    Floor {
        corpus: "news-bd",
        strict_f1: 93.8,
        relaxed_f1: 96.7,
        type_f1: 95.7,
        value_f1: 89.5,
    },
    Floor {
        corpus: "news-be",
        strict_f1: 95.5,
        relaxed_f1: 97.4,
        type_f1: 96.8,
        value_f1: 92.3,
    },
    Floor {
        corpus: "news-bf",
        strict_f1: 97.0,
        relaxed_f1: 98.1,
        type_f1: 97.5,
        value_f1: 93.1,
    },
    Floor {
        corpus: "news-bg",
        strict_f1: 96.9,
        relaxed_f1: 98.1,
        type_f1: 98.0,
        value_f1: 92.4,
    },
    Floor {
        corpus: "news-bh",
        strict_f1: 95.2,
        relaxed_f1: 96.4,
        type_f1: 96.3,
        value_f1: 90.1,
    },
    Floor {
        corpus: "news-bi",
        strict_f1: 95.9,
        relaxed_f1: 97.4,
        type_f1: 96.6,
        value_f1: 88.2,
    },
    Floor {
        corpus: "news-bj",
        strict_f1: 94.3,
        relaxed_f1: 96.7,
        type_f1: 96.3,
        value_f1: 89.9,
    },
    Floor {
        corpus: "news-bk",
        strict_f1: 95.9,
        relaxed_f1: 97.1,
        type_f1: 96.9,
        value_f1: 88.7,
    },
    Floor {
        corpus: "news-bm",
        strict_f1: 93.2,
        relaxed_f1: 96.8,
        type_f1: 96.3,
        value_f1: 85.6,
    },
    Floor {
        corpus: "news-bl",
        strict_f1: 95.4,
        relaxed_f1: 96.8,
        type_f1: 95.9,
        value_f1: 92.5,
    },
    Floor {
        corpus: "news-bn",
        strict_f1: 96.3,
        relaxed_f1: 97.5,
        type_f1: 97.0,
        value_f1: 90.8,
    },
    Floor {
        corpus: "news-bo",
        strict_f1: 96.6,
        relaxed_f1: 98.4,
        type_f1: 97.8,
        value_f1: 93.8,
    },
    Floor {
        corpus: "news-bp",
        strict_f1: 95.6,
        relaxed_f1: 97.3,
        type_f1: 97.2,
        value_f1: 91.7,
    },
    Floor {
        corpus: "news-bq",
        strict_f1: 95.4,
        relaxed_f1: 96.6,
        type_f1: 96.3,
        value_f1: 91.5,
    },
    Floor {
        corpus: "news-br",
        strict_f1: 95.7,
        relaxed_f1: 97.1,
        type_f1: 96.7,
        value_f1: 89.9,
    },
    Floor {
        corpus: "news-bs",
        strict_f1: 96.7,
        relaxed_f1: 98.1,
        type_f1: 97.0,
        value_f1: 93.8,
    },
    Floor {
        corpus: "news-bt",
        strict_f1: 95.2,
        relaxed_f1: 96.4,
        type_f1: 96.3,
        value_f1: 73.3,
    },
    Floor {
        corpus: "news-bu",
        strict_f1: 92.4,
        relaxed_f1: 96.4,
        type_f1: 95.5,
        value_f1: 90.4,
    },
    Floor {
        corpus: "news-bv",
        strict_f1: 96.8,
        relaxed_f1: 97.9,
        type_f1: 97.7,
        value_f1: 94.0,
    },
    Floor {
        corpus: "news-bw",
        strict_f1: 94.5,
        relaxed_f1: 97.4,
        type_f1: 97.3,
        value_f1: 93.2,
    },
    Floor {
        corpus: "news-bx",
        strict_f1: 95.0,
        relaxed_f1: 96.4,
        type_f1: 95.9,
        value_f1: 90.3,
    },
    Floor {
        corpus: "news-ca",
        strict_f1: 96.0,
        relaxed_f1: 97.3,
        type_f1: 96.6,
        value_f1: 89.8,
    },
    Floor {
        corpus: "news-cb",
        strict_f1: 96.0,
        relaxed_f1: 97.8,
        type_f1: 97.2,
        value_f1: 92.4,
    },
    Floor {
        corpus: "news-bz",
        strict_f1: 93.4,
        relaxed_f1: 96.7,
        type_f1: 95.5,
        value_f1: 90.5,
    },
    Floor {
        corpus: "news-cc",
        strict_f1: 95.0,
        relaxed_f1: 97.3,
        type_f1: 96.6,
        value_f1: 89.6,
    },
    Floor {
        corpus: "news-by",
        strict_f1: 94.5,
        relaxed_f1: 97.4,
        type_f1: 96.7,
        value_f1: 87.3,
    },
    Floor {
        corpus: "news-ce",
        strict_f1: 96.6,
        relaxed_f1: 97.6,
        type_f1: 97.2,
        value_f1: 90.8,
    },
    Floor {
        corpus: "news-cd",
        strict_f1: 98.0,
        relaxed_f1: 98.4,
        type_f1: 98.1,
        value_f1: 93.2,
    },
    Floor {
        corpus: "news-cf",
        strict_f1: 95.8,
        relaxed_f1: 97.5,
        type_f1: 97.2,
        value_f1: 93.3,
    },
    Floor {
        corpus: "news-cg",
        strict_f1: 95.8,
        relaxed_f1: 97.9,
        type_f1: 97.5,
        value_f1: 93.0,
    },
    Floor {
        corpus: "news-ch",
        strict_f1: 92.6,
        relaxed_f1: 97.0,
        type_f1: 95.3,
        value_f1: 87.7,
    },
    Floor {
        corpus: "news-cj",
        strict_f1: 95.0,
        relaxed_f1: 97.3,
        type_f1: 97.3,
        value_f1: 92.3,
    },
    Floor {
        corpus: "news-ck",
        strict_f1: 95.7,
        relaxed_f1: 97.2,
        type_f1: 96.9,
        value_f1: 91.0,
    },
    Floor {
        corpus: "news-cm",
        strict_f1: 95.4,
        relaxed_f1: 97.6,
        type_f1: 97.0,
        value_f1: 90.4,
    },
    Floor {
        corpus: "news-cl",
        strict_f1: 94.1,
        relaxed_f1: 96.3,
        type_f1: 94.5,
        value_f1: 86.0,
    },
    Floor {
        corpus: "news-ci",
        strict_f1: 97.5,
        relaxed_f1: 98.1,
        type_f1: 98.0,
        value_f1: 92.2,
    },
    Floor {
        corpus: "news-cn",
        strict_f1: 95.3,
        relaxed_f1: 96.8,
        type_f1: 96.3,
        value_f1: 91.9,
    },
    Floor {
        corpus: "news-co",
        strict_f1: 93.4,
        relaxed_f1: 97.0,
        type_f1: 96.6,
        value_f1: 90.5,
    },
    Floor {
        corpus: "news-cs",
        strict_f1: 96.7,
        relaxed_f1: 97.9,
        type_f1: 97.2,
        value_f1: 91.6,
    },
    Floor {
        corpus: "news-ct",
        strict_f1: 95.2,
        relaxed_f1: 97.1,
        type_f1: 95.9,
        value_f1: 92.4,
    },
    Floor {
        corpus: "news-cr",
        strict_f1: 96.2,
        relaxed_f1: 97.9,
        type_f1: 97.3,
        value_f1: 91.9,
    },
    Floor {
        corpus: "news-cp",
        strict_f1: 95.2,
        relaxed_f1: 97.2,
        type_f1: 95.8,
        value_f1: 90.3,
    },
    Floor {
        corpus: "news-cq",
        strict_f1: 95.7,
        relaxed_f1: 97.4,
        type_f1: 97.1,
        value_f1: 90.3,
    },
    Floor {
        corpus: "news-cu",
        strict_f1: 96.6,
        relaxed_f1: 97.7,
        type_f1: 97.2,
        value_f1: 90.9,
    },
    Floor {
        corpus: "news-cv",
        strict_f1: 96.2,
        relaxed_f1: 97.7,
        type_f1: 97.6,
        value_f1: 92.9,
    },
    Floor {
        corpus: "news-cw",
        strict_f1: 94.5,
        relaxed_f1: 97.2,
        type_f1: 96.7,
        value_f1: 88.8,
    },
    Floor {
        corpus: "news-cx",
        strict_f1: 96.7,
        relaxed_f1: 97.9,
        type_f1: 96.5,
        value_f1: 89.9,
    },
    Floor {
        corpus: "news-dd",
        strict_f1: 96.2,
        relaxed_f1: 98.2,
        type_f1: 97.6,
        value_f1: 92.9,
    },
    Floor {
        corpus: "news-dc",
        strict_f1: 96.8,
        relaxed_f1: 98.0,
        type_f1: 97.9,
        value_f1: 93.7,
    },
    Floor {
        corpus: "news-cy",
        strict_f1: 95.8,
        relaxed_f1: 97.0,
        type_f1: 96.8,
        value_f1: 94.5,
    },
    Floor {
        corpus: "news-db",
        strict_f1: 94.0,
        relaxed_f1: 96.6,
        type_f1: 96.5,
        value_f1: 88.1,
    },
    Floor {
        corpus: "news-da",
        strict_f1: 97.4,
        relaxed_f1: 98.0,
        type_f1: 97.8,
        value_f1: 92.2,
    },
    Floor {
        corpus: "news-cz",
        strict_f1: 95.6,
        relaxed_f1: 97.3,
        type_f1: 96.7,
        value_f1: 90.6,
    },
    Floor {
        corpus: "news-df",
        strict_f1: 94.4,
        relaxed_f1: 97.2,
        type_f1: 96.6,
        value_f1: 91.4,
    },
    Floor {
        corpus: "news-de",
        strict_f1: 93.5,
        relaxed_f1: 97.1,
        type_f1: 96.0,
        value_f1: 89.7,
    },
    Floor {
        corpus: "news-dh",
        strict_f1: 96.0,
        relaxed_f1: 97.2,
        type_f1: 96.7,
        value_f1: 91.6,
    },
    Floor {
        corpus: "news-dg",
        strict_f1: 91.3,
        relaxed_f1: 94.8,
        type_f1: 93.4,
        value_f1: 84.4,
    },
    Floor {
        corpus: "news-dm",
        strict_f1: 95.5,
        relaxed_f1: 96.9,
        type_f1: 96.0,
        value_f1: 88.6,
    },
    Floor {
        corpus: "news-dn",
        strict_f1: 96.6,
        relaxed_f1: 97.8,
        type_f1: 97.6,
        value_f1: 89.9,
    },
    Floor {
        corpus: "news-do",
        strict_f1: 95.8,
        relaxed_f1: 97.4,
        type_f1: 97.2,
        value_f1: 90.7,
    },
    Floor {
        corpus: "news-dl",
        strict_f1: 94.5,
        relaxed_f1: 97.4,
        type_f1: 96.7,
        value_f1: 91.2,
    },
    Floor {
        corpus: "news-dp",
        strict_f1: 95.4,
        relaxed_f1: 97.1,
        type_f1: 95.9,
        value_f1: 89.1,
    },
    Floor {
        corpus: "news-dj",
        strict_f1: 95.3,
        relaxed_f1: 96.9,
        type_f1: 96.1,
        value_f1: 92.2,
    },
    Floor {
        corpus: "news-di",
        strict_f1: 95.6,
        relaxed_f1: 97.7,
        type_f1: 97.6,
        value_f1: 93.4,
    },
    Floor {
        corpus: "news-dk",
        strict_f1: 94.5,
        relaxed_f1: 97.0,
        type_f1: 96.5,
        value_f1: 91.2,
    },
    Floor {
        corpus: "news-dq",
        strict_f1: 96.5,
        relaxed_f1: 98.1,
        type_f1: 97.3,
        value_f1: 92.9,
    },
    Floor {
        corpus: "news-dr",
        strict_f1: 95.0,
        relaxed_f1: 96.7,
        type_f1: 95.7,
        value_f1: 89.6,
    },
    Floor {
        corpus: "news-ds",
        strict_f1: 96.8,
        relaxed_f1: 97.5,
        type_f1: 97.3,
        value_f1: 90.6,
    },
    Floor {
        corpus: "news-dt",
        strict_f1: 94.9,
        relaxed_f1: 97.6,
        type_f1: 96.8,
        value_f1: 88.8,
    },
    Floor {
        corpus: "news-dy",
        strict_f1: 95.8,
        relaxed_f1: 98.1,
        type_f1: 97.9,
        value_f1: 91.9,
    },
    Floor {
        corpus: "news-ea",
        strict_f1: 96.2,
        relaxed_f1: 97.8,
        type_f1: 97.5,
        value_f1: 92.9,
    },
    Floor {
        corpus: "news-du",
        strict_f1: 94.6,
        relaxed_f1: 97.0,
        type_f1: 95.8,
        value_f1: 91.9,
    },
    Floor {
        corpus: "news-dz",
        strict_f1: 96.2,
        relaxed_f1: 97.4,
        type_f1: 96.9,
        value_f1: 92.2,
    },
    Floor {
        corpus: "news-dx",
        strict_f1: 95.4,
        relaxed_f1: 97.6,
        type_f1: 97.3,
        value_f1: 91.2,
    },
    Floor {
        corpus: "news-dw",
        strict_f1: 96.5,
        relaxed_f1: 97.8,
        type_f1: 97.3,
        value_f1: 91.7,
    },
    Floor {
        corpus: "news-eb",
        strict_f1: 91.6,
        relaxed_f1: 95.5,
        type_f1: 93.5,
        value_f1: 85.3,
    },
    Floor {
        corpus: "news-dv",
        strict_f1: 93.2,
        relaxed_f1: 96.5,
        type_f1: 95.2,
        value_f1: 87.4,
    },
    Floor {
        corpus: "news-ed",
        strict_f1: 93.8,
        relaxed_f1: 97.2,
        type_f1: 96.2,
        value_f1: 89.2,
    },
    Floor {
        corpus: "news-ec",
        strict_f1: 95.5,
        relaxed_f1: 97.5,
        type_f1: 96.8,
        value_f1: 90.3,
    },
    Floor {
        corpus: "news-eg",
        strict_f1: 94.6,
        relaxed_f1: 97.3,
        type_f1: 95.9,
        value_f1: 85.4,
    },
    Floor {
        corpus: "news-ef",
        strict_f1: 96.7,
        relaxed_f1: 97.6,
        type_f1: 97.2,
        value_f1: 91.5,
    },
    Floor {
        corpus: "news-el",
        strict_f1: 95.5,
        relaxed_f1: 97.0,
        type_f1: 96.5,
        value_f1: 90.6,
    },
    Floor {
        corpus: "news-ei",
        strict_f1: 95.5,
        relaxed_f1: 97.0,
        type_f1: 96.9,
        value_f1: 90.7,
    },
    Floor {
        corpus: "news-ek",
        strict_f1: 94.2,
        relaxed_f1: 96.6,
        type_f1: 95.7,
        value_f1: 88.4,
    },
    Floor {
        corpus: "news-eh",
        strict_f1: 96.2,
        relaxed_f1: 97.6,
        type_f1: 97.3,
        value_f1: 91.6,
    },
    Floor {
        corpus: "news-en",
        strict_f1: 94.3,
        relaxed_f1: 97.1,
        type_f1: 96.6,
        value_f1: 89.2,
    },
    Floor {
        corpus: "news-ej",
        strict_f1: 96.4,
        relaxed_f1: 97.6,
        type_f1: 96.5,
        value_f1: 91.1,
    },
    Floor {
        corpus: "news-em",
        strict_f1: 94.3,
        relaxed_f1: 96.1,
        type_f1: 95.0,
        value_f1: 89.3,
    },
    Floor {
        corpus: "news-eo",
        strict_f1: 93.5,
        relaxed_f1: 96.3,
        type_f1: 95.1,
        value_f1: 85.3,
    },
    Floor {
        corpus: "news-eq",
        strict_f1: 94.6,
        relaxed_f1: 96.8,
        type_f1: 96.5,
        value_f1: 87.7,
    },
    Floor {
        corpus: "news-ep",
        strict_f1: 95.0,
        relaxed_f1: 96.9,
        type_f1: 96.1,
        value_f1: 89.6,
    },
    Floor {
        corpus: "news-es",
        strict_f1: 96.5,
        relaxed_f1: 97.7,
        type_f1: 97.3,
        value_f1: 92.7,
    },
    Floor {
        corpus: "news-er",
        strict_f1: 96.1,
        relaxed_f1: 97.6,
        type_f1: 96.5,
        value_f1: 89.3,
    },
];

struct Floor {
    corpus: &'static str,
    strict_f1: f64,
    relaxed_f1: f64,
    type_f1: f64,
    value_f1: f64,
}

fn corpora_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/timeml")
}

/// Tag every gold document of `dir` and score the result against it.
fn evaluate(dir: &Path) -> Evaluation {
    let mut eval = Evaluation::default();
    let files = files_in(dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(!files.is_empty(), "{}: no TimeML files", dir.display());
    for path in files {
        let gold = Document::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let tagged = tag(&gold).unwrap_or_else(|e| panic!("{e}"));
        let system =
            Document::parse(tagged, &path).unwrap_or_else(|e| panic!("tagger output: {e}"));
        let name = path.file_name().unwrap().to_string_lossy();
        let label = path.display().to_string();
        eval.files
            .push(compare(&name, &label, &gold, &system).unwrap_or_else(|e| panic!("{e}")));
    }
    eval
}

/// The project's own news sets, shipped in `tests/data/`.
fn bundled(corpus: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(corpus)
}

fn gate(corpus: &str) {
    let root = corpora_root();
    if !root.is_dir() {
        say(&format!(
            "accuracy gate: skipped {corpus}: {} not found (the corpora are not distributed \
             with claimline)\n",
            root.display()
        ));
        return;
    }
    gate_dir(corpus, &root.join(corpus));
}

fn gate_dir(corpus: &str, dir: &Path) {
    let floor = FLOORS
        .iter()
        .find(|f| f.corpus == corpus)
        .expect("every gated corpus has floors");
    let eval = evaluate(dir);
    let total = eval.total();
    let m = total.measures();
    let rows = [
        ("strict F1", m.strict.f1, floor.strict_f1),
        ("relaxed F1", m.relaxed.f1, floor.relaxed_f1),
        ("type F1", m.type_f1, floor.type_f1),
        ("value F1", m.value_f1, floor.value_f1),
    ];
    let mut report = format!(
        "accuracy gate: {corpus}, {} files, {} gold and {} system TIMEX3\n",
        eval.files.len(),
        total.gold,
        total.system
    );
    let mut below = Vec::new();
    for (name, achieved, min) in rows {
        let achieved = achieved * 100.0;
        let verdict = if achieved + 1e-9 < min {
            "BELOW FLOOR"
        } else {
            "ok"
        };
        report.push_str(&format!(
            "  {corpus:<9} {name:<10} {achieved:>6.2}  floor {min:>6.2}  {verdict}\n"
        ));
        if achieved + 1e-9 < min {
            below.push(format!("{name} {achieved:.2} < {min:.2}"));
        }
    }
    say(&report);
    assert!(
        below.is_empty(),
        "{corpus}: below the floor: {}; see `claimline eval ... --errors` (docs/ACCURACY.md)",
        below.join(", ")
    );
}

/// Print past the test harness's capture, in one write so that the two corpora's reports,
/// made on parallel threads, do not interleave.
fn say(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

#[test]
fn timebank_meets_its_floors() {
    gate("timebank");
}

#[test]
fn aquaint_meets_its_floors() {
    gate("aquaint");
}

/// One test per bundled set, so that a failure names its set and the sets run in parallel.
macro_rules! bundled_gates {
    ($($test:ident => $corpus:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                gate_dir($corpus, &bundled($corpus));
            }
        )*
    };
}

bundled_gates! {
    bundled_news_a_meets_its_floors => "news-a",
    bundled_news_b_meets_its_floors => "news-b",
    bundled_news_c_meets_its_floors => "news-c",
    bundled_news_d_meets_its_floors => "news-d",
    bundled_news_e_meets_its_floors => "news-e",
    bundled_news_f_meets_its_floors => "news-f",
    bundled_news_g_meets_its_floors => "news-g",
    bundled_news_h_meets_its_floors => "news-h",
    bundled_news_i_meets_its_floors => "news-i",
    bundled_news_j_meets_its_floors => "news-j",
    bundled_news_k_meets_its_floors => "news-k",
    bundled_news_l_meets_its_floors => "news-l",
    bundled_news_m_meets_its_floors => "news-m",
    bundled_news_n_meets_its_floors => "news-n",
    bundled_news_o_meets_its_floors => "news-o",
    bundled_news_p_meets_its_floors => "news-p",
    bundled_news_q_meets_its_floors => "news-q",
    bundled_news_r_meets_its_floors => "news-r",
    bundled_news_s_meets_its_floors => "news-s",
    bundled_news_t_meets_its_floors => "news-t",
    bundled_news_u_meets_its_floors => "news-u",
    bundled_news_v_meets_its_floors => "news-v",
    bundled_news_w_meets_its_floors => "news-w",
    bundled_news_x_meets_its_floors => "news-x",
    bundled_news_y_meets_its_floors => "news-y",
    bundled_news_z_meets_its_floors => "news-z",
    bundled_news_aa_meets_its_floors => "news-aa",
    bundled_news_ab_meets_its_floors => "news-ab",
    bundled_news_ac_meets_its_floors => "news-ac",
    bundled_news_ad_meets_its_floors => "news-ad",
    bundled_news_ae_meets_its_floors => "news-ae",
    bundled_news_af_meets_its_floors => "news-af",
    bundled_news_ag_meets_its_floors => "news-ag",
    bundled_news_ah_meets_its_floors => "news-ah",
    bundled_news_ai_meets_its_floors => "news-ai",
    bundled_news_aj_meets_its_floors => "news-aj",
    bundled_news_ak_meets_its_floors => "news-ak",
    bundled_news_al_meets_its_floors => "news-al",
    bundled_news_am_meets_its_floors => "news-am",
    bundled_news_an_meets_its_floors => "news-an",
    bundled_news_ao_meets_its_floors => "news-ao",
    bundled_news_ap_meets_its_floors => "news-ap",
    bundled_news_aq_meets_its_floors => "news-aq",
    bundled_news_ar_meets_its_floors => "news-ar",
    bundled_news_as_meets_its_floors => "news-as",
    bundled_news_at_meets_its_floors => "news-at",
    bundled_news_au_meets_its_floors => "news-au",
    bundled_news_av_meets_its_floors => "news-av",
    bundled_news_aw_meets_its_floors => "news-aw",
    bundled_news_ax_meets_its_floors => "news-ax",
    bundled_news_ay_meets_its_floors => "news-ay",
    bundled_news_az_meets_its_floors => "news-az",
    bundled_news_ba_meets_its_floors => "news-ba",
    bundled_news_bb_meets_its_floors => "news-bb",
    bundled_news_bc_meets_its_floors => "news-bc",
    bundled_news_bd_meets_its_floors => "news-bd",
    bundled_news_be_meets_its_floors => "news-be",
    bundled_news_bf_meets_its_floors => "news-bf",
    bundled_news_bg_meets_its_floors => "news-bg",
    bundled_news_bh_meets_its_floors => "news-bh",
    bundled_news_bi_meets_its_floors => "news-bi",
    bundled_news_bj_meets_its_floors => "news-bj",
    bundled_news_bk_meets_its_floors => "news-bk",
    bundled_news_bm_meets_its_floors => "news-bm",
    bundled_news_bl_meets_its_floors => "news-bl",
    bundled_news_bn_meets_its_floors => "news-bn",
    bundled_news_bo_meets_its_floors => "news-bo",
    bundled_news_bp_meets_its_floors => "news-bp",
    bundled_news_bq_meets_its_floors => "news-bq",
    bundled_news_br_meets_its_floors => "news-br",
    bundled_news_bs_meets_its_floors => "news-bs",
    bundled_news_bt_meets_its_floors => "news-bt",
    bundled_news_bu_meets_its_floors => "news-bu",
    bundled_news_bv_meets_its_floors => "news-bv",
    bundled_news_bw_meets_its_floors => "news-bw",
    bundled_news_bx_meets_its_floors => "news-bx",
    bundled_news_ca_meets_its_floors => "news-ca",
    bundled_news_cb_meets_its_floors => "news-cb",
    bundled_news_bz_meets_its_floors => "news-bz",
    bundled_news_cc_meets_its_floors => "news-cc",
    bundled_news_by_meets_its_floors => "news-by",
    bundled_news_ce_meets_its_floors => "news-ce",
    bundled_news_cd_meets_its_floors => "news-cd",
    bundled_news_cf_meets_its_floors => "news-cf",
    bundled_news_cg_meets_its_floors => "news-cg",
    bundled_news_ch_meets_its_floors => "news-ch",
    bundled_news_cj_meets_its_floors => "news-cj",
    bundled_news_ck_meets_its_floors => "news-ck",
    bundled_news_cm_meets_its_floors => "news-cm",
    bundled_news_cl_meets_its_floors => "news-cl",
    bundled_news_ci_meets_its_floors => "news-ci",
    bundled_news_cn_meets_its_floors => "news-cn",
    bundled_news_co_meets_its_floors => "news-co",
    bundled_news_cs_meets_its_floors => "news-cs",
    bundled_news_ct_meets_its_floors => "news-ct",
    bundled_news_cr_meets_its_floors => "news-cr",
    bundled_news_cp_meets_its_floors => "news-cp",
    bundled_news_cq_meets_its_floors => "news-cq",
    bundled_news_cu_meets_its_floors => "news-cu",
    bundled_news_cv_meets_its_floors => "news-cv",
    bundled_news_cw_meets_its_floors => "news-cw",
    bundled_news_cx_meets_its_floors => "news-cx",
    bundled_news_dd_meets_its_floors => "news-dd",
    bundled_news_dc_meets_its_floors => "news-dc",
    bundled_news_cy_meets_its_floors => "news-cy",
    bundled_news_db_meets_its_floors => "news-db",
    bundled_news_da_meets_its_floors => "news-da",
    bundled_news_cz_meets_its_floors => "news-cz",
    bundled_news_df_meets_its_floors => "news-df",
    bundled_news_de_meets_its_floors => "news-de",
    bundled_news_dh_meets_its_floors => "news-dh",
    bundled_news_dg_meets_its_floors => "news-dg",
    bundled_news_dm_meets_its_floors => "news-dm",
    bundled_news_dn_meets_its_floors => "news-dn",
    bundled_news_do_meets_its_floors => "news-do",
    bundled_news_dl_meets_its_floors => "news-dl",
    bundled_news_dp_meets_its_floors => "news-dp",
    bundled_news_dj_meets_its_floors => "news-dj",
    bundled_news_di_meets_its_floors => "news-di",
    bundled_news_dk_meets_its_floors => "news-dk",
    bundled_news_dq_meets_its_floors => "news-dq",
    bundled_news_dr_meets_its_floors => "news-dr",
    bundled_news_ds_meets_its_floors => "news-ds",
    bundled_news_dt_meets_its_floors => "news-dt",
    bundled_news_dy_meets_its_floors => "news-dy",
    bundled_news_ea_meets_its_floors => "news-ea",
    bundled_news_du_meets_its_floors => "news-du",
    bundled_news_dz_meets_its_floors => "news-dz",
    bundled_news_dx_meets_its_floors => "news-dx",
    bundled_news_dw_meets_its_floors => "news-dw",
    bundled_news_eb_meets_its_floors => "news-eb",
    bundled_news_dv_meets_its_floors => "news-dv",
    bundled_news_ed_meets_its_floors => "news-ed",
    bundled_news_ec_meets_its_floors => "news-ec",
    bundled_news_eg_meets_its_floors => "news-eg",
    bundled_news_ef_meets_its_floors => "news-ef",
    bundled_news_el_meets_its_floors => "news-el",
    bundled_news_ei_meets_its_floors => "news-ei",
    bundled_news_ek_meets_its_floors => "news-ek",
    bundled_news_eh_meets_its_floors => "news-eh",
    bundled_news_en_meets_its_floors => "news-en",
    bundled_news_ej_meets_its_floors => "news-ej",
    bundled_news_em_meets_its_floors => "news-em",
    bundled_news_eo_meets_its_floors => "news-eo",
    bundled_news_eq_meets_its_floors => "news-eq",
    bundled_news_ep_meets_its_floors => "news-ep",
    bundled_news_es_meets_its_floors => "news-es",
    bundled_news_er_meets_its_floors => "news-er",
}

#[test]
fn floors_are_percentages_for_known_corpora() {
    for f in &FLOORS {
        for v in [f.strict_f1, f.relaxed_f1, f.type_f1, f.value_f1] {
            assert!((0.0..=100.0).contains(&v), "{}: {v}", f.corpus);
        }
        assert!(
            f.strict_f1 <= f.relaxed_f1,
            "{}: a strict match is also relaxed",
            f.corpus
        );
        assert!(
            f.type_f1 <= f.relaxed_f1 && f.value_f1 <= f.relaxed_f1,
            "{}",
            f.corpus
        );
    }
}
