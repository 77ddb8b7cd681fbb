//! The rules: one family per file, each a pattern over tokens plus the expression it yields.
//!
//! A rule is called at every token whose lexicon entry (or digits) could start or head a
//! temporal expression, and pushes zero or more [`Candidate`]s. Rules are generous: they may
//! propose overlapping readings ("last week" and "week"); [`super::refine`] keeps the best.
//! Each family keeps its examples (text, publication date, expected value) beside it, in the
//! Duckling manner; `examples.rs` runs them all.

mod amount;
mod calendar;
mod clock;
mod duration;
mod era;
mod holiday;
mod position;
mod quarter;
mod relative;
mod season;
mod season_turn;
mod set;
mod vague;
mod weekday;

#[cfg(test)]
pub(crate) mod examples;

pub(crate) use amount::amount_at;
pub(crate) use calendar::{day_of, year_after};
pub(crate) use relative::end_day_before;

use super::doc::Doc;
use super::expr::Candidate;
use super::lexicon::Lex;

/// Whether a rule can start at a word with this lexicon entry. The connectives ("the", "of",
/// "in", "to"...) are in the lexicon because rules look at them around a date, but none
/// starts one, and they are a quarter of all words.
fn can_start(lex: Lex) -> bool {
    use super::lexicon::Word::*;
    !matches!(
        lex,
        Lex::Word(
            The | Of
                | In
                | On
                | At
                | By
                | To
                | And
                | Or
                | From
                | Between
                | Since
                | Until
                | Through
                | Than
                | Before
                | After
                | Over
                | Under
                | Within
                | Up
                | Around
                | About
                | Nearly
                | Almost
                | Roughly
                | More
                | Less
                | Most
                | Time
                | Ahead
                | Hence
                | Final
                | Ago
                | Earlier
                | Early
                | Late
                | Mid
                | Middle
                | Beginning
                | End
                | Start
        )
    )
}

/// Every rule's candidates for the whole text, in no particular order.
pub(crate) fn collect(doc: &Doc) -> Vec<Candidate> {
    let mut out = Vec::new();
    for i in 0..doc.len() {
        let lex = doc.lex(i);
        let number = doc.is_number(i);
        if lex == Lex::None && !number && !doc.apostrophe(i) {
            if holiday::starts_name(doc, i) {
                holiday::at(doc, i, &mut out);
            }
            continue;
        }
        if let Lex::UnitLong(unit) = lex {
            duration::long_word(i, unit, &mut out);
            continue;
        }
        if !can_start(lex) {
            // "the final quarter of 1999": "final" starts the quarter rule's expressions
            // only ("her final years" is no amount).
            if lex == Lex::Word(super::lexicon::Word::Final) {
                quarter::at(doc, i, &mut out);
            }
            vague::at_the_time(doc, i, &mut out);
            continue;
        }
        calendar::at(doc, i, &mut out);
        weekday::at(doc, i, &mut out);
        relative::at(doc, i, &mut out);
        era::at(doc, i, &mut out);
        season::at(doc, i, &mut out);
        quarter::at(doc, i, &mut out);
        clock::at(doc, i, &mut out);
        holiday::at(doc, i, &mut out);
        vague::at(doc, i, &mut out);
        duration::at(doc, i, &mut out);
        set::at(doc, i, &mut out);
    }
    out
}
