//! Times of day: "3 p.m.", "10:35 a.m. EDT", "15:30 GMT", "noon", "midnight", "six o'clock",
//! and parts of the day standing alone: "the morning", "overnight", "mid-afternoon".
//!
//! A time says nothing about the day; the resolver puts it on the day the text names next to
//! it ("5 p.m. Friday", merged by the refiner) or on the story's current day.

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, TimeOfDay};
use super::super::lexicon::{Lex, PartOfDay, Word};
use super::super::value::Mod;
use super::amount::part_of_bigger_number;

// Kept out of the pipeline loop (`rules::collect`): inlined there, the rule families made
// the loop large enough to cost about 1% more instructions (callgrind, docs/BENCHMARKS.md).
#[inline(never)]
pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if hour_after_at(doc, i, out) {
        return;
    }
    if matches!(
        doc.lex(i),
        Lex::Word(Word::Half) | Lex::Unit(super::super::lexicon::Unit::Quarter)
    ) {
        half_past(doc, i, out);
        return;
    }
    if minutes_past(doc, i, out) {
        return;
    }
    if doc.is_number(i) {
        clock(doc, i, out);
        return;
    }
    // "reached the town only at dawn", "before daybreak", "until dusk": the edges of the
    // day are parts of it. Lower case only ("Dawn Staley"), and only after a preposition of
    // time ("the dawn of a new era" is not a time).
    let edge = match doc.lex(i) {
        Lex::Word(Word::Dawn) => Some(PartOfDay::Morning),
        Lex::Word(Word::Dusk) => Some(PartOfDay::Evening),
        _ => None,
    };
    if let Some(p) = edge {
        let after_preposition = i > 0
            && matches!(
                doc.word(i - 1),
                "at" | "before" | "after" | "by" | "until" | "till" | "since" | "from"
            );
        if after_preposition && !doc.cap(i) {
            let mut c = Candidate::new(i, i + 1, Expr::TimeOnly, "part-of-day");
            c.time = Some(TimeOfDay::Part(p));
            out.push(c);
        }
        return;
    }
    match doc.lex(i) {
        // "High Noon", "high noon": a title and an idiom.
        Lex::PartOfDay(PartOfDay::Noon) if i > 0 && doc.word(i - 1) == "high" => {}
        // "Midnight Mass", "the Midnight Madness series": a capitalised name.
        Lex::PartOfDay(PartOfDay::Noon | PartOfDay::Midnight)
            if doc.cap(i)
                && !doc.sentence_start(i)
                && doc.is_word(i + 1)
                && doc.cap(i + 1)
                && doc.lex(i + 1) == Lex::None => {}
        Lex::PartOfDay(p @ (PartOfDay::Noon | PartOfDay::Midnight)) => {
            // "It is 12 noon", "at 12 midnight": the hour restates the word.
            let twelve = i > 0 && doc.word(i - 1) == "12" && doc.is_number(i - 1);
            let (start, modifier) = approx_before(doc, if twelve { i - 1 } else { i });
            let mut c = Candidate::new(
                start,
                timezone_after(doc, i + 1),
                Expr::TimeOnly,
                "noon-midnight",
            );
            c.time = Some(TimeOfDay::Part(p));
            c.modifier = modifier;
            out.push(c);
        }
        Lex::Word(Word::Midday) => {
            let mut c = Candidate::new(i, i + 1, Expr::TimeOnly, "noon-midnight");
            c.time = Some(TimeOfDay::Part(PartOfDay::Noon));
            out.push(c);
        }
        // "overnight trading", "an overnight stay" describe a thing; "fell overnight across
        // the Great Lakes" is a time.
        // "snow that fell overnight was expected to taper off": a verb after it too, and a
        // preposition or conjunction ("lined up overnight for tickets").
        // ("a state of emergency declared overnight allows searches": right after a verb.)
        Lex::Word(Word::Overnight)
            if !doc.is_word(i + 1)
                || (i > 0
                    && super::super::tense::word_is_verb_cue(doc, i - 1)
                    && doc.word(i + 1).len() > 3
                    && doc.word(i + 1).ends_with('s')
                    && !doc.cap(i + 1))
                || doc.lex(i + 1) != Lex::None
                || doc.tense_class(i + 1) != 0
                || matches!(
                    doc.word(i + 1),
                    "across"
                        | "into"
                        | "near"
                        | "along"
                        | "as"
                        | "while"
                        | "when"
                        | "amid"
                        | "for"
                        | "outside"
                        | "inside"
                        | "but"
                        | "so"
                        | "because"
                ) =>
        {
            let mut c = Candidate::new(i, i + 1, Expr::TimeOnly, "part-of-day");
            c.time = Some(TimeOfDay::Part(PartOfDay::Night));
            out.push(c);
        }
        Lex::PartOfDay(p) if !doc.raw(i).ends_with('s') => part_of_day_alone(doc, i, p, out),
        // "six o'clock"
        Lex::Cardinal(h @ 1..=12)
            if doc.word(i + 1) == "o" && doc.apostrophe(i + 2) && doc.word(i + 3) == "clock" =>
        {
            let (start, modifier) = approx_before(doc, i);
            let expr = if airs_on_publication_day(doc, start, i + 4) {
                publication_day()
            } else {
                Expr::TimeOnly
            };
            let mut c = Candidate::new(start, i + 4, expr, "clock-time");
            let hour = afternoon_told_before(doc, i, h);
            c.time = Some(TimeOfDay::Clock { hour, minute: 0 });
            c.modifier = modifier;
            out.push(c);
        }
        _ => {}
    }
}

/// "More news at eight.", "The council meets tonight at seven to vote", "when the polls
/// opened at 6": an hour alone after "at", as broadcasts and schedules say it. Only where the
/// words before say a time is meant (a programme, a meeting, an opening) and nothing after
/// it makes the number something else ("at 10 percent", "at 6-4", "at 8 Main Street").
/// Returns whether it read one.
fn hour_after_at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) -> bool {
    // ("The currency opened at 4,850": a figure's first digits.)
    if i < 2 || !doc.is(i - 1, Word::At) || part_of_bigger_number(doc, i) {
        return false;
    }
    let Some(hour) = small_number_at(doc, i, 12) else {
        return false;
    };
    let next = i + 1;
    let ends = next >= doc.len()
        || [',', ';', '!', '?'].iter().any(|&p| doc.punct(next, p))
        || (doc.punct(next, '.') && !doc.is_number(next + 1))
        || matches!(doc.word(next), "to" | "when" | "tonight" | "tomorrow");
    let broadcast = broadcast_before(doc, i - 1);
    let timed = broadcast
        || matches!(
            doc.word(i - 2),
            "tonight"
                | "tomorrow"
                | "meets"
                | "meet"
                | "starts"
                | "start"
                | "begins"
                | "begin"
                | "opened"
                | "opens"
                | "resumes"
                | "returns"
        );
    if !ends || !timed {
        return false;
    }
    // "Shares opened at 8, up from 7": a price, in a sentence about a market.
    let (first, last) = doc.sentence_tokens(i);
    let market = !broadcast
        && (first..last).any(|k| {
            doc.punct(k, '$')
                || matches!(
                    doc.word(k),
                    "shares"
                        | "stock"
                        | "stocks"
                        | "index"
                        | "price"
                        | "prices"
                        | "cents"
                        | "dollars"
                        | "percent"
                        | "points"
                        | "traded"
                        | "trading"
                )
        });
    if market {
        return false;
    }
    // "back at 10 tonight", "more at 6 tomorrow": the day after it; the refiner joins them.
    let day_after = matches!(doc.word(next), "tonight" | "tomorrow");
    let expr = if broadcast && !day_after {
        publication_day()
    } else {
        Expr::TimeOnly
    };
    let mut c = Candidate::new(i, i + 1, expr, "clock-time");
    let hour = if doc.word(next) == "tonight" && hour < 12 {
        hour + 12
    } else if broadcast && hour < 12 {
        broadcast_hour(doc, i, hour)
    } else {
        afternoon_told_before(doc, i, hour)
    };
    c.time = Some(TimeOfDay::Clock { hour, minute: 0 });
    out.push(c);
    true
}

/// With no part of the day named, a broadcast's "at 10" and "at eleven" are the late news;
/// the earlier hours are the morning programmes' ("More news at eight").
fn broadcast_hour(doc: &Doc, i: usize, hour: u32) -> u32 {
    let late_news = hour >= 10;
    if broadcast_half(doc, i).unwrap_or(late_news) {
        hour + 12
    } else {
        hour
    }
}

/// Whether the "at" at `at` gives a broadcast's own hour, on the day it airs: "More news at
/// eight", "the latest at 10", "Our next update is at 7".
fn broadcast_before(doc: &Doc, at: usize) -> bool {
    if at == 0 {
        return false;
    }
    let before = doc.word(at - 1);
    let programme_word = matches!(
        before,
        "more"
            | "latest"
            | "back"
            | "again"
            | "news"
            | "story"
            | "update"
            | "headlines"
            | "forecast"
            | "weather"
    );
    // ("We will have more on the storm at eleven": the programme's word a few back.)
    let more_on = ((at + 1).saturating_sub(7).max(doc.sentence_tokens(at).0)..at - 1)
        .any(|k| matches!(doc.word(k), "more" | "latest") && doc.is(k + 1, Word::On));
    // "Our next update is at 7", "the next newscast comes at 6", "Our next news is at 6:30".
    let next_programme = at >= 2
        && matches!(before, "is" | "comes")
        && matches!(
            doc.word(at - 2),
            "update" | "newscast" | "bulletin" | "broadcast" | "report" | "edition" | "news"
        );
    // "Coming up at 8 o'clock, news and our weekly farm report".
    let coming_up = at >= 2 && before == "up" && doc.word(at - 2) == "coming";
    programme_word || more_on || next_programme || coming_up
}

/// Whether the clock time at `start..end` is a broadcast's own hour after "at" ("Our next
/// update is at 7:30", "Coming up at 8 o'clock"), on the day it airs whatever day the
/// forecast before it reached, when no day follows it ("the latest at 10 tonight").
/// ("the county released its last update at 11:30 p.m." tells of an update gone by.)
fn airs_on_publication_day(doc: &Doc, start: usize, end: usize) -> bool {
    use super::super::tense::PAST_FORM;
    let day_after = matches!(
        doc.lex(end),
        Lex::Weekday(_)
            | Lex::Month(_)
            | Lex::MonthAbbr(_)
            | Lex::PartOfDay(_)
            | Lex::Word(
                Word::Tonight
                    | Word::Tomorrow
                    | Word::Today
                    | Word::On
                    | Word::This
                    | Word::That
                    | Word::Last
                    | Word::Next
                    | Word::In
            )
    );
    if start == 0 || !doc.is(start - 1, Word::At) || day_after {
        return false;
    }
    // (The broadcast's word first: it is rare, and the tense of every word before is not.)
    broadcast_before(doc, start - 1)
        && !(doc.sentence_tokens(start).0..start).any(|k| doc.tense_class(k) & PAST_FORM != 0)
}

/// "took effect at one minute past midnight", "at 10 minutes to noon", "twenty minutes past
/// nine": minutes counted from or to an hour, a clock time. Returns whether it read one.
fn minutes_past(doc: &Doc, i: usize, out: &mut Vec<Candidate>) -> bool {
    use super::super::lexicon::Unit;
    let Some(n) = small_number_at(doc, i, 59) else {
        return false;
    };
    if !matches!(doc.unit(i + 1), Some((Unit::Minute, _))) {
        return false;
    }
    let past = match doc.word(i + 2) {
        "past" => true,
        "to" => false,
        _ => return false,
    };
    let hour = match doc.lex(i + 3) {
        Lex::PartOfDay(PartOfDay::Midnight) => 0,
        Lex::PartOfDay(PartOfDay::Noon) => 12,
        Lex::Cardinal(h @ 1..=12) if !doc.is_number(i + 3) => afternoon_told_before(doc, i, h),
        _ => return false,
    };
    // ("38 minutes before midnight" stays an amount and an hour, as the news sets write it.)
    let (hour, minute) = if past {
        (hour % 24, n)
    } else {
        ((hour + 23) % 24, 60 - n)
    };
    let (start, modifier) = approx_before(doc, i);
    let mut c = Candidate::new(start, i + 4, Expr::TimeOnly, "clock-time");
    c.time = Some(TimeOfDay::Clock { hour, minute });
    c.modifier = modifier;
    out.push(c);
    true
}

/// "Our next update is at half past seven", "by a quarter to nine": the hour and its
/// fraction, told the British way. Only after a word that asks for a time ("at", "by",
/// "until", "it's"...), as "half past" and "quarter to" say little alone.
fn half_past(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let start = if i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::A)) {
        i - 1
    } else {
        i
    };
    let timed = start > 0
        && matches!(
            doc.word(start - 1),
            "at" | "by"
                | "until"
                | "till"
                | "from"
                | "around"
                | "about"
                | "before"
                | "after"
                | "is"
                | "s"
                | "was"
        );
    let Some(h) = small_number_at(doc, i + 2, 12) else {
        return;
    };
    let half = matches!(doc.lex(i), Lex::Word(Word::Half));
    let (h, minute) = match (doc.word(i + 1), half) {
        ("past", true) => (h, 30),
        ("past", false) => (h, 15),
        ("to", false) => (if h == 1 { 12 } else { h - 1 }, 45),
        _ => return,
    };
    // ("half past 10 percent" is no time.)
    if !timed || doc.is_number(i + 3) || doc.word(i + 3) == "percent" {
        return;
    }
    // "Our next update is at half past seven": a broadcast's hour, on the day it airs.
    let broadcast = doc.word(start - 1) == "at" && broadcast_before(doc, start - 1);
    let (first, modifier) = approx_before(doc, start);
    let expr = if broadcast {
        publication_day()
    } else {
        Expr::TimeOnly
    };
    let mut c = Candidate::new(first, i + 3, expr, "clock-time");
    let hour = if broadcast {
        broadcast_hour(doc, i, h)
    } else {
        afternoon_told_before(doc, i, h)
    };
    c.time = Some(TimeOfDay::Clock { hour, minute });
    c.modifier = modifier;
    out.push(c);
}

/// A number from 1 to `max` at `i`, spelled ("seven") or in one or two figures ("7"): an
/// hour of the clock face, or minutes counted to or past one.
fn small_number_at(doc: &Doc, i: usize, max: u32) -> Option<u32> {
    let n = match doc.lex(i) {
        Lex::Cardinal(n) if !doc.is_number(i) => n,
        _ if doc.is_number(i) && doc.digits(i) <= 2 => doc.num(i)?,
        _ => return None,
    };
    (1..=max).contains(&n).then_some(n)
}

/// Publication day, for a time that is its own whatever day the story has told: "it's six
/// o'clock", "more news at eight".
fn publication_day() -> Expr {
    Expr::Relative {
        unit: super::super::lexicon::Unit::Day,
        offset: 0,
        reckoning: super::super::expr::Reckoning::Calendar,
    }
}

/// Whether a broadcast's hour at `i` is in the evening (`Some(true)`) or the morning, by the
/// part of the day named nearest it in its sentence or the ones either side ("We'll have
/// the latest at 10. Also tonight, ..."): a programme says which half of the day it airs in.
fn broadcast_half(doc: &Doc, i: usize) -> Option<bool> {
    let (from, to) = (doc.previous_sentence_start(i), doc.next_sentence_end(i));
    let half = |k: usize| match doc.lex(k) {
        Lex::PartOfDay(PartOfDay::Evening | PartOfDay::Night) | Lex::Word(Word::Tonight) => {
            Some(true)
        }
        Lex::PartOfDay(PartOfDay::Morning) => Some(false),
        _ => None,
    };
    (from..to)
        .filter_map(|k| half(k).map(|pm| (k.abs_diff(i), pm)))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, pm)| pm)
}

/// "the morning", "in the afternoon", "mid-afternoon", "late evening".
fn part_of_day_alone(doc: &Doc, i: usize, p: PartOfDay, out: &mut Vec<Candidate>) {
    if i == 0 {
        return;
    }
    // "by midafternoon", "since midmorning": the word holds its own "mid".
    if doc.word(i).starts_with("mid") {
        let start = if doc.is(i - 1, Word::The) { i - 1 } else { i };
        let timed = start < i
            || matches!(
                doc.word(i - 1),
                "by" | "at"
                    | "until"
                    | "till"
                    | "since"
                    | "before"
                    | "after"
                    | "around"
                    | "from"
                    | "in"
                    | "about"
            );
        if timed && !doc.is(i + 1, Word::Of) {
            let mut c = Candidate::new(start, i + 1, Expr::TimeOnly, "part-of-day");
            c.time = Some(TimeOfDay::Part(p));
            c.modifier = Some(Mod::Mid);
            out.push(c);
        }
        return;
    }
    let (start, modifier) = match doc.lex(i - 1) {
        Lex::Word(Word::The) => (i - 1, None),
        Lex::Word(Word::Mid) => (i - 1, Some(Mod::Mid)),
        Lex::Word(Word::Early) => (i - 1, Some(Mod::Start)),
        Lex::Word(Word::Late) => (i - 1, Some(Mod::End)),
        _ if doc.dash(i - 1) && i >= 2 && doc.is(i - 2, Word::Mid) => (i - 2, Some(Mod::Mid)),
        // "in afternoon trading": a market's session.
        Lex::Word(Word::In) if doc.word(i + 1) == "trading" => (i, None),
        // "By evening she had lost the trail": the part of the story's day. (Not "until
        // morning", which is as often the next day's.)
        Lex::Word(Word::By)
            if doc.punct(i + 1, ',')
                || doc.punct(i + 1, '.')
                || doc.cap(i + 1)
                || (i + 1..=i + 3)
                    .take_while(|&k| doc.is_word(k))
                    .any(|k| super::super::tense::word_is_verb_cue(doc, k)) =>
        {
            (i, None)
        }
        _ => return,
    };
    // "the night of Oct. 23": the date that follows says which night, and is the expression.
    if doc.is(i + 1, Word::Of) {
        return;
    }
    // "this is the Evening Report": a capitalised part of the day before another capital
    // names a programme or a paper.
    if doc.cap(i) && !doc.sentence_start(i) && doc.cap(i + 1) && doc.is_word(i + 1) {
        return;
    }
    // "the morning paper" is not a time.
    if doc.is_word(i + 1)
        && doc.lex(i + 1) == Lex::None
        && !doc.cap(i + 1)
        && !doc.sentence_start(i + 1)
    {
        let next = doc.word(i + 1);
        // "in early afternoon trading": a market's session at that part of the day.
        // ("spent the night outside army headquarters": a place after it.)
        let verbish = next.ends_with("ed")
            || matches!(
                next,
                "he" | "she" | "they" | "it" | "we" | "police" | "officials" | "trading"
            )
            || matches!(
                next,
                "outside"
                    | "inside"
                    | "near"
                    | "beside"
                    | "behind"
                    | "across"
                    | "along"
                    | "together"
                    | "there"
                    | "here"
                    | "alone"
                    | "awake"
                    | "aboard"
                    | "among"
                    | "without"
            );
        if !verbish {
            return;
        }
    }
    let mut c = Candidate::new(start, i + 1, Expr::TimeOnly, "part-of-day");
    c.time = Some(TimeOfDay::Part(p));
    c.modifier = modifier;
    out.push(c);
}

/// "a.m.", "p.m", "am", "PM" at `i`: whether afternoon, and the token after.
fn meridiem_at(doc: &Doc, i: usize) -> Option<(bool, usize)> {
    match doc.word(i) {
        "am" => Some((false, i + 1)),
        "pm" => Some((true, i + 1)),
        "a" | "p"
            if doc.punct(i + 1, '.')
                && doc.glued(i + 1)
                && doc.word(i + 2) == "m"
                && doc.glued(i + 2) =>
        {
            let pm = doc.word(i) == "p";
            let mut next = i + 3;
            // The closing period belongs to "a.m.", also when it ends the sentence as well
            // (the annotated news sets keep it inside, 9 times of 9).
            if doc.punct(next, '.') && doc.glued(next) {
                next += 1;
            }
            Some((pm, next))
        }
        _ => None,
    }
}

/// Time-zone words after a time: "EST", "GMT". "local time" is a phrase of its own, which
/// annotated news leaves outside the expression ("at 10:16 a.m. local time").
pub(super) fn timezone_after(doc: &Doc, i: usize) -> usize {
    // "6 p.m. Geneva time", "8 p.m. Eastern time": a place's clock, part of the time.
    if doc.cap(i)
        && doc.is_word(i)
        && doc.lex(i) == Lex::None
        && !doc.sentence_start(i)
        && doc.word(i + 1) == "time"
    {
        return i + 2;
    }
    match doc.word(i) {
        "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt" | "gmt" | "utc" | "bst"
        | "cet" | "cest" | "et" | "pt" | "ct"
        // Hawaii, Alaska and Atlantic Canada; Europe's east and west, Moscow, South Africa;
        // India, Japan, Korea, Singapore, Hong Kong, the Philippines, Jakarta, Australia and
        // New Zealand.
        | "hst" | "akst" | "akdt" | "ast" | "adt" | "nst" | "ndt" | "eet" | "eest" | "wet"
        | "west" | "msk" | "sast" | "ist" | "jst" | "kst" | "sgt" | "hkt" | "pht" | "wib"
        | "aest" | "aedt" | "acst" | "acdt" | "awst" | "nzst" | "nzdt"
            if doc.all_caps(i) =>
        {
            i + 1
        }
        // "4 p.m. Eastern on July 31": the American zones by name, without "time".
        // ("7 p.m. Pacific Coast League" is a name.)
        "eastern" | "pacific" | "central" | "mountain"
            if doc.cap(i) && !(doc.is_word(i + 1) && doc.cap(i + 1)) =>
        {
            i + 1
        }
        _ => i,
    }
}

/// Whether a preposition of time (`is_one`) stands right before token `i` ("around 10:30"),
/// or before the hedge there ("at about 9:40 last night"): what makes a bare hour a time of
/// day.
fn word_of_time_before(doc: &Doc, i: usize, is_one: impl Fn(Word) -> bool) -> bool {
    let word_at = |k: usize| matches!(doc.lex(k), Lex::Word(w) if is_one(w));
    let hedged = approx_before(doc, i).0;
    (i > 0 && word_at(i - 1)) || (hedged < i && hedged > 0 && word_at(hedged - 1))
}

fn approx_before(doc: &Doc, i: usize) -> (usize, Option<Mod>) {
    // "around 7:15 p.m.", "about 10:20 a.m.": the approximation is part of the expression,
    // as TimeML and TimeBank have it (AQUAINT leaves "about" outside).
    if i > 0 && (doc.is(i - 1, Word::Around) || doc.is(i - 1, Word::About)) {
        (i - 1, Some(Mod::Approx))
    } else {
        (i, None)
    }
}

/// The hour of the day for `h` (1 to 12) followed at `j` by "in the morning", "in the
/// afternoon", "in the evening" or "in the night".
fn in_the_part_of_day(doc: &Doc, j: usize, h: u32) -> Option<u32> {
    let (true, true, Lex::PartOfDay(p)) = (
        doc.is(j, Word::In),
        doc.is(j + 1, Word::The),
        doc.lex(j + 2),
    ) else {
        return None;
    };
    if !(1..=12).contains(&h) {
        return None;
    }
    match p {
        PartOfDay::Morning if h == 12 => Some(0),
        PartOfDay::Morning => Some(h),
        PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night if h < 12 => Some(h + 12),
        _ => None,
    }
}

/// "3 p.m.", "3:30 p.m.", "10:35 a.m. EDT", "15:30 GMT", "six o'clock".
fn clock(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // "9.15pm", "11.45 p.m.": British copy writes the minutes after a full stop, which is
    // a time only with "am"/"pm" after it ("rose 9.15 percent" is a number).
    // British copy's "7.45pm"; and, as a broadcast's own hour, "Our next bulletin is at
    // 6.30" (elsewhere "at 6.30" is as likely a price or a score).
    let dotted = doc.punct(i + 1, '.')
        && doc.glued(i + 1)
        && doc.digits(i + 2) == 2
        && doc.glued(i + 2)
        && doc.num(i + 2).is_some_and(|m| m < 60)
        && (meridiem_at(doc, i + 3).is_some()
            || (airs_on_publication_day(doc, i, i + 3)
                && (doc.punct(i + 3, '.') || doc.punct(i + 3, ','))));
    if part_of_bigger_number(doc, i) && !(doc.punct(i + 1, '.') && doc.word(i + 2) == "m") {
        // "1,000" or "3.5" but not "3.m" noise
        if !doc.punct(i + 1, ':') && !dotted {
            return;
        }
    }
    if i > 1 && doc.glued(i) && doc.punct(i - 1, '.') && doc.is_number(i - 2) {
        return;
    }
    if i > 0 && doc.glued(i) && (doc.punct(i - 1, ':') || doc.is_number(i - 1)) {
        return;
    }
    let Some(h) = doc.num(i) else { return };
    if doc.digits(i) == 4 {
        four_digit(doc, i, h, out);
        return;
    }
    if doc.digits(i) > 2 || h > 24 {
        return;
    }
    let mut j = i + 1;
    let mut minute = 0;
    let mut has_minutes = false;
    if (doc.punct(j, ':') || dotted) && doc.glued(j) && doc.digits(j + 1) == 2 && doc.glued(j + 1) {
        minute = doc.num(j + 1).unwrap_or(60);
        if minute > 59 {
            return;
        }
        has_minutes = true;
        j += 2;
    }
    let (hour, end) = if let Some((pm, next)) = meridiem_at(doc, j) {
        if !(1..=12).contains(&h) {
            return;
        }
        (twelve_hour(h, pm), timezone_after(doc, next))
    } else if doc.word(j) == "o" && doc.apostrophe(j + 1) && doc.word(j + 2) == "clock" {
        // "2 o'clock in the morning": the part of the day is part of the time.
        match in_the_part_of_day(doc, j + 3, h) {
            Some(hour) => (hour, j + 6),
            // Otherwise as "five o'clock" spelled out: after a part of the day or a time
            // told before it.
            None => (afternoon_told_before(doc, i, h), j + 3),
        }
    } else if let Some(hour) = in_the_part_of_day(doc, j, h) {
        // "4 in the morning", "8 in the evening", "2:15 in the morning"
        (hour, j + 3)
    } else if let (Some(pm), true) = (
        // "at 7 tonight", "by 9 this morning": the part of the day says which half.
        match (doc.lex(j), doc.lex(j + 1)) {
            (Lex::Word(Word::Tonight), _) => Some(true),
            (Lex::Word(Word::Last), Lex::PartOfDay(PartOfDay::Night | PartOfDay::Evening)) => {
                Some(true)
            }
            (Lex::Word(Word::This), Lex::PartOfDay(PartOfDay::Morning)) => Some(false),
            (Lex::Word(Word::This), Lex::PartOfDay(PartOfDay::Afternoon | PartOfDay::Evening)) => {
                Some(true)
            }
            // "at 10 tomorrow morning", "at 9 that morning", "at 11 that night".
            (Lex::Word(Word::Tomorrow | Word::That), Lex::PartOfDay(PartOfDay::Morning)) => {
                Some(false)
            }
            (
                Lex::Word(Word::Tomorrow | Word::That),
                Lex::PartOfDay(PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night),
            ) => Some(true),
            _ => None,
        },
        // ("after 10 tonight", "since 4 this morning": any preposition of time.)
        i > 0
            && (word_of_time_before(doc, i, |w| {
                matches!(
                    w,
                    Word::At
                        | Word::By
                        | Word::Until
                        | Word::Around
                        | Word::From
                        | Word::After
                        | Word::Since
                        | Word::Before
                )
            })
                // "between 11 p.m. Saturday and 9 this morning": the end of a span.
                || (matches!(doc.lex(i - 1), Lex::Word(Word::And | Word::To))
                    && (i.saturating_sub(10)..i)
                        .any(|k| matches!(doc.lex(k), Lex::Word(Word::Between | Word::From))))),
    ) {
        if !(1..=12).contains(&h) {
            return;
        }
        (twelve_hour(h, pm), j)
    } else if let Some(hour) = range_start(doc, i, j, h) {
        (hour, j)
    } else if has_minutes {
        // "10:30" alone could be a score or a running time; a preposition of time before it
        // ("shortly after 10:30") or "local time" after it makes it a time of day.
        let tz = timezone_after(doc, j);
        let after_at = word_of_time_before(doc, i, |w| {
            matches!(
                w,
                Word::At
                    | Word::By
                    | Word::Until
                    | Word::Around
                    | Word::After
                    | Word::Before
                    | Word::Since
            )
        });
        let local_time = doc.word(j) == "local" && doc.word(j + 1) == "time";
        // "Good morning, it's 7:35": the time now, as broadcasts tell it.
        let time_now = (i >= 3 && doc.apostrophe_s(i - 2) && doc.word(i - 3) == "it")
            || (i >= 2 && doc.word(i - 1) == "is" && doc.word(i - 2) == "it");
        let hour = afternoon_told_before(doc, i, h);
        if tz == j && !after_at && !local_time {
            // The time now is publication day's, whatever day the story has told since.
            if time_now {
                let mut c = Candidate::new(i, j, publication_day(), "clock-time");
                c.time = Some(TimeOfDay::Clock { hour, minute });
                out.push(c);
            }
            return;
        }
        (hour, tz)
    } else {
        return;
    };
    push_clock_time(doc, (i, end), (hour, minute), out);
}

/// "started at about 10:05 p.m. ... and was out by 10:40": an hour written without "a.m." or
/// "p.m." is in the afternoon half when an earlier time in its sentence, or the sentence
/// before ("The siren went off at 6:42 p.m. By 6:50 the tornado had crossed Main Street"),
/// was, and it is not before that time on the clock face.
fn afternoon_told_before(doc: &Doc, i: usize, h: u32) -> u32 {
    if !(1..12).contains(&h) {
        return h;
    }
    let (first, _) = doc.sentence_tokens(i);
    // "Good evening, it's six o'clock": the part of the day named before it in its sentence,
    // or in the greeting just before ("Good evening. It's 5 o'clock").
    // ("ANCHOR (JUDITH OKAFOR): Good evening, and welcome to our coverage. It is 8
    // o'clock": a speaker's name may stand before the greeting.)
    let previous = doc.previous_sentence_start(i);
    let greeted = previous < first
        && (previous..first).any(|k| {
            doc.word(k) == "good" && doc.cap(k) && matches!(doc.lex(k + 1), Lex::PartOfDay(_))
        });
    let from = if greeted { previous } else { first };
    let part_before = (from..i).rev().find_map(|k| match doc.lex(k) {
        Lex::PartOfDay(PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)
        | Lex::Word(Word::Tonight) => Some(true),
        Lex::PartOfDay(PartOfDay::Morning) => Some(false),
        _ => None,
    });
    if let Some(pm) = part_before {
        return if pm { h + 12 } else { h };
    }
    let told = (doc.previous_sentence_start(i)..i).rev().find_map(|k| {
        // (The minutes of "3:05 p.m." are no hour: the walk back meets them first.)
        if k > 0 && doc.punct(k - 1, ':') {
            return None;
        }
        let earlier = doc
            .num(k)
            .filter(|e| (1..=12).contains(e) && doc.digits(k) <= 2)?;
        let after = if doc.punct(k + 1, ':') && doc.digits(k + 2) == 2 {
            k + 3
        } else {
            k + 1
        };
        meridiem_at(doc, after).map(|(pm, _)| (earlier, pm))
    });
    match told {
        Some((earlier, true)) if earlier % 12 <= h => h + 12,
        Some(_) => h,
        // Nothing tells the half: an hour from 1 to 4 is the afternoon's, as the small hours
        // are marked in news ("1:40 a.m.", "in the early hours") and the working day is not.
        // ("04:10 UTC" is written on the 24-hour clock.)
        None if (1..=4).contains(&h) && doc.digits(i) != 2 => h + 12,
        None => h,
    }
}

/// The clock time read at tokens `i..end`, with "around" or "about" before it when there is.
fn push_clock_time(
    doc: &Doc,
    (i, end): (usize, usize),
    (hour, minute): (u32, u32),
    out: &mut Vec<Candidate>,
) {
    let (start, modifier) = approx_before(doc, i);
    // "6 p.m. - Okinawa Electric Power says ...": a clock opening a line, a dash or colon
    // after it, stamps a live blog's entry, made on publication day whatever day the entry
    // before it told. (A chronology's entries name their days: "About 8:30 a.m. Saturday:".)
    // So is a story's own update note: "Update, 5:30 p.m.: The company deleted the post".
    let marked = doc.dash(end) || doc.punct(end, ':');
    let note = |k: usize| {
        matches!(
            doc.word(k),
            "update" | "updated" | "updates" | "correction" | "clarification"
        ) && doc.cap(k)
    };
    let update_note = start >= 1
        && (note(start - 1) || (start >= 2 && doc.punct(start - 1, ',') && note(start - 2)));
    let stamp = (doc.line_start(start) || update_note) && marked;
    let expr = if stamp || airs_on_publication_day(doc, start, end) {
        publication_day()
    } else {
        Expr::TimeOnly
    };
    let mut c = Candidate::new(start, end, expr, "clock-time");
    c.time = Some(TimeOfDay::Clock { hour, minute });
    c.modifier = modifier;
    out.push(c);
}

/// "by 0900 GMT", "at 1430 local time", "at 2200 hours": the wire services' and the
/// military's four-digit clock. Only with a zone, "local time" or (after a preposition of
/// time) "hours" or a leading zero ("at 0700"): alone, four digits are a year or a count.
fn four_digit(doc: &Doc, i: usize, hhmm: u32, out: &mut Vec<Candidate>) {
    let (hour, minute) = (hhmm / 100, hhmm % 100);
    if hour > 24 || minute > 59 || (hour == 24 && minute > 0) || part_of_bigger_number(doc, i) {
        return;
    }
    let j = i + 1;
    let zone = timezone_after(doc, j);
    let after_preposition = i > 0
        && matches!(
            doc.lex(i - 1),
            Lex::Word(Word::At | Word::By | Word::Until | Word::Before | Word::After | Word::Since)
        );
    let end = if zone > j {
        zone
    } else if doc.word(j) == "local" && doc.word(j + 1) == "time" {
        j
    } else if after_preposition && matches!(doc.word(j), "hours" | "hrs") && !doc.cap(j) {
        j + 1
    } else if after_preposition && doc.raw(i).starts_with('0') && !doc.is_number(j) {
        // "The next bulletin is at 0700": a leading zero is no year's. ("call us at 0800 555
        // 1234" is a telephone number.)
        j
    } else {
        return;
    };
    push_clock_time(doc, (i, end), (hour, minute), out);
}

/// "between 4 and 9 p.m.", "from 10 to 2 p.m.", "at 9 and 11 a.m.": a bare hour starting a
/// span or a list whose last time says which half of the day it is in. The start is in the
/// end's half unless it is later in the day than the end, when it is in the half before
/// ("from 10 to 2 p.m." starts at 10 a.m.).
/// `j` is the token after the hour (and its minutes).
fn range_start(doc: &Doc, i: usize, j: usize, h: u32) -> Option<u32> {
    if i == 0 || !(1..=12).contains(&h) || !matches!(doc.word(i - 1), "between" | "from" | "at") {
        return None;
    }
    // "at 9 and 11 a.m.": two times listed, not a span.
    let joins = if doc.word(i - 1) == "at" {
        matches!(doc.word(j), "and" | "or")
    } else {
        matches!(doc.word(j), "and" | "to" | "until") || (doc.dash(j) && doc.glued(j))
    };
    if !joins {
        return None;
    }
    let end_at = j + 1;
    let end_h = doc.num(end_at).filter(|&e| (1..=12).contains(&e))?;
    let mut k = end_at + 1;
    if doc.punct(k, ':') && doc.glued(k) && doc.digits(k + 1) == 2 {
        k += 2;
    }
    let (pm, _) = meridiem_at(doc, k)?;
    let same_half = h % 12 <= end_h % 12;
    Some(twelve_hour(h, if same_half { pm } else { !pm }))
}

/// The hour of the day for `h` o'clock (1 to 12) in the morning or, `pm`, after noon.
fn twelve_hour(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// A timeline of one night told as a look back, for the examples of its stamps.
#[cfg(test)]
const LOOK_BACK_NIGHT: &str = "The county's election night ended with a 20-vote margin. Here \
    is how the count unfolded.\n\n8 p.m. - Polls close.\n\n11 p.m. - Ferris leads by \
    412.\n\n12:40 a.m. - A memory card will not load.";

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // Minutes counted past or to an hour are a clock time.
    (
        "1995-10-12",
        "The cease-fire took effect at one minute past midnight, two days later than planned.",
        "one minute past midnight",
        "TIME 1995-10-12T00:01",
    ),
    (
        "1995-10-12",
        "The first boat left at twenty minutes past nine this morning.",
        "twenty minutes past nine this morning",
        "TIME 1995-10-12T09:20",
    ),
    // A day after "after", behind a later day its clause told, does not move the story.
    (
        "1988-04-15",
        "Bond prices steadied in early trading today after Thursday's steep sell-off. By 10:30 a.m., the benchmark bond was up 5/32 point.",
        "10:30 a.m.",
        "TIME 1988-04-15T10:30",
    ),
    // The hour and its fraction, told the British way, after a word that asks for a time.
    (
        "2013-12-06",
        "PRESENTER: Good morning. Our next update is at half past seven.",
        "half past seven",
        "TIME 2013-12-06T07:30",
    ),
    (
        "2009-02-07",
        "The first train left at a quarter to eight this morning.",
        "a quarter to eight this morning",
        "TIME 2009-02-07T07:45",
    ),
    (
        "2005-05-06",
        "He spoke at about half past ten this morning.",
        "about half past ten this morning",
        "TIME 2005-05-06T10:30 APPROX",
    ),
    // The morning named with an unmarked clock outranks an afternoon told before it.
    (
        "2013-12-06",
        "About 9,000 people were told to leave yesterday afternoon, and police began letting some of them back at 6 o'clock this morning.",
        "6 o'clock this morning",
        "TIME 2013-12-06T06:00",
    ),
    // "little changed" is the market's adjective, no past verb: the expectation governs.
    (
        "1995-10-09",
        "The bond ended Friday at a yield of 6.37 percent, and dealers said they expected it to open little changed at 8 a.m. Tuesday.",
        "8 a.m. Tuesday",
        "TIME 1995-10-10T08:00",
    ),
    // What is made ready for is near, ahead when told as it happens.
    (
        "1999-12-30",
        "Banks said today that their computers were ready for the date change at midnight Friday, but many planned to keep technicians on duty.",
        "midnight Friday",
        "TIME 1999-12-31T24:00",
    ),
    // A clock on a weekday moves with it when a holiday beside dates the weekday.
    (
        "1998-12-29",
        "A dealers' trade group has recommended an early close, at 2 p.m., on Thursday, New Year's Eve.",
        "2 p.m.",
        "TIME 1998-12-31T14:00",
    ),
    // A bare hour after "3:05 p.m." in its sentence is in the afternoon half; the minutes
    // of that clock are no hour of their own.
    (
        "2007-07-25",
        "The helicopter left Lihue Airport at 3:05 p.m. on a 50-minute sightseeing flight, and its last radio call came at 3:31.",
        "3:31",
        "TIME 2007-07-25T15:31",
    ),
    // Twelve in the morning is the hour after midnight.
    (
        "1999-12-30",
        "\"At 12:01 Saturday morning, we'll know whether it was worth it,\" he said.",
        "12:01 Saturday morning",
        "TIME 2000-01-01T00:01",
    ),
    // "until after midnight" ends what lasted: the midnight that ends the day.
    (
        "1990-04-02",
        "The violence broke out at about 3:30 p.m. on Saturday, and battles continued until after midnight.",
        "midnight",
        "TIME 1990-03-31T24:00",
    ),
    // Publication day's midnight is still ahead: one told as past, before which something
    // happened, is the one that began the day.
    (
        "1991-02-19",
        "Workers walked off the job at 12:01 a.m. today after talks broke down shortly before midnight.",
        "midnight",
        "TIME 1991-02-18T24:00",
    ),
    // Nor does the day a season began on, in a relative clause.
    (
        "2025-01-29",
        "Families celebrated the Lunar New Year on Wednesday, at the height of a travel season that began on Jan. 14. Fireworks lit up the sky shortly after midnight, and temple fairs opened this morning.",
        "midnight",
        "TIME 2025-01-28T24:00",
    ),
    // "steps off", "steps down": a schedule told in the present.
    (
        "1998-11-24",
        "The holiday parade steps off at 10 a.m. Saturday from Union Square.",
        "10 a.m. Saturday",
        "TIME 1998-11-28T10:00",
    ),
    // "ranked-choice": a participle in a hyphened compound is no verb of the clause.
    (
        "2025-02-06",
        "Officials will begin tabulating ranked-choice results at 4 p.m. Friday.",
        "4 p.m. Friday",
        "TIME 2025-02-07T16:00",
    ),
    // A subject taken one by one ("each session", "all games") tells hours that recur, ahead
    // as now.
    (
        "1997-12-27",
        "Tutoring sessions will run through Christmas. Each session will begin at 10 a.m. and \
         last about 90 minutes.",
        "10 a.m.",
        "TIME XXXX-XX-XXT10:00",
    ),
    (
        "1997-12-27",
        "The playoffs open next Wednesday. All games start at 7:30 p.m.",
        "7:30 p.m.",
        "TIME XXXX-XX-XXT19:30",
    ),
    // A recurrence someone reports in a clause of its own does not make the hours before it
    // a schedule's.
    (
        "1992-03-09",
        "Voters go to the polls Tuesday. Polls open at 7 a.m. and close at 7 p.m., and the \
         county clerk said returns would be posted every 30 minutes after 8 p.m.",
        "7 p.m.",
        "TIME 1992-03-10T19:00",
    ),
    // The hours of the polls are the vote's own day, when the story names it, over the latest
    // day of a sentence about the vote; of two votes, the later.
    (
        "2014-10-15",
        "Mail ballots must be postmarked by Election Day, Nov. 4, and received by 10 a.m. on \
         Nov. 14. On Election Day, polls will be open from 7 a.m. to 8 p.m.",
        "7 a.m.",
        "TIME 2014-11-04T07:00",
    ),
    // "that day" after the polls' hours is the vote's day, not the last day told.
    (
        "1992-09-07",
        "Voters will return to the polls on 3 October. She will launch her campaign at 7.30pm \
         on Wednesday. Polls close at 6pm that day.",
        "6pm that day",
        "TIME 1992-10-03T18:00",
    ),
    (
        "1993-12-07",
        "Voters in Harlow return to the polls today in a runoff between the two who finished \
         first in the Nov. 2 election. Polls open at 7 a.m. and close at 7 p.m.",
        "7 a.m.",
        "TIME 1993-12-07T07:00",
    ),
    // The clock that opens an entry of a timeline told as a look back, a dash after it, is a
    // time of the story's night, not of publication day; past midnight, of the day after.
    (
        "2008-11-05",
        LOOK_BACK_NIGHT,
        "11 p.m.",
        "TIME 2008-11-04T23:00",
    ),
    (
        "2008-11-05",
        LOOK_BACK_NIGHT,
        "12:40 a.m.",
        "TIME 2008-11-05T00:40",
    ),
    // A greeting after a speaker's name tells the half of the day of the bare hour after it.
    (
        "1998-11-03",
        "ANCHOR (JUDITH OKAFOR): Good evening, and welcome to our coverage. It is 8 o'clock, \
         and the polls have just closed.",
        "8 o'clock",
        "TIME 1998-11-03T20:00",
    ),
    // A participle between a count and its noun describes the subject: the verb after it
    // gives the tense, and tonight's midnight is still ahead.
    (
        "2008-01-07",
        "At midnight tonight, the 31 registered voters of this township will gather.",
        "midnight tonight",
        "TIME 2008-01-07T24:00",
    ),
    // "returns" after "the first", "the early" is the noun of a count, not a schedule's
    // verb: the clock keeps the day its sentence told.
    (
        "1996-11-06",
        "Polls closed at 7 p.m. Tuesday, and by 7:45 the first returns showed her ahead.",
        "7:45",
        "TIME 1996-11-05T19:45",
    ),
    // A clock time told in the past, within the part of the day the lede told its news on,
    // is on that day, though the story has named another one since; not when its own
    // sentence names another day.
    (
        "2019-05-28",
        "A hailstorm battered the village Sunday evening, and farmers spent Memorial Day \
         counting the damage. The first stones fell at about 6:15 p.m., the weather service \
         said.",
        "about 6:15 p.m.",
        "TIME 2019-05-26T18:15 APPROX",
    ),
    (
        "2019-05-28",
        "The board approved the contract late Sunday, and the union will vote on it Friday. \
         The roll call ended at 11:20 p.m.",
        "11:20 p.m.",
        "TIME 2019-05-26T23:20",
    ),
    // The weekday a clock restated in another zone is on is the restated moment's day.
    (
        "2023-05-11",
        "Crowds gathered at the bridge on Thursday ahead of the expiration at 11:59 p.m. \
         Eastern time (0359 GMT on Friday) of the old rule.",
        "Friday",
        "DATE 2023-05-12",
    ),
    // A time in a reported clause that looks ahead ("that ... would") from a past day its
    // sentence told is the first such time after that day's moment.
    (
        "1989-09-12",
        "Word spread on Sunday evening that the border would open at midnight.",
        "midnight",
        "TIME 1989-09-10T24:00",
    ),
    (
        "1989-09-12",
        "Officials said on Sunday evening that the office would open at 9 a.m.",
        "9 a.m.",
        "TIME 1989-09-11T09:00",
    ),
    // "early Saturday" in the lede is its small hours and dawn, after the day the story told
    // since.
    (
        "2019-05-25",
        "The Senate passed the bill early Saturday, after leaders spent all of Friday \
         courting holdouts. The final vote came at 3:10 a.m.",
        "3:10 a.m.",
        "TIME 2019-05-25T03:10",
    ),
    (
        "2019-05-25",
        "Shoppers lined up early Saturday, a day after the holiday on Friday. At one store \
         the doors opened at 6 a.m.",
        "6 a.m.",
        "TIME 2019-05-25T06:00",
    ),
    (
        "2019-05-28",
        "Trains stopped Sunday evening after a signal failure. Service resumed on Monday, \
         though the last delays cleared only at 7 p.m.",
        "7 p.m.",
        "TIME 2019-05-27T19:00",
    ),
    // The day a report was posted or issued is the report's; the times it tells stay on
    // the day of the events.
    // The zones of news from Hawaii to Japan and Australia are part of the time.
    // A live blog's entries are stamped with publication day's clock, whatever day the
    // entry before them told.
    (
        "2019-03-06",
        "It took place on Feb. 26, not Feb. 25. Update, 5:30 p.m.: The company deleted the post.",
        "5:30 p.m.",
        "TIME 2019-03-06T17:30",
    ),
    // A timeline the story introduces as a look back is told in the historical present: an
    // entry's clock is on the entry's day, not publication's. An entry of publication day
    // itself may still look ahead.
    (
        "2015-06-12",
        "The lockout ended Friday. Here is how it unfolded.\n\nApril 2: Talks break off.\n\n\
         May 4: The lockout begins at 6 a.m., and the union pickets the gates.",
        "6 a.m.",
        "TIME 2015-05-04T06:00",
    ),
    (
        "2015-06-12",
        "Here is how the deal came together, a timeline.\n\nMay 4: Talks resume.\n\n\
         Friday: Both sides sign, and the plant reopens at 7 a.m. Monday.",
        "7 a.m. Monday",
        "TIME 2015-06-15T07:00",
    ),
    // A day that only dates a saying in an "after" clause is not where the story moved: the
    // clocks told next are on the main event's day.
    (
        "2011-03-04",
        "Shares of Dunmore Mills sank 12 percent Friday after the company said late Thursday \
         that a fire had shut its largest plant. The stock touched a low at 9:40 a.m.",
        "9:40 a.m.",
        "TIME 2011-03-04T09:40",
    ),
    // A lede that times its day ("at 5:52 a.m. Friday") starts a day retold hour by hour:
    // a clock told as done after a day ahead was named is still on it.
    // A programme's next edition "is at" its hour.
    // A habit's start is every day's: "usually starting at 5 a.m.".
    // A clock in a present clause that says it is a habit is the habit's, on no one day.
    // A curfew's hours are every night's.
    (
        "2011-01-29",
        "Protesters defied a curfew from 10 p.m. to 4 a.m. that was declared on Thursday.",
        "4 a.m.",
        "TIME XXXX-XX-XXT04:00",
    ),
    // Hours that hold during a stretch of days, or on every day of a kind, are every such
    // day's, in the past as in the present; a time that tells its own event stays on its day.
    (
        "2005-10-25",
        "Bakeries on Warren Avenue will stay open until 2 a.m. during Ramadan.",
        "2 a.m.",
        "TIME XXXX-XX-XXT02:00",
    ),
    (
        "2010-08-20",
        "The old ferry sailed at 6:30 a.m. during the summer season.",
        "6:30 a.m.",
        "TIME XXXX-XX-XXT06:30",
    ),
    (
        "1996-06-05",
        "Libraries will open from 7 a.m. to 6 p.m. during each exam week.",
        "6 p.m.",
        "TIME XXXX-XX-XXT18:00",
    ),
    (
        "2019-12-27",
        "Buses run between 7am and 7pm on match days.",
        "7am",
        "TIME XXXX-XX-XXT07:00",
    ),
    (
        "2008-01-01",
        "During the festival, shows start at noon and end by 3 p.m.",
        "3 p.m.",
        "TIME XXXX-XX-XXT15:00",
    ),
    (
        "2011-08-24",
        "The alarm sounded at 2 a.m. and kept ringing during the festival.",
        "2 a.m.",
        "TIME 2011-08-24T02:00",
    ),
    (
        "1991-12-14",
        "BALTIMORE - I start work at 3 a.m. these days, and the first loaves come out at five.",
        "3 a.m.",
        "TIME XXXX-XX-XXT03:00",
    ),
    (
        "2010-08-28",
        "We usually practice at 9 a.m. during the fast.",
        "9 a.m.",
        "TIME XXXX-XX-XXT09:00",
    ),
    (
        "1990-07-19",
        "These days I'm in the water six days a week, usually starting at 5 a.m.",
        "5 a.m.",
        "TIME XXXX-XX-XXT05:00",
    ),
    (
        "2016-06-24",
        "Police have closed the road. Our next update is at 7.",
        "7",
        "TIME 2016-06-24T07:00",
    ),
    // British copy's dotted minutes, as a broadcast's own hour.
    (
        "2025-03-11",
        "Showers are likely on Friday night. Our next bulletin is at 6.30.",
        "6.30",
        "TIME 2025-03-11T06:30",
    ),
    // With its minutes or "o'clock" too: the day it airs, not the forecast's last day; a
    // broadcast told in the past is the story's.
    (
        "2005-01-07",
        "Ice changes to rain tonight, then it turns colder Saturday and Sunday. Our next \
         update is at 7:30.",
        "7:30",
        "TIME 2005-01-07T07:30",
    ),
    (
        "1992-11-05",
        "Sunny and milder for the weekend, with highs on Saturday around 60. Coming up at 8 \
         o'clock, news and our weekly farm report.",
        "8 o'clock",
        "TIME 1992-11-05T08:00",
    ),
    (
        "2012-11-08",
        "On election night, Tuesday, the county released its last update at 11:30 p.m.",
        "11:30 p.m.",
        "TIME 2012-11-06T23:30",
    ),
    (
        "1992-10-31",
        "The campaign bus pulled out of a motel parking lot at 5:52 a.m. Friday, with four \
         days left before Tuesday's election. By 6:30 the Democrat was shaking hands at a \
         plant gate.",
        "6:30",
        "TIME 1992-10-30T06:30",
    ),
    (
        "2024-10-09",
        "9:20 p.m. - All flights have been canceled for Thursday morning.\n6 p.m. - About \
         180,000 households are without power, up from 95,000 at noon.",
        "6 p.m.",
        "TIME 2024-10-09T18:00",
    ),
    (
        "2024-10-09",
        "9:20 p.m. - All flights have been canceled for Thursday morning.\n6 p.m. - About \
         180,000 households are without power, up from 95,000 at noon.",
        "noon",
        "TIME 2024-10-09T12:00",
    ),
    (
        "2011-03-11",
        "KTV-8 NEWS SPECIAL REPORT, 6:05 a.m. HST. Good morning.",
        "6:05 a.m. HST",
        "TIME 2011-03-11T06:05",
    ),
    (
        "2013-03-14",
        "The outage knocked sites offline on Tuesday. In an account posted late Wednesday, the \
         company said an engineer pushed the change at 10:42 a.m.",
        "10:42 a.m.",
        "TIME 2013-03-12T10:42",
    ),
    // A time told ahead in a story whose lede previews a day ahead is on that day, however
    // far down; not when the lede tells today's news, nor in a sentence of today.
    (
        "1991-07-02",
        "The city's fireworks show will go ahead Thursday night despite the fire danger. The \
         fire department had asked the council to cancel it. Only a trace of rain has fallen \
         since April. Councilwoman May called the vote a mistake. The show is set to begin at \
         8:45 p.m.",
        "8:45 p.m.",
        "TIME 1991-07-04T20:45",
    ),
    (
        "2003-11-26",
        "Travelers jammed airports today as millions set out for Thanksgiving. Gas prices fell. \
         Security lines were long. Many travelers had booked early. Officials will close the \
         checkpoints at midnight.",
        "midnight",
        "TIME 2003-11-26T24:00",
    ),
    (
        "2002-07-16",
        "Negotiators will meet on Wednesday to reconcile the bills. The Senate passed its bill \
         97-0. The House approved a narrower measure. Markets remained jittery. The chairman, \
         who speaks at 10 a.m., is expected to say today that the economy is recovering.",
        "10 a.m.",
        "TIME 2002-07-16T10:00",
    ),
    // The midnight into a new year is the end of Dec. 31.
    (
        "2011-12-31",
        "Crowds will line the river on New Year's Day for the fireworks, which begin at midnight.",
        "midnight",
        "TIME 2011-12-31T24:00",
    ),
    (
        "2012-01-01",
        "Crowds gathered on New Year's Day. The ball dropped at midnight.",
        "midnight",
        "TIME 2011-12-31T24:00",
    ),
    // An evening told after a day's early hours is the evening before them.
    (
        "2016-11-09",
        "Clinton conceded early Wednesday. The polls closed at 8 p.m. in most eastern states.",
        "8 p.m.",
        "TIME 2016-11-08T20:00",
    ),
    // A time someone told or said something at is on the day the story reports them
    // speaking, not on a day of the events they spoke of.
    (
        "2011-07-26",
        "The bank said on Tuesday that profit fell. The franc hit a record high on Monday. He told journalists on a call at 7.30 a.m. that the bank would cut jobs.",
        "7.30 a.m.",
        "TIME 2011-07-26T07:30",
    ),
    // So is the time something was announced at.
    (
        "2008-09-29",
        "Piedmont said on Monday it had agreed to be bought. The warning came in a letter \
         delivered late Friday. The deal, announced at 6 a.m. before markets opened, is \
         expected to close in the fourth quarter.",
        "6 a.m.",
        "TIME 2008-09-29T06:00",
    ),
    // A clock and the narrative's next or previous day are one expression.
    (
        "1988-09-15",
        "The festival ends Saturday and will be followed by an awards brunch at noon the next day.",
        "noon the next day",
        "TIME 1988-09-18T12:00",
    ),
    (
        "1997-08-08",
        "The display went ahead at 9:30 p.m. the previous evening.",
        "9:30 p.m. the previous evening",
        "TIME 1997-08-07T21:30",
    ),
    // A time before its noun is on the noun's day.
    (
        "1990-12-20",
        "The company will give two shows on Christmas Day and a special midnight performance on New Year's Eve.",
        "midnight",
        "TIME 1990-12-31T24:00",
    ),
    // The polls' hours are the election day's.
    (
        "1992-06-01",
        "Voters in the ward elect a new councillor on Thursday. The campaign ended quietly yesterday. Polling stations will be open from 7am to 10pm.",
        "10pm",
        "TIME 1992-06-04T22:00",
    ),
    (
        "2016-11-09",
        "County voters approved a sales tax Tuesday. The polls closed at 8 p.m., and with all precincts reporting by 2:40 a.m., the measure had 68 percent.",
        "2:40 a.m.",
        "TIME 2016-11-09T02:40",
    ),
    // A midnight that began the story's day comes before its morning.
    (
        "1994-06-06",
        "Fifty years ago this morning the first soldiers waded ashore. Paratroopers began dropping shortly after midnight, and the landings began at 6:30 a.m.",
        "6:30 a.m.",
        "TIME 1944-06-06T06:30",
    ),
    // A clock restated in another zone, in parentheses, stands between a time and its day.
    (
        "2021-12-28",
        "The telescope lifted off at 7:20 a.m. EST (1220 GMT) on Christmas Day.",
        "7:20 a.m. EST",
        "TIME 2021-12-25T07:20",
    ),
    (
        "2021-12-28",
        "The telescope lifted off at 7:20 a.m. EST (1220 GMT) on Christmas Day.",
        "1220 GMT",
        "TIME 2021-12-25T12:20",
    ),
    // A wire clock in parentheses with its zone is a time, never a year.
    (
        "2016-11-21",
        "Polling stations closed (1800 GMT) without incident.",
        "1800 GMT",
        "TIME 2016-11-21T18:00",
    ),
    // The restated clock is the same moment, a day on where the zones cross midnight; a
    // day named with it dates the clock it restates.
    (
        "2000-11-08",
        "The networks called Florida at 8 p.m. EST (0100 GMT) on Tuesday.",
        "0100 GMT",
        "TIME 2000-11-08T01:00",
    ),
    (
        "1990-08-08",
        "In a televised address at 9 a.m. EDT (1300 GMT), Bush called the deployment defensive.",
        "1300 GMT",
        "TIME 1990-08-08T13:00",
    ),
    (
        "2003-03-20",
        "The deadline had passed at 8 p.m. EST (0100 GMT Thursday).",
        "8 p.m. EST",
        "TIME 2003-03-19T20:00",
    ),
    (
        "1991-01-17",
        "The attacks began at about 2:40 a.m. local time (2340 GMT Wednesday).",
        "2340 GMT Wednesday",
        "TIME 1991-01-16T23:40",
    ),
    // A place after "the night" leaves it a time; so does a verb after "overnight" that
    // follows a participle.
    (
        "2019-04-13",
        "Thousands spent the night outside army headquarters.",
        "the night",
        "TIME 2019-04-12TNI",
    ),
    (
        "2015-11-14",
        "A state of emergency declared overnight allows police to search homes.",
        "overnight",
        "TIME 2015-11-13TNI",
    ),
    // After an evening the story has told, a midnight ends that day.
    (
        "2015-11-14",
        "Gunmen opened fire at about 9:20 p.m. Friday. They held hostages until police moved in shortly after midnight.",
        "midnight",
        "TIME 2015-11-13T24:00",
    ),
    // "through the night" is all of a night, no deadline; told as done, last night.
    (
        "2013-07-04",
        "Crowds set off fireworks through the night.",
        "the night",
        "TIME 2013-07-03TNI",
    ),
    // So it is when the story has named a day still ahead.
    (
        "2011-07-10",
        "The new currency will be launched on July 18. Church bells rang through the night.",
        "the night",
        "TIME 2011-07-09TNI",
    ),
    // The end of a reporting period, in a relative clause too, is not the story's day.
    (
        "2005-09-29",
        "Net income for the quarter, which ended Aug. 31, fell 14 percent. The chief executive told analysts on a call at 5 p.m. that sales would recover.",
        "5 p.m.",
        "TIME 2005-09-29T17:00",
    ),
    (
        "1991-01-28",
        "It started to rain on the afternoon of Jan. 9. At about 2 a.m. the water came through the door. They spent the rest of the night on the roof, and the next morning a neighbor reached them.",
        "the next morning",
        "TIME 1991-01-10TMO",
    ),
    // ", followed by a reading" closing the sentence is no verb of the time's clause; the
    // present "steps off" states the schedule.
    (
        "2000-07-03",
        "The city's Independence Day parade steps off at 10 a.m. on Market Street, followed by a reading of the Declaration.",
        "10 a.m.",
        "TIME 2000-07-04T10:00",
    ),
    // Minutes or hours later, after a clock time the story told: a time; without one, an
    // amount.
    (
        "1996-03-27",
        "The clerk was robbed at 2:30 a.m. Tuesday. Officers found the suspect about 20 minutes later hiding in a carport.",
        "about 20 minutes later",
        "TIME 1996-03-26T02:50 APPROX",
    ),
    (
        "2011-05-02",
        "The pickup rolled 20 minutes later.",
        "20 minutes",
        "DURATION PT20M",
    ),
    // In apposition to a clock time, minutes later restate that time.
    (
        "1991-03-22",
        "The engine room flooded at about 3:40 a.m. Thursday; the distress call was not sent until 4:05 a.m., 25 minutes later.",
        "25 minutes later",
        "TIME 1991-03-21T04:05",
    ),
    // More than 48 minutes is still a time told on from the clock.
    (
        "1988-01-18",
        "The turboprop left Boston at 6:42 p.m. Saturday and lost radio contact about 50 minutes later.",
        "about 50 minutes later",
        "TIME 1988-01-16T19:32 APPROX",
    ),
    // An adjective before "an hour" is no part of it: "full an hour later" is "an hour
    // later".
    (
        "1989-11-24",
        "The doors opened at 7 a.m., and the parking lots were nearly full an hour later.",
        "an hour later",
        "TIME 1989-11-24T08:00",
    ),
    // A clock time and the story's day named after it are one expression.
    (
        "1993-07-20",
        "The festival opens Friday. The headliner takes the main stage at 9:30 that night.",
        "9:30 that night",
        "TIME 1993-07-23T21:30",
    ),
    (
        "1992-09-07",
        "Voters go to the polls on Oct. 3. Polls close at 6pm that day.",
        "6pm that day",
        "TIME 1992-10-03T18:00",
    ),
    // A clock time read in the part of the day named with it.
    (
        "1994-11-30",
        "The snow started here at about four o'clock this afternoon.",
        "about four o'clock this afternoon",
        "TIME 1994-11-30T16:00 APPROX",
    ),
    // Two sentences or more after a flashback, a clock time told in the past is back on the
    // lede's day.
    (
        "2021-07-02",
        "HARRISBURG, Pa., July 2 (AP) - A jury on Thursday convicted the owner of a fireworks store. The container exploded at about 4:30 p.m. on June 27, 2018. The inspector had returned that week. The verdict was read at noon.",
        "noon",
        "TIME 2021-07-01T12:00",
    ),
    // Not when the lede only reports on an older event: its clock times are that event's.
    (
        "2012-09-20",
        "WASHINGTON, Sept. 20 - The crew of a turboprop that crashed short of the runway on Jan. 9, 2011, ignored icing warnings, investigators concluded Thursday. The board's report came 20 months after the accident. Investigators traced the final minutes: the crew began the approach at 5:41 p.m.",
        "5:41 p.m.",
        "TIME 2011-01-09T17:41",
    ),
    (
        "1996-02-29",
        "ATLANTA - The collapse of a garage, which killed four ironworkers on Oct. 18, 1994, was caused by missing bolts, according to a report released Thursday. The crews had worked 12-hour shifts. The fourth level gave way at about 2:30 p.m.",
        "about 2:30 p.m.",
        "TIME 1994-10-18T14:30 APPROX",
    ),
    // Where the lede tells an event this week and a later day someone spoke of it, the
    // clock times told after are the event's.
    (
        "2009-12-06",
        "MANKATO, Minn., Dec. 6 - More than 60 people were treated for carbon monoxide poisoning after an ice resurfacer filled an arena with fumes Saturday. Fire Chief Dale Sorensen said Sunday that players began complaining of headaches shortly after 10 a.m.",
        "10 a.m.",
        "TIME 2009-12-05T10:00",
    ),
    (
        "2020-04-08",
        "PHILADELPHIA, April 8 - A fire at a cosmetics plant injured six workers Tuesday, and inspectors said Wednesday that they would investigate by video. Fire officials said ethanol vapor ignited in a mixing room at 1:35 p.m.",
        "1:35 p.m.",
        "TIME 2020-04-07T13:35",
    ),
    // Not a time someone spoke at, nor a day that only bounds the event.
    (
        "1992-12-02",
        "The terminal failed a test on Monday, the airport authority said Wednesday. \"We share it,\" the director told a news conference at 10:30 a.m.",
        "10:30 a.m.",
        "TIME 1992-12-02T10:30",
    ),
    // A period the report covers dates no event: "the year that began on April 1".
    (
        "2006-05-12",
        "TOKYO, May 12 - Hoshida said on Friday its profit rose in the business year that began on April 1, 2005. Orders were strong. The results were released after the market closed at 3 p.m.",
        "3 p.m.",
        "TIME 2006-05-12T15:00",
    ),
    // A sentence opening with an event the story dated by its noun tells that day's time.
    // Unless it names its own day.
    (
        "2024-09-25",
        "LANCASTER, Calif., Sept. 25 - A fire is now fully out, county fire officials said Wednesday. The fire began in one of 24 containers at 3:10 a.m. on Sept. 17 and spread. Firefighters declared the fire contained four days later.",
        "four days later",
        "DATE 2024-09-21",
    ),
    (
        "2025-04-21",
        "Police said they had arrested three men over a robbery in County Louth on Holy Thursday. The men were detained in raids early on Sunday. The robbery took place at about 8.15 a.m.",
        "about 8.15 a.m.",
        "TIME 2025-04-17T08:15 APPROX",
    ),
    // So is one dated by a possessive day: "Sunday's tornado".
    (
        "2011-05-27",
        "The death toll from Sunday's tornado rose to 23 on Friday after searchers found \
         another body. The tornado struck at 5:41 p.m. and stayed on the ground for 25 minutes.",
        "5:41 p.m.",
        "TIME 2011-05-22T17:41",
    ),
    // Two words of its own may stand between the possessive and the noun.
    (
        "1998-08-07",
        "Police on Friday charged a man over Tuesday's armoured van robbery. He was arrested \
         late Thursday. The robbery took place at about 9:15 a.m. outside a shopping centre.",
        "about 9:15 a.m.",
        "TIME 1998-08-04T09:15 APPROX",
    ),
    // A day counted back in the past perfect looks back from the story's day without moving
    // it, whatever the participle ("had heard").
    (
        "2006-06-16",
        "A landslide buried part of a village early Friday, killing 12 people. Villagers said \
         they had heard rumbling from the hillside the night before. Rescuers had pulled nine \
         people alive from the mud by mid-afternoon.",
        "mid-afternoon",
        "TIME 2006-06-16TAF MID",
    ),
    // Midnight opening a range that ends in the morning begins the morning's day.
    (
        "2011-11-26",
        "About 2 million shoppers visited its stores between midnight and 6 a.m. on Friday.",
        "midnight",
        "TIME 2011-11-24T24:00",
    ),
    (
        "2011-11-26",
        "The bar is open from 8 p.m. to midnight.",
        "midnight",
        "TIME 2011-11-26T24:00",
    ),
    // A clock restated in another zone, in parentheses, does not move the story's day.
    (
        "1999-09-20",
        "Troops landed shortly after 7 a.m. (2300 GMT Sunday), and by mid-afternoon about 1,500 soldiers had secured the airport.",
        "mid-afternoon",
        "TIME 1999-09-20TAF MID",
    ),
    // So is the one-word "midafternoon", "midmorning", after a preposition of time.
    (
        "2007-02-14",
        "Airlines had cancelled more than 1,000 flights by midafternoon.",
        "midafternoon",
        "TIME 2007-02-14TAF MID",
    ),
    // A clock time and "local time" before a day are on that day.
    (
        "2009-04-13",
        "Navy snipers shot three of his captors at about 7:19 p.m. local time Sunday.",
        "about 7:19 p.m.",
        "TIME 2009-04-12T19:19 APPROX",
    ),
    // A clock time's full stop can end its sentence: the next one's day is its own.
    (
        "2006-02-24",
        "Guards did not notice he was missing until a head count at 5 p.m. That night, a farmer reported his pickup stolen.",
        "5 p.m.",
        "TIME 2006-02-24T17:00",
    ),
    // ... with a hedge between the preposition and the clock, and after "last night".
    (
        "2009-06-11",
        "The verdict came at about 2:15 this afternoon, after the jury had deliberated.",
        "about 2:15 this afternoon",
        "TIME 2009-06-11T14:15 APPROX",
    ),
    // ... and "around" alone still makes a bare hour a time.
    (
        "2009-06-11",
        "The blast came around 10:30 and shook the town.",
        "around 10:30",
        "TIME 2009-06-11T10:30 APPROX",
    ),
    (
        "2014-12-25",
        "He walked into the station at about 9:40 last night carrying a paper bag.",
        "about 9:40 last night",
        "TIME 2014-12-24T21:40 APPROX",
    ),
    (
        "2009-03-10",
        "The show starts at eight o'clock tonight.",
        "eight o'clock tonight",
        "TIME 2009-03-10T20:00",
    ),
    // The four-digit clock of wire copy and the military, with a zone, "local time",
    // "hours" or a leading zero.
    (
        "2019-06-19",
        "The pound was up 0.3 percent against the dollar by 0900 GMT.",
        "0900 GMT",
        "TIME 2019-06-19T09:00",
    ),
    (
        "2019-06-19",
        "The curfew starts at 2200 hours.",
        "2200 hours",
        "TIME 2019-06-19T22:00",
    ),
    // After a preposition of time a leading zero is no year's.
    (
        "2004-10-25",
        "That is the news. The next bulletin is at 0700.",
        "0700",
        "TIME 2004-10-25T07:00",
    ),
    (
        "2010-02-24",
        "NORA BLAKE, host: Good morning, it's 7:35 here at Valley Radio.",
        "7:35",
        "TIME 2010-02-24T07:35",
    ),
    // A time with no day of its own is on the story's day, which a day after "began after"
    // is not: that one only starts a span.
    (
        "1992-01-08",
        "Police arrested a man Tuesday in a string of burglaries that began after Christmas. \
         He was taken into custody at about 2:15 a.m.",
        "about 2:15 a.m.",
        "TIME 1992-01-07T02:15 APPROX",
    ),
    // The baseline of a comparison ("compared with $9 million a year earlier") is not where
    // the story is, even with the figure between.
    (
        "2019-11-06",
        "Net income on Sept. 30 was $12 million, compared with $9 million a year earlier. The \
         shares rose 4 percent by 4 p.m.",
        "4 p.m.",
        "TIME 2019-09-30T16:00",
    ),
    // A midnight something began or ended at is the one that began the story's day,
    // written as T24:00 of the day before, as TimeML writes every midnight.
    (
        "2024-10-01",
        "Dockworkers walked off the job Tuesday, after their contract expired at midnight.",
        "midnight",
        "TIME 2024-09-30T24:00",
    ),
    (
        "2024-10-01",
        "Several chains opened their doors at midnight.",
        "midnight",
        "TIME 2024-09-30T24:00",
    ),
    // A span of hours takes its day from the end that names one, noon included.
    (
        "2009-07-25",
        "The fair runs from 10 a.m. to 6 p.m. today, and from noon to 5 p.m. Sunday.",
        "noon",
        "TIME 2009-07-26T12:00",
    ),
    // A start later in the day than the end is the evening before the end's day.
    (
        "1999-09-27",
        "Trucks sprayed the neighborhoods from 8 p.m. to 2 a.m. Saturday.",
        "8 p.m.",
        "TIME 1999-09-24T20:00",
    ),
    // The contracted "'ve" is the present perfect: told as past, a time does not go to a
    // day still ahead.
    (
        "2019-10-17",
        "Her final day will be Dec. 23. \"I've been getting up at 4 a.m. for 32 years,\" she \
         said.",
        "4 a.m.",
        "TIME 2019-10-17T04:00",
    ),
    // A plan someone made in the past keeps its clock time on the story's day; a forecast in
    // the passive looks ahead as a deadline.
    (
        "1996-04-23",
        "When Carla Mendez set out on the morning of April 12, she expected to be back at her \
         car by 4 p.m.",
        "4 p.m.",
        "TIME 1996-04-12T16:00",
    ),
    // The end of a reporting period ("the year to March 31") is not the story's day.
    (
        "1989-05-11",
        "The group raised pre-tax profit to 48.6 million stg for the year to March 31. Trading \
         in the shares had been suspended at 9.30am pending the announcement.",
        "9.30am",
        "TIME 1989-05-11T09:30",
    ),
    // American zones by name belong to the time; "on July 31" after them dates it.
    (
        "2019-07-19",
        "The trade deadline is 4 p.m. Eastern on July 31.",
        "4 p.m. Eastern",
        "TIME 2019-07-31T16:00",
    ),
    (
        "2014-01-10",
        "Schools reopen Monday on a regular schedule. We'll be back after this. It's 6:12.",
        "6:12",
        "TIME 2014-01-10T06:12",
    ),
    (
        "2019-06-12",
        "Services are held at 9 and 11 a.m. in the chapel.",
        "9",
        "TIME 2019-06-12T09:00",
    ),
    // A time without "a.m." or "p.m." is in the half of the day of the time before it.
    (
        "1996-07-05",
        "The chief said the blaze started at about 10:05 p.m., 15 minutes into the show, and \
         was out by 10:40.",
        "10:40",
        "TIME 1996-07-05T22:40",
    ),
    (
        "1996-07-05",
        "The doors opened at 9:30 a.m. and the first bids came in by 10:15.",
        "10:15",
        "TIME 1996-07-05T10:15",
    ),
    // Without a preposition of time, "hours" after four digits counts them.
    (
        "2019-06-19",
        "He was sentenced to 1500 hours of community service.",
        "1500 hours",
        "DURATION PT1500H",
    ),
    (
        "2019-06-19",
        "The quake struck at 0342 local time.",
        "0342",
        "TIME 2019-06-19T03:42",
    ),
    // A later day's midnight is its end, whatever the tense: only publication day's can
    // have begun already.
    (
        "1989-02-07",
        "The raise would have taken effect automatically at midnight tomorrow.",
        "midnight tomorrow",
        "TIME 1989-02-08T24:00",
    ),
    (
        "2003-03-21",
        "\"We are being asked to vote at 2 o'clock in the morning,\" she said.",
        "2 o'clock in the morning",
        "TIME 2003-03-21T02:00",
    ),
    (
        "2013-03-22",
        "The fire broke out at 2:15 in the morning on Sunday.",
        "2:15 in the morning",
        "TIME 2013-03-17T02:15",
    ),
    // A bare hour starting a span takes its half of the day from the span's end.
    (
        "2013-03-20",
        "Traffic will be heaviest between 4 and 9 p.m. on Friday.",
        "4",
        "TIME 2013-03-22T16:00",
    ),
    (
        "2013-03-20",
        "The clinic is open from 10 to 2 p.m. on Saturday.",
        "10",
        "TIME 2013-03-23T10:00",
    ),
    (
        "2020-01-22",
        "The agency's director will brief reporters at 6 p.m. Geneva time.",
        "6 p.m. Geneva time",
        "TIME 2020-01-22T18:00",
    ),
    // A day something starts from, or is done ahead of, is not the story's day.
    (
        "2018-04-26",
        "It will raise the price starting May 11. Executives will discuss the results at \
         5:30 p.m.",
        "5:30 p.m.",
        "TIME 2018-04-26T17:30",
    ),
    // "said yesterday" dates the statement, not the story: the fireworks "begin at
    // midnight" of the day told before it.
    (
        "2011-12-30",
        "Trains will run all night on New Year's Eve, Transport for London said yesterday. \
         The fireworks begin at midnight.",
        "midnight",
        "TIME 2011-12-31T24:00",
    ),
    // "overnight" before a verb is a time; one that may come is tonight's.
    (
        "2010-02-19",
        "The storm that dumped 14 inches of snow overnight was expected to taper off.",
        "overnight",
        "TIME 2010-02-18TNI",
    ),
    (
        "2006-12-24",
        "Visibility could improve this afternoon, but the fog was likely to return overnight.",
        "overnight",
        "TIME 2006-12-24TNI",
    ),
    // British copy: "9.15pm".
    (
        "2014-10-12",
        "Kick-off is at 7.45pm on Tuesday.",
        "7.45pm",
        "TIME 2014-10-14T19:45",
    ),
    // Minutes without "a.m." are a time after a preposition of time or before "local time".
    (
        "2013-03-18",
        "The flight left Kabul shortly after 10:30 on Monday.",
        "10:30",
        "TIME 2013-03-18T10:30",
    ),
    (
        "2013-03-18",
        "The blast hit the market at 10:30 local time on Monday.",
        "10:30",
        "TIME 2013-03-18T10:30",
    ),
    (
        "2013-03-18",
        "The blast hit the market 10:30 local time on Monday.",
        "10:30",
        "TIME 2013-03-18T10:30",
    ),
    // A bare hour takes its half of the day from the part of the day after it.
    (
        "2021-04-14",
        "The vigil starts at 7 tonight outside City Hall.",
        "7 tonight",
        "TIME 2021-04-14T19:00",
    ),
    // After any preposition of time, and before tomorrow's or that day's part of the day.
    (
        "2002-11-13",
        "Forecasters say flakes should start falling after 10 tonight.",
        "10 tonight",
        "TIME 2002-11-13T22:00",
    ),
    (
        "2005-01-07",
        "Crews have had plow trucks out since 4 this morning.",
        "4 this morning",
        "TIME 2005-01-07T04:00",
    ),
    (
        "1996-09-06",
        "Tickets go on sale at 10 tomorrow morning at the box office.",
        "10 tomorrow morning",
        "TIME 1996-09-07T10:00",
    ),
    (
        "1993-02-18",
        "The board meets at 7 p.m. and will announce the result at 11 that night.",
        "11 that night",
        "TIME 1993-02-18T23:00",
    ),
    // The period of "p.m." is part of it, also when it ends the sentence.
    (
        "2021-07-04",
        "The results were released at 4:05 p.m. Shares fell.",
        "4:05 p.m.",
        "TIME 2021-07-04T16:05",
    ),
    // A midnight at which something happened is the one that began the day; any other
    // ends it.
    (
        "2019-08-22",
        "The ceasefire, which took effect at midnight, largely held.",
        "midnight",
        "TIME 2019-08-21T24:00",
    ),
    // Told in the past on the day of publication, a named day's midnight is the one that
    // began it: the one that ends it is still ahead.
    (
        "2013-03-22",
        "The ceasefire has largely held since it began at midnight on Friday.",
        "midnight",
        "TIME 2013-03-21T24:00",
    ),
    (
        "2019-08-22",
        "Crowds stayed on the beach until around midnight.",
        "around midnight",
        "TIME 2019-08-22T24:00 APPROX",
    ),
    // "the night of Feb. 26" is a part of that day, as "Friday night" is.
    (
        "2022-03-03",
        "The depot was hit by a missile on the night of Feb. 26.",
        "the night of Feb. 26",
        "TIME 2022-02-26TNI",
    ),
    (
        "2010-01-20",
        "The quake struck on the afternoon of Jan. 12, 2010, and aid arrived days later.",
        "the afternoon of Jan. 12, 2010",
        "TIME 2010-01-12TAF",
    ),
    // "midnight tonight" is one expression, as "8 p.m. tonight" is, and the hours after it
    // are the next morning's.
    (
        "2024-10-16",
        "A curfew takes effect at midnight tonight and lasts until 6 a.m.",
        "midnight tonight",
        "TIME 2024-10-16T24:00",
    ),
    (
        "2024-10-16",
        "A curfew takes effect at midnight tonight and lasts until 6 a.m.",
        "6 a.m.",
        "TIME 2024-10-17T06:00",
    ),
    // Told after a later time of day, a clock time has moved past midnight; a morning
    // after the same morning has not.
    (
        "2019-03-11",
        "The bridge, closed Saturday night for repairs, reopened shortly after 8 a.m.",
        "8 a.m.",
        "TIME 2019-03-10T08:00",
    ),
    (
        "2019-03-13",
        "Talks that began Monday afternoon ran until about 2 a.m. before a deal was struck.",
        "about 2 a.m.",
        "TIME 2019-03-12T02:00 APPROX",
    ),
    (
        "2019-03-13",
        "The storm made landfall at 11:40 p.m. Tuesday. Crews reached the coast at dawn.",
        "dawn",
        "TIME 2019-03-13TMO",
    ),
    // A time before "on" and its day is on that day, with "local time" between too.
    (
        "2024-10-16",
        "Shelling resumed at dawn. The ceasefire had expired at 6 a.m. local time on Monday.",
        "6 a.m.",
        "TIME 2024-10-14T06:00",
    ),
    // A place between the time and "on" its day does not part them.
    (
        "1993-10-25",
        "With darkness falling by 5:15 p.m. in much of the Northeast on Halloween, parents were urged to keep children close.",
        "5:15 p.m.",
        "TIME 1993-10-31T17:15",
    ),
    // So is a time after a day and "at", whatever the tense of the move that set it.
    (
        "2009-04-12",
        "The parade, rained out Saturday, has been moved to next Saturday at 10 a.m.",
        "10 a.m.",
        "TIME 2009-04-18T10:00",
    ),
    (
        "2024-10-16",
        "The mayor spoke on Wednesday afternoon. The fire started around 3 a.m.",
        "around 3 a.m.",
        "TIME 2024-10-16T03:00 APPROX",
    ),
    (
        "2019-03-13",
        "The office opened Monday morning. By 10 a.m., the line was around the block.",
        "10 a.m.",
        "TIME 2019-03-11T10:00",
    ),
    // A time told in the past is not on a day still ahead, even when "until" looks ahead.
    (
        "2000-11-08",
        "A recount could begin next Tuesday. Workers counted ballots until 2 a.m. today.",
        "2 a.m. today",
        "TIME 2000-11-08T02:00",
    ),
    (
        "2000-11-08",
        "A recount could begin next Tuesday. Workers counted ballots until 2 a.m.",
        "2 a.m.",
        "TIME 2000-11-08T02:00",
    ),
    // A day told in the past perfect looks back; the story stays where it was.
    (
        "2020-03-11",
        "Traders said the exchange had warned them on Monday. Trading halted at 10:02 a.m.",
        "10:02 a.m.",
        "TIME 2020-03-11T10:02",
    ),
    // Nor is the baseline of a change.
    (
        "2011-11-25",
        "Black Friday sales rose 18% from a year earlier, and some stores opened at 5 a.m.",
        "5 a.m.",
        "TIME 2011-11-25T05:00",
    ),
    // The end of a reporting period is not the story's day.
    (
        "2023-10-11",
        "The company lost money in the quarter ended June 30. Its shares fell 4% at 10 a.m. on the news.",
        "10 a.m.",
        "TIME 2023-10-11T10:00",
    ),
    (
        "1990-06-25",
        "Rescue teams reached the village only at dawn.",
        "dawn",
        "TIME 1990-06-25TMO",
    ),
    (
        "1990-06-25",
        "The curfew lasts until dusk.",
        "dusk",
        "TIME 1990-06-25TEV",
    ),
    // A schedule told in the present is the day of publication's, whatever day the story
    // told last; so is the verb after a plural subject and a place.
    (
        "2012-11-06",
        "In Ohio, early voting began on Oct. 2. Polls in Ohio and North Carolina close at 7:30 p.m. in most counties.",
        "7:30 p.m.",
        "TIME 2012-11-06T19:30",
    ),
    (
        "2020-03-16",
        "Starting at 8 p.m. tonight, all bars must close.",
        "8 p.m. tonight",
        "TIME 2020-03-16T20:00",
    ),
    (
        "2024-03-07",
        "Early voting ends March 15; polls open from 7 a.m. to 8 p.m. on March 19.",
        "7 a.m.",
        "TIME 2024-03-19T07:00",
    ),
    // The end of a span still ahead does not move the story there.
    (
        "2018-03-07",
        "The exhibit runs through Aug. 12. Storms are expected overnight.",
        "overnight",
        "TIME 2018-03-07TNI",
    ),
    (
        "2018-03-07",
        "Applicants must file by April 30. Officials will answer questions at noon.",
        "noon",
        "TIME 2018-03-07T12:00",
    ),
    // A day after "since" starts a span; it is not where the story is.
    (
        "2017-08-21",
        "It was the first eclipse to cross the country since June 8, 1918. Totality reached the Oregon coast at 10:16 a.m. local time.",
        "10:16 a.m.",
        "TIME 2017-08-21T10:16",
    ),
    (
        "2009-02-12",
        "Officials said crews had worked through the night to restore power.",
        "the night",
        "TIME 2009-02-11TNI",
    ),
    (
        "2003-12-22",
        "Snow that fell overnight across the Great Lakes delayed hundreds of flights.",
        "overnight",
        "TIME 2003-12-21TNI",
    ),
    // The day something was said is not where the story's events are.
    (
        "1989-10-18",
        "A quake shook the Andes late Tuesday, killing 63 people, officials said Wednesday. It struck at 10:52 p.m. and was felt in Lima.",
        "10:52 p.m.",
        "TIME 1989-10-17T22:52",
    ),
    (
        "2013-09-18",
        "Fans waited overnight for tickets to the final.",
        "overnight",
        "TIME 2013-09-17TNI",
    ),
    // "overnight" told in the past, in a story of publication day, is last night.
    (
        "1997-01-02",
        "Repair crews from four states worked overnight to restore service.",
        "overnight",
        "TIME 1997-01-01TNI",
    ),
    // A span of hours: the first end takes the day said after the second; a span past
    // midnight ends on the next day.
    (
        "2010-05-31",
        "Memorial Day weekend ended Sunday. Traffic is expected to be heaviest between 3 p.m. and 7 p.m. today.",
        "3 p.m.",
        "TIME 2010-05-31T15:00",
    ),
    (
        "2001-07-11",
        "Trucks will spray tonight between 9 p.m. and 2 a.m., weather permitting.",
        "2 a.m.",
        "TIME 2001-07-12T02:00",
    ),
    // A time in the past is not placed on a day still ahead.
    (
        "1998-08-12",
        "It should come ashore late Thursday or early Friday, forecasters said. At 5 p.m. EDT, the storm was 420 miles offshore.",
        "5 p.m. EDT",
        "TIME 1998-08-12T17:00",
    ),
    // A time ahead is not placed on a day the story has already told.
    (
        "2017-09-16",
        "Two people died on Friday night. Police will give an update at noon.",
        "noon",
        "TIME 2017-09-16T12:00",
    ),
    (
        "2017-09-16",
        "Two people died on Friday night. Police arrived at 11 p.m. to seal the street.",
        "11 p.m.",
        "TIME 2017-09-15T23:00",
    ),
    (
        "2018-08-08",
        "The blast happened at 3 p.m. Tuesday.",
        "3 p.m. Tuesday",
        "TIME 2018-08-07T15:00",
    ),
    (
        "2018-08-08",
        "The market opened at 10:35 a.m. and fell.",
        "10:35 a.m.",
        "TIME 2018-08-08T10:35",
    ),
    (
        "2018-08-08",
        "The plane landed at noon Saturday.",
        "noon Saturday",
        "TIME 2018-08-04T12:00",
    ),
    (
        "2018-08-08",
        "Polls closed at midnight Friday.",
        "midnight Friday",
        "TIME 2018-08-03T24:00",
    ),
    (
        "2018-08-08",
        "Bids close at 4 p.m. EST Nov. 9.",
        "4 p.m. EST Nov. 9",
        "TIME 2018-11-09T16:00",
    ),
    (
        "2018-08-08",
        "They met at 15:30 GMT.",
        "15:30 GMT",
        "TIME 2018-08-08T15:30",
    ),
    (
        "2018-08-08",
        "The riot began on Aug. 3. By the evening, police had retreated.",
        "the evening",
        "TIME 2018-08-03TEV",
    ),
    (
        "2018-08-08",
        "He was seen around 7:15 p.m. Tuesday.",
        "around 7:15 p.m. Tuesday",
        "TIME 2018-08-07T19:15 APPROX",
    ),
    (
        "2018-08-08",
        "Trading halted at 11 am in Tokyo.",
        "11 am",
        "TIME 2018-08-08T11:00",
    ),
    (
        "2018-08-08",
        "The shops open at six o'clock.",
        "six o'clock",
        "TIME 2018-08-08T06:00",
    ),
    // With nothing to tell its half, an hour from 1 to 4 is the afternoon's ...
    (
        "2018-08-08",
        "The principal heard the news shortly before 2 o'clock and sent us home.",
        "2 o'clock",
        "TIME 2018-08-08T14:00",
    ),
    (
        "2018-08-08",
        "The last radio call came at 3:31.",
        "3:31",
        "TIME 2018-08-08T15:31",
    ),
    // ... but not one written on the 24-hour clock.
    (
        "2018-08-08",
        "The rocket lifted off at 04:10 UTC.",
        "04:10 UTC",
        "TIME 2018-08-08T04:10",
    ),
    (
        "2018-08-08",
        "The crash came at 12:40 a.m. Sunday.",
        "12:40 a.m. Sunday",
        "TIME 2018-08-05T00:40",
    ),
    (
        "2018-08-08",
        "Voting ends at 8 p.m. on Tuesday.",
        "8 p.m.",
        "TIME 2018-08-14T20:00",
    ),
    // A schedule's times, though the sentence names the day it starts and the day it ends.
    (
        "1998-05-28",
        "The pool opens Saturday and will be open daily from noon to 7 p.m. until Labor Day.",
        "7 p.m.",
        "TIME XXXX-XX-XXT19:00",
    ),
    (
        "1995-02-20",
        "Hello, everyone. It is 12 noon, and the snow is still falling.",
        "12 noon",
        "TIME 1995-02-20T12:00",
    ),
    (
        "1994-03-09",
        "Kanemori shares fell 23 yen to 612 yen in afternoon trading.",
        "afternoon",
        "TIME 1994-03-09TAF",
    ),
    (
        "1995-01-17",
        "Good evening, and this is the Evening Report for Tuesday.",
        "the Evening",
        "NONE",
    ),
    // The sun's rising and setting are events of the sky, untagged in the annotated news;
    // dawn and dusk are parts of the day.
    (
        "2010-08-11",
        "Muslims fast daily from before sunrise until sunset for a month, and the shops stay \
         open until dusk.",
        "sunset",
        "NONE",
    ),
    // An eve is an evening: its small hours are the next day's.
    (
        "1995-12-28",
        "Subway service will be extended until 2 a.m. on New Year's Eve, officials said.",
        "2 a.m.",
        "TIME 1996-01-01T02:00",
    ),
    // The part of the day named before a bare hour in its sentence says its half.
    (
        "1995-01-17",
        "ANCHOR: Good evening, it's six o'clock, and this is the Evening Report.",
        "six o'clock",
        "TIME 1995-01-17T18:00",
    ),
    // The greeting may be a sentence of its own.
    (
        "2011-03-10",
        "Good evening. It's 5 o'clock on Thursday, and here is the news.",
        "5 o'clock",
        "TIME 2011-03-10T17:00",
    ),
    // An hour without "a.m." or "p.m." after a p.m. time in the sentence before.
    (
        "1992-08-20",
        "The siren went off at 6:42 p.m. Wednesday. By 6:50 the tornado had crossed Main Street.",
        "6:50",
        "TIME 1992-08-19T18:50",
    ),
    (
        "1992-08-20",
        "The meeting ended at 9 p.m. Wednesday. At 7:30 the next morning the buses left.",
        "7:30 the next morning",
        "TIME 1992-08-20T07:30",
    ),
    // A bound ("until at least noon Saturday") is not where the story is.
    (
        "1999-12-31",
        "The center will open at 6 p.m. tonight and stay staffed until at least noon Saturday. Downtown, the celebration begins at 4 p.m. with a parade.",
        "4 p.m.",
        "TIME 1999-12-31T16:00",
    ),
    // A time set off by commas before "on" and its day is on that day.
    (
        "2002-01-10",
        "The office would open an hour early, at 9 a.m., on Friday to cope with queues.",
        "9 a.m.",
        "TIME 2002-01-11T09:00",
    ),
    // "By evening" alone, and a market's session at a part of the day.
    (
        "2001-08-06",
        "She set out that morning on a six-hour loop. By evening she had lost the trail.",
        "evening",
        "TIME 2001-08-06TEV",
    ),
    (
        "2009-04-03",
        "The Dow industrial average was up 28 points in early afternoon trading.",
        "early afternoon",
        "TIME 2009-04-03TAF START",
    ),
    (
        "2001-08-06",
        "By evening standards the crowd was small.",
        "evening",
        "NONE",
    ),
    // The end of a span takes its half of the day from the part named after it.
    (
        "1995-02-20",
        "Snow fell at the airport between 11 p.m. Saturday and 9 this morning.",
        "9 this morning",
        "TIME 1995-02-20T09:00",
    ),
    (
        "2018-08-08",
        "She will fly out at 4 in the morning.",
        "4 in the morning",
        "TIME 2018-08-08T04:00",
    ),
    (
        "2018-08-08",
        "The tremor struck at about 10:20 a.m. and rattled windows.",
        "about 10:20 a.m.",
        "TIME 2018-08-08T10:20 APPROX",
    ),
    (
        "2018-08-08",
        "The fire broke out on the night of Oct. 12, 2004.",
        "the night of Oct. 12, 2004",
        "TIME 2004-10-12TNI",
    ),
    (
        "2018-05-08",
        "The ceasefire took effect at midnight on Sunday.",
        "midnight",
        "TIME 2018-05-06T24:00",
    ),
    // A clock time in a sentence that states a recurrence of a day or less is a time of
    // that schedule, on no one day; a day named in its clause makes it that day's, and a
    // time told as done stays on its day.
    (
        "2021-03-09",
        "The clinic is now open daily from 8 a.m. to 7 p.m.",
        "7 p.m.",
        "TIME XXXX-XX-XXT19:00",
    ),
    (
        "2017-09-05",
        "Ferries will run every 15 minutes between 6 a.m. and 10 a.m.",
        "6 a.m.",
        "TIME XXXX-XX-XXT06:00",
    ),
    (
        "2018-06-15",
        "The flights will operate twice daily, leaving Spokane at 6:15 a.m. and 4:50 p.m.",
        "4:50 p.m.",
        "TIME XXXX-XX-XXT16:50",
    ),
    (
        "2021-03-15",
        "The centres are open seven days a week, from 8am to 8pm.",
        "8am",
        "TIME XXXX-XX-XXT08:00",
    ),
    (
        "2014-05-15",
        "Flights will run daily through Sept. 30, leaving Denver at 6:15 p.m.",
        "6:15 p.m.",
        "TIME XXXX-XX-XXT18:15",
    ),
    (
        "2010-02-24",
        "The clock will strike every hour from 7 a.m. to 10 p.m., and the county will hold a dedication on Saturday.",
        "7 a.m.",
        "TIME XXXX-XX-XXT07:00",
    ),
    (
        "2007-12-01",
        "There will be horse-drawn carriage rides on Saturdays from noon to 4 p.m.",
        "4 p.m.",
        "TIME XXXX-XX-XXT16:00",
    ),
    (
        "2017-03-22",
        "The observatory will open to the public each Friday from 8pm until the end of April.",
        "8pm",
        "TIME XXXX-XX-XXT20:00",
    ),
    (
        "2022-12-07",
        "The warm spaces will be open from 9am to 7pm until the end of March.",
        "7pm",
        "TIME XXXX-XX-XXT19:00",
    ),
    (
        "1994-10-31",
        "Trick-or-treating is permitted from 4 p.m. to 7 p.m., and the stores agreed to stop selling eggs through Wednesday.",
        "4 p.m.",
        "TIME 1994-10-31T16:00",
    ),
    (
        "2023-09-06",
        "The eastbound lanes will close between 9 p.m. and 5 a.m. through Oct. 14.",
        "9 p.m.",
        "TIME XXXX-XX-XXT21:00",
    ),
    // Hours that hold until a later day are no one day's, though the sentence names a day
    // beside them.
    (
        "2019-09-04",
        "Repair work on the bridge resumes Monday, with one lane shut from 10 p.m. to 6 a.m. until late November.",
        "10 p.m.",
        "TIME XXXX-XX-XXT22:00",
    ),
    (
        "2021-11-24",
        "The ice rink will be open from 10am to 9pm until the end of February, closing only on New Year's Day.",
        "9pm",
        "TIME XXXX-XX-XXT21:00",
    ),
    (
        "2018-08-08",
        "On Saturday, shuttles will run every 15 minutes from 9 a.m.",
        "9 a.m.",
        "TIME 2018-08-11T09:00",
    ),
    (
        "1994-06-24",
        "The match is Sunday. Buses will run every 15 minutes starting at noon.",
        "noon",
        "TIME 1994-06-26T12:00",
    ),
    (
        "2018-08-08",
        "The shelter, open daily, was evacuated at 3 a.m.",
        "3 a.m.",
        "TIME 2018-08-08T03:00",
    ),
    // An hour alone after "at", where the words before say a time is meant: a meeting's,
    // or a broadcast's own, on the day it airs and in the half of the day it names.
    (
        "2013-02-11",
        "The school board meets tonight at seven to vote on the new calendar.",
        "seven",
        "TIME 2013-02-11T19:00",
    ),
    (
        "2008-05-28",
        "Flooding closed Route 9 on Saturday. We will have more on that story at eight.",
        "eight",
        "TIME 2008-05-28T08:00",
    ),
    (
        "2000-12-01",
        "More snow is on the way; the full forecast at 11. Also tonight, the mayor answers your questions.",
        "11",
        "TIME 2000-12-01T23:00",
    ),
    (
        "1994-11-30",
        "Crews worked through the day to restore power. We will have more on the outages at eleven.",
        "eleven",
        "TIME 1994-11-30T23:00",
    ),
    (
        "1995-03-13",
        "We will be back at 10 tonight with the results.",
        "10 tonight",
        "TIME 1995-03-13T22:00",
    ),
    // Hours that recur from day to day are every such day's even told in the past; a day
    // the schedule includes or leaves out is none of its own.
    (
        "2015-04-02",
        "The thefts happened between 9 a.m. and 2 p.m., mostly on Mondays and Fridays.",
        "9 a.m.",
        "TIME XXXX-XX-XXT09:00",
    ),
    (
        "2012-10-30",
        "Vandals damaged the park nearly every night after 11 p.m., neighbours said.",
        "11 p.m.",
        "TIME XXXX-XX-XXT23:00",
    ),
    (
        "2016-10-19",
        "The voter office will be open from 8 a.m. to 6 p.m. daily, including Sunday.",
        "6 p.m.",
        "TIME XXXX-XX-XXT18:00",
    ),
    // A clock time a few words after a day told in the past perfect is on that day, though
    // the day does not move the story: not on the day the story told before.
    (
        "2004-04-13",
        "The line reopened at 3.45pm yesterday. A spokeswoman said 40 services had been \
         cancelled on Monday and that the first two trains this morning, the 5.52am and 6.14am, \
         had also been withdrawn.",
        "6.14am",
        "TIME 2004-04-13T06:14",
    ),
    (
        "1995-05-08",
        "Fifty years ago today, the war in Europe ended. The surrender had been signed at Reims \
         the day before, at 2:41 a.m., in a red-brick schoolhouse.",
        "2:41 a.m.",
        "TIME 1945-05-07T02:41",
    ),
    // Another clause, another time: the verdict was returned today.
    (
        "1990-02-27",
        "The verdict came today in the fraud trial. The jurors had asked yesterday to rehear \
         testimony from the auditor, before returning their verdict shortly after 2 p.m.",
        "2 p.m.",
        "TIME 1990-02-27T14:00",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // A figure with thousands after "opened at" is a price, not an hour.
    (
        "1997-12-15",
        "The rupiah opened at 4,850 against the dollar.",
    ),
    // Dotted figures outside a broadcast's word are prices or scores.
    (
        "2025-03-11",
        "Shares of the bank closed at 6.30, down 12 pence.",
    ),
    // "half past" with no word asking for a time before it.
    ("2009-02-07", "Half past seven students walked out."),
    // A leading zero before more groups of digits is a telephone number's.
    ("2011-01-01", "For details call us at 0800 555 1234."),
    // A number after "at" that the words around make a price, a score or an address.
    (
        "2013-02-11",
        "The index opened at 9 percent below its peak.",
    ),
    ("2013-02-11", "Shares of the company closed at 8."),
    (
        "2013-02-11",
        "Shares of the company opened at 8, up from 7.",
    ),
    ("2013-02-11", "The new office opens at 8 Main Street."),
    // A capitalised name, not a time.
    (
        "2006-12-20",
        "The cathedral holds a carol service and Midnight Mass for the parish.",
    ),
    (
        "2019-06-19",
        "The museum holds 1430 paintings and 2200 drawings.",
    ),
    ("2019-06-19", "The ship carried 2200 passengers."),
    ("2014-10-12", "Shares rose 9.15 percent."),
    ("2018-08-08", "The score was 10-3 at the break."),
    ("2018-08-08", "Read John 3:16 again."),
    ("2018-08-08", "He earned 4.5 million."),
    ("2018-08-08", "The ratio was 2:1."),
    ("2018-08-08", "The dawn of a new era began."),
    ("2018-08-08", "Coach Dawn Staley spoke after the game."),
    ("2018-08-08", "She read the morning paper."),
    ("2018-08-08", "Chapter 4:12 tells the story."),
    ("2018-08-08", "The poster showed Gary Cooper in High Noon."),
];
