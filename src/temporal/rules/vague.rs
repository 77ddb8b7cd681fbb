//! Vague references: "now", "currently", "recently", "the past", "the future", "soon", "in
//! recent years", "these days". TimeML gives them no date, only a direction: `PRESENT_REF`,
//! `PAST_REF`, `FUTURE_REF`. A timeline cannot place them, but a reviewer wants to see them.

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, Vague};
use super::super::lexicon::{Lex, Unit, Word};

/// "critics at the time compared her to Avery": the time the story is back in, named without
/// a date, which TimeML writes `PAST_REF` ("the time" tagged, "at" not). "at the time of
/// the vote" and "at the time when" name their time by what follows, and are left out.
/// Called at "at", which starts no other rule.
#[inline]
pub(super) fn at_the_time(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if doc.is(i, Word::At)
        && doc.is(i + 1, Word::The)
        && doc.is(i + 2, Word::Time)
        && !matches!(doc.word(i + 3), "of" | "when")
    {
        out.push(Candidate::new(
            i + 1,
            i + 3,
            Expr::Vague(Vague::Past),
            "at-the-time",
        ));
    }
}

#[inline]
pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let push = |out: &mut Vec<Candidate>, start: usize, end: usize, v: Vague| {
        out.push(Candidate::new(start, end, Expr::Vague(v), "vague"));
    };
    match doc.lex(i) {
        Lex::Word(Word::Now) => {
            // "right now", "just now"
            let start = if i > 0 && matches!(doc.word(i - 1), "right") {
                i - 1
            } else {
                i
            };
            push(out, start, i + 1, Vague::Present);
        }
        Lex::Word(Word::Currently | Word::Presently) => push(out, i, i + 1, Vague::Present),
        // "a generation ago": a time past too loose to count.
        Lex::Word(Word::A) | Lex::Cardinal(1)
            if matches!(doc.word(i + 1), "generation" | "lifetime") && doc.is(i + 2, Word::Ago) =>
        {
            push(out, i, i + 3, Vague::Past);
        }
        // "formerly the company's operations chief", "border checks, formerly routine": a
        // time before now, as "recently" is (every development writer tags it, 6 times of 6).
        // "previously" orders events ("a previously announced plan") without naming a time;
        // news annotation leaves it out (TimeBank 20 times of 23), and so do we.
        Lex::Word(Word::Formerly) => push(out, i, i + 1, Vague::Past),
        // "as recently as October 2007" only measures how near the date is, and "most
        // recently on May 9" only orders the dates (annotated news tags neither).
        Lex::Word(Word::Recently)
            if i > 0
                && ((doc.word(i - 1) == "as" && doc.word(i + 1) == "as")
                    || doc.word(i - 1) == "most") => {}
        Lex::Word(Word::Recently | Word::Lately) => {
            let start = if i > 0 && doc.word(i - 1) == "more" && doc.cap(i - 1) {
                i - 1
            } else {
                i
            };
            push(out, start, i + 1, Vague::Past)
        }
        Lex::Word(Word::Soon) => {
            // "as soon as possible"
            if i > 0
                && doc.word(i - 1) == "as"
                && doc.word(i + 1) == "as"
                && doc.word(i + 2) == "possible"
            {
                push(out, i - 1, i + 3, Vague::Future);
            } else if !(doc.word(i + 1) == "as" || doc.word(i + 1) == "after") {
                push(out, i, i + 1, Vague::Future);
            }
        }
        // "in recent years" and "in past years" name the past at large, not a count of
        // years: annotated news writes them `PAST_REF` (TimeBank four times of six, and every
        // news writer who met them), while "recent weeks" and "recent months" stay amounts.
        Lex::Word(Word::Recent | Word::Past)
            if doc.unit(i + 1) == Some((Unit::Year, true))
                && !(i > 0 && doc.is(i - 1, Word::The)) =>
        {
            push(out, i, i + 2, Vague::Past)
        }
        // "recent weeks": an unstated number of units up to now, which annotated news marks
        // as a duration (`PXW`); "the coming weeks", the same from now, as "the weeks ahead"
        // and "the next few weeks" are. The adjective alone ("recent successes") describes a
        // thing, not a time.
        Lex::Word(w @ (Word::Recent | Word::Coming)) => {
            if let Some((unit, true)) = doc.unit(i + 1) {
                let (start, rule) = match w {
                    Word::Coming if i > 0 && doc.is(i - 1, Word::The) => (i - 1, "coming-units"),
                    Word::Coming => (i, "coming-units"),
                    _ => (i, "recent-units"),
                };
                let expr = Expr::Duration {
                    amount: super::super::expr::Amount::Some,
                    unit,
                };
                out.push(Candidate::new(start, i + 2, expr, rule));
            }
        }
        Lex::Word(Word::Past) if i > 0 && doc.is(i - 1, Word::The) => {
            // "the past" alone, not "the past two years" or "the past week".
            let next = doc.lex(i + 1);
            let counted = doc.unit(i + 1).is_some()
                || super::amount_at(doc, i + 1).is_some()
                || matches!(next, Lex::Word(Word::Few | Word::Several | Word::Couple));
            if !counted && !doc.is(i + 1, Word::Of) {
                push(out, i - 1, i + 1, Vague::Past);
            }
        }
        Lex::Word(Word::Future) => {
            let mut start = i;
            if i > 0 && matches!(doc.word(i - 1), "near" | "distant" | "foreseeable") {
                start = i - 1;
            }
            // "a future in which...": a noun, not a time.
            if i > 0 && doc.is(i - 1, Word::A) {
                return;
            }
            if start > 0 && doc.is(start - 1, Word::The) {
                start -= 1;
            }
            if start == i {
                // "future quarters": a time; "future payments": a thing to come, not a time.
                match doc.unit(i + 1) {
                    Some((_, true)) => push(out, i, i + 2, Vague::Future),
                    _ if doc.is_word(i + 1) && !doc.cap(i + 1) => {}
                    _ => push(out, i, i + 1, Vague::Future),
                }
            } else {
                push(out, start, i + 1, Vague::Future);
            }
        }
        Lex::Word(Word::Current) => {
            // "the current weakness", "current market conditions", "his current wife"; a
            // current period ("the current quarter") is another rule's, and "current account"
            // is an economic term.
            let next = doc.word(i + 1);
            let names_period = doc.unit(i + 1).is_some()
                || doc.is(i + 1, Word::Fiscal)
                || doc.is(i + 1, Word::Period);
            if !names_period
                && doc.is_word(i + 1)
                && !matches!(
                    next,
                    "account" | "accounts" | "affairs" | "events" | "flows" | "flow"
                )
                // "pulled under by a current near the bay": the water's, a noun before its
                // preposition.
                && !matches!(
                    next,
                    "near"
                        | "in"
                        | "off"
                        | "of"
                        | "from"
                        | "along"
                        | "through"
                        | "around"
                        | "under"
                        | "across"
                        | "that"
                        | "which"
                )
            {
                if i > 0 && doc.word(i - 1) == "then" {
                    push(out, i - 1, i + 1, Vague::Past);
                } else {
                    push(out, i, i + 1, Vague::Present);
                }
            }
        }
        // "at a later date", "at a future date"
        Lex::Word(Word::Later) if i > 0 && doc.is(i - 1, Word::A) && doc.word(i + 1) == "date" => {
            push(out, i - 1, i + 2, Vague::Future);
        }
        Lex::Word(Word::Term)
            if i >= 2
                && doc.is(i - 2, Word::The)
                && matches!(doc.word(i - 1), "near" | "short") =>
        {
            push(out, i - 2, i + 1, Vague::Future);
        }
        Lex::Word(Word::These) if doc.unit(i + 1) == Some((Unit::Day, true)) => {
            push(out, i, i + 2, Vague::Present);
        }
        _ => {}
    }
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // "formerly": a time before now.
    (
        "2011-03-02",
        "Dr. Raman, formerly chief of cardiology at the hospital, will lead the new center.",
        "formerly",
        "DATE PAST_REF",
    ),
    // "at the time": the story's past, without a date.
    (
        "2018-05-05",
        "At the time, many analysts feared the two countries were close to war.",
        "the time",
        "DATE PAST_REF",
    ),
    (
        "2009-03-02",
        "Critics at the time compared her to Milton Avery.",
        "the time",
        "DATE PAST_REF",
    ),
    (
        "2014-05-20",
        "Acme raised its offer twice, most recently on May 9.",
        "recently",
        "NONE",
    ),
    // "as recently as" measures how near the date is; it is no time of its own.
    (
        "2020-04-03",
        "Shares traded above $30 as recently as March.",
        "recently",
        "NONE",
    ),
    (
        "2000-05-10",
        "People are busier these days than they were a generation ago.",
        "a generation ago",
        "DATE PAST_REF",
    ),
    (
        "2018-08-08",
        "The company is now profitable.",
        "now",
        "DATE PRESENT_REF",
    ),
    (
        "2018-08-08",
        "Unemployment is currently low.",
        "currently",
        "DATE PRESENT_REF",
    ),
    (
        "2018-08-08",
        "He recently retired.",
        "recently",
        "DATE PAST_REF",
    ),
    (
        "2018-08-08",
        "Costs have risen in recent years.",
        "recent years",
        "DATE PAST_REF",
    ),
    (
        "1989-10-30",
        "There were sell programs in past years, too.",
        "past years",
        "DATE PAST_REF",
    ),
    (
        "2018-08-08",
        "In the past, such deals were rare.",
        "the past",
        "DATE PAST_REF",
    ),
    (
        "2018-08-08",
        "Rates may rise in the near future.",
        "the near future",
        "DATE FUTURE_REF",
    ),
    (
        "2018-08-08",
        "The plant will reopen soon.",
        "soon",
        "DATE FUTURE_REF",
    ),
    (
        "2018-08-08",
        "Prices will climb in the coming months.",
        "the coming months",
        "DURATION PXM",
    ),
    (
        "2018-08-08",
        "Sales are weak right now.",
        "right now",
        "DATE PRESENT_REF",
    ),
    (
        "2018-08-08",
        "These days, few read newspapers.",
        "These days",
        "DATE PRESENT_REF",
    ),
    (
        "2018-08-08",
        "The talks should end as soon as possible.",
        "as soon as possible",
        "DATE FUTURE_REF",
    ),
    (
        "2018-08-08",
        "Demand will weaken in the short term.",
        "the short term",
        "DATE FUTURE_REF",
    ),
    (
        "2018-08-08",
        "Nowadays most sales are online.",
        "Nowadays",
        "DATE PRESENT_REF",
    ),
    (
        "2018-08-08",
        "The firm has lately cut jobs.",
        "lately",
        "DATE PAST_REF",
    ),
    (
        "2018-08-08",
        "Shares have fallen in recent weeks.",
        "recent weeks",
        "DURATION PXW",
    ),
    (
        "2018-08-08",
        "No one can predict the future.",
        "the future",
        "DATE FUTURE_REF",
    ),
    (
        "1989-10-30",
        "The write-down will lower profits in future quarters.",
        "future quarters",
        "DATE FUTURE_REF",
    ),
    (
        "1989-10-30",
        "The plant was delayed by current market conditions.",
        "current",
        "DATE PRESENT_REF",
    ),
    (
        "1989-10-30",
        "Staff could buy shares at the then current price.",
        "then current",
        "DATE PAST_REF",
    ),
    (
        "1989-10-30",
        "Bonds will be sold at a later date.",
        "a later date",
        "DATE FUTURE_REF",
    ),
    (
        "2018-08-08",
        "Ukraine will stay neutral for the foreseeable future.",
        "the foreseeable future",
        "DATE FUTURE_REF",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // Named by what follows, or no time at all.
    ("2018-05-05", "He was 12 at the time of the attack."),
    ("2018-05-05", "At the same time, prices rose."),
    ("2018-08-08", "Reserves cover future payments."),
    ("2018-08-08", "The previously announced plan went ahead."),
    ("2018-08-08", "The current account deficit widened."),
    // The water's current, a noun.
    (
        "2012-07-05",
        "The swimmer was pulled under by a current near the bay.",
    ),
];
