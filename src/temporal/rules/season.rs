//! Seasons: "this fall", "last summer", "the summer of 1998", "winter 1994", "early spring",
//! "two summers ago".
//!
//! "fall" and "spring" are also common words ("prices fall", "the Arab Spring"), so a season
//! needs company: a shift word, an article or preposition, a position word or a year.

use super::super::doc::Doc;
use super::super::expr::{Amount, Candidate, Expr, Shift, YearRef};
use super::super::lexicon::{Lex, Word};
use super::super::tense::moved_before;
use super::amount::amount_ending_at;
use super::calendar::{relative_year_after, shift_before, year_at};
use super::position::position_before;

// Kept out of the pipeline loop (`rules::collect`): inlined there, the rule families made
// the loop large enough to cost about 1% more instructions (callgrind, docs/BENCHMARKS.md).
#[inline(never)]
pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // The days the seasons turn are asked for here, from the words that can end one, rather
    // than from the pipeline loop: a call there per word cost 0.5% of the pipeline's
    // instructions (callgrind).
    let Lex::Season(season) = doc.lex(i) else {
        if matches!(doc.lex(i), Lex::Word(Word::Solstice | Word::Equinox)) {
            super::season_turn::at(doc, i, out);
        }
        return;
    };
    super::season_turn::at(doc, i, out);
    if doc.raw(i).ends_with('s') {
        // "two summers ago": counted back from the last one.
        if doc.is(i + 1, Word::Ago) {
            if let Some((start, Amount::Count(n @ 2..=20))) = amount_ending_at(doc, i) {
                out.push(Candidate::new(
                    start,
                    i + 2,
                    Expr::Season {
                        season,
                        shift: Shift::Last,
                        year: YearRef::Ago(n),
                    },
                    "season",
                ));
            }
        }
        return;
    }
    // "the summer solstice", "the spring equinox": a day, named after the season, which the
    // season-turn rule reads.
    if matches!(doc.word(i + 1), "solstice" | "equinox") {
        return;
    }
    // "prices were unlikely to fall this year", "could fall next year", "will not spring
    // back": after "to", a modal or a negation the word is the verb, whatever follows.
    if matches!(doc.word(i), "fall" | "spring")
        && i > 0
        && matches!(
            doc.word(i - 1),
            "to" | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "not"
                | "never"
                | "did"
                | "does"
                | "do"
                | "t"
        )
    {
        return;
    }
    // "the Arab Spring", "Prague Spring": a capitalised word before a capitalised season.
    if doc.cap(i)
        && i > 0
        && doc.cap(i - 1)
        && doc.lex(i - 1) == Lex::None
        && !doc.sentence_start(i)
    {
        return;
    }
    // "the Summer Olympics", "the Winter Palace": a capitalised season before a capitalised
    // name is part of it.
    if doc.cap(i)
        && doc.cap(i + 1)
        && doc.is_word(i + 1)
        && doc.lex(i + 1) == Lex::None
        && !doc.sentence_start(i + 1)
    {
        return;
    }
    let (start, mut shift) = shift_before(doc, i);
    // "this spring and summer", "last fall and winter": the second season shares the first
    // one's shift.
    let shared = shift == Shift::Bare
        && i >= 2
        && matches!(doc.lex(i - 1), Lex::Word(Word::And | Word::Or))
        && matches!(doc.lex(i - 2), Lex::Season(_))
        && !doc.raw(i - 2).ends_with('s');
    if shared {
        let (_, first) = shift_before(doc, i - 2);
        if first != Shift::Bare {
            shift = first;
        }
    }
    // The year: "summer 1998", "the summer of 1998", "summer of last year".
    let mut year = YearRef::Implied;
    let mut end = i + 1;
    let y_at = if doc.is(i + 1, Word::Of) {
        i + 2
    } else {
        i + 1
    };
    if let Some((y, after)) = year_at(doc, y_at) {
        year = YearRef::Absolute(y);
        end = after;
    } else if let (YearRef::Relative(r), after) = relative_year_after(doc, i + 1) {
        year = YearRef::Relative(r);
        end = after;
    } else if doc.is(i + 1, Word::Of) {
        // "the fall of the Berlin Wall": not a season.
        return;
    } else if doc.word(i + 1) == "months" && doc.unit(i + 1).is_some() {
        // "a slowdown in the summer months": the season, named by its months.
        end = i + 2;
    }
    // "toured Europe that summer": the season of the year the story is telling.
    let that = shift == Shift::Bare && i > 0 && doc.is(i - 1, Word::That);
    if that && year == YearRef::Implied {
        year = YearRef::Narrative(0);
    }
    let the = start == i && i > 0 && doc.is(i - 1, Word::The);
    let mut start = if the || that { i - 1 } else { start };
    let (s, modifier) = position_before(doc, start);
    if modifier.is_some() {
        start = if s > 0 && doc.is(s - 1, Word::The) {
            s - 1
        } else {
            s
        };
    }
    let supported = shift != Shift::Bare
        || year != YearRef::Implied
        || modifier.is_some()
        || the
        || (i > 0
            && (matches!(
                doc.lex(i - 1),
                Lex::Word(
                    Word::In
                        | Word::Since
                        | Word::Until
                        | Word::By
                        | Word::Through
                        | Word::Before
                        | Word::After
                        | Word::Each
                        | Word::Every
                )
            ) || doc.word(i - 1) == "during"))
        // "after a cold, wet spring", "as a harsh winter halted construction": a season
        // described by its weather is a season. ("fall" is left out: "a sharp fall".)
        || (doc.word(i) != "fall" && weather_described(doc, i))
        // "Spring officially arrived last Thursday", "Winter came early": the season as the
        // subject that opens its sentence, a verb after it. ("Fall" is left out: "Fall in
        // prices ...".)
        || (doc.sentence_start(i) && doc.word(i) != "fall" && {
            let verb_at = if doc.word(i + 1).ends_with("ly") { i + 2 } else { i + 1 };
            doc.tense_class(verb_at) != 0
        })
        // "the unofficial start of summer", "the astronomical start of summer": the season
        // whose start is named, when no position rule took the phrase.
        || (i >= 2
            && doc.is(i - 1, Word::Of)
            && matches!(doc.word(i - 2), "start" | "end" | "beginning" | "middle"))
        // "as early as spring", "as late as fall"
        || (i >= 3
            && doc.word(i - 1) == "as"
            && matches!(doc.lex(i - 2), Lex::Word(Word::Early | Word::Late))
            && doc.word(i - 3) == "as");
    if !supported {
        return;
    }
    // "the fall" needs more than an article when it can be a noun: "after the fall". ("the
    // autumn" is only ever the season.)
    // "bookings for the fall" is the season too, unless the noun goes on ("responsible for
    // the fall in prices").
    // So is "most of the spring", the part of the season named. ("Before the fall, he was the
    // party's rising star" is a downfall.)
    // So is the new date of something moved: "moved up to the fall", "postponed to the
    // spring" ("led to the fall" is a downfall).
    // ("put off to the spring": the one phrasal verb of putting off that is not a past form.)
    let moved_to = i >= 3
        && doc.word(i - 2) == "to"
        && (moved_before(doc, i - 2)
            || (i >= 4 && doc.word(i - 3) == "off" && doc.word(i - 4) == "put"));
    let for_the_season = i >= 2
        && (matches!(doc.word(i - 2), "for" | "during")
            || moved_to
            || (i >= 3
                && doc.is(i - 2, Word::Of)
                && matches!(doc.word(i - 3), "most" | "much" | "rest" | "part" | "all")))
        && !matches!(doc.word(i + 1), "in" | "of" | "from" | "to");
    // ("might not last into the spring", "unlikely to recover before the spring": a span
    // reaching a season. "Before the fall" may be a downfall; "before the spring" is not.)
    // ("could not begin before the fall.", "nobody expected this before the fall,\" said
    // ...": "before the fall" closing its clause, after a verb's phrase, is the season; a
    // downfall opens one or takes an "of".)
    let closes_clause = doc.punct(i + 1, '.')
        || doc.punct(i + 1, '"')
        || (doc.punct(i + 1, ',') && doc.punct(i + 2, '"'));
    let reaches = i >= 2
        && (doc.word(i - 2) == "into"
            || (matches!(doc.lex(i - 2), Lex::Word(Word::Before))
                && (doc.word(i) == "spring"
                    || (closes_clause && i >= 3 && !doc.sentence_start(i - 2)))));
    if the
        && matches!(doc.word(i), "fall" | "spring")
        && !(i >= 2
            && matches!(
                doc.lex(i - 2),
                Lex::Word(Word::In | Word::By | Word::Until | Word::Since | Word::Through)
            ))
        && !reaches
        && !for_the_season
        && year == YearRef::Implied
    {
        return;
    }
    let mut c = Candidate::new(
        start,
        end,
        Expr::Season {
            season,
            shift,
            year,
        },
        "season",
    );
    c.modifier = modifier;
    out.push(c);
}

/// Whether the season at `i` follows an article and adjectives of weather: "a harsh winter",
/// "a cold, wet spring", "the mild winter".
fn weather_described(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    let mut adjectives = 0;
    while k > 0 {
        let w = doc.word(k - 1);
        if matches!(
            w,
            "harsh"
                | "cold"
                | "wet"
                | "mild"
                | "warm"
                | "dry"
                | "hot"
                | "snowy"
                | "rainy"
                | "bitter"
                | "severe"
                | "brutal"
                | "frigid"
                | "scorching"
                | "stormy"
                // "the driest winter on record": the superlative of weather too.
                | "driest"
                | "wettest"
                | "coldest"
                | "warmest"
                | "hottest"
                | "mildest"
                | "snowiest"
                | "rainiest"
                | "harshest"
        ) {
            adjectives += 1;
        } else if !(doc.punct(k - 1, ',') && adjectives > 0) {
            break;
        }
        k -= 1;
    }
    adjectives > 0 && k > 0 && matches!(doc.lex(k - 1), Lex::Word(Word::A | Word::An | Word::The))
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // A story datelined in the southern hemisphere counts its seasons there: summer runs
    // from December, and TimeML labels it with the year it starts in.
    (
        "2006-02-17",
        "SYDNEY, Feb. 17 (Reuters) - This summer has been the driest in five years.",
        "This summer",
        "DATE 2005-SU",
    ),
    (
        "1995-10-10",
        "SYDNEY: Corrigan was the leading wicket-taker in grade cricket last summer.",
        "last summer",
        "DATE 1994-SU",
    ),
    (
        "2006-02-17",
        "SYDNEY/LONDON, Feb. 17 (Reuters) - The company plans a new tablet for this summer.",
        "this summer",
        "DATE 2006-SU",
    ),
    // A span reaching "into the spring" or "before the spring" reaches the season.
    (
        "1997-01-15",
        "The owner cautioned that the pace might not last into the spring.",
        "the spring",
        "DATE 1997-SP",
    ),
    (
        "1991-01-20",
        "Dealers said sales were unlikely to recover before the spring.",
        "the spring",
        "DATE 1991-SP",
    ),
    // A season after "before" is the nearest, either side, whatever the tense.
    (
        "2003-08-15",
        "Local MPs want a review of the sea wall before the winter.",
        "the winter",
        "DATE 2003-WI",
    ),
    // "before the fall" closing its clause is the season; a downfall opens one or takes "of".
    (
        "2007-05-01",
        "Her lawyer said a retrial could not begin before the fall.",
        "the fall",
        "DATE 2007-FA",
    ),
    // What is prepared or braced for is near publication, ahead when told as it happens.
    (
        "2020-07-12",
        "Broussard said officials were preparing for the fall as if the pandemic will still be \
         with us.",
        "the fall",
        "DATE 2020-FA",
    ),
    // After "to", a modal or a negation "fall" is the verb; "this year" is its own.
    (
        "2001-05-01",
        "Rates were unlikely to fall this year, analysts said.",
        "this year",
        "DATE 2001",
    ),
    // The new date of something moved: "moved up to the fall".
    (
        "1990-03-01",
        "Lawyers asked for the hearing to be moved up to the fall.",
        "the fall",
        "DATE 1990-FA",
    ),
    // "off" right after the start of a text is no "put off" ("the fall classic" is no
    // season either).
    (
        "2001-05-01",
        "Off to the fall classic went the Yankees in October 2001.",
        "the fall",
        "NONE",
    ),
    // The verb may stand a few words back, past the thing moved.
    (
        "1990-03-01",
        "The board deferred the library vote to the fall.",
        "the fall",
        "DATE 1990-FA",
    ),
    // With no tense to decide, a season long over this year yields to the next one, weeks
    // away.
    (
        "1991-12-19",
        "\"They tell me maybe next month, maybe in the spring,\" she said.",
        "the spring",
        "DATE 1992-SP",
    ),
    // A season described by its weather is a season.
    // A season opening its sentence as the subject of a verb.
    (
        "2014-03-24",
        "Spring officially arrived last Thursday, but temperatures fell to minus 15 tonight.",
        "Spring",
        "DATE 2014-SP",
    ),
    (
        "1995-03-07",
        "Unemployment rose as a harsh winter halted construction.",
        "winter",
        "DATE 1994-WI",
    ),
    (
        "1988-06-10",
        "Sales rose as shoppers returned after a cold, wet spring kept them away.",
        "spring",
        "DATE 1988-SP",
    ),
    // What was hoped for is still to come; what had been promised was overtaken.
    (
        "1990-12-21",
        "The producers said they hoped to take the show on tour in the spring.",
        "the spring",
        "DATE 1991-SP",
    ),
    (
        "1991-03-30",
        "Tourism officials hoped for a normal season by the summer.",
        "the summer",
        "DATE 1991-SU",
    ),
    // "for the fall" is the season when the noun does not go on.
    (
        "1995-06-10",
        "Advance bookings for the fall are running 8 percent ahead of last year.",
        "the fall",
        "DATE 1995-FA",
    ),
    // So is "most of the spring".
    (
        "2024-07-10",
        "Mortgage rates stayed above 7 percent for most of the spring.",
        "the spring",
        "DATE 2024-SP",
    ),
    // A season joined to one with a shift shares it: "this spring and summer".
    (
        "2009-03-04",
        "The stimulus will put people to work this spring and summer.",
        "summer",
        "DATE 2009-SU",
    ),
    (
        "2019-09-25",
        "Flights may be delayed on foggy mornings this fall and winter.",
        "winter",
        "DATE 2019-WI",
    ),
    // "the autumn" after any preposition is the season; "autumn" is no other noun.
    (
        "2017-05-10",
        "Higher costs would squeeze margins until at least the autumn.",
        "the autumn",
        "DATE 2017-FA",
    ),
    (
        "1991-06-13",
        "He was told his trial will not begin before the autumn.",
        "the autumn",
        "DATE 1991-FA",
    ),
    // "this winter" told weeks after it ended is the one just over.
    (
        "2017-03-10",
        "The chief executive said this winter had been exceptionally difficult.",
        "this winter",
        "DATE 2016-WI",
    ),
    (
        "2017-03-10",
        "The hospital will open more beds before this winter.",
        "this winter",
        "DATE 2017-WI",
    ),
    // "despite" takes a noun, not a clause: the verb before it tells the season's side.
    (
        "2006-03-10",
        "Traffic through the canal rose despite a slowdown in the summer months.",
        "the summer months",
        "DATE 2005-SU",
    ),
    // "the summer months" is the season named by its months.
    (
        "2006-03-10",
        "The canal expects a slowdown in the summer months.",
        "the summer months",
        "DATE 2006-SU",
    ),
    // What is set or added for a season is the plan's, ahead, even in the present perfect.
    (
        "2001-05-13",
        "A second London date has been added for the summer.",
        "the summer",
        "DATE 2001-SU",
    ),
    // Counted back from last summer, which in October is the one just ended.
    (
        "2018-10-08",
        "The pier collapsed two summers ago and has not reopened.",
        "two summers ago",
        "DATE 2017-SU",
    ),
    (
        "2018-08-08",
        "The pier collapsed two summers ago and has not reopened.",
        "two summers ago",
        "DATE 2016-SU",
    ),
    (
        "2018-08-08",
        "The lake last froze over three winters ago.",
        "three winters ago",
        "DATE 2015-WI",
    ),
    // "the following spring", "the previous winter": counted from the story's period.
    (
        "2020-06-10",
        "The bridge was closed in 2019 for repairs. It reopened the following spring.",
        "the following spring",
        "DATE 2020-SP",
    ),
    (
        "2020-06-10",
        "The team won the title in 2016. The following summer, the coach left.",
        "The following summer",
        "DATE 2017-SU",
    ),
    // A time counted back that opens its sentence is such a period too.
    (
        "2010-05-20",
        "Thirty years ago this month, the volcano erupted. Geologists had warned of it the previous winter.",
        "the previous winter",
        "DATE 1979-WI",
    ),
    (
        "2013-05-20",
        "The storm hit Florida in the fall, flooding 40,000 homes.",
        "the fall",
        "DATE 2012-FA",
    ),
    (
        "2021-08-04",
        "Construction could begin as early as spring.",
        "spring",
        "DATE 2022-SP",
    ),
    (
        "2021-08-04",
        "Crews hope to finish the roof before winter.",
        "winter",
        "DATE 2021-WI",
    ),
    (
        "2013-03-07",
        "The last shutdown, in the winter of 1995-96, lasted 21 days.",
        "the winter of 1995-96",
        "DATE 1995-WI",
    ),
    // The season whose start is named; a season described by a superlative of weather.
    (
        "2002-05-24",
        "The Memorial Day weekend, the unofficial start of summer, gets under way.",
        "summer",
        "DATE 2002-SU",
    ),
    (
        "2003-10-10",
        "The reservoirs are low after the driest summer on record.",
        "summer",
        "DATE 2003-SU",
    ),
    (
        "2015-06-01",
        "The band released its first record in 1994 and toured Japan that summer.",
        "that summer",
        "DATE 1994-SU",
    ),
    // A year told in an aside about someone is background, not the story's year.
    (
        "1993-03-15",
        "The bakery burned on Dec. 9. Szabo, who came to the town from Budapest in 1979, spent that winter baking in a church basement.",
        "that winter",
        "DATE 1992-WI",
    ),
    (
        "2018-08-08",
        "Trump invited Putin to D.C. this fall.",
        "this fall",
        "DATE 2018-FA",
    ),
    (
        "2018-08-08",
        "Sales slumped last summer.",
        "last summer",
        "DATE 2017-SU",
    ),
    (
        "2019-02-10",
        "The bridge was closed last fall.",
        "last fall",
        "DATE 2018-FA",
    ),
    (
        "2018-08-08",
        "Work starts next spring.",
        "next spring",
        "DATE 2019-SP",
    ),
    (
        "2018-08-08",
        "The data covers the summer of 1998.",
        "the summer of 1998",
        "DATE 1998-SU",
    ),
    (
        "2018-08-08",
        "Snow fell in winter 1994.",
        "winter 1994",
        "DATE 1994-WI",
    ),
    (
        "2018-08-08",
        "The harvest failed in early spring.",
        "early spring",
        "DATE 2018-SP START",
    ),
    (
        "2018-08-08",
        "The heat wave this summer killed dozens.",
        "this summer",
        "DATE 2018-SU",
    ),
    (
        "2019-01-15",
        "Heating bills spiked this winter.",
        "this winter",
        "DATE 2018-WI",
    ),
    (
        "2018-08-08",
        "Enrollment dipped this past spring.",
        "this past spring",
        "DATE 2018-SP",
    ),
    (
        "2018-08-08",
        "The law changed in the fall of 2016.",
        "the fall of 2016",
        "DATE 2016-FA",
    ),
    (
        "2018-08-08",
        "The campaign ramps up in the fall.",
        "the fall",
        "DATE 2018-FA",
    ),
    (
        "2018-08-08",
        "The album came out in the summer of last year.",
        "the summer of last year",
        "DATE 2017-SU",
    ),
    (
        "2018-08-08",
        "The reactor will restart next autumn.",
        "next autumn",
        "DATE 2018-FA",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    (
        "2007-05-01",
        "Before the fall, he was the party's rising star.",
    ),
    (
        "2007-05-01",
        "He had been a star before the fall of the regime.",
    ),
    (
        "1990-03-01",
        "Their policies led to the fall of the government.",
    ),
    // A season as the first word of a text has nothing before it to support it.
    ("2018-08-08", "Fall colors peaked early."),
    ("2018-08-08", "Prices fall when supply rises."),
    ("2018-08-08", "The fall of the Berlin Wall changed Europe."),
    ("2018-08-08", "Protesters recalled the Arab Spring."),
    (
        "2018-08-08",
        "The Summer Olympics in Paris drew record crowds.",
    ),
    ("2018-08-08", "Water from the spring is clean."),
    ("2018-08-08", "He took a bad fall on the ice."),
    (
        "2018-08-08",
        "Traders blamed the strike for the fall in prices.",
    ),
    (
        "2007-03-14",
        "Investors lost most of the fall in the ruble.",
    ),
    // "the fall" after most prepositions can be a downfall.
    (
        "2018-08-08",
        "Before the fall, he was the party's rising star.",
    ),
    ("2018-08-08", "Shares could fall further."),
    ("2018-08-08", "Leaves fall in the wind."),
];
