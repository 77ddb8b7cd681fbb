//! Financial periods: numbered quarters ("the third quarter", "third-quarter", "the 1988 third
//! quarter", "Q3 1998", "the fiscal first quarter", "next year's first quarter"), halves ("the
//! first half of 1990"), and the unnumbered quarters of earnings stories ("the quarter", "the
//! latest quarter", "the year-ago quarter", "the same period last year", "that quarter").
//!
//! "quarter" is also a fraction ("a quarter of the vote", "three quarters"); a quarter is a
//! period only with an ordinal or a determiner that picks one.

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, QuarterRef, YearRef};
use super::super::lexicon::{Lex, Unit, Word};
use super::amount::ordinal_at;
use super::calendar::{day_at, full_year, month_at, relative_year_after, year_at};

pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    match doc.lex(i) {
        // ("the final quarter of 1999", "the final three months of 1995": "final" is "last".)
        Lex::Ordinal(_) | Lex::Word(Word::Last | Word::Final) => {
            numbered(doc, i, out);
            months_of_year(doc, i, out);
        }
        Lex::Word(Word::Half) => {}
        Lex::Word(Word::Latter) => numbered(doc, i, out),
        Lex::Month(m) => named_by_month(doc, i, u32::from(m), out),
        Lex::Unit(Unit::Quarter) => unnumbered(doc, i, out),
        Lex::Word(Word::Period) => unnumbered(doc, i, out),
        _ => {}
    }
    // "Q3", "Q3 1998", "H1 2013", "FY14": the rule runs at the digit, the letters being
    // nothing on their own.
    // ("the H1N1 virus": letters glued after the digit make a name.)
    if doc.is_number(i)
        && i > 0
        && doc.glued(i)
        && doc.cap(i - 1)
        && !(doc.glued(i + 1) && doc.is_word(i + 1))
    {
        let letter = i - 1;
        let year = || match year_at(doc, i + 1) {
            Some((y, after)) => (YearRef::Absolute(y), after),
            None => (YearRef::Implied, i + 1),
        };
        match (doc.word(letter), doc.num(i)) {
            ("q", Some(quarter @ 1..=4)) => {
                let (year, end) = year();
                let expr = Expr::Quarter {
                    quarter,
                    year,
                    year_ago: false,
                };
                out.push(Candidate::new(letter, end, expr, "quarter"));
            }
            ("h", Some(half @ 1..=2)) => {
                let (year, end) = year();
                let expr = Expr::Half { half, year };
                out.push(Candidate::new(letter, end, expr, "half"));
            }
            ("fy", Some(_)) if doc.all_caps(letter) => {
                if let Some(y) = fiscal_year_digits(doc, i) {
                    out.push(Candidate::new(letter, i + 1, Expr::Year(y), "fiscal-year"));
                }
            }
            _ => {}
        }
    }
}

/// "the December quarter", "the June quarter": the quarter that ends with that month, as
/// companies whose fiscal quarters follow the calendar name them. A month that ends no
/// calendar quarter ("the November quarter") is left to the month rule.
fn named_by_month(doc: &Doc, i: usize, month: u32, out: &mut Vec<Candidate>) {
    if month % 3 != 0 || doc.unit(i + 1) != Some((Unit::Quarter, false)) {
        return;
    }
    let start = if i > 0 && doc.is(i - 1, Word::The) {
        i - 1
    } else {
        i
    };
    let expr = Expr::Quarter {
        quarter: month / 3,
        year: YearRef::Implied,
        year_ago: false,
    };
    out.push(Candidate::new(start, i + 2, expr, "month-quarter"));
}

/// The year written after "FY": four digits ("FY2014") or two ("FY14", "FY99").
fn fiscal_year_digits(doc: &Doc, i: usize) -> Option<i32> {
    let n = i32::try_from(doc.num(i)?).ok()?;
    match doc.digits(i) {
        4 if (1900..=2199).contains(&n) => Some(n),
        2 => Some(full_year(n)),
        _ => None,
    }
}

/// Determiners in front of a numbered period, with the year they imply: "the", "the 1988",
/// "this year's", "last year's", "fiscal", "the year-ago". Returns the new start, the year,
/// and whether it is a year before that ("the year-ago third quarter", for quarters only).
fn determiner_before(doc: &Doc, i: usize, quarter: bool) -> (usize, YearRef, bool) {
    let mut start = i;
    let mut year = YearRef::Implied;
    let mut year_ago = false;
    let mut fiscal = false;
    if start > 0 && doc.is(start - 1, Word::Fiscal) {
        start -= 1;
        fiscal = true;
    } else if start > 1 && doc.dash(start - 1) && doc.is(start - 2, Word::Fiscal) {
        // "the fiscal-first quarter"
        start -= 2;
        fiscal = true;
    }
    // "the 1988 third quarter"
    if start > 0 && doc.digits(start - 1) == 4 {
        if let Some((y, _)) = year_at(doc, start - 1) {
            year = YearRef::Absolute(y);
            start -= 1;
        }
    }
    // "the year-ago third quarter", "the year-earlier fourth quarter"
    if quarter
        && start >= 3
        && doc.dash(start - 2)
        && matches!(doc.lex(start - 1), Lex::Word(Word::Ago | Word::Earlier))
        && doc.unit(start - 3) == Some((Unit::Year, false))
    {
        start -= 3;
        year_ago = true;
    }
    // "this year's", "last year's", "next year's"
    if start >= 3 && doc.apostrophe_s(start - 2) && doc.unit(start - 3) == Some((Unit::Year, false))
    {
        let rel = match doc.lex(start - 4) {
            Lex::Word(Word::This) => Some(0),
            Lex::Word(Word::Last) => Some(-1),
            Lex::Word(Word::Next) => Some(1),
            _ => None,
        };
        if let Some(r) = rel {
            return (start - 4, YearRef::Relative(r), year_ago);
        }
    }
    if start > 0 && doc.is(start - 1, Word::Fiscal) {
        start -= 1;
        fiscal = true;
    }
    if start > 0 && (doc.is(start - 1, Word::The) || doc.word(start - 1) == "a") {
        start -= 1;
    }
    // "the fiscal fourth quarter, which ended Aug. 31": a company names its quarters by the
    // fiscal year, and news reports them in the year that bears the label, mostly the year
    // of publication (13 times of 15 in the annotated news); the calendar cannot say which
    // months they are.
    if fiscal && year == YearRef::Implied {
        year = YearRef::Relative(0);
    }
    (start, year, year_ago)
}

/// "the third quarter", "third-quarter", "the first half of 1990", "the first two quarters".
fn numbered(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // "the latter half of 1997": the second.
    let latter_half =
        || (doc.is(i, Word::Latter) && doc.is(i + 1, Word::Half)).then_some((2, i + 1));
    let Some((n, mut j)) = ordinal_at(doc, i).or_else(latter_half) else {
        return;
    };
    let hyphen = doc.hyphen(j);
    if hyphen {
        j += 1;
    }
    // "the first two quarters" = the first half.
    let mut count = 1;
    if let Lex::Cardinal(c @ (2 | 3)) = doc.lex(j) {
        if n == 1 && !hyphen {
            count = c;
            j += 1;
        }
    }
    let is_half = doc.is(j, Word::Half) && count == 1;
    let is_quarter = match doc.unit(j) {
        Some((Unit::Quarter, plural)) => plural == (count > 1),
        _ => false,
    };
    if !is_half && !is_quarter {
        return;
    }
    // "a quarter century", "the first quarter mile"
    if matches!(
        doc.word(j + 1),
        "century" | "mile" | "point" | "percent" | "inch" | "hour"
    ) {
        return;
    }
    let (mut start, mut year, year_ago) = determiner_before(doc, i, is_quarter);
    // "the third-quarter loss", "a fourth-quarter charge": an adjective; the article goes
    // with the noun.
    if hyphen && start < i && (doc.is(start, Word::The) || doc.word(start) == "a") {
        start += 1;
    }
    // "last quarter" without an article is relative ("last quarter's profit"); leave it to
    // the relative rule. A possessive is an article here ("its final quarter") though the
    // annotated news leaves it out of the expression.
    let possessive = i > 0 && matches!(doc.word(i - 1), "its" | "their");
    if n == u32::MAX && start == i && !possessive {
        return;
    }
    let mut end = j + 1;
    // "the first half-year", British business copy's name for the half.
    if is_half
        && doc.dash(end)
        && doc.glued(end)
        && doc.unit(end + 1) == Some((Unit::Year, false))
        && doc.glued(end + 1)
    {
        end += 2;
    }
    if let Some((y, after)) = super::calendar::year_of_after(doc, end) {
        year = YearRef::Absolute(y);
        end = after;
    } else if let (r @ (YearRef::Relative(_) | YearRef::Narrative(_)), after) =
        relative_year_after(doc, end)
    {
        // "the first quarter of last year", "the second half of next year", "the first half
        // of that year"
        year = r;
        end = after;
    } else if let Some(after) = of_the_year(doc, end) {
        // "the first half of the year", "the second half of the fiscal year": one
        // expression, read as "the first half" is.
        end = after;
    } else if doc.is(end, Word::Of) || doc.is(end, Word::Fiscal) {
        // ("the first half of calendar 1996": the calendar's, said against a fiscal one.)
        let k = if doc.is(end + 1, Word::Fiscal) || doc.word(end + 1) == "calendar" {
            end + 2
        } else {
            end + 1
        };
        if let (Some(y), true) = (year_at(doc, k), doc.is(end, Word::Of)) {
            year = YearRef::Absolute(y.0);
            end = y.1;
        }
    }
    if year == YearRef::Implied && !year_ago && in_a_game(doc, i) {
        return;
    }
    let expr = if is_half || count == 2 {
        let half = if n == u32::MAX { 2 } else { n.min(2) };
        Expr::Half { half, year }
    } else if count == 3 {
        return;
    } else {
        let quarter = if n == u32::MAX { 4 } else { n };
        if !(1..=4).contains(&quarter) {
            return;
        }
        Expr::Quarter {
            quarter,
            year,
            year_ago,
        }
    };
    let rule = if is_half || count > 1 {
        "half"
    } else {
        "quarter"
    };
    // "by the end of the third quarter": the part of the period is the expression's.
    match super::position::part_of_before(doc, start).filter(|_| doc.is(start, Word::The)) {
        Some((s, m)) => {
            let mut c = Candidate::new(s, end, expr, rule);
            c.modifier = Some(m);
            out.push(c);
        }
        None => out.push(Candidate::new(start, end, expr, rule)),
    }
}

/// The end of "of the year", "of the fiscal year" or "of its financial year" at `i`, when the
/// year is not itself qualified ("of the year before").
fn of_the_year(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.is(i, Word::Of) || !matches!(doc.word(i + 1), "the" | "its" | "their") {
        return None;
    }
    let k = if doc.is(i + 2, Word::Fiscal) || doc.word(i + 2) == "financial" {
        i + 3
    } else {
        i + 2
    };
    (doc.unit(k) == Some((Unit::Year, false))
        && !doc.is(k + 1, Word::Of)
        && !matches!(
            doc.lex(k + 1),
            Lex::Word(Word::Before | Word::After | Word::Earlier)
        ))
    .then_some(k + 1)
}

/// "scored 12 points in the third quarter", "equalised early in the second half": the
/// periods of a game, not of a year. A sentence that talks of scoring and not of money is
/// about a game.
fn in_a_game(doc: &Doc, i: usize) -> bool {
    let (first, last) = doc.sentence_tokens(i);
    let mut game = false;
    for k in first..last {
        match doc.word(k) {
            "scored" | "scoring" | "scores" | "points" | "goal" | "goals" | "touchdown"
            | "touchdowns" | "rebounds" | "assists" | "halftime" | "overtime" | "inning"
            | "innings" | "penalty" | "equaliser" | "equalizer" | "rallied" | "game" | "yards"
            | "quarterback" | "striker" | "wickets" | "all-star" => {
                game = true;
            }
            // A score: "beat Boston 102-98". (Not a phone number: "call 1-800-555-0199".)
            _ if doc.is_number(k)
                && doc.dash(k + 1)
                && doc.glued(k + 1)
                && doc.glued(k + 2)
                && doc.is_number(k + 2)
                && doc.digits(k) <= 3
                && doc.digits(k + 2) <= 3
                && !(doc.dash(k + 3) && doc.glued(k + 3))
                && !(k > 0 && doc.dash(k - 1) && doc.glued(k)) =>
            {
                game = true;
            }
            "profit" | "profits" | "revenue" | "revenues" | "earnings" | "sales" | "percent"
            | "billion" | "million" | "growth" | "economy" | "gdp" | "shares" | "fiscal"
            | "quarterly" | "income" | "results" | "forecast" | "analysts" => return false,
            _ if doc.punct(k, '$') || doc.punct(k, '%') => return false,
            _ => {}
        }
    }
    game
}

/// "ended June 30", "ending Sept. 30, 1989", "that ended Dec. 31" at `i`: the quarter that
/// date closes, if it is the last month of one, and the year if stated.
fn quarter_ended(doc: &Doc, i: usize) -> Option<(u32, YearRef)> {
    let i = if doc.word(i) == "that" { i + 1 } else { i };
    if !matches!(doc.word(i), "ended" | "ending" | "ends") {
        return None;
    }
    // "The quarter ends on Sept. 30"
    let i = if doc.word(i + 1) == "on" { i + 1 } else { i };
    let (month, after) = month_at(doc, i + 1)?;
    let (_, after) = day_at(doc, after)?;
    if month % 3 != 0 {
        return None;
    }
    let k = if doc.punct(after, ',') {
        after + 1
    } else {
        after
    };
    let year = year_at(doc, k).map_or(YearRef::Implied, |(y, _)| YearRef::Absolute(y));
    Some((month / 3, year))
}

/// "the first six months of 2011", "the last three months of 1998", "the first three months
/// of the year": a half or a quarter of a named year, written in months. Without the year
/// ("the first nine months") it is the amount annotated news writes, left to the duration
/// rule.
fn months_of_year(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let first = match doc.lex(i) {
        Lex::Ordinal(1) => true,
        Lex::Word(Word::Last | Word::Final) => false,
        _ => return,
    };
    let Lex::Cardinal(count @ (3 | 6)) = doc.lex(i + 1) else {
        return;
    };
    if doc.unit(i + 2) != Some((Unit::Month, true)) || !doc.is(i + 3, Word::Of) {
        return;
    }
    // "of 2011", "of last year", "of that year", or "of the year" (the year the story
    // reports on, as for "the first half of the year"; not a fiscal year, whose months are
    // not the calendar's).
    let (year, end) = if let Some((y, end)) = year_at(doc, i + 4) {
        (YearRef::Absolute(y), end)
    } else if let (r @ (YearRef::Relative(_) | YearRef::Narrative(_)), end) =
        relative_year_after(doc, i + 3)
    {
        (r, end)
    } else if doc.word(i + 4) == "the" && doc.unit(i + 5) == Some((Unit::Year, false)) {
        match of_the_year(doc, i + 3) {
            Some(end) => (YearRef::Implied, end),
            None => return,
        }
    } else {
        return;
    };
    let expr = match (count, first) {
        (6, true) => Expr::Half { half: 1, year },
        (6, false) => Expr::Half { half: 2, year },
        (_, true) => Expr::Quarter {
            quarter: 1,
            year,
            year_ago: false,
        },
        (_, false) => Expr::Quarter {
            quarter: 4,
            year,
            year_ago: false,
        },
    };
    let start = if i > 0 && doc.is(i - 1, Word::The) {
        i - 1
    } else {
        i
    };
    let rule = if count == 6 { "half" } else { "quarter" };
    out.push(Candidate::new(start, end, expr, rule));
}

/// "the quarter", "the latest quarter", "the year-ago quarter", "the same period last year",
/// "that quarter", "last year's quarter".
fn unnumbered(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if i == 0 {
        return;
    }
    let period = doc.is(i, Word::Period);
    // "a quarter of", "quarter-point", "the quarter century"
    if doc.is(i + 1, Word::Of) && !period || doc.dash(i + 1) && doc.glued(i + 1) {
        return;
    }
    if matches!(doc.word(i + 1), "century" | "mile" | "point" | "percent") {
        return;
    }
    let mut k = i;
    // Words between the article and the noun.
    let mut kind = None;
    let mut comparable = false;
    loop {
        if k == 0 {
            break;
        }
        match doc.lex(k - 1) {
            Lex::Word(Word::Latest | Word::Last | Word::Past) if kind.is_none() => {
                kind = Some(QuarterRef::Latest);
                k -= 1;
            }
            Lex::Word(Word::Recent) if k >= 2 && doc.is(k - 2, Word::Most) => {
                kind = Some(QuarterRef::Latest);
                k -= 2;
            }
            Lex::Word(Word::Same) => {
                comparable = true;
                k -= 1;
            }
            Lex::Word(Word::Fiscal) => k -= 1,
            Lex::Word(Word::Earlier | Word::Ago)
                if k >= 3 && doc.dash(k - 2) && doc.unit(k - 3) == Some((Unit::Year, false)) =>
            {
                kind = Some(QuarterRef::YearAgo);
                k -= 3;
            }
            _ if matches!(
                doc.word(k - 1),
                "comparable" | "corresponding" | "recent" | "reporting" | "year-ago"
            ) =>
            {
                comparable |= doc.word(k - 1) != "recent" && doc.word(k - 1) != "reporting";
                k -= 1;
            }
            _ => break,
        }
    }
    if k == 0 {
        return;
    }
    let (start, kind) = match doc.lex(k - 1) {
        Lex::Word(Word::The) => (k - 1, kind.unwrap_or(QuarterRef::Reported)),
        Lex::Word(Word::That) => (k - 1, QuarterRef::That),
        // "the 1988 quarter", "the 1989 period": the reporting period of that year.
        _ if k >= 2 && doc.digits(k - 1) == 4 && doc.is(k - 2, Word::The) => {
            let Some((y, _)) = year_at(doc, k - 1) else {
                return;
            };
            out.push(Candidate::new(
                k - 2,
                i + 1,
                Expr::QuarterRef {
                    kind: QuarterRef::Reported,
                    year: Some(y),
                },
                "quarter-ref",
            ));
            return;
        }
        // "last year's quarter"
        _ if k >= 4
            && doc.apostrophe_s(k - 2)
            && doc.unit(k - 3) == Some((Unit::Year, false))
            && doc.is(k - 4, Word::Last) =>
        {
            (k - 4, QuarterRef::YearAgo)
        }
        _ => return,
    };
    let mut end = i + 1;
    let mut kind = kind;
    // "up 31 percent from the same period of 1998": a period compared in a stated year is
    // named by that year, as the annotated news writes it (four of four in the development
    // sets).
    if period && comparable && matches!(doc.word(end), "of" | "in") {
        if let Some((y, after)) = super::calendar::year_at(doc, end + 1) {
            out.push(Candidate::new(
                start,
                after,
                Expr::Year(y),
                "same-period-of-year",
            ));
            return;
        }
    }
    // "the same period last year", "the corresponding period a year ago"
    if doc.is(end, Word::Last) && doc.unit(end + 1) == Some((Unit::Year, false)) {
        kind = QuarterRef::YearAgo;
        end += 2;
    } else if doc.is(end, Word::A)
        && doc.unit(end + 1) == Some((Unit::Year, false))
        && matches!(doc.lex(end + 2), Lex::Word(Word::Ago | Word::Earlier))
    {
        kind = QuarterRef::YearAgo;
        end += 3;
    } else if comparable && kind != QuarterRef::YearAgo {
        // "the same period" alone refers back to a period already named.
        kind = QuarterRef::That;
    }
    // "the quarter ended June 30": the calendar quarter that date closes, when it closes
    // one (a quarter ended July 31 is a fiscal calendar's, which the text does not give).
    if matches!(kind, QuarterRef::Latest | QuarterRef::Reported) {
        if let Some((quarter, year)) = quarter_ended(doc, end) {
            let expr = Expr::Quarter {
                quarter,
                year,
                year_ago: false,
            };
            out.push(Candidate::new(start, end, expr, "quarter-ended"));
            return;
        }
        // "The quarter ends on Friday": a quarter still running is the one under way.
        if matches!(doc.word(end), "ends" | "closes") {
            let expr = Expr::QuarterRef {
                kind: QuarterRef::Current,
                year: None,
            };
            out.push(Candidate::new(start, end, expr, "quarter-ref"));
            return;
        }
    }
    // A bare "the period" is too vague to place.
    if period && kind == QuarterRef::Reported && doc.is(i - 1, Word::The) {
        return;
    }
    // "a record backlog at the end of the quarter": the reported quarter, at one end.
    let (from, modifier) = super::position::position_before(doc, start);
    let mut c = Candidate::new(
        from,
        end,
        Expr::QuarterRef { kind, year: None },
        "quarter-ref",
    );
    c.modifier = modifier;
    out.push(c);
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    (
        "1989-04-26",
        "The company said orders had been strong since January but that it expected the second half to be somewhat slower.",
        "the second half",
        "DATE 1989-H2",
    ),
    // Weeks after a quarter ended, a report's "this quarter" is the quarter it reports on.
    (
        "1989-11-01",
        "The company posted a loss for the third quarter ended Sept. 30. This quarter's loss included a charge of $12 million.",
        "This quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-11-01",
        "The company posted a loss for the third quarter. It expects to return to profit this quarter.",
        "this quarter",
        "DATE 1989-Q4",
    ),
    // "is going to" looks ahead as "will" does.
    (
        "1988-12-30",
        "\"The first quarter is going to be all about inflation numbers,\" said the strategist.",
        "The first quarter",
        "DATE 1989-Q1",
    ),
    // A period compared in a stated year is named by that year.
    (
        "1999-05-12",
        "Exports rose to $4.1 billion in the first four months of 1999, up 31 percent from the same period of 1998.",
        "the same period of 1998",
        "DATE 1998",
    ),
    // What "it forecast" is of lies ahead.
    (
        "1989-07-20",
        "Pellam said Thursday its profit rose 31 percent, and it forecast further gains in the \
         fourth quarter.",
        "the fourth quarter",
        "DATE 1989-Q4",
    ),
    // A fiscal quarter is written by its label, whose calendar months may lie ahead of
    // publication; the period compared with, in the next sentence, is a year before it.
    (
        "1998-08-07",
        "Dunmore said Friday that net income in its fiscal fourth quarter, which ended June 30, \
         rose 18 percent. It earned $41.2 million, up from $34.9 million in the year-earlier \
         period.",
        "the year-earlier period",
        "DATE 1997-Q4",
    ),
    // "final" is "last": a quarter, or a quarter written in months, of a named year.
    (
        "1998-01-15",
        "Users will be asked not to install new systems in the final quarter of 1999.",
        "the final quarter of 1999",
        "DATE 1999-Q4",
    ),
    (
        "1996-04-01",
        "Claims rose to 2,400 in the first quarter, up from 2,200 in the final three months \
         of 1995.",
        "the final three months of 1995",
        "DATE 1995-Q4",
    ),
    // "the end of the quarter" is the reported quarter at one end, one expression.
    (
        "1995-04-20",
        "The order backlog stood at a record 2,300 buses at the end of the quarter.",
        "the end of the quarter",
        "DATE 1995-Q1 END",
    ),
    // A phone number is no score: the quarter of "call 1-800-555-0199" is a year's.
    (
        "1994-12-02",
        "Corvex expects to finish the swaps by the end of the first quarter; call 1-800-555-0199.",
        "the end of the first quarter",
        "DATE 1995-Q1 END",
    ),
    // Looking either way, the half about to begin.
    (
        "1989-03-10",
        "He expected sales to recover in the second half of the year.",
        "the second half of the year",
        "DATE 1989-H2",
    ),
    // "the end of" a quarter belongs to it.
    (
        "2016-07-15",
        "The service will launch by the end of the third quarter.",
        "the end of the third quarter",
        "DATE 2016-Q3 END",
    ),
    // Letters glued after the digit make a name, not a half.
    (
        "2009-10-15",
        "The H1N1 virus was first identified in April.",
        "H1",
        "NONE",
    ),
    // "the latter half" is the second.
    (
        "1999-03-10",
        "Sales rose in the latter half of 1997.",
        "the latter half of 1997",
        "DATE 1997-H2",
    ),
    // "could" looks either way; before the quarter about to begin it looks ahead, and a
    // quarter ended long ago stays behind.
    (
        "1999-03-10",
        "He said the deal could close early in the second quarter.",
        "the second quarter",
        "DATE 1999-Q2",
    ),
    (
        "1999-03-10",
        "He said sales could have been stronger in the third quarter.",
        "the third quarter",
        "DATE 1998-Q3",
    ),
    // Early in a year, figures for the fourth quarter are last year's, a word between too.
    (
        "2002-01-08",
        "Attention now turns to fourth-quarter growth figures due later this month.",
        "fourth-quarter",
        "DATE 2001-Q4",
    ),
    // The quarter compared with ("against ... in the March quarter") is not the one reported.
    (
        "1994-07-28",
        "Working profit fell 12 percent in the June quarter. The mine produced 4,910 kg of gold, against 5,380 kg in the March quarter. The gold price averaged 384 dollars an ounce in the quarter.",
        "the quarter",
        "DATE 1994-Q2",
    ),
    // So does "of the fiscal year".
    (
        "1991-03-01",
        "She expected orders to recover in the second half of the fiscal year.",
        "the second half of the fiscal year",
        "DATE 1991-H2",
    ),
    // "of the year" belongs to the half it names.
    (
        "2023-09-06",
        "More than 520 people died on the state's roads in the first half of the year.",
        "the first half of the year",
        "DATE 2023-H1",
    ),
    // Early in a year, last year's fourth quarter is the one just ended, and its results
    // the ones to come; a plan for the fourth quarter looks ahead to this year's.
    (
        "2004-01-20",
        "Orbis will report fourth-quarter results on Jan. 29.",
        "fourth-quarter",
        "DATE 2003-Q4",
    ),
    (
        "2007-01-16",
        "The jet will reach Europe in the fourth quarter.",
        "the fourth quarter",
        "DATE 2007-Q4",
    ),
    // The full year told in an earnings story is the reported quarter's year.
    (
        "1998-01-22",
        "Fourth-quarter profit rose 12 percent. For the full year, the company earned $190 million.",
        "the full year",
        "DATE 1997",
    ),
    // A forecast set off by commas is held now: the quarter ahead.
    (
        "2014-05-20",
        "The deal, expected to close in the fourth quarter, needs the approval of European regulators.",
        "the fourth quarter",
        "DATE 2014-Q4",
    ),
    // A half just begun has no results to report yet: the past tense means the last one.
    (
        "1996-01-23",
        "Sales in the first half rose 11 percent, the company said.",
        "the first half",
        "DATE 1995-H1",
    ),
    (
        "1996-01-23",
        "The company expects sales to improve in the first half.",
        "the first half",
        "DATE 1996-H1",
    ),
    (
        "2012-07-26",
        "The bank's pre-tax profit fell 11 per cent in the first half-year, it said on Thursday.",
        "the first half-year",
        "DATE 2012-H1",
    ),
    // A quarter that "ends" is the one under way.
    (
        "2023-03-29",
        "The quarter ends on Friday, and analysts expect weaker profits.",
        "The quarter",
        "DATE 2023-Q1",
    ),
    (
        "2008-09-16",
        "The quarter ends on Sept. 30, and earnings reports begin next month.",
        "The quarter",
        "DATE 2008-Q3",
    ),
    // Points in a sentence about money are a market's, and the quarter is the year's.
    (
        "2013-03-25",
        "The Dow gained 900 points in the fourth quarter, up 7 percent.",
        "the fourth quarter",
        "DATE 2012-Q4",
    ),
    // "the December quarter": the quarter that ends in December.
    (
        "2023-09-05",
        "Analysts expect shipments to peak in the December quarter.",
        "the December quarter",
        "DATE 2023-Q4",
    ),
    (
        "2023-08-04",
        "Revenue in the June quarter fell 1 percent.",
        "the June quarter",
        "DATE 2023-Q2",
    ),
    // The year-ago quarter is a year before the quarter the story last named, though a
    // day was named since.
    (
        "2001-10-24",
        "Hollis Corp. said it expected to earn 10 cents a share in the quarter ending Dec. 31, compared with 30 cents in the year-ago quarter.",
        "the year-ago quarter",
        "DATE 2000-Q4",
    ),
    (
        "2001-10-24",
        "Hollis Corp. said fourth-quarter profit would fall short of forecasts. It expects to earn 10 cents a share by Dec. 31, compared with 30 cents in the year-ago quarter.",
        "the year-ago quarter",
        "DATE 2000-Q4",
    ),
    // "the quarter" is the one reported, a fiscal one too; "the latest quarter" has ended.
    (
        "2001-09-20",
        "Pellam Inc. said net income in the fiscal fourth quarter, which ended Aug. 31, rose 9 percent. Sales for the quarter climbed 4 percent.",
        "the quarter",
        "DATE 2001-Q4",
    ),
    (
        "2001-11-02",
        "Analysts see no recovery in fourth-quarter sales. In the latest quarter, Dorne Corp. lost $4 million.",
        "the latest quarter",
        "DATE 2001-Q3",
    ),
    // "the 2000 period" is the comparison; "the quarter" after it is still the one reported.
    (
        "2001-11-02",
        "Dorne earned $3 million in the third quarter, against $5 million in the 2000 period. Sales for the quarter fell 2 percent.",
        "the quarter",
        "DATE 2001-Q3",
    ),
    // A comparison is with the quarter reported, not with one an outlook names.
    (
        "1989-10-26",
        "Analysts expect losses through the third quarter of 1990. Acme earned $4 million. In the year-ago period, it earned $9 million.",
        "the year-ago period",
        "DATE 1988-Q3",
    ),
    (
        "1989-10-26",
        "Acme expects a profit in the first quarter of 1990, up from a loss a year earlier.",
        "a year earlier",
        "DATE 1989-Q1",
    ),
    (
        "2013-03-27",
        "Revenue fell in Q4 2012, and H1 2013 looks weak.",
        "H1 2013",
        "DATE 2013-H1",
    ),
    (
        "2013-03-27",
        "The firm's FY14 outlook is cautious.",
        "FY14",
        "DATE 2014",
    ),
    (
        "2013-03-27",
        "Margins improved in FY2012.",
        "FY2012",
        "DATE 2012",
    ),
    (
        "2013-03-27",
        "The launch was delayed to the second half of next year.",
        "the second half of next year",
        "DATE 2014-H2",
    ),
    (
        "2013-03-27",
        "The plant opened in the first quarter of last year.",
        "the first quarter of last year",
        "DATE 2012-Q1",
    ),
    // A possessive stays outside the expression.
    (
        "2013-08-02",
        "Apple said its third-quarter profit beat forecasts.",
        "third-quarter",
        "DATE 2013-Q3",
    ),
    (
        "1989-10-26",
        "Savin reported a third-quarter net loss of $35.2 million.",
        "third-quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "In the year-earlier third quarter, the bank earned $3 million.",
        "the year-earlier third quarter",
        "DATE 1988-Q3",
    ),
    // The year before the quarter just reported, not the year before publication.
    (
        "1990-01-18",
        "Net rose from the year-ago fourth quarter.",
        "the year-ago fourth quarter",
        "DATE 1988-Q4",
    ),
    (
        "2012-08-01",
        "Profit was $268 million in the first six months of 2011.",
        "the first six months of 2011",
        "DATE 2011-H1",
    ),
    (
        "2012-08-01",
        "Sales jumped in the last three months of 2011.",
        "the last three months of 2011",
        "DATE 2011-Q4",
    ),
    // Beside a day long gone, a quarter is the last such quarter begun by that day.
    (
        "2006-06-09",
        "The company announced the acquisition on July 28, 2003, along with its second-quarter results.",
        "second-quarter",
        "DATE 2003-Q2",
    ),
    // A "period" compared a year back is the period its sentence named: a half, a year.
    (
        "1998-08-13",
        "The company reported a net loss for the first half of 1997, compared with a profit in the year-earlier period.",
        "the year-earlier period",
        "DATE 1996-H1",
    ),
    (
        "2009-08-17",
        "The shootings bring the number of victims so far this year to 187, compared with 142 in the same period last year.",
        "the same period last year",
        "DATE 2008",
    ),
    // "of the year" is the year the story reports on, as in "the first half of the year";
    // a fiscal year's months are not the calendar's, and stay an amount.
    (
        "1996-05-02",
        "Capital spending in the first three months of the year rose 30 percent.",
        "the first three months of the year",
        "DATE 1996-Q1",
    ),
    (
        "1990-02-14",
        "Exports fell in the first six months of last year and recovered in the second half.",
        "the first six months of last year",
        "DATE 1989-H1",
    ),
    (
        "1996-05-02",
        "Capital spending in the first three months of the fiscal year rose 30 percent.",
        "the first three months",
        "DURATION P3M",
    ),
    // "the previous quarter" steps from the quarter reported, not from a day told since.
    (
        "2020-02-17",
        "The economy shrank in the October-December quarter. Revised data is due on March 9. Consumption fell 2.9 percent from the previous quarter.",
        "the previous quarter",
        "DATE 2019-Q3",
    ),
    // The quarter a stated end closes, when it closes a calendar quarter.
    (
        "2023-10-11",
        "Netflix added 2.4 million subscribers in the quarter ended June 30.",
        "the quarter",
        "DATE 2023-Q2",
    ),
    (
        "1989-10-26",
        "Third-quarter profit rose 5%.",
        "Third-quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "Net income fell in the third quarter.",
        "the third quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "Sales in the fourth quarter should improve.",
        "the fourth quarter",
        "DATE 1989-Q4",
    ),
    (
        "1998-02-06",
        "The fourth quarter was weak.",
        "The fourth quarter",
        "DATE 1997-Q4",
    ),
    (
        "1989-10-26",
        "Results for the third quarter of 1988 were restated.",
        "the third quarter of 1988",
        "DATE 1988-Q3",
    ),
    (
        "1989-11-02",
        "Profit in the 1988 second quarter was higher.",
        "the 1988 second quarter",
        "DATE 1988-Q2",
    ),
    (
        "1989-10-31",
        "Shipments resume in next year's first quarter.",
        "next year's first quarter",
        "DATE 1990-Q1",
    ),
    (
        "1989-10-26",
        "This year's third quarter was strong.",
        "This year's third quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "Profit rose in the fiscal first quarter.",
        "the fiscal first quarter",
        "DATE 1989-Q1",
    ),
    // A fiscal quarter bears the label of the year of publication, whatever months it spans.
    (
        "1988-09-22",
        "Net income in the fiscal fourth quarter, which ended Aug. 31, rose 18 percent.",
        "the fiscal fourth quarter",
        "DATE 1988-Q4",
    ),
    (
        "1989-10-26",
        "Revenue jumped 8% in the quarter.",
        "the quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "Net fell in the latest quarter.",
        "the latest quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "Earnings topped the year-ago quarter.",
        "the year-ago quarter",
        "DATE 1988-Q3",
    ),
    (
        "1989-10-26",
        "Sales beat the year-earlier period.",
        "the year-earlier period",
        "DATE 1988-Q3",
    ),
    (
        "1989-10-26",
        "Orders will rise in the current quarter.",
        "the current quarter",
        "DATE 1989-Q4",
    ),
    (
        "1989-10-26",
        "Sales matched the same period last year.",
        "the same period last year",
        "DATE 1988-Q3",
    ),
    (
        "1989-10-26",
        "Debt rose in the first half.",
        "the first half",
        "DATE 1989-H1",
    ),
    (
        "1989-10-26",
        "Output fell in the first half of 1990.",
        "the first half of 1990",
        "DATE 1990-H1",
    ),
    (
        "1989-10-26",
        "The budget spans the first two quarters of 1991.",
        "the first two quarters of 1991",
        "DATE 1991-H1",
    ),
    (
        "1989-10-26",
        "Sales slowed in the last half of 1989.",
        "the last half of 1989",
        "DATE 1989-H2",
    ),
    (
        "2018-08-08",
        "Revenue grew in Q2 2018.",
        "Q2 2018",
        "DATE 2018-Q2",
    ),
    (
        "1989-10-26",
        "Third-quarter net rose. The quarter was strong.",
        "The quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "Its fourth quarter ends in January.",
        "fourth quarter",
        "DATE 1989-Q4",
    ),
    (
        "1989-10-26",
        "Profit fell in the second quarter of fiscal 1990.",
        "the second quarter of fiscal 1990",
        "DATE 1990-Q2",
    ),
    // "of calendar 1996": the calendar year, said against a fiscal one.
    (
        "1995-11-10",
        "The drugmaker expects approval in the first half of calendar 1996.",
        "the first half of calendar 1996",
        "DATE 1996-H1",
    ),
    (
        "2018-08-08",
        "Growth picked up in the second quarter.",
        "the second quarter",
        "DATE 2018-Q2",
    ),
    (
        "2018-08-08",
        "The merger should close in the first quarter.",
        "the first quarter",
        "DATE 2019-Q1",
    ),
    (
        "1989-10-26",
        "The retailer expects to post third-quarter earnings of $5 million.",
        "third-quarter",
        "DATE 1989-Q3",
    ),
    (
        "1989-10-26",
        "It lost money in the quarter ended Sept. 30.",
        "the quarter",
        "DATE 1989-Q3",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    ("2018-08-08", "A quarter of voters were undecided."),
    ("2018-08-08", "Three quarters of the town flooded."),
    ("2018-08-08", "He lives in the French Quarter."),
    ("2018-08-08", "Rates rose a quarter point."),
    ("2018-08-08", "The team led at the half."),
    // The periods of a game.
    (
        "2018-08-08",
        "Bryant scored 12 points in the third quarter.",
    ),
    (
        "1992-10-12",
        "His backup, freshman Terry Vance, threw for 212 yards in the second half against Ridgeway.",
    ),
    (
        "2018-08-08",
        "The Lakers rallied in the fourth quarter to beat Boston 102-98.",
    ),
    (
        "2018-08-08",
        "Rooney equalised early in the second half with a penalty.",
    ),
];
