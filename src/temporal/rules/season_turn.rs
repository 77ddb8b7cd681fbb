//! The days the seasons turn: "the summer solstice", "the vernal equinox", "the June
//! solstice", "the first day of spring".
//!
//! Each is one day, the equinox or solstice of its year ([`super::super::solstices`]); the
//! year comes as for any named day (stated, shifted, or chosen from publication and tense).
//! A season's day is counted in the story's hemisphere: "the summer solstice" in a story
//! datelined SYDNEY is the December one. "the first day of spring" is the equinox, as news
//! uses it, not March 1 (the meteorologists' spring). "the solstice" alone could be either
//! of two and is left alone.

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, Shift, YearRef};
use super::super::hemisphere::Hemisphere;
use super::super::lexicon::{Holiday, Lex, Unit, Word};
use super::super::value::Season;
use super::calendar::{shift_before, year_of_after};

pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let (named_at, holiday) = match doc.lex(i) {
        Lex::Word(w @ (Word::Solstice | Word::Equinox)) if i > 0 => {
            let solstice = w == Word::Solstice;
            let holiday = match doc.lex(i - 1) {
                Lex::Month(3) if !solstice => Some(Holiday::MarchEquinox),
                Lex::Month(6) if solstice => Some(Holiday::JuneSolstice),
                Lex::Month(9) if !solstice => Some(Holiday::SeptemberEquinox),
                Lex::Month(12) if solstice => Some(Holiday::DecemberSolstice),
                Lex::Season(season) => turn_of(doc, season, solstice),
                _ => match doc.word(i - 1) {
                    "vernal" => turn_of(doc, Season::Spring, solstice),
                    "autumnal" => turn_of(doc, Season::Fall, solstice),
                    _ => None,
                },
            };
            (i - 1, holiday)
        }
        // "the first day of summer"
        Lex::Season(season)
            if i >= 4
                && doc.raw(i).ends_with(|c: char| c != 's')
                && doc.is(i - 1, Word::Of)
                && doc.unit(i - 2) == Some((Unit::Day, false))
                && doc.lex(i - 3) == Lex::Ordinal(1)
                && doc.is(i - 4, Word::The) =>
        {
            (i - 3, first_day_of(doc, season))
        }
        _ => return,
    };
    // "closed for the spring equinox holiday on March 21": the name of a holiday, whose day
    // is told by what follows.
    let Some(holiday) = holiday.filter(|_| doc.word(i + 1) != "holiday") else {
        return;
    };
    let (mut start, shift) = shift_before(doc, named_at);
    if shift == Shift::Bare && start > 0 && doc.is(start - 1, Word::The) {
        start -= 1;
    }
    // "the summer solstice of 2014", "the vernal equinox 1991": a year stated after it.
    let (year, end) = match year_of_after(doc, i + 1) {
        Some((y, after)) => (YearRef::Absolute(y), after),
        None => (YearRef::Implied, i + 1),
    };
    out.push(Candidate::new(
        start,
        end,
        Expr::Holiday {
            holiday,
            shift,
            year,
        },
        "season-turn",
    ));
}

/// The equinox or solstice that begins `season` where the story is told, if `solstice`
/// agrees with it ("the summer equinox" names nothing).
fn turn_of(doc: &Doc, season: Season, solstice: bool) -> Option<Holiday> {
    let turn = first_day_of(doc, season)?;
    let is_solstice = matches!(turn, Holiday::JuneSolstice | Holiday::DecemberSolstice);
    (is_solstice == solstice).then_some(turn)
}

fn first_day_of(doc: &Doc, season: Season) -> Option<Holiday> {
    // The season whose months it covers in the north: a southern summer begins with the
    // December solstice.
    Some(match Hemisphere::of_dateline(doc).counterpart(season) {
        Season::Spring => Holiday::MarchEquinox,
        Season::Summer => Holiday::JuneSolstice,
        Season::Fall => Holiday::SeptemberEquinox,
        Season::Winter => Holiday::DecemberSolstice,
    })
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // The astronomical day, which moves from year to year.
    (
        "2001-03-20",
        "It's noon on the first day of spring, and here's what's happening.",
        "the first day of spring",
        "DATE 2001-03-20",
    ),
    (
        "2019-06-19",
        "Transit workers walked off the job at 4 a.m. on Friday, the first day of summer.",
        "the first day of summer",
        "DATE 2019-06-21",
    ),
    (
        "2012-12-18",
        "Tour operators expect record crowds at the ruins for the winter solstice.",
        "the winter solstice",
        "DATE 2012-12-21",
    ),
    (
        "1991-03-25",
        "Farmers said the snow melted soon after the vernal equinox.",
        "the vernal equinox",
        "DATE 1991-03-21",
    ),
    (
        "2025-09-10",
        "The museum will light its towers on the autumn equinox, as days grow shorter.",
        "the autumn equinox",
        "DATE 2025-09-22",
    ),
    (
        "2019-12-02",
        "Astronomers will hold a public talk on the December solstice.",
        "the December solstice",
        "DATE 2019-12-22",
    ),
    // South of the equator, summer begins in December.
    (
        "2012-12-18",
        "SYDNEY, Dec. 18 - Crowds are expected at Bondi for the summer solstice on Friday.",
        "the summer solstice",
        "DATE 2012-12-21",
    ),
    // A year stated after it is that year's.
    (
        "2013-03-18",
        "The observatory will open for the summer solstice of 2014.",
        "the summer solstice of 2014",
        "DATE 2014-06-21",
    ),
    // Told as past, the one before publication.
    (
        "2007-08-14",
        "Police said about 20,000 people gathered at the stones for the summer solstice.",
        "the summer solstice",
        "DATE 2007-06-21",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // A season and a turning point that do not go together name nothing.
    ("2012-12-18", "He wrote a poem called Summer Equinox."),
    (
        "1995-03-22",
        "The market was closed for the spring equinox holiday.",
    ),
];
