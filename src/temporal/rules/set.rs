//! Recurrences: "every Monday", "each July", "daily", "annually", "twice a year", "per day",
//! "every other week". TimeML calls them SET; they are recognised, never placed.

use super::super::doc::Doc;
use super::super::expr::{Amount, Candidate, Expr, TimeOfDay};
use super::super::lexicon::{Lex, PartOfDay, Unit, Word};
use super::amount::{amount_ending_at, fills_every};

#[inline]
pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    match doc.lex(i) {
        Lex::Word(Word::Every | Word::Each) => every(doc, i, out),
        Lex::Word(
            w @ (Word::Daily
            | Word::Weekly
            | Word::Fortnightly
            | Word::Monthly
            | Word::Yearly
            | Word::Annually
            | Word::Hourly
            | Word::Quarterly
            | Word::Nightly),
        ) => {
            // "the Daily Mail", "Weekly Standard", "the party daily Granma": names.
            if (doc.cap(i) && !doc.sentence_start(i)) || doc.cap(i + 1) {
                return;
            }
            // "on a daily basis" is a recurrence however it is phrased.
            if doc.word(i + 1) == "basis" {
                out.push(adverb(w, i, i + 1));
                return;
            }
            // An adjective before a noun describes a thing; the adverb ("paid quarterly",
            // "held daily") says how often something happens.
            // "daily flights", "a weekly newsletter", "daily briefings": a thing that recurs
            // within the month is itself a recurrence, as AQUAINT (11 of 13) and the news
            // writers tag it (TimeBank: 2 of 8); "a quarterly dividend", "its annual meeting"
            // describe a thing, as TimeBank has it (1 of 17). A statistic ("average daily
            // volume") recurs nowhere.
            // Nor does a change measured over one ("the steepest monthly increase", "the third
            // straight weekly decline"): the figure is month on month, not a thing each month.
            let measured_change = matches!(
                doc.word(i + 1),
                "increase"
                    | "increases"
                    | "decline"
                    | "declines"
                    | "rise"
                    | "rises"
                    | "fall"
                    | "falls"
                    | "gain"
                    | "gains"
                    | "drop"
                    | "drops"
                    | "loss"
                    | "losses"
                    | "jump"
                    | "change"
            );
            let within_month = matches!(
                w,
                Word::Daily | Word::Weekly | Word::Monthly | Word::Nightly | Word::Hourly
            ) && !measured_change
                && !(i > 0 && matches!(doc.word(i - 1), "average" | "avg" | "mean" | "median"));
            // ("annually" is an adverb only: "who measure the ice annually have found".)
            if attributive(doc, i) && !within_month && w != Word::Annually {
                return;
            }
            out.push(adverb(w, frequency_before(doc, i), i + 1));
        }
        Lex::Word(Word::A | Word::An | Word::Per) => per_unit(doc, i, out),
        // "cut weekend train service", "bring back weekend trains": what runs every weekend,
        // as "Sunday services" runs every Sunday. Not after a determiner or a count ("the
        // weekend trains were full").
        Lex::Unit(Unit::Weekend)
            if !doc.cap(i)
                && (super::weekday::runs_on_that_day(doc, i + 1)
                    || (matches!(doc.word(i + 1), "train" | "bus" | "ferry" | "rail")
                        && super::weekday::runs_on_that_day(doc, i + 2)))
                && !(i > 0
                    && (doc.is_number(i - 1)
                        || matches!(
                            doc.word(i - 1),
                            "the"
                                | "a"
                                | "an"
                                | "this"
                                | "that"
                                | "last"
                                | "next"
                                | "its"
                                | "their"
                                | "holiday"
                                | "long"
                        ))) =>
        {
            out.push(Candidate::new(
                i,
                i + 1,
                Expr::Set("XXXX-WXX-WE"),
                "weekends",
            ));
        }
        // "open on weekends", "during weekends": every weekend, as "on Mondays" is every
        // Monday. A count or a determiner before it ("the past two weekends", "holiday
        // weekends") makes it something else.
        // So do "including weekends", "except weekends", "evenings and weekends".
        Lex::Units(Unit::Weekend)
            if i > 0
                && matches!(
                    doc.word(i - 1),
                    "on" | "during" | "at" | "including" | "excluding" | "except" | "and" | "or"
                ) =>
        {
            out.push(Candidate::new(
                i,
                i + 1,
                Expr::Set("XXXX-WXX-WE"),
                "weekends",
            ));
        }
        _ => {}
    }
}

/// The recurrence an adverb of frequency names. "nightly" is every day at night, as "every
/// night" is; a clock time before either ("10 p.m. nightly") is joined by the refiner.
fn adverb(w: Word, start: usize, end: usize) -> Candidate {
    match w {
        Word::Daily => Candidate::new(start, end, Expr::SetDaily, "set-adverb"),
        Word::Nightly => {
            let mut c = Candidate::new(start, end, Expr::SetDaily, "set-adverb");
            c.time = Some(TimeOfDay::Part(PartOfDay::Night));
            c
        }
        _ => Candidate::new(start, end, Expr::Set(value_of(w)), "set-adverb"),
    }
}

fn value_of(w: Word) -> &'static str {
    match w {
        Word::Weekly => "P1W",
        Word::Fortnightly => "P2W",
        Word::Monthly => "P1M",
        Word::Hourly => "PT1H",
        // As annotated news writes it (TimeBank and the project's sets: P3M, never P1Q).
        Word::Quarterly => "P3M",
        _ => "P1Y",
    }
}

/// The word at `i` describes the noun after it.
fn attributive(doc: &Doc, i: usize) -> bool {
    doc.is_word(i + 1)
        && !doc.cap(i + 1)
        && doc.lex(i + 1) == Lex::None
        && !matches!(
            doc.word(i + 1),
            "to" | "for"
                | "from"
                | "with"
                | "by"
                | "and"
                | "or"
                | "but"
                | "as"
                | "than"
                | "since"
                | "until"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "if"
                | "when"
                | "while"
                | "because"
                | "so"
                | "in"
                | "at"
                | "on"
                | "outside"
                | "inside"
                | "across"
                | "around"
                | "during"
                | "after"
                | "before"
                | "over"
                | "through"
                | "near"
                | "along"
                | "into"
                | "onto"
                | "throughout"
                | "there"
                | "here"
                | "again"
                | "too"
                | "now"
        )
}

fn unit_value(unit: Unit) -> Option<&'static str> {
    Some(match unit {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day | Unit::Night => "P1D",
        Unit::Week => "P1W",
        // A recurrence of weekends is every weekend, as "on weekends" is.
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Fortnight => "P2W",
        Unit::Month => "P1M",
        Unit::Quarter => "P1Q",
        Unit::Year => "P1Y",
        Unit::Decade => "P10Y",
        _ => return None,
    })
}

/// "every day", "each Thursday", "each July", "every other week", "every summer".
fn every(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // "once every seven years", "twice every day": the frequency is part of the set.
    let start = frequency_before(doc, i);
    // "every 30 minutes", "every four years"
    // ("every few weeks", "every several months": an unstated count, `PXW`.)
    if let Some((amount @ (Amount::Count(2..) | Amount::Some), k)) =
        super::amount::amount_at(doc, i + 1)
    {
        if let Some((unit, true)) = doc.unit(k) {
            out.push(Candidate::new(
                start,
                k + 1,
                Expr::SetEvery { amount, unit },
                "every",
            ));
        }
        return;
    }
    // "every third day", "every second year": that many apart, as "every three days".
    if let Lex::Ordinal(n @ 2..=12) = doc.lex(i + 1) {
        if let Some((unit, false)) = doc.unit(i + 2) {
            out.push(Candidate::new(
                start,
                i + 3,
                Expr::SetEvery {
                    amount: Amount::Count(n),
                    unit,
                },
                "every",
            ));
            return;
        }
    }
    // "every half hour", "every half-hour": thirty minutes apart.
    if doc.word(i + 1) == "half" {
        let k = if doc.dash(i + 2) && doc.glued(i + 2) {
            i + 3
        } else {
            i + 2
        };
        if doc.unit(k) == Some((Unit::Hour, false)) {
            out.push(Candidate::new(start, k + 1, Expr::Set("PT30M"), "every"));
        }
        return;
    }
    let mut j = i + 1;
    let other = doc.is(j, Word::Other);
    if other {
        j += 1;
    }
    let expr = match doc.lex(j) {
        Lex::Unit(u) => match (u, other) {
            (Unit::Day, true) => Expr::Set("P2D"),
            (Unit::Week, true) => Expr::Set("P2W"),
            (Unit::Month, true) => Expr::Set("P2M"),
            (Unit::Year, true) => Expr::Set("P2Y"),
            (u, false) => match unit_value(u) {
                Some(v) => Expr::Set(v),
                None => return,
            },
            _ => return,
        },
        // "every other Sunday" is still a Sunday recurrence; TimeML's value has no room for
        // the gap.
        Lex::Weekday(wd) => {
            let pod = super::weekday::part_of_day(doc, j + 1);
            let end = if pod.is_some() { j + 2 } else { j + 1 };
            out.push(Candidate::new(
                start,
                end,
                Expr::SetWeekday(wd, pod),
                "every",
            ));
            return;
        }
        // "every April 30" is a day of every year, the calendar rule's and its refiner's.
        Lex::Month(_) if super::calendar::day_at(doc, j + 1).is_some() => return,
        Lex::Month(m) if !other && doc.cap(j) => Expr::SetMonth(u32::from(m)),
        Lex::Season(s) if !other => Expr::Set(match s {
            super::super::value::Season::Spring => "XXXX-SP",
            super::super::value::Season::Summer => "XXXX-SU",
            super::super::value::Season::Fall => "XXXX-FA",
            super::super::value::Season::Winter => "XXXX-WI",
        }),
        // "every night", "every morning": daily, at that part of the day, as "nightly" is.
        Lex::PartOfDay(p) if !other => {
            let mut c = Candidate::new(start, j + 1, Expr::SetDaily, "every");
            c.time = Some(TimeOfDay::Part(p));
            out.push(c);
            return;
        }
        _ => return,
    };
    out.push(Candidate::new(start, j + 1, expr, "every"));
}

/// Whether the "a" at `i` starts a rate: after a count, an amount of money or a plural noun
/// ("twice a year", "$5 million a year", "hundreds of interviews a day").
pub(crate) fn rate_context(doc: &Doc, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = doc.word(i - 1);
    // "The discovery comes a month after": a verb in -s is no plural noun.
    let plural_noun = !doc.cap(i - 1) && doc.plural_noun_like(i - 1) && doc.tense_class(i - 1) == 0;
    // "giving businesses a year to comply": a span of time granted, not a rate; but "meets
    // twice a month to review" counts.
    let counted = matches!(prev, "twice" | "once" | "times");
    // "pays a hauler $2.1 million a year to carry its trash": money before makes a rate,
    // whatever follows; "adds 38 pounds a year to a bill": "to" before a noun is no
    // infinitive.
    let money = doc.is_number(i - 1)
        || matches!(
            prev,
            "million" | "billion" | "thousand" | "hundred" | "trillion"
        );
    let granted = !counted
        && !money
        && doc.unit(i + 1).is_some()
        && doc.word(i + 2) == "to"
        && !matches!(
            doc.word(i + 3),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        );
    if granted {
        return false;
    }
    doc.is_number(i - 1)
        || plural_noun
        || matches!(
            prev,
            "twice" | "once" | "times" | "million" | "billion" | "thousand" | "percent" | "hundred"
        )
        || counted_before(doc, i)
}

/// Whether a count of things stands right before the "a" at `i`: "3,000 Americans a day",
/// "one pill a day", "1.2 million barrels of fuel a day" (a noun, or a noun "of" a noun,
/// after the number). Not when the unit starts a relation ("sold 5 million copies a week
/// after launch") or a phrase of its own ("gave 50 workers a day off").
fn counted_before(doc: &Doc, i: usize) -> bool {
    if dates_a_count(doc, i)
        || matches!(
            doc.word(i + 2),
            "after" | "before" | "off" | "from" | "of" | "or"
        )
    {
        return false;
    }
    let count = |k: usize| {
        doc.is_number(k)
            || matches!(doc.lex(k), Lex::Cardinal(_))
            || matches!(doc.word(k), "million" | "billion" | "thousand" | "hundred")
    };
    let noun = |k: usize| doc.is_word(k) && doc.lex(k) == Lex::None;
    (i >= 2 && noun(i - 1) && count(i - 2))
        || (i >= 4 && noun(i - 1) && doc.word(i - 2) == "of" && noun(i - 3) && count(i - 4))
}

/// Whether the "a" at `i` and its unit say when ("52 days a year earlier", "a week ago")
/// rather than the period of a rate. ("three days a week after school" stays a rate: only
/// the words that need the unit before them count.)
pub(super) fn dates_a_count(doc: &Doc, i: usize) -> bool {
    matches!(doc.word(i + 2), "ago" | "later" | "earlier")
}

/// "twice a year", "$5 a day", "per year": a rate, after a count or an amount of money.
fn per_unit(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // "a once-a-day version", "twice-a-week classes": the rate written as one hyphenated
    // word, with its frequency glued before.
    if doc.is(i, Word::A) && doc.hyphen(i + 1) {
        let start = frequency_before(doc, i);
        if let (Some((unit, false)), true) = (doc.unit(i + 2), start < i) {
            if let Some(value) = unit_value(unit) {
                out.push(Candidate::new(start, i + 3, Expr::Set(value), "per-unit"));
            }
        }
        return;
    }
    let Some((unit, false)) = doc.unit(i + 1) else {
        return;
    };
    let Some(value) = unit_value(unit) else {
        return;
    };
    // "120 miles per hour", "50 kilometers an hour": a speed, not a recurrence. (Also with
    // another unit's figure in parentheses between: "175 km (110 miles) per hour".)
    let unit_at = if i > 1 && doc.punct(i - 1, ')') {
        i - 2
    } else {
        i.saturating_sub(1)
    };
    if i > 0
        && matches!(
            doc.word(unit_at),
            "miles"
                | "mile"
                | "kilometers"
                | "kilometres"
                | "km"
                | "feet"
                | "meters"
                | "metres"
                | "knots"
                | "gallons"
                | "liters"
                | "litres"
                | "inches"
                | "centimeters"
        )
    {
        return;
    }
    if doc.is(i, Word::A) || doc.is(i, Word::An) {
        if i == 0 {
            return;
        }
        // "three days a week": a count of days in each period is its frequency, part of the
        // expression as "three times a week" is. Hours and minutes are an amount of time
        // spent each time ("walk for 30 minutes a day"): a duration of their own, then the
        // recurrence.
        if let Some((smaller, true)) = doc.unit(i - 1) {
            // ("compared with 52 days a year earlier": a count of days, then when.)
            if smaller >= unit || dates_a_count(doc, i) {
                return;
            }
            let count = amount_ending_at(doc, i - 1);
            if smaller < Unit::Day {
                // "24 hours a day": the duration rule's idiom for "all the time".
                if !count.is_some_and(|(_, amount)| fills_every(amount, smaller, unit)) {
                    out.push(Candidate::new(i, i + 2, Expr::Set(value), "per-unit"));
                }
            } else if let Some((start, Amount::Count(_))) = count {
                out.push(Candidate::new(start, i + 2, Expr::Set(value), "per-unit"));
            }
            return;
        }
        // "three afternoons a week", "two mornings a month": parts of the day counted in each
        // period, as "three days a week" counts days.
        if matches!(doc.lex(i - 1), Lex::PartOfDay(_)) && doc.raw(i - 1).ends_with('s') {
            if let Some((start, Amount::Count(_))) = amount_ending_at(doc, i - 1) {
                if unit > Unit::Day {
                    out.push(Candidate::new(start, i + 2, Expr::Set(value), "per-unit"));
                }
            }
            return;
        }
        if !rate_context(doc, i) {
            return;
        }
        // "twice a year ago" is not a rate. ("$180,000 a day earlier this month" is: "earlier"
        // opens an expression of its own.)
        match doc.lex(i + 2) {
            Lex::Word(Word::Ago) => return,
            Lex::Word(Word::Earlier | Word::Later)
                if !super::position::opens_after_earlier(doc, i + 3) =>
            {
                return;
            }
            _ => {}
        }
    }
    out.push(Candidate::new(
        frequency_before(doc, i),
        i + 2,
        Expr::Set(value),
        "per-unit",
    ));
}

/// Where a recurrence at `i` starts once the frequency before it is counted in: "twice a
/// year", "once a week", "three times a day", "twice daily" (TimeML's `freq`, part of the
/// expression).
fn frequency_before(doc: &Doc, i: usize) -> usize {
    if i == 0 {
        return i;
    }
    // "its twice-daily flights"
    if i >= 2
        && doc.dash(i - 1)
        && doc.glued(i - 1)
        && doc.glued(i)
        && matches!(doc.word(i - 2), "twice" | "once")
    {
        return i - 2;
    }
    match doc.word(i - 1) {
        "twice" | "once" => i - 1,
        "times"
            if i >= 2 && (doc.is_number(i - 2) || matches!(doc.lex(i - 2), Lex::Cardinal(_))) =>
        {
            i - 2
        }
        _ => i,
    }
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // A hedge after a set of "every" is not the amount's: the set ends at its unit.
    (
        "1995-03-01",
        "Investors need to rebalance every six months or so, a planner said.",
        "every six months",
        "SET P6M",
    ),
    // A set opened by "every" after a comma is no list's last day: its time is its own.
    (
        "1988-09-12",
        "He holds breakfast meetings with plant managers, every Thursday at 6:30 a.m.",
        "every Thursday at 6:30 a.m.",
        "SET XXXX-WXX-4T06:30",
    ),
    // An ordinal gap is a count apart: "every third day" is every three days.
    (
        "1999-02-10",
        "Firefighters work 24-hour shifts, reporting every third day.",
        "every third day",
        "SET P3D",
    ),
    // A rate stays a rate before "earlier this month", which is an expression of its own.
    (
        "2007-11-27",
        "Rates, which reached $180,000 a day earlier this month, slipped to $160,000.",
        "a day",
        "SET P1D",
    ),
    // "every" before a month and its day is a day of every year.
    // "an hour" is a rate as "a day" is; a speed is not.
    // Parts of the day counted in each period are a recurrence, as days are.
    (
        "2003-04-21",
        "She says she will keep working three mornings a week for as long as they let her.",
        "three mornings a week",
        "SET P1W",
    ),
    (
        "2000-05-01",
        "She cleaned office towers at night for $3.35 an hour.",
        "an hour",
        "SET PT1H",
    ),
    (
        "2000-05-01",
        "Shuttles leave twice an hour from the main gate.",
        "twice an hour",
        "SET PT1H",
    ),
    (
        "2000-04-30",
        "Every April 30, the government stages a parade.",
        "Every April 30",
        "SET XXXX-04-30",
    ),
    // "every few weeks": a recurrence with an unstated gap.
    (
        "2016-07-15",
        "We had to cancel shows every few weeks.",
        "every few weeks",
        "SET PXW",
    ),
    // A change measured month on month is no recurrence.
    (
        "1989-03-10",
        "Consumer prices rose 16.5 pct in January, the steepest monthly increase in nearly two years.",
        "monthly",
        "NONE",
    ),
    (
        "1989-03-10",
        "The ministry publishes monthly trade figures.",
        "monthly",
        "SET P1M",
    ),
    (
        "2024-12-20",
        "The airline will drop its twice-daily flights to Newark after Jan. 6.",
        "twice-daily",
        "SET P1D",
    ),
    // So is a rate written as one hyphenated word.
    (
        "1989-06-14",
        "The drugmaker will seek approval for a once-a-day version of the pill.",
        "once-a-day",
        "SET P1D",
    ),
    (
        "2016-01-05",
        "The gym added twice-a-week classes for older members.",
        "twice-a-week",
        "SET P1W",
    ),
    (
        "2023-02-14",
        "Volunteers who measure the ice annually have found open water in January.",
        "annually",
        "SET P1Y",
    ),
    // A thing that recurs within the month is a recurrence; a statistic is not.
    (
        "2000-01-10",
        "Harbor Air will drop its daily nonstop flights between Portland and Boise.",
        "daily",
        "SET P1D",
    ),
    (
        "2000-01-10",
        "In his weekly radio address, the president spoke about the budget.",
        "weekly",
        "SET P1W",
    ),
    (
        "1989-10-27",
        "The trade was less than 5% of the exchange's average daily volume of 133 million shares.",
        "daily",
        "NONE",
    ),
    // A weekday naming a kind of service is a recurrence ("the Sunday service drew 300" may
    // be one day's, and is left a date).
    (
        "1991-09-18",
        "British Rail is to cut Sunday services on the line between Norwich and Ely.",
        "Sunday",
        "SET XXXX-WXX-7",
    ),
    (
        "1999-08-16",
        "The airline will add Saturday service to Duluth.",
        "Saturday",
        "SET XXXX-WXX-6",
    ),
    (
        "2020-10-28",
        "The board voted Tuesday to cut weekend train service and end late-night buses.",
        "weekend",
        "SET XXXX-WXX-WE",
    ),
    (
        "2025-02-12",
        "Tri-Valley Rail will bring back weekend trains on March 8.",
        "weekend",
        "SET XXXX-WXX-WE",
    ),
    // A clock time before or after a recurring weekday is the recurrence's time.
    (
        "2022-10-15",
        "He has had his players lifting weights at 6 a.m. every Monday since August.",
        "6 a.m. every Monday",
        "SET XXXX-WXX-1T06:00",
    ),
    (
        "2021-03-09",
        "New appointments are released every Thursday at noon.",
        "every Thursday at noon",
        "SET XXXX-WXX-4T12:00",
    ),
    (
        "2021-03-09",
        "Mass is said each Sunday at 10 a.m. in the chapel.",
        "each Sunday at 10 a.m.",
        "SET XXXX-WXX-7T10:00",
    ),
    // Weekdays listed after a recurring one recur too.
    // A list after a recurring weekday recurs too, and a clock time after the list is the
    // whole list's, on no one day.
    (
        "2020-04-01",
        "The CDC will update case counts every Monday, Wednesday and Friday at noon.",
        "Wednesday",
        "SET XXXX-WXX-3",
    ),
    (
        "2020-04-01",
        "The CDC will update case counts every Monday, Wednesday and Friday at noon.",
        "noon",
        "TIME XXXX-XX-XXT12:00",
    ),
    (
        "1988-03-09",
        "Curbside pickup will stay on its schedule, every Monday and Thursday.",
        "Thursday",
        "SET XXXX-WXX-4",
    ),
    (
        "2024-08-05",
        "Teams must give players a 10-minute rest every half hour.",
        "every half hour",
        "SET PT30M",
    ),
    // Money before "a year" makes a rate, even with a purpose after it; "a year to comply"
    // is a span granted.
    (
        "1988-03-09",
        "The city will pay a private hauler about $2.1 million a year to carry its trash.",
        "a year",
        "SET P1Y",
    ),
    (
        "2001-03-14",
        "The increase, which adds about 38 pounds a year to a Band D bill, was approved.",
        "a year",
        "SET P1Y",
    ),
    (
        "2001-03-14",
        "The law gives small businesses a year to comply.",
        "a year",
        "DURATION P1Y",
    ),
    // A verb in -s before "a month" is no rate's plural noun.
    (
        "2013-03-20",
        "The discovery comes a month after a rival group reported a find.",
        "a month",
        "DURATION P1M",
    ),
    (
        "2015-12-25",
        "Contractors have worked every weekend since October.",
        "every weekend",
        "SET XXXX-WXX-WE",
    ),
    (
        "2024-04-10",
        "The cannon is fired every noon from the castle.",
        "every noon",
        "SET XXXX-XX-XXT12:00",
    ),
    (
        "2024-07-10",
        "The committee meets fortnightly.",
        "fortnightly",
        "SET P2W",
    ),
    (
        "2006-03-01",
        "Ballots will be counted daily, including weekends, until the deadline.",
        "weekends",
        "SET XXXX-WXX-WE",
    ),
    (
        "2023-09-25",
        "Vaccination clinics are open on weekends.",
        "weekends",
        "SET XXXX-WXX-WE",
    ),
    // The end of a span of hours is not joined: both ends stay times, "daily" the recurrence.
    (
        "2024-07-16",
        "Cooling centers will stay open from 10 a.m. to 8 p.m. daily until the heat breaks.",
        "daily",
        "SET P1D",
    ),
    // "nightly" is every night, as "every night" is; a clock time before a daily adverb is
    // the time of the recurrence.
    (
        "2001-04-15",
        "The lanes will be closed nightly for two weeks.",
        "nightly",
        "SET XXXX-XX-XXTNI",
    ),
    (
        "1991-11-30",
        "The mall will stay open until 10 p.m. nightly until Christmas Eve.",
        "10 p.m. nightly",
        "SET XXXX-XX-XXT22:00",
    ),
    (
        "2020-04-01",
        "The governor briefs reporters at 11:30 a.m. daily.",
        "11:30 a.m. daily",
        "SET XXXX-XX-XXT11:30",
    ),
    (
        "2019-04-06",
        "Shuttles leave every 30 minutes.",
        "every 30 minutes",
        "SET PT30M",
    ),
    (
        "2019-04-06",
        "The county elects its sheriff every four years.",
        "every four years",
        "SET P4Y",
    ),
    (
        "2018-08-08",
        "The council meets every Monday.",
        "every Monday",
        "SET XXXX-WXX-1",
    ),
    (
        "2018-08-08",
        "The paper is published daily.",
        "daily",
        "SET P1D",
    ),
    (
        "2018-08-08",
        "Dues are paid annually.",
        "annually",
        "SET P1Y",
    ),
    (
        "2018-08-08",
        "The comet swings past the sun once every seven years.",
        "once every seven years",
        "SET P7Y",
    ),
    // A count of things before "a day" makes it a rate: "3,000 Americans a day", "one pill
    // a day", "1.2 million barrels of fuel a day".
    (
        "2021-01-20",
        "The virus killed more than 3,000 Americans a day.",
        "a day",
        "SET P1D",
    ),
    (
        "2021-01-20",
        "The pipeline moves about 1.2 million barrels of fuel a day.",
        "a day",
        "SET P1D",
    ),
    (
        "2021-01-20",
        "Women in the trial took one pill a day for five years.",
        "a day",
        "SET P1D",
    ),
    (
        "2021-01-20",
        "The plant hired 500 people a week after the launch.",
        "a week",
        "DURATION P1W",
    ),
    (
        "2018-08-08",
        "Inspectors visit twice a year.",
        "twice a year",
        "SET P1Y",
    ),
    // A weekday picked in every month recurs monthly.
    (
        "2019-11-15",
        "The board normally meets the second Tuesday of each month.",
        "the second Tuesday of each month",
        "SET P1M",
    ),
    // A count of smaller units in each period is the frequency.
    (
        "2018-08-08",
        "The clinic is open three days a week.",
        "three days a week",
        "SET P1W",
    ),
    // A count of days with the year it was counted in is no rate.
    (
        "2001-04-10",
        "Homes sold in an average of 38 days, compared with 52 days a year earlier.",
        "52 days",
        "DURATION P52D",
    ),
    (
        "2001-04-10",
        "Homes sold in an average of 38 days, compared with 52 days a year earlier.",
        "a year earlier",
        "DATE 2000",
    ),
    // Hours and minutes each time are an amount; the recurrence is its own expression.
    (
        "2018-08-08",
        "Rescue crews worked 12 hours a day.",
        "a day",
        "SET P1D",
    ),
    (
        "2018-08-08",
        "Women who walk briskly for 30 minutes a day cut their risk.",
        "30 minutes",
        "DURATION PT30M",
    ),
    (
        "2018-08-08",
        "The panel meets three times a year.",
        "three times a year",
        "SET P1Y",
    ),
    (
        "2018-08-08",
        "Take the pills twice daily.",
        "twice daily",
        "SET P1D",
    ),
    (
        "2013-03-20",
        "He visits his mother every other Sunday.",
        "every other Sunday",
        "SET XXXX-WXX-7",
    ),
    (
        "2018-08-08",
        "It earns $5 million a year.",
        "a year",
        "SET P1Y",
    ),
    (
        "2018-08-08",
        "Buses run every other week.",
        "every other week",
        "SET P2W",
    ),
    (
        "1991-12-03",
        "The widows said they would return to the church every Dec. 2.",
        "every Dec. 2",
        "SET XXXX-12-02",
    ),
    (
        "2009-07-05",
        "The orchestra has played on the Esplanade every Fourth of July since 1929.",
        "every Fourth of July",
        "SET XXXX-07-04",
    ),
    (
        "2018-08-08",
        "The festival is held each July.",
        "each July",
        "SET XXXX-07",
    ),
    ("2018-08-08", "Prices are set weekly.", "weekly", "SET P1W"),
    (
        "2018-08-08",
        "The board meets every quarter.",
        "every quarter",
        "SET P1Q",
    ),
    (
        "2018-08-08",
        "They fly home every summer.",
        "every summer",
        "SET XXXX-SU",
    ),
    ("2018-08-08", "Guards patrol hourly.", "hourly", "SET PT1H"),
    (
        "2018-08-08",
        "Fees rose 3 percent per year.",
        "per year",
        "SET P1Y",
    ),
    (
        "2018-08-08",
        "She runs every morning.",
        "every morning",
        "SET XXXX-XX-XXTMO",
    ),
    (
        "2018-08-08",
        "Each Thursday the market opens early.",
        "Each Thursday",
        "SET XXXX-WXX-4",
    ),
    (
        "2018-08-08",
        "Dividends are paid quarterly.",
        "quarterly",
        "SET P3M",
    ),
    (
        "2018-08-08",
        "The committee meets twice a month to review applications.",
        "twice a month",
        "SET P1M",
    ),
    (
        "2018-08-08",
        "Leads arrive on a daily basis.",
        "daily",
        "SET P1D",
    ),
    (
        "2018-08-08",
        "Protesters gather daily outside the house.",
        "daily",
        "SET P1D",
    ),
    (
        "2018-08-08",
        "Agents do dozens of interviews a day.",
        "a day",
        "SET P1D",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // A speed with another unit's figure in parentheses.
    (
        "1990-11-13",
        "The storm, packing winds of 175 km (110 miles) per hour, made landfall.",
    ),
    ("2018-08-08", "The Daily Mail ran the story."),
    ("2018-08-08", "Gusts reached 90 miles per hour."),
    ("2018-08-08", "Each candidate spoke."),
    ("2018-08-08", "Every voter counts."),
    ("2018-08-08", "The firm cut its quarterly dividend."),
    (
        "2018-08-08",
        "Shareholders approved the plan at the company's annual meeting.",
    ),
    ("2018-08-08", "Average daily volume fell."),
    ("2018-08-08", "The party daily Granma ran the story."),
];
