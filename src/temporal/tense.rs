//! The tense around a date reference, which decides which "Wednesday" or "December" it means.
//!
//! "Paul delivered the letter on Wednesday" is the Wednesday before publication; "Paul will
//! meet Putin on Wednesday" the one after. There is no part-of-speech tagger here, by design
//! (no model to download, nothing slow on the hot path): the nearest verb-like cue in the
//! sentence decides, read through its auxiliaries ("will be held" is future, "has been" is
//! past, "is scheduled" future). Cues are irregular past forms, regular "-ed" forms not used
//! as adjectives, the modals and the words of planning ("scheduled", "plans to").

use super::doc::Doc;
use super::lexicon::{Lex, Word};

/// The tense that governs a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    /// No cue in the sentence.
    Unknown,
    /// A cue that places the reference on either side of publication: an infinitive after a
    /// past verb ("planned to leave on Thursday"), or "could" ("could be named by Friday",
    /// "could be located Wednesday"). The nearest reading wins, for weekdays too.
    Either,
}

impl Tense {
    pub fn describe(self) -> &'static str {
        match self {
            Tense::Past => "past tense",
            Tense::Present => "present tense",
            Tense::Future => "future tense",
            Tense::Unknown => "no tense cue",
            Tense::Either => "a cue that looks either way (a possibility, or a plan made earlier)",
        }
    }
}

/// Whether a figure noun (`is_figure`) stands at `i`, or after one plain word there: "May
/// figures", "May production figures", "fourth-quarter growth figures".
pub(crate) fn figure_follows(doc: &Doc, i: usize, is_figure: impl Fn(&str) -> bool) -> bool {
    is_figure(doc.word(i))
        || (doc.is_word(i) && !doc.cap(i) && doc.lex(i) == Lex::None && is_figure(doc.word(i + 1)))
}

/// A noun for a figure measured over a period and reported after it: "sales figures for
/// May", "the payrolls data for March".
pub(crate) fn figure_noun(word: &str) -> bool {
    matches!(
        word,
        "figures"
            | "figure"
            | "data"
            | "numbers"
            | "statistics"
            | "sales"
            | "results"
            | "reading"
            | "readings"
            | "index"
            | "payrolls"
            | "output"
            | "orders"
            | "exports"
            | "imports"
            | "prices"
            | "inflation"
            | "deficit"
            | "surplus"
    )
}

/// Whether the words from `i` make the month before them a traded contract's: "April
/// delivery", "the March contract", "September crude", "December corn futures", "May
/// heating oil". Not a figure measured over the month ("August crude production", "March
/// gasoline prices", "the July corn harvest").
pub(crate) fn names_a_contract(doc: &Doc, i: usize) -> bool {
    // (Every word it looks for is one the lexicon does not know: most words after a date
    // are turned away here, without a comparison of letters.)
    if !doc.is_word(i) || doc.lex(i) != Lex::None {
        return false;
    }
    if matches!(
        doc.word(i),
        "delivery" | "contract" | "contracts" | "futures"
    ) {
        return true;
    }
    let two_words = matches!(
        (doc.word(i), doc.word(i + 1)),
        ("crude", "oil") | ("heating", "oil") | ("natural", "gas")
    );
    let commodity = two_words
        || matches!(
            doc.word(i),
            "crude"
                | "brent"
                | "corn"
                | "wheat"
                | "soybeans"
                | "soybean"
                | "oats"
                | "cotton"
                | "cocoa"
                | "coffee"
                | "sugar"
                | "gasoline"
                | "copper"
                | "gold"
                | "silver"
                | "platinum"
                | "cattle"
                | "hogs"
        );
    let after = if two_words { i + 2 } else { i + 1 };
    commodity
        && !figure_noun(doc.word(after))
        // (Besides the figure nouns: "sales", "exports", "output" ...)
        && !matches!(
            doc.word(after),
            "stocks"
                | "inventories"
                | "supplies"
                | "demand"
                | "use"
                | "harvest"
                | "crop"
                | "planting"
                | "production"
        )
}

/// Whether a count of time "away" follows the date ending at `end`, within its phrase:
/// "Thursday, five days away", "Saturday only three days away".
fn counted_away(doc: &Doc, end: usize, last: usize) -> bool {
    // The walk stops at the first word that cannot stand in the count, most often the
    // first word after the date.
    let mut j = end;
    while j < last.min(end + 6)
        && (doc.punct(j, ',')
            || doc.is_number(j)
            || matches!(doc.lex(j), Lex::Cardinal(_))
            || matches!(
                doc.word(j),
                "only" | "just" | "still" | "a" | "few" | "more"
            ))
    {
        j += 1;
    }
    j > end && doc.unit(j).is_some() && doc.word(j + 1) == "away"
}

/// The tense governing tokens `start..end`, and the cue token that decided it.
pub(crate) fn tense_around(doc: &Doc, start: usize, end: usize) -> (Tense, Option<usize>) {
    let (first, last) = doc.sentence_tokens(start);
    // "Come Monday, the new rules apply": the idiom names a time ahead.
    if start > first && doc.word(start - 1) == "come" {
        return (Tense::Future, Some(start - 1));
    }
    // "With Census Day, Thursday, five days away", "a strike deadline of 12:01 a.m. on
    // Saturday only three days away": a count of time still to go puts the date ahead.
    if counted_away(doc, end, last) {
        return (Tense::Future, None);
    }
    // "officials expected Sunday to be even busier", "forecasters predict Friday to bring
    // rain": a day that is the subject of what is expected is still to come. (With another
    // verb the day may be when the expecting was done: "expected Friday to report a loss".)
    if start > first
        && matches!(
            doc.word(start - 1),
            "expected" | "expect" | "expects" | "predicted" | "predict" | "predicts"
        )
        && doc.word(end) == "to"
        && matches!(doc.word(end + 1), "be" | "bring" | "see")
    {
        return (Tense::Future, Some(start - 1));
    }
    // "Crude for April delivery rose 40 cents": a futures contract's month lies ahead of the
    // trading that is reported.
    if names_a_contract(doc, end) {
        return (Tense::Future, Some(end));
    }
    // The "for" a date is set for; "were sold out for Wednesday and Sunday": the second day
    // is set for as the first is.
    let for_at = if start > first + 1 && doc.word(start - 1) == "for" {
        Some(start - 1)
    } else if start > first + 3
        && matches!(doc.word(start - 1), "and" | "or")
        && matches!(doc.lex(start - 2), Lex::Weekday(_))
        && doc.word(start - 3) == "for"
    {
        Some(start - 3)
    } else {
        None
    };
    if let Some(k) = booked_for(doc, first, start) {
        return (Tense::Either, Some(k));
    }
    if let Some(for_at) = for_at {
        // "retail sales figures for May will be published Thursday": a figure is reported
        // for a period already begun, whatever the tense of its publication.
        // ("crude prices for March delivery" are traded for a month ahead.)
        // ("housing starts for August", "consumer spending for May": figures too.)
        let figure = figure_noun(doc.word(start - 2))
            || (start >= 3
                && matches!(
                    (doc.word(start - 3), doc.word(start - 2)),
                    ("housing", "starts") | ("consumer", "spending") | ("industrial", "production")
                ));
        // ("ticket sales for January journeys": a month before a noun names the journeys,
        // not the period the sales are counted over.)
        let noun_after = doc.is_word(end)
            && !doc.cap(end)
            && doc.lex(end) == Lex::None
            && doc.tense_class(end) == 0;
        if for_at + 1 == start
            && figure
            && !noun_after
            && !matches!(
                doc.word(end),
                "delivery" | "contracts" | "contract" | "futures"
            )
        {
            return (Tense::Past, Some(start - 2));
        }
        if let Some(found) = set_for(doc, first, for_at) {
            return found;
        }
    }
    // "Officials were preparing for the fall", "Preparations for Macao's return to the
    // motherland on December 20 have entered their final stage": what is prepared or braced
    // for is near publication, ahead when told as it happens; the nearest such date.
    if let Some(k) = prepared_for(doc, first, start) {
        return (Tense::Either, Some(k));
    }
    // "The union called a 48-hour strike from 6am Monday", "announced a ban from Friday":
    // what is called or announced from a day starts then, after it was announced. (What was
    // imposed or ordered may be in force already: "imposed a curfew from Friday".)
    if start > first + 2 && doc.word(start - 1) == "from" {
        let announced = (start.saturating_sub(7).max(first)..start - 1)
            .any(|k| matches!(doc.word(k), "called" | "announced"));
        if announced {
            return (Tense::Future, Some(start - 1));
        }
    }
    // "will be open until noon tomorrow and closed Friday": a participle after "and" shares
    // the "will be" of what it is joined to.
    if start > first + 3
        && doc.word(start - 2) == "and"
        && doc.tense_class(start - 1) & PAST_FORM != 0
        && doc.tense_class(start - 1) & CUE_WORD == 0
    {
        if let Some(k) = modal_be_before_and(doc, start - 2) {
            return (Tense::Future, Some(k));
        }
    }
    // A span arranged in a perfect ("has booked every table from 10 a.m. to 3 p.m. Sunday"),
    // its start and its end: see `arranged_from`.
    if let Some(k) = span_from(doc, first, start).and_then(|at| arranged_from(doc, first, at, end))
    {
        return (Tense::Future, Some(k));
    }
    // "The Brotherhood called for protests after Friday prayers": what is called for is to
    // come.
    if start > first + 3 && matches!(doc.word(start - 1), "after" | "on") {
        let called_for = (start.saturating_sub(6).max(first)..start - 2)
            .any(|k| doc.word(k) == "called" && doc.word(k + 1) == "for");
        if called_for {
            return (Tense::Future, Some(start - 1));
        }
    }
    // "A judge Monday set Feb. 22 as the sentencing date": a date chosen for something is
    // the plan's, which news reports when it is made; the nearest such date.
    if start > first
        && matches!(
            doc.word(start - 1),
            "set" | "fixed" | "named" | "chose" | "chosen" | "picked"
        )
        && doc.word(end) == "as"
    {
        return (Tense::Either, Some(start - 1));
    }
    // The verb before a reference governs it ("delivered a letter on Wednesday", "would be
    // held on April 24"); a clause after it ("..., an official said") is usually a
    // parenthetical report. Only a reference with no verb before it in its clause, one that
    // opens the sentence ("On Monday, Paul announced"), takes the verb after it.
    let mut k = start;
    let mut infinitive = false;
    // "will play in the Premier League after a 2-1 win on Sunday": a date inside a phrase
    // after "after" is before the clause's event, which says nothing of which side of
    // publication it lies.
    let mut after_phrase = false;
    while k > first {
        k -= 1;
        if doc.is(k, Word::After) && opens_noun_phrase(doc, k + 1) {
            after_phrase = true;
        }
        // 'will open 14 "warm spaces" in libraries from Thursday': a term in quotation marks
        // inside the clause is no quotation of its own.
        if !doc.is_word(k) {
            if let Some(open) = quoted_term_opening(doc, k, first) {
                k = open;
                continue;
            }
            // "postponed trick-or-treating, usually held on Halloween, until Saturday": a
            // participle phrase set off by commas describes the noun before it; the clause's
            // verb is before the phrase.
            if let Some(open) = participle_aside_opening(doc, k, first) {
                k = open;
                continue;
            }
        }
        // "issued an alert this morning, running from Wednesday evening until Monday": a
        // participle opening a span says nothing of which side of publication it lies, and
        // the verb before it dates the alert, not the span.
        // So does one reaching "into" a month: "a long contest stretching into June".
        if k + 1 < start
            && (matches!(
                doc.lex(k + 1),
                Lex::Word(Word::From | Word::Until | Word::Through)
            ) || doc.word(k + 1) == "into")
            && participle_opens_span(doc, k)
        {
            return (Tense::Either, Some(k));
        }
        // "and" right before a reference joins it to another ("Thursday and Friday"); further
        // back it starts a clause of its own when [`and_opens_clause`], as "but" always does.
        // ("fixed the rates yesterday, and on Monday banks will begin quoting": a date fronted
        // after ", and" opens the clause that follows, whose verb is the date's.)
        let fronted = doc.word(k) == "and"
            && k > first
            && k + 2 == start
            && doc.punct(k - 1, ',')
            && matches!(
                doc.lex(k + 1),
                Lex::Word(Word::On | Word::By | Word::Until | Word::Since)
            )
            && right_cue(doc, end, last).0.is_some();
        // "might come not at midnight but on Monday": the "but" of "not ... but" joins two
        // phrases of one clause, whose verb is before the "not". (Asked only of a word that
        // starts clauses: the walk passes many words.)
        let not_but = || {
            doc.word(k) == "but"
                && (k.saturating_sub(6).max(first)..k)
                    .rev()
                    .take_while(|&j| doc.is_word(j) || doc.is_number(j))
                    .any(|j| doc.word(j) == "not")
        };
        let starts_clause = || {
            (doc.word(k) != "and" && !not_but())
                || (k + 1 < start && and_opens_clause(doc, k))
                || fronted
        };
        // "have won four games and host the Celtics on Sunday": a word between "and" and an
        // article is a verb, the clause's own; its form gives the tense, the present when it
        // is no past form (the present of news states a schedule).
        if doc.word(k) == "and" && k + 2 < start && verb_between(doc, k + 1) {
            // ("will gather in the lodge and cast the first ballots": a verb joined to one
            // under a modal shares it.)
            return match cue(doc, k + 1) {
                Some(t) => (t, Some(k + 1)),
                None if modal_before_and(doc, k) => (Tense::Future, Some(k + 1)),
                None => (Tense::Present, Some(k + 1)),
            };
        }
        // "a stopgap bill that funds the government through March 6": a relative clause led
        // by "that" and a verb in the present states what holds now; the main clause's past
        // ("Congress passed") is not the date's.
        if doc.is(k, Word::That) && k + 1 < start && present_verb(doc, k + 1) {
            return (Tense::Present, Some(k + 1));
        }
        // "said activity has been low and that vaccine given in December would still
        // protect": "and that" opens a second reported clause; the first one's verb is
        // not its date's.
        let second_report = doc.is(k, Word::That) && k > first && doc.word(k - 1) == "and";
        if boundary(doc, k) || (clause_starts(doc, k) && starts_clause()) || second_report {
            // "Italy, who meet the Soviet Union on Wednesday, had not lost": a relative
            // clause set off by a comma has its own verb, right after "who"; a verb of
            // schedule in the plain present ("meet", "hosts", "opens") states what is to
            // come. The main clause's verb is not the date's.
            if matches!(doc.word(k), "who" | "which")
                && k > first
                && doc.punct(k - 1, ',')
                && k + 1 < start
                && present_verb(doc, k + 1)
            {
                return (Tense::Present, Some(k + 1));
            }
            break;
        }
        // "Democrats, who won the House two weeks ago, take over in January": the verb of a
        // relative clause set off by commas is not the clause's own.
        // (Not a comma inside a list in the clause: "who stepped down as chairman, president
        // and chief executive in March".)
        if closes_relative_aside(doc, k, first)
            && !(k + 1..start).any(|j| matches!(doc.word(j), "and" | "or"))
        {
            break;
        }
        // ("made his last appearance, unable to speak, on Wednesday": being able or not is
        // a state, no plan ahead.)
        if doc.word(k) == "to"
            && infinitive_follows(doc, k)
            && !matches!(doc.word(k.wrapping_sub(1)), "able" | "unable")
        {
            infinitive = true;
            continue;
        }
        // "opens Friday after premiering at Sundance in January": what a gerund after "after"
        // tells came before the clause's own event, which says nothing of which side of
        // publication it lies.
        if k > first
            && doc.is(k - 1, Word::After)
            && doc.word(k).len() > 5
            && doc.word(k).ends_with("ing")
            && !doc.cap(k)
        {
            return (Tense::Either, Some(k));
        }
        // "A gospel set Sunday morning will be followed by a softball game": a past form
        // that is also a noun, right before a date that a finite verb follows, names the
        // subject ("set", "cut", "hit"); that verb is the clause's.
        if k + 1 == start
            && doc.tense_class(k) & SAME_FORM_PAST != 0
            && matches!(
                doc.word(end),
                "will" | "would" | "is" | "are" | "was" | "were" | "can" | "should" | "must"
            )
        {
            if let (Some(t), at) = right_cue(doc, end, last) {
                return (t, at);
            }
        }
        // "will be opened and adjourned on Friday": a participle joined by "and" to one after
        // "be" shares that passive's auxiliary; the walk goes on past the "and".
        // (The words first: a word's class is worked out when first asked for.)
        if k >= first + 3
            && doc.is(k - 1, Word::And)
            && matches!(doc.word(k - 3), "be" | "been")
            && doc.tense_class(k) & (PAST_FORM | CUE_WORD) == PAST_FORM
            && doc.tense_class(k - 2) & PAST_FORM != 0
        {
            k -= 1;
            continue;
        }
        // A past participle that modifies rather than tells ("will collect canned goods",
        // "is to be officially opened", "behind closed doors"): not the clause's tense.
        if doc.tense_class(k) & (PAST_FORM | CUE_WORD) == PAST_FORM
            && participle_modifies(doc, k, first, start)
        {
            continue;
        }
        if let Some(t) = cue(doc, k) {
            // "If approved Tuesday, the plan would take effect in January": a participle right
            // after "if", "unless" or "once" is a condition, still to be met.
            if t == Tense::Past
                && k > first
                && doc.tense_class(k) & PAST_FORM != 0
                && matches!(doc.word(k - 1), "if" | "unless" | "once")
            {
                return (Tense::Future, Some(k));
            }
            // An infinitive follows the verb that governs it: after a past verb it may lie
            // either side of publication ("agreed to buy the lender in January", "staged
            // rallies to mark the day on Friday"); after a present or future one, ahead ("are
            // expected to sign Tuesday", "is to resume trading Tuesday").
            // A plan told in the past perfect was overtaken by what came after it, which may
            // lie either side of publication ("Congress, which had planned to return Tuesday,
            // postponed its session until Wednesday": the nearest Tuesday); told as overtaken
            // by a past ("had planned to retire in June but stayed on") it is a June gone by.
            // An agreement or decision in the past perfect still stands: "had agreed to return
            // to the table Thursday" may lie ahead.
            // "hoped to take it on tour in the spring", "vowed to finish by June", "hoped for
            // a normal season by the summer": what was hoped or promised is still to come.
            let promised = matches!(
                doc.word(k),
                "planned" | "hoped" | "intended" | "aimed" | "vowed" | "promised" | "pledged"
            );
            let past_perfect = k > first
                && doc.word(k - 1) == "had"
                && (promised || matches!(doc.word(k), "wanted" | "meant" | "expected"));
            // "has agreed to surrender at noon Tuesday", "has threatened to strike at 12:01
            // a.m.": a decision in the present perfect still stands, and what it commits to
            // is ahead, as a promise's is.
            let standing_decision = infinitive
                && k > first
                && matches!(doc.word(k - 1), "has" | "have")
                && matches!(
                    doc.word(k),
                    "agreed" | "decided" | "threatened" | "offered" | "voted"
                );
            let prospective = (promised || standing_decision)
                && (infinitive || (doc.word(k) == "hoped" && doc.word(k + 1) == "for"));
            // "will have to run again in November", "has to file by April 15": what one has
            // to do is still to be done.
            let obligation =
                infinitive && matches!(doc.word(k), "has" | "have") && doc.word(k + 1) == "to";
            // "will be decided early next month, after a recount on Wednesday left the two
            // tied": a clause after "after" with a past verb of its own past the date tells
            // a day gone by.
            // (Read only where it can decide: after "after", under a future or present.)
            let after_clause_past =
                || matches!(right_cue(doc, end, last), (Some(Tense::Past), Some(_)));
            let t = match (infinitive, t) {
                (_, Tense::Future | Tense::Present) if after_phrase && after_clause_past() => {
                    Tense::Past
                }
                (_, Tense::Future | Tense::Present) if after_phrase => Tense::Either,
                (true, _) if obligation => Tense::Future,
                (true, Tense::Past) if past_perfect && past_follows_but(doc, end, last) => {
                    Tense::Past
                }
                (true, Tense::Past) if past_perfect => Tense::Either,
                (_, Tense::Past) if prospective && !past_perfect => Tense::Future,
                (true, Tense::Past | Tense::Unknown) => Tense::Either,
                (true, Tense::Present) => Tense::Future,
                (_, t) => t,
            };
            // "analysts said spending in December could rise": a date inside what was
            // reported takes the reported clause's own modal, when it has one after the date.
            // Right after the verb ("said Monday", "said on Monday") it dates the report.
            // So does a date that is the reported clause's subject: "forecasters said April
            // could be cooler".
            let subject_of_report = start == k + 1
                && matches!(
                    doc.word(end),
                    "could" | "would" | "will" | "may" | "might" | "should" | "must" | "can"
                );
            // ("told Continental Press Thursday the team would look elsewhere": the one told,
            // a name or "reporters", stands between; the date is the telling's.)
            let told_whom = doc.word(k) == "told"
                && !doc.apostrophe_s(end)
                && (k + 1..start).all(|j| {
                    (doc.is_word(j) && doc.cap(j) && doc.lex(j) == Lex::None)
                        || matches!(
                            doc.word(j),
                            "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists"
                        )
                });
            let reported = matches!(doc.word(k), "said" | "says" | "told" | "predicted")
                && (start > k + 2 || subject_of_report)
                && !infinitive
                && !told_whom;
            if reported {
                if let (Some(r @ (Tense::Future | Tense::Either)), Some(at)) =
                    right_cue(doc, end, last)
                {
                    return (r, Some(at));
                }
            }
            // "warned of more disruption through the weekend", "predicted snow by Friday":
            // what is warned of or promised lies ahead; right after the verb ("warned on
            // Monday") the date is the warning's.
            let looks_ahead = matches!(
                doc.word(k),
                "warned"
                    | "braced"
                    | "predicted"
                    | "forecast"
                    | "threatened"
                    | "promised"
                    | "vowed"
                    | "pledged"
            ) && (start > k + 2
                // "forecasters predicted frost this weekend": a one-word object, a thing
                // (not "warned him Monday"), and the date is the forecast thing's.
                || (start == k + 2
                    && matches!(doc.word(k), "predicted" | "forecast")
                    && doc.is_word(k + 1)
                    && !doc.cap(k + 1)
                    && doc.lex(k + 1) == Lex::None
                    && !matches!(
                        doc.word(k + 1),
                        "him" | "her" | "them" | "it" | "us" | "me" | "for" | "on" | "in" | "at"
                    )
                    && !matches!(
                        doc.word(k.wrapping_sub(1)),
                        "was" | "were" | "had" | "been" | "is" | "are" | "be"
                    )))
                && !infinitive
                && !threat_to_someone(doc, k)
                // "promised at a summit in April that Georgia would join": a date right before
                // the "that" of what was promised is the promise's.
                && doc.word(end) != "that"
                // "warned fans on Friday not to buy tickets": a date after the verb's short
                // object and "on" is the warning's; what is warned of is after "of", "that" or
                // "for", or is bounded ("through the weekend", "by Friday").
                && !(doc.is(start - 1, Word::On)
                    && start <= k + 4
                    && !(k + 1..start - 1).any(|j| {
                        matches!(doc.lex(j), Lex::Word(Word::Of | Word::That)) || doc.word(j) == "for"
                    }));
            if looks_ahead {
                return (Tense::Future, Some(k));
            }
            return (t, Some(k));
        }
    }
    if infinitive {
        return (Tense::Either, None);
    }
    match right_cue(doc, end, last) {
        (Some(t), at) => (t, at),
        (None, _) => (Tense::Unknown, None),
    }
}

/// Whether the past participle at `k`, walked back to from a date at `start`, describes a
/// noun or completes a passive instead of telling the clause's tense. Called only for past
/// forms, so the walk pays one class test per word.
#[inline(never)]
fn participle_modifies(doc: &Doc, k: usize, first: usize, start: usize) -> bool {
    // "will collect canned goods on Saturday", "would see reduced service Monday": a past
    // participle right after a modal's verb describes its object; the modal is the clause's
    // tense. So after an infinitive's: "is scheduled to be sentenced Thursday".
    // ("will resume stalled talks", "will cut reduced fares": the modal's verb may be one of
    // schedule or of a past like its base.)
    let after_modal_verb = k >= first + 2
        && doc.is_word(k - 1)
        && !doc.cap(k - 1)
        && doc.tense_class(k - 1) & !(PLURAL_SCHEDULE | SAME_FORM_PAST) == 0
        && (is_modal(doc.word(k - 2)) || doc.word(k - 2) == "to");
    // "expected to be fully vindicated before spring", "had been closed": a participle after
    // "be" or "been" is a passive whose auxiliary, further back, gives the tense.
    let passive = k > first + 1 && {
        let b = if doc.word(k - 1).ends_with("ly") {
            k - 2
        } else {
            k - 1
        };
        matches!(doc.word(b), "be" | "been" | "being")
    };
    // "will meet behind closed doors on Tuesday", "a revised plan": a participle after a
    // preposition or a determiner, before a noun, is an adjective.
    let adjective = k > first
        && k + 1 < start
        && (determiner(doc.word(k - 1)) || matches!(doc.word(k - 1), "behind" | "with"))
        && doc.is_word(k + 1)
        && !doc.cap(k + 1)
        && doc.tense_class(k + 1) == 0
        && doc.lex(k + 1) == Lex::None;
    // "on Saturday, followed by Maine on Sunday": a participle phrase set off by a comma
    // goes on with the clause before it, whose verb is the tense.
    let followed_by = k > first
        && doc.punct(k - 1, ',')
        && matches!(doc.word(k), "followed" | "preceded")
        && doc.word(k + 1) == "by";
    // "will be repaired or replaced by Sept. 30": a participle joined to a passive one
    // shares its auxiliary.
    let joined_passive = k > first + 2
        && matches!(doc.word(k - 1), "or" | "and")
        && doc.tense_class(k - 2) & PAST_FORM != 0
        && matches!(doc.word(k - 3), "be" | "been" | "being");
    // "ranked-choice results", "long-awaited": a participle glued to a word by a hyphen is
    // part of a compound adjective.
    let compound = doc.hyphen(k + 1);
    after_modal_verb || passive || adjective || followed_by || joined_passive || compound
}

/// Whether the participle at `i` follows "will have", "to have" or "is to have" and an object
/// led by a determiner ("will have his appeal heard", "hopes to get the bill passed").
fn causative_ahead(doc: &Doc, i: usize) -> bool {
    // ("wanted the vote held Tuesday": after the determiner, a noun may share a present verb's
    // form.)
    let noun_of_object = |j: usize, k: usize| {
        doc.is_word(j)
            && (doc.tense_class(j) == 0
                || (j > k + 1 && doc.tense_class(j) & PAST_FORM == 0 && !is_modal(doc.word(j))))
    };
    (i.saturating_sub(5)..i.saturating_sub(1)).any(|k| {
        k > 0
            && ((matches!(doc.word(k), "have" | "get")
                && matches!(doc.word(k - 1), "will" | "to" | "ll"))
                // "said she wanted a budget finished by May 31": what is wanted done is ahead
                // of the wanting.
                || matches!(doc.word(k), "want" | "wants" | "wanted"))
            && (determiner(doc.word(k + 1))
                || matches!(
                    doc.word(k + 1),
                    "his" | "her" | "its" | "their" | "our" | "every" | "each" | "all" | "some"
                )
                // "will have it collected Friday"
                || (matches!(doc.word(k + 1), "it" | "them" | "him") && i == k + 2))
            && (k + 1..i).all(|j| noun_of_object(j, k))
    })
}

/// Whether the comma at `k` closes a relative clause opened by ", who" or ", which" at most
/// fifteen words before, with no other comma between.
fn closes_relative_aside(doc: &Doc, k: usize, first: usize) -> bool {
    if !doc.punct(k, ',') {
        return false;
    }
    // The main clause goes on with its verb after the closing comma; a name or an article
    // there continues the aside ("which should land on Titan, Saturn's largest moon, on Jan.
    // 14").
    let next = k + 1;
    // ("expect the rate, which rose to 4.4 percent in February, to exceed 10 percent by
    // May": the governing verb's infinitive after it.)
    let verb_after = doc.is_word(next)
        && !doc.cap(next)
        && !determiner(doc.word(next))
        && (doc.lex(next) == Lex::None
            || (doc.is(next, Word::To) && infinitive_follows(doc, next)));
    verb_after && in_relative_aside(doc, k, first, 16)
}

/// Whether token `i` is inside a relative clause opened by ", who" or ", which" with no comma
/// since, looking back at most `reach` words and not before `first`, its sentence's first
/// token.
pub(crate) fn in_relative_aside(doc: &Doc, i: usize, first: usize, reach: usize) -> bool {
    (i.saturating_sub(reach).max(first + 1)..i)
        .rev()
        .take_while(|&j| !doc.punct(j, ','))
        .last()
        .is_some_and(|j| {
            j > first && doc.punct(j - 1, ',') && matches!(doc.word(j), "who" | "which")
        })
}

/// The opening comma of a participle phrase whose closing comma is at `k` (", usually held
/// on Halloween,", ", laid in 1958,"): a past form and a preposition, after adverbs at most,
/// right after the opening comma, with no comma between, within eight words and not before
/// `first`.
fn participle_aside_opening(doc: &Doc, k: usize, first: usize) -> Option<usize> {
    if !doc.punct(k, ',') {
        return None;
    }
    let open = (k.saturating_sub(9).max(first + 1)..k)
        .rev()
        .find(|&j| !doc.is_word(j))
        .filter(|&j| doc.punct(j, ','))?;
    let mut w = open + 1;
    while w < k && is_adverb(doc.word(w)) {
        w += 1;
    }
    // ("First of America, which now has 45 banks, announced an agreement ...": a past form
    // with its object is the clause's own verb; an aside's participle takes a preposition.)
    let participle = w + 1 < k
        && doc.tense_class(w) & PAST_FORM != 0
        && doc.tense_class(w) & CUE_WORD == 0
        && matches!(
            doc.word(w + 1),
            "in" | "on" | "at" | "by" | "since" | "for" | "during" | "until"
        );
    participle.then_some(open)
}

/// Whether a verb of rescheduling governs the "to" or "for" at `k`: "pushed back to",
/// "moved their events to", "rescheduled for", "postponed to", "deferred to". A few words may
/// stand between (the thing moved).
pub(crate) fn moved_before(doc: &Doc, k: usize) -> bool {
    (k.saturating_sub(5)..k).rev().any(|j| {
        let w = doc.word(j);
        (w.ends_with("ed") || w.ends_with("ing"))
            && matches!(
                w,
                "moved"
                    | "moving"
                    | "extended"
                    | "extending"
                    | "postponed"
                    | "postponing"
                    | "deferred"
                    | "deferring"
                    | "rescheduled"
                    | "delayed"
                    | "pushed"
                    | "shifted"
                    | "advanced"
                    | "bumped"
            )
            && (j + 1..k).all(|m| doc.is_word(m) && !word_is_verb_cue(doc, m))
    })
}

/// The "from" of the span a date at `start` starts ("from Saturday") or ends ("from 10 a.m.
/// to 3 p.m. Sunday", "from Saturday afternoon to 11am on Sunday": the end's day may follow
/// its hour), in its clause.
fn span_from(doc: &Doc, first: usize, start: usize) -> Option<usize> {
    if start > first + 2 && doc.is(start - 1, Word::From) {
        return Some(start - 1);
    }
    if start <= first + 3 {
        return None;
    }
    // (Asked of every date: the lexicon's words are looked for first, the commas between
    // only when they are there.)
    let comma_in = |r: std::ops::Range<usize>| r.into_iter().any(|j| doc.punct(j, ','));
    let to = (start.saturating_sub(5).max(first + 1)..start)
        .rev()
        .find(|&j| {
            matches!(
                doc.lex(j),
                Lex::Word(Word::To | Word::Until | Word::Through)
            )
        })
        .filter(|&to| !comma_in(to + 1..start))?;
    (to.saturating_sub(8).max(first + 1)..to)
        .rev()
        .find(|&j| doc.is(j, Word::From))
        .filter(|&from| !comma_in(from + 1..to))
}

/// "has moved the final from Saturday afternoon to Sunday", "have suspended all lane closures
/// from noon Wednesday", "has booked every table from 10 a.m.", "had been canceled from
/// Thursday": a perfect that reports an arrangement dates the arranging, which is done; the
/// day the arrangement runs from is still to come. The perfect auxiliary's token, when one
/// governs the "from" at `from_at` with only the thing arranged between; the date ends
/// before `end`.
fn arranged_from(doc: &Doc, first: usize, from_at: usize, end: usize) -> Option<usize> {
    // ("have climbed from Monday's close" measures from a day gone.)
    if doc.apostrophe_s(end) {
        return None;
    }
    let verb = (from_at.saturating_sub(7).max(first + 1)..from_at)
        .rev()
        .find(|&k| {
            matches!(
                doc.word(k),
                "moved"
                    | "booked"
                    | "reserved"
                    | "suspended"
                    | "canceled"
                    | "cancelled"
                    | "postponed"
                    | "rescheduled"
                    | "ordered"
                    | "banned"
            )
        })?;
    if !(verb + 1..from_at).all(|j| doc.is_word(j) && !word_is_verb_cue(doc, j)) {
        return None;
    }
    let aux = if doc.word(verb - 1) == "been" && verb >= first + 2 {
        verb - 2
    } else {
        verb - 1
    };
    matches!(doc.word(aux), "has" | "have" | "had").then_some(aux)
}

/// "bookings for August were very strong", "advance sales for January", "reservations for
/// Saturday night": what is booked ahead is for a date near publication, ahead of the
/// booking whatever the tense the bookings are reported in; the nearest such date. The
/// noun's token, when a "for" after one governs the date at `start` (through a list: "for
/// late June and July").
fn booked_for(doc: &Doc, first: usize, start: usize) -> Option<usize> {
    let window = start.saturating_sub(5).max(first + 1)..start;
    // (Asked of every date: most have no "for" before them, found by length first.)
    if !window.clone().any(|j| doc.word_is(j, "for")) {
        return None;
    }
    let for_at = window
        .rev()
        .take_while(|&j| {
            doc.is_word(j)
                && (doc.lex(j) != Lex::None
                    || matches!(doc.word(j), "and" | "or" | "for" | "late" | "early" | "mid"))
        })
        .find(|&j| doc.word(j) == "for")?;
    let noun = for_at - 1;
    let booked = matches!(doc.word(noun), "bookings" | "reservations")
        || (doc.word(noun) == "sales" && noun > first && doc.word(noun - 1) == "advance");
    booked.then_some(noun)
}

/// Whether the word at `i` is a verb-like tense cue of its own (a modal, an auxiliary, a past
/// form): what separates one clause's verb from the next.
pub(crate) fn word_is_verb_cue(doc: &Doc, i: usize) -> bool {
    doc.tense_class(i) & (CUE_WORD | PAST_FORM) != 0
}

/// "Clouds that had threatened Texas over the weekend": the verb's object is a name or a
/// person, so the date tells when the threat hung over them, not what lies ahead.
fn threat_to_someone(doc: &Doc, k: usize) -> bool {
    (doc.cap(k + 1) && doc.lex(k + 1) == Lex::None)
        || matches!(doc.word(k + 1), "him" | "her" | "them" | "us" | "me")
}

/// The first tense cue after a reference, within its clause.
fn right_cue(doc: &Doc, end: usize, last: usize) -> (Option<Tense>, Option<usize>) {
    let mut k = end;
    while k < last {
        // "Thursday, Ciba and Chiron said": an "and" between names joins the subject.
        let starts_clause = doc.word(k) != "and" || and_opens_clause(doc, k);
        if boundary(doc, k) || (clause_starts(doc, k) && starts_clause) {
            break;
        }
        // "Between Monday and Wednesday, forecasters said, the region could get rain": a
        // report set off by commas is a parenthetical; the clause's own verb comes after it.
        // So is one that closes the sentence ("..., the ministry said.").
        let parenthetical = matches!(doc.word(k), "said" | "says" | "say" | "told" | "added")
            && (doc.punct(k + 1, ',') || k + 1 >= last || doc.punct(k + 1, '.'))
            && (end..k).any(|j| doc.punct(j, ','));
        // "go to the polls Saturday in an election to fill the seat left vacant": an
        // infinitive after the date starts a clause of its own, as does a "that" clause ("a
        // promise in January that the work would be done").
        if doc.word(k) == "to" && infinitive_follows(doc, k) {
            break;
        }
        // ("told the Milwaukee Journal Monday that teachers would send work home": a "that"
        // right after the date opens the reported clause; the date is the telling's.)
        if doc.word(k) == "that"
            && (k == end
                || matches!(
                    doc.word(k + 1),
                    "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "this"
                        | "these"
                ))
        {
            break;
        }
        // "The parade steps off at 10 a.m., followed by a reading": a participle and its
        // agent closing the sentence describe what came before; they are no verb of its
        // clause. (Set off by a second comma, the phrase is skipped below.)
        if doc.punct(k, ',')
            && doc.tense_class(k + 1) & PAST_FORM != 0
            && doc.word(k + 2) == "by"
            && participle_phrase_end(doc, k, last).is_none()
        {
            break;
        }
        // "The Anzac Day match, first played in 1995, will start at 3.20pm": a participle
        // phrase set off by commas describes the noun; the clause's verb comes after it.
        if let Some(close) = participle_phrase_end(doc, k, last) {
            k = close + 1;
            continue;
        }
        // "At midnight tonight, the 31 registered voters will gather": a participle after a
        // determiner or a count, before a noun, describes the subject.
        if doc.tense_class(k) & (PAST_FORM | CUE_WORD) == PAST_FORM
            && k > end
            && (determiner(doc.word(k - 1)) || doc.is_number(k - 1))
            && doc.is_word(k + 1)
            && !doc.cap(k + 1)
            && doc.tense_class(k + 1) == 0
            && doc.lex(k + 1) == Lex::None
        {
            k += 1;
            continue;
        }
        if let (Some(t), false) = (cue(doc, k), parenthetical) {
            return (Some(t), Some(k));
        }
        k += 1;
    }
    (None, None)
}

/// When the comma at `k` opens a phrase led by a past participle ("first played in 1995",
/// "originally scheduled for May") and a comma closes it within eight words, the closing
/// comma.
fn participle_phrase_end(doc: &Doc, k: usize, last: usize) -> Option<usize> {
    if !doc.punct(k, ',') {
        return None;
    }
    let mut p = k + 1;
    if matches!(
        doc.word(p),
        "first" | "originally" | "once" | "already" | "long" | "recently" | "newly"
    ) {
        p += 1;
    }
    if doc.tense_class(p) & PAST_FORM == 0 || doc.cap(p) {
        return None;
    }
    (p + 1..(p + 9).min(last)).find(|&j| doc.punct(j, ','))
}

/// "The judge set sentencing for Jan. 12", "the board scheduled a vote for March 3": the day
/// a thing is set for (after the "for" at `for_at`) is the plan's, which news reports when it
/// is made; whatever the verb's tense, the nearest such day, unless the plan is held now
/// ("are scheduled for Friday", ahead) or was overtaken ("had been set for", left to the
/// past perfect).
fn set_for(doc: &Doc, first: usize, for_at: usize) -> Option<(Tense, Option<usize>)> {
    let k = (for_at.saturating_sub(8).max(first)..for_at)
        .rev()
        .find(|&k| {
            matches!(
                doc.word(k),
                "set"
                    | "scheduled"
                    | "rescheduled"
                    | "slated"
                    | "booked"
                    | "fixed"
                    | "called"
                    | "added"
                    | "pencilled"
                    | "penciled"
                    | "canceled"
                    | "cancelled"
            ) || (doc.word(k) == "out" && k > first && doc.word(k - 1) == "sold")
        })?;
    // ("added a two-day clinic for May": a hyphen inside a word is no break.)
    let between_plain =
        (k + 1..for_at).all(|j| (doc.is_word(j) && !word_is_verb_cue(doc, j)) || doc.hyphen(j));
    // "has been added for the summer" stands.
    let overtaken = k > first
        && (doc.word(k - 1) == "had"
            || (doc.word(k - 1) == "been" && doc.word(k.wrapping_sub(2)) == "had"));
    if !between_plain || overtaken {
        return None;
    }
    // "Flights were sold out for Sunday": what is sold out is still to come.
    let t = match cue(doc, k) {
        _ if doc.word(k) == "out" => Tense::Future,
        Some(Tense::Future) => Tense::Future,
        _ => Tense::Either,
    };
    Some((t, Some(k)))
}

/// The word of preparing ("preparing", "preparations", "bracing", "gearing up") before a
/// "for" at most ten tokens before `start`, with nothing between the "for" and the date
/// that could be a verb of its own.
fn prepared_for(doc: &Doc, first: usize, start: usize) -> Option<usize> {
    let for_at = (start.saturating_sub(10).max(first + 1)..start)
        .rev()
        .find(|&j| doc.word_is(j, "for"))?;
    let k = for_at - 1;
    let preparing = matches!(
        doc.word(k),
        "preparing"
            | "prepare"
            | "prepares"
            | "prepared"
            | "preparation"
            | "preparations"
            | "bracing"
            | "brace"
            | "braces"
            | "braced"
            | "ready"
    ) || (doc.word(k) == "up"
        && k > first
        && matches!(doc.word(k - 1), "gearing" | "gear" | "gears" | "geared"));
    let plain = || {
        (for_at + 1..start).all(|j| {
            (doc.is_word(j) && !word_is_verb_cue(doc, j)) || doc.apostrophe(j) || doc.hyphen(j)
        })
    };
    (preparing && plain()).then_some(k)
}

/// Whether "but" and a past verb right after it follow the reference ending at `end` within a
/// few words: "had planned to retire in June but stayed on", "had hoped to finish by Memorial
/// Day but were set back".
fn past_follows_but(doc: &Doc, end: usize, last: usize) -> bool {
    let Some(but) = (end..last.min(end + 8)).find(|&j| doc.word(j) == "but") else {
        return false;
    };
    // (The verb right after "but", sharing the plan's subject: "but it said it would wait"
    // reports what comes next.)
    let j = but + 1;
    j < last
        && (doc.tense_class(j) & PAST_FORM != 0 || matches!(doc.word(j), "was" | "were" | "did"))
}

/// Whether the "and" at `k` starts a clause: a verb or a subject pronoun follows it ("and
/// were planning", "and he said"). Otherwise it joins two nouns ("Australia and India by
/// August", "chair and managing director in March") or two dates.
fn and_opens_clause(doc: &Doc, k: usize) -> bool {
    // "would buy back shares and begin paying a dividend in April": a base form after "and"
    // shares the auxiliary before it, so the search goes on back to it.
    let class = doc.tense_class(k + 1);
    (class != 0 && class != PLURAL_SCHEDULE)
        || matches!(doc.word(k + 1), "he" | "she" | "they" | "it" | "we" | "i")
}

/// Whether the word at `i`, right after "and", is a verb: a lower-case word with no meaning
/// of its own to the resolver, followed by an article or possessive ("and host the", "and
/// signed a"). Adjectives before a noun ("and new the") do not occur; nouns before an article
/// are rare.
fn verb_between(doc: &Doc, i: usize) -> bool {
    use super::lexicon::Lex;
    let plain = doc.is_word(i) && !doc.cap(i) && doc.lex(i) == Lex::None;
    plain
        && !doc.word(i).ends_with("ly")
        && (matches!(
            doc.word(i + 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
        )
            // "have won six straight and play at Denver on Wednesday": a schedule verb's base
            // form before a preposition of place is a verb too.
            || (doc.tense_class(i) & PLURAL_SCHEDULE != 0
                && matches!(doc.word(i + 1), "at" | "against" | "in" | "on")))
}

/// Punctuation that ends the clause a reference lives in. Quotation marks too: a date inside
/// a quotation takes the quotation's tense ("“We will leave Thursday,” he said"), and one
/// outside it is not governed by the quoted words.
pub(crate) fn boundary(doc: &Doc, i: usize) -> bool {
    doc.punct(i, ';') || doc.quote_mark(i) || colon_between_clauses(doc, i)
}

/// "the speeds are impressive when you can find the signal: Monday afternoon I downloaded a
/// movie": a colon ends one statement and opens another, which has its own tense. (The colon
/// of a clock time, "10:30", is inside a number.)
fn colon_between_clauses(doc: &Doc, i: usize) -> bool {
    doc.punct(i, ':') && !(doc.glued(i + 1) && doc.is_number(i + 1))
}

/// Whether the word at `k` is a participle that opens a span ("running", "lasting") with no
/// auxiliary before it to give it a tense ("were running from Friday" has one).
fn participle_opens_span(doc: &Doc, k: usize) -> bool {
    matches!(
        doc.word(k),
        "running" | "lasting" | "stretching" | "extending" | "continuing" | "valid"
    ) && !matches!(
        doc.word(k.wrapping_sub(1)),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "s"
    )
}

/// When the quotation mark at `close` ends a term of one to four words quoted inside a
/// clause (the clause goes on with a word after it), the opening mark.
fn quoted_term_opening(doc: &Doc, close: usize, first: usize) -> Option<usize> {
    if !doc.quote_mark(close) || !doc.is_word(close + 1) {
        return None;
    }
    let open = (close.saturating_sub(5).max(first)..close)
        .rev()
        .find(|&j| doc.quote_mark(j))?;
    (open + 1 < close && (open + 1..close).all(|m| doc.is_word(m))).then_some(open)
}

/// A word that starts a new clause: in "a rally on Saturday and were planning to drive",
/// "were" is not what happened on Saturday; in "Tuesday's statement by Acme, which owns a
/// stake", neither is "holds".
pub(crate) fn clause_starts(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.word(i),
        "and"
            | "but"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "because"
            | "which"
            | "who"
            | "whose"
            | "whom"
            | "when"
    )
}

/// A word that can signal a tense by itself (a modal, an auxiliary, a word of planning).
pub(crate) const CUE_WORD: u8 = 1;
/// A simple past or past participle.
pub(crate) const PAST_FORM: u8 = 2;
/// A present-tense scheduling verb.
pub(crate) const SCHEDULE: u8 = 4;
/// The plural (base) form of a scheduling verb: a verb only after a plural subject.
pub(crate) const PLURAL_SCHEDULE: u8 = 8;
/// A verb whose past is its base form ("hit", "cut"): past only after a singular subject.
pub(crate) const SAME_FORM_PAST: u8 = 16;

/// What a lower-case word can tell about tense, worked out once per token when the text is
/// read: most words tell nothing, and the search around each date then skips them at the
/// cost of one comparison.
pub(crate) fn word_class(w: &str) -> u8 {
    let mut class = 0;
    if matches!(
        w,
        "will"
            // "won't", split by the text's reader into "wo" and "n".
            | "wo"
            | "shall"
            | "would"
            | "ll"
            | "should"
            | "might"
            | "must"
            | "could"
            | "can"
            | "expect"
            | "may"
            | "soon"
            | "early"
            | "intends"
            | "intend"
            | "expects"
            | "likely"
            | "unlikely"
            | "possible"
            | "probable"
            | "plan"
            | "plans"
            | "hope"
            | "hopes"
            | "aim"
            | "aims"
            | "want"
            | "wants"
            | "upcoming"
            | "scheduled"
            | "forecast"
            | "slated"
            | "planned"
            | "expected"
            | "due"
            | "set"
            | "going"
            | "is"
            | "are"
            | "am"
            | "was"
            | "were"
            | "had"
            | "did"
            | "has"
            | "have"
            | "ve"
    ) {
        class |= CUE_WORD;
    }
    if is_past_form(w) {
        class |= PAST_FORM;
    }
    if is_schedule_verb(w) {
        class |= SCHEDULE;
    }
    if is_plural_schedule_verb(w) {
        class |= PLURAL_SCHEDULE;
    }
    if matches!(
        w,
        "hit" | "cut" | "beat" | "set" | "put" | "shut" | "quit" | "cost" | "hurt" | "spread"
    ) {
        class |= SAME_FORM_PAST;
    }
    class
}

/// A noun for something held on a set day, which one has ("has a hearing on Monday", "has
/// an appointment in September").
fn scheduled_event_noun(w: &str) -> bool {
    matches!(
        w,
        "appointment"
            | "hearing"
            | "interview"
            | "meeting"
            | "date"
            | "deadline"
            | "game"
            | "match"
            | "trial"
            | "exam"
            | "test"
            | "flight"
            | "vote"
            | "final"
            | "rematch"
            | "court"
    )
}

/// Whether a year stands right before token `i` ("fiscal 2002 begins"): four digits in the
/// range of years, not a count after "by" ("by 1500 votes").
fn year_before(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.digits(i - 1) == 4
        && doc.num(i - 1).is_some_and(|n| (1800..=2100).contains(&n))
        && doc.word(i - 2) != "by"
}

/// Token `i` follows an article or a possessive, so a modal's form there is a noun ("a
/// can", "his will").
fn after_determiner(doc: &Doc, i: usize) -> bool {
    matches!(doc.lex(i - 1), Lex::Word(Word::The | Word::A | Word::An))
        || matches!(doc.word(i - 1), "his" | "her" | "their" | "its" | "whose")
}

/// The tense token `i` signals, if it is a verb-like cue.
fn cue(doc: &Doc, i: usize) -> Option<Tense> {
    if !doc.is_word(i) {
        // "’ll", "'ll"
        if doc.apostrophe(i) && doc.word(i + 1) == "ll" && doc.glued(i + 1) {
            return Some(Tense::Future);
        }
        return None;
    }
    let class = doc.tense_class(i);
    if class == 0 {
        return None;
    }
    let w = doc.word(i);
    // "will have his appeal heard on 22 May": a participle after "have" and its object is
    // what someone gets done; the modal before "have" gives the time.
    if class & PAST_FORM != 0 && causative_ahead(doc, i) {
        return Some(Tense::Future);
    }
    if class & SAME_FORM_PAST != 0 && same_form_past(doc, i) {
        return Some(Tense::Past);
    }
    match w {
        "will" | "shall" | "would" | "ll" => {
            // "the will of the people", "his will was read"
            if i > 0 && after_determiner(doc, i) {
                return None;
            }
            return Some(Tense::Future);
        }
        "wo" if doc.word(i + 1) == "n" => return Some(Tense::Future),
        "should" | "might" => return Some(Tense::Future),
        // "must be filed by May 15" is ahead; "must have left on Friday" is an inference about
        // the past.
        "must" if doc.word(i + 1) == "have" => return Some(Tense::Past),
        "must" => return Some(Tense::Future),
        // "can clinch the series Monday": what is possible from now on. "could" is also the
        // past of "can" ("none of them could be located Wednesday"), so it looks either way;
        // "could not be reached Friday" is what happened.
        // "saw a man carrying a can on Jan. 17": a noun.
        "can" if i > 0 && (after_determiner(doc, i) || doc.word(i - 1) == "gas") => return None,
        "could" | "can" => {
            let negated = matches!(doc.word(i + 1), "not" | "never" | "t" | "n");
            return Some(match (negated, w) {
                (true, _) => Tense::Past,
                (false, "can") => Tense::Future,
                (false, _) => Tense::Either,
            });
        }
        "expect" => return Some(Tense::Future),
        // "at about 2am on Saturday": the time of day, not the verb.
        "am" if i > 0 && doc.is_number(i - 1) => return None,
        // The modal, not the month: the month is capitalised.
        "may" if doc.raw(i) == "may" => return Some(Tense::Future),
        // "as soon as Tuesday" looks ahead. "as early as" only bounds a date, whose verb
        // gives the time: "could come as early as next week", but "got into the system as
        // early as Nov. 21".
        "soon" if doc.word(i.wrapping_sub(1)) == "as" && doc.word(i + 1) == "as" => {
            return Some(Tense::Future);
        }
        "early" if doc.word(i.wrapping_sub(1)) == "as" && doc.word(i + 1) == "as" => {
            let told_done = (i.saturating_sub(8)..i.saturating_sub(1))
                .rev()
                .take_while(|&k| doc.is_word(k))
                .any(|k| doc.tense_class(k) & PAST_FORM != 0 && !is_adjective_use(doc, k));
            return (!told_done).then_some(Tense::Future);
        }
        "intends" | "expects" | "upcoming" => return Some(Tense::Future),
        // "on Wednesday I intend to sleep until noon": "intend" with its infinitive.
        "intend" if doc.is(i + 1, Word::To) => return Some(Tense::Future),
        // "a vote was unlikely before March", "is likely to resume Monday", "storms were
        // possible Saturday night": a prospect; told in the past it may already have passed.
        "likely" | "unlikely" | "possible" | "probable" => {
            return Some(match doc.word(i.wrapping_sub(1)) {
                "was" | "were" => Tense::Either,
                "is" | "are" | "s" => Tense::Future,
                _ => return None,
            });
        }
        // "Officials plan to announce the results Tuesday": a plan, hope or aim held now is
        // for what lies ahead. Without its infinitive the word is a noun ("the plan") or a
        // verb with an object ("want peace"), and says nothing.
        "plan" | "plans" | "hope" | "hopes" | "aim" | "aims" | "want" | "wants" => {
            let before = doc.word(i.wrapping_sub(1));
            let noun = determiner(before) || matches!(before, "this" | "that");
            // "Parents plan a rally at 10 a.m. Saturday", "the union plans a strike": a plan
            // with its object, made now, for what lies ahead. ("plan" needs a plural subject
            // to be a verb; "plans" one that is no determiner.)
            let verb_with_object = matches!(w, "plan" | "plans")
                && !noun
                && matches!(doc.word(i + 1), "a" | "an")
                && (w == "plans" || plural_subject_before(doc, i));
            if verb_with_object {
                return Some(Tense::Future);
            }
            return (!noun && doc.word(i + 1) == "to" && infinitive_follows(doc, i + 1))
                .then_some(Tense::Present);
        }
        // A plan is ahead when it is one now ("is scheduled for Friday", "are due Monday"),
        // behind when it had been one ("had been due to lapse Friday"), and either way when it
        // was one ("was planned for early March": made before, for a date near now); "a
        // service planned for Saturday" says neither. The date a schedule names right after
        // it ("had been set for Wednesday") is read ahead by the resolver's deadline rules.
        // "was set in motion in February", "were set up in March": "set" with a particle
        // is no schedule but what was done.
        "set"
            if matches!(
                doc.word(i + 1),
                "in" | "up" | "off" | "out" | "aside" | "fire" | "free" | "apart" | "about"
            ) && !doc.cap(i) =>
        {
            // ("will set out the programme on Thursday": the modal before it tells.)
            return match doc.word(i.wrapping_sub(1)) {
                "was" | "were" | "had" | "been" => Some(Tense::Past),
                _ => None,
            };
        }
        "scheduled" | "slated" | "planned" | "expected" | "due" | "set" => {
            let mut k = i;
            while k > 0 && is_adverb(doc.word(k - 1)) {
                k -= 1;
            }
            return match doc.word(k.wrapping_sub(1)) {
                "is" | "are" | "am" | "be" | "being" | "re" | "has" | "have" => Some(Tense::Future),
                "s" if k >= 2 && doc.apostrophe(k - 2) => Some(Tense::Future),
                "was" | "were" => Some(Tense::Either),
                "had" | "been" => Some(Tense::Past),
                // "The deal, expected to close in the fourth quarter, needs approval": a
                // forecast set off by a comma describes the noun as it stands now. (A
                // schedule so set off may have been overtaken: "The talks, scheduled to
                // resume on Monday, were postponed.")
                _ if w == "expected"
                    && k > 0
                    && doc.punct(k - 1, ',')
                    && doc.word(i + 1) == "to" =>
                {
                    Some(Tense::Future)
                }
                // "with the first break from the heat expected on Tuesday", "with Ramadan
                // expected to begin on Wednesday": a forecast the sentence carries along is
                // of what lies ahead.
                _ if w == "expected"
                    && (k.saturating_sub(8)..k)
                        .rev()
                        .take_while(|&t| !doc.punct(t, ',') || doc.word(t + 1) == "with")
                        .any(|t| doc.word(t) == "with") =>
                {
                    Some(Tense::Future)
                }
                _ if w == "set" => None,
                // "the March jobs report, due Friday": what is due is still to come.
                _ if w == "due" => Some(Tense::Future),
                _ => Some(Tense::Unknown),
            };
        }
        // "hot weather forecast for Thursday", "storms predicted for the weekend": a forecast
        // is of what lies ahead of it, and news reports forecasts when they are made; one that
        // was made ("the rain that was forecast for Monday never came") may have passed.
        // "up from the $2.25 it forecast in February": after "he", "she" or "it" the bare
        // form is the past ("it forecasts" is the present).
        "forecast" if matches!(doc.word(i.wrapping_sub(1)), "he" | "she" | "it") => {
            return Some(Tense::Past);
        }
        // ("forecast thunderstorms for this weekend": what is forecast may come between.)
        "forecast" | "forecasted" | "predicted" if forecast_for(doc, i) => {
            return Some(match doc.word(i.wrapping_sub(1)) {
                "was" | "were" => Tense::Either,
                "had" | "been" => Tense::Past,
                _ => Tense::Future,
            });
        }
        "going" if doc.is(i + 1, Word::To) => return Some(Tense::Future),
        // ("The first quarter is going to be all about inflation": the present of "going to".)
        "is" | "are" | "am" if doc.word(i + 1) == "going" && doc.is(i + 2, Word::To) => {
            return Some(Tense::Future);
        }
        "is" | "are" | "am" => return Some(Tense::Present),
        // News announces schedules in the present tense: "the museum reopens Saturday", "the
        // court hears the case Tuesday", "talks resume Monday".
        // "rejected the deal by 149 votes on Tuesday": after a count it is a noun; so it is
        // after a verb told in the past, as its object ("had counted votes Tuesday night").
        // ("before fiscal 2002 begins on Sunday": a year before it is its subject.)
        _ if class & SCHEDULE != 0
            && !is_adjective_use(doc, i)
            && !plural_after_of_noun(doc, i)
            && !subject_before_dated_past(doc, i)
            && !(i > 0
                && ((doc.is_number(i - 1) && !year_before(doc, i))
                    || matches!(doc.lex(i - 1), Lex::Cardinal(_))))
            && !(i > 0 && doc.tense_class(i - 1) & PAST_FORM != 0) =>
        {
            return Some(Tense::Future);
        }
        // "The teams meet again Thursday", "Voters go to the polls Saturday": the base form
        // is a verb only after a plural subject; "the meet", "a visit" are nouns.
        // ("a fare sale announced by TransPlains Air on Wednesday": capitalised inside the
        // sentence, the word is part of a name.)
        _ if class & PLURAL_SCHEDULE != 0
            && (!doc.cap(i) || doc.sentence_start(i))
            && plural_subject_before(doc, i) =>
        {
            return Some(Tense::Present);
        }
        // "did not rule out a strike in August", "has not ruled out an election in March": a
        // possibility left open lies ahead. (Ruled out, it may be one near either side: "was
        // ruled out of next Thursday's match after scans on Tuesday".)
        "did" | "has" | "have" | "had"
            if matches!(doc.word(i + 1), "not" | "n" | "never")
                && (i + 2..i + 4).any(|k| {
                    matches!(doc.word(k), "rule" | "ruled") && doc.word(k + 1) == "out"
                }) =>
        {
            return Some(Tense::Future);
        }
        "ruled" if doc.word(i + 1) == "out" => {
            return Some(
                if matches!(doc.word(i.wrapping_sub(1)), "not" | "n" | "never") {
                    Tense::Future
                } else {
                    Tense::Either
                },
            );
        }
        "was" | "were" | "had" | "did" => return Some(Tense::Past),
        // "has an appointment in September", "has a hearing on Monday": "has" before an
        // article is the verb of having, in the present; what is had with a date is still
        // to come, or under way.
        "has" | "have"
            if matches!(doc.word(i + 1), "a" | "an" | "another")
                && (i + 2..=i + 3).any(|k| scheduled_event_noun(doc.word(k))) =>
        {
            return Some(Tense::Present);
        }
        // "those who remain will have the city to themselves in August": "have" after a modal
        // with no participle is the verb of having; the modal says when. ("will have left",
        // "must have gone" are perfects, read by the participle or the modal.)
        "have"
            if i > 0
                && matches!(doc.word(i - 1), "will" | "ll" | "shall")
                && doc.word(i + 1) != "been"
                && doc.tense_class(i + 1) & PAST_FORM == 0 =>
        {
            return Some(Tense::Future);
        }
        "has" | "have" => {
            // Present perfect reports the past: "has met", "have agreed".
            return Some(Tense::Past);
        }
        // "I've been getting up at 4 a.m. for 32 years": the contracted "have".
        "ve" if i > 0 && doc.apostrophe(i - 1) => return Some(Tense::Past),
        _ => {}
    }
    if class & PAST_FORM != 0 {
        if is_adjective_use(doc, i) {
            return None;
        }
        // "will close early today and stay closed Monday": after a verb of staying the
        // participle says how a thing is; the tense is the staying verb's.
        if i > 0
            && matches!(
                doc.word(i - 1),
                "stay" | "stays" | "stayed" | "remain" | "remains" | "remained"
            )
        {
            return None;
        }
        // "expected it to open little changed Tuesday", "closed little changed": the
        // markets' phrase for a price that barely moved is an adjective; the verb before it
        // tells.
        if w == "changed" && i > 0 && doc.word(i - 1) == "little" {
            return None;
        }
        // "could bring scattered thunderstorms late Friday": the forecast's words for how
        // weather is spread describe it; before a noun they are no verb ("police scattered
        // the crowd" is one).
        if matches!(w, "scattered" | "isolated")
            && doc.is_word(i + 1)
            && !determiner(doc.word(i + 1))
            && !matches!(doc.word(i + 1), "them" | "it" | "him" | "her" | "us")
        {
            return None;
        }
        // ", with stock markets closed on Wednesday": a participle after "with" and its
        // noun, set off by a comma, is no finite verb; it says nothing of which side of
        // publication the day lies. ("charged with assault committed on Wednesday" is a
        // verb's complement, and past.)
        if (i.saturating_sub(4)..i.saturating_sub(1)).any(|k| {
            k > 0
                && doc.punct(k - 1, ',')
                && doc.word(k) == "with"
                && (k + 1..i).all(|j| doc.is_word(j) && doc.tense_class(j) == 0 && !doc.cap(j))
        }) {
            return Some(Tense::Either);
        }
        // Read through auxiliaries: "will be held", "is scheduled", "has been", "will be just
        // as focused".
        for k in (i.saturating_sub(4)..i).rev() {
            match doc.word(k) {
                "will" | "shall" | "would" | "must" | "should" | "might" => {
                    return Some(Tense::Future);
                }
                "may" if doc.raw(k) == "may" => return Some(Tense::Future),
                // "could be named", but "could not be reached": what happened.
                "could" | "can" if matches!(doc.word(k + 1), "not" | "never") => {
                    return Some(Tense::Past);
                }
                "can" => return Some(Tense::Future),
                "could" => return Some(Tense::Either),
                "is" | "are" | "am" => return Some(Tense::Present),
                // "will have been offered by mid-April": the future perfect looks ahead.
                "have" if k > 0 && matches!(doc.word(k - 1), "will" | "shall") => {
                    return Some(Tense::Future);
                }
                // "guidelines to be published in early November": an infinitive, no tense.
                "to" if k + 1 < i && doc.word(k + 1) == "be" => return Some(Tense::Either),
                // "will stay closed", "would remain shut": a participle after a copula.
                w if is_adverb(w)
                    || matches!(
                        w,
                        "be" | "been"
                            | "being"
                            | "stay"
                            | "remain"
                            | "get"
                            | "become"
                            | "as"
                            | "so"
                            | "too"
                            | "very"
                            | "more"
                            | "less"
                    ) =>
                {
                    continue;
                }
                _ => {}
            }
            if doc.apostrophe(k) && doc.word(k + 1) == "ll" {
                return Some(Tense::Future);
            }
            break;
        }
        return Some(Tense::Past);
    }
    None
}

/// Whether the word at `i` is a verb in the plain present: one of schedule ("meet", "opens"),
/// or a third-person form in -s with an object after it ("funds the government", "owns a
/// stake"), which no plural noun has.
fn present_verb(doc: &Doc, i: usize) -> bool {
    if doc.tense_class(i) & (SCHEDULE | PLURAL_SCHEDULE) != 0 {
        return true;
    }
    let w = doc.word(i);
    doc.is_word(i)
        && !doc.cap(i)
        && doc.tense_class(i) == 0
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && determiner(doc.word(i + 1))
}

/// "Preliminary votes in May proposed ranges": a word that could be a schedule verb, followed
/// by a date and then a verb told in the past, is that verb's subject, a noun.
fn subject_before_dated_past(doc: &Doc, i: usize) -> bool {
    if !matches!(doc.word(i + 1), "in" | "on") {
        return false;
    }
    let mut k = i + 2;
    while k < i + 6 && (doc.cap(k) || doc.is_number(k) || doc.punct(k, '.')) {
        k += 1;
    }
    k > i + 2
        && doc.is_word(k)
        && !doc.cap(k)
        && doc.tense_class(k) & PAST_FORM != 0
        && !is_adjective_use(doc, k)
}

/// An article or a possessive: what starts a noun phrase.
/// Whether a noun phrase, not a clause, starts at `i`: an article or possessive ("after a
/// 2-1 win"), a count in words ("after two storms in August"), or a plain word that is no
/// verb, name or pronoun before another such word ("after steady rain in December").
fn opens_noun_phrase(doc: &Doc, i: usize) -> bool {
    let plain = |j: usize| doc.is_word(j) && !doc.cap(j) && doc.tense_class(j) == 0;
    determiner(doc.word(i))
        || (matches!(doc.lex(i), Lex::Cardinal(_)) && !doc.is_number(i))
        || (plain(i)
            && doc.lex(i) == Lex::None
            && plain(i + 1)
            && !matches!(
                doc.word(i),
                "he" | "she" | "it" | "they" | "we" | "i" | "you" | "that" | "this"
            ))
}

fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
    )
}

/// "to" followed by a verb: a lower-case word that is not a determiner, a pronoun or a plural
/// noun ("to acquire", "to be"; not "to the", "to holders").
fn infinitive_follows(doc: &Doc, i: usize) -> bool {
    let next = doc.word(i + 1);
    // "urged motorists to start thinking now": "start" and "end" are verbs here, though the
    // lexicon knows them as the nouns of "the start of", "the end of".
    let start_or_end = matches!(doc.lex(i + 1), Lex::Word(Word::Start | Word::End))
        && doc.is_word(i + 2)
        && !doc.is(i + 2, Word::Of);
    doc.is_word(i + 1)
        && !doc.cap(i + 1)
        && (doc.lex(i + 1) == Lex::None || start_or_end)
        && !next.ends_with('s')
        // ("to exceed", "to succeed", "to proceed": no "-ed" form.)
        && (!next.ends_with("ed") || next.ends_with("eed"))
        && !determiner(next)
        && !matches!(
            next,
            "my" | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "him"
                | "them"
                | "me"
                | "us"
                | "it"
                | "which"
                | "what"
                | "whom"
                | "date"
                | "power"
                | "court"
                | "market"
                | "record"
                | "death"
                | "work"
                | "school"
                | "office"
                | "trial"
                | "war"
        )
}

/// "told a closed meeting of department heads Wednesday": after "of" and a bare singular
/// noun, a word in -s that could be a schedule's verb ("heads", "holds") is the noun's
/// plural. ("the board of directors meets": a plural before it can be the verb's subject.)
fn plural_after_of_noun(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.word(i - 2) == "of"
        && doc.is_word(i - 1)
        && !doc.cap(i - 1)
        && doc.lex(i - 1) == Lex::None
        && doc.tense_class(i - 1) == 0
        && !doc.word(i - 1).ends_with('s')
}

/// A participle describing a noun: "the proposed plan", "a still unspecified date", "its
/// announced merger".
fn is_adjective_use(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = doc.word(k);
        if is_adverb(w) {
            continue;
        }
        // "by 7:45 the first returns showed", "the early returns": an ordinal or an adjective
        // of order between a determiner and the word makes it a noun of the phrase.
        if matches!(doc.lex(k), Lex::Ordinal(_))
            || matches!(
                w,
                "early" | "latest" | "initial" | "partial" | "unofficial" | "preliminary" | "final"
            )
        {
            continue;
        }
        // ("could come under renewed pressure", "amid increased security": after a
        // preposition a participle is an adjective before its noun, not a verb.)
        // ("will begin emailing affected guests": so it is between a verb in -ing and the
        // plural noun it describes.)
        let after_gerund = w.len() > 4
            && w.ends_with("ing")
            && doc.plural_noun_like(i + 1)
            && !doc.cap(i + 1)
            && doc.tense_class(i + 1) == 0;
        return after_gerund
            || matches!(doc.lex(k), Lex::Word(Word::The | Word::A | Word::An))
            || matches!(
                w,
                "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "under"
                    | "amid"
                    | "despite"
                    | "with"
                    | "of"
                    | "for"
                    | "into"
            );
    }
    false
}

/// A modal verb: "will", "would", "can", "must"...
pub(crate) fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "shall" | "should" | "must" | "may" | "might" | "can" | "could"
    )
}

pub(crate) fn is_adverb(w: &str) -> bool {
    matches!(
        w,
        "not"
            | "also"
            | "already"
            | "just"
            | "still"
            | "never"
            | "now"
            | "then"
            | "again"
            | "only"
            | "even"
            | "soon"
            | "later"
            | "previously"
            | "recently"
            | "newly"
            | "once"
    ) || (w.len() > 4 && w.ends_with("ly"))
}

/// [`is_past_form`] for the passes outside the tense reader, which ask it rarely; kept out
/// of line so that the tense reader's own calls, per word, stay inlined.
#[inline(never)]
pub(super) fn past_form(w: &str) -> bool {
    is_past_form(w)
}

/// A simple past or past participle: irregular forms, or a regular "-ed" verb.
fn is_past_form(w: &str) -> bool {
    if is_irregular_past(w) {
        return true;
    }
    w.len() > 4
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && !matches!(
            w,
            "hundred"
                | "kindred"
                | "sacred"
                | "naked"
                | "wicked"
                | "wretched"
                | "rugged"
                | "ragged"
                | "crooked"
                | "beloved"
                | "learned"
                | "aged"
                | "united"
                | "limited"
                | "based"
                | "related"
                | "detailed"
                | "advanced"
                | "armed"
                | "dedicated"
                | "sophisticated"
                | "complicated"
                | "interested"
                | "concerned"
                | "bored"
                | "tired"
                // "is expected to leave rates unchanged on Friday": adjectives of a state,
                // never the verb of a clause.
                | "unchanged"
                | "unharmed"
                | "uninjured"
                | "unopposed"
                | "undisclosed"
                | "unidentified"
                | "unnamed"
                | "unexpected"
                | "unprecedented"
                | "unemployed"
                | "unconfirmed"
                | "unresolved"
                | "unaffected"
                | "undecided"
                | "unscathed"
                | "unarmed"
                | "unrelated"
                | "unspecified"
                | "unscheduled"
        )
}

/// The plural forms of verbs that announce a schedule ("leaders meet Monday"). They double as
/// nouns, so they count only after a plural subject ([`plural_subject_before`]).
#[inline]
pub(super) fn is_plural_schedule_verb(w: &str) -> bool {
    matches!(
        w,
        "meet"
            | "adjourn"
            | "celebrate"
            | "conclude"
            | "perform"
            | "premiere"
            | "rally"
            | "speak"
            | "wrap"
            | "air"
            | "close"
            | "compete"
            | "debut"
            | "depart"
            | "end"
            | "expire"
            | "kick"
            | "launch"
            | "reopen"
            | "run"
            | "sail"
            | "testify"
            | "play"
            | "face"
            | "host"
            | "visit"
            | "vote"
            | "go"
            | "open"
            | "begin"
            | "start"
            | "return"
            | "resume"
            | "leave"
            | "travel"
            | "arrive"
            | "head"
            | "gather"
            | "convene"
            | "reconvene"
            | "take"
            | "fly"
            | "hold"
            | "report"
            | "graduate"
            | "march"
            | "decide"
            | "elect"
            | "choose"
    )
}

/// A plural subject right before token `i`: "they", "we", or a lower-case plural noun
/// ("teams", "leaders", "voters"), possibly with an adverb between ("teams again meet").
fn plural_subject_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 && is_adverb(doc.word(k - 1)) {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let plural_noun = |k: usize| doc.plural_noun_like(k) && doc.tense_class(k) == 0;
    if matches!(doc.word(k - 1), "they" | "we") || plural_noun(k - 1) {
        return true;
    }
    // "Essendale meet Port Hollis on Sunday", "Liverpool play Chelsea": a team named before a
    // fixture verb and its opponent after it takes the plural, as British sports copy writes.
    let name = |j: usize| doc.is_word(j) && doc.cap(j) && doc.lex(j) == Lex::None;
    if k == i
        && name(k - 1)
        && matches!(doc.word(i), "meet" | "play" | "face" | "host" | "visit")
        && name(i + 1)
    {
        return true;
    }
    // "Schools, closed for three straight days, reopen Monday": the subject before a phrase
    // set off by commas.
    if doc.punct(k - 1, ',') {
        let opening = (k.saturating_sub(10)..k - 1)
            .rev()
            .find(|&j| doc.punct(j, ','));
        if let Some(j) = opening {
            if j > 0 && plural_noun(j - 1) {
                return true;
            }
        }
    }
    // "earnings reports, which start coming out in two weeks": a relative pronoun stands for
    // the plural noun before it.
    if k >= 2 && matches!(doc.word(k - 1), "which" | "that" | "who") {
        let head = if doc.punct(k - 2, ',') { k - 2 } else { k - 1 };
        if head > 0 && plural_noun(head - 1) {
            return true;
        }
    }
    // "Polls in Ohio and North Carolina close": a plural head before a place named after a
    // preposition.
    let mut j = k;
    while j > 0 && k - j < 6 && (doc.cap(j - 1) || matches!(doc.word(j - 1), "and" | "the")) {
        j -= 1;
    }
    if j < k
        && j >= 2
        && matches!(
            doc.word(j - 1),
            "in" | "at" | "across" | "around" | "throughout" | "near"
        )
        && plural_noun(j - 2)
    {
        return true;
    }
    // "Tickets for the Dec. 1 game go on sale": a plural head before a short phrase that
    // says which ones, "for" or "to" and a few plain words (no verb among them).
    let mut j = k;
    while j > 0
        && k - j < 5
        && (doc.is_number(j - 1) || doc.punct(j - 1, '.') || doc.is_word(j - 1))
        && doc.tense_class(j - 1) == 0
        && !matches!(doc.word(j - 1), "for" | "to" | "that" | "which" | "who")
    {
        j -= 1;
    }
    j < k && j >= 2 && matches!(doc.word(j - 1), "for" | "to") && plural_noun(j - 2)
}

/// "The storm hit Florida", "Apple cut its forecast": a verb whose past is its base form is
/// past after a singular subject (the present would be "hits", "cuts") and before an object.
/// A plural subject leaves it open ("Rates hit 7 percent"), and without an object the word is
/// as often a noun ("a rate cut", "a big hit").
/// Whether the verb before the "and" at `and_at` is under a modal ("will gather in the
/// lodge and"). A past form between ends the reach: "will retire, officials said, and".
/// The modal of a "will be", "would be" before the "and" at `and_at` in its clause, with no
/// past form between.
fn modal_be_before_and(doc: &Doc, and_at: usize) -> Option<usize> {
    (and_at.saturating_sub(11)..and_at)
        .rev()
        .take_while(|&k| {
            (doc.is_word(k) || doc.is_number(k)) && doc.tense_class(k) & PAST_FORM == 0
        })
        .find(|&k| is_modal(doc.word(k)) && doc.word(k + 1) == "be")
}

fn modal_before_and(doc: &Doc, and_at: usize) -> bool {
    (and_at.saturating_sub(11)..and_at)
        .rev()
        .take_while(|&k| doc.is_word(k) && doc.tense_class(k) & PAST_FORM == 0)
        .any(|k| is_modal(doc.word(k)) && doc.word(k + 1) != "have")
}

fn same_form_past(doc: &Doc, i: usize) -> bool {
    if i == 0 || !doc.is_word(i - 1) {
        return false;
    }
    let prev = doc.word(i - 1);
    // "the Federal Reserve, which unexpectedly cut interest rates": a relative pronoun (adverbs
    // between) whose antecedent, before its comma, is one name in the singular.
    let mut p = i - 1;
    while p > 0 && is_adverb(doc.word(p)) {
        p -= 1;
    }
    let relative_singular = matches!(doc.word(p), "which" | "who")
        && p >= 2
        && doc.punct(p - 1, ',')
        && doc.cap(p - 2)
        && doc.is_word(p - 2)
        && !doc.all_caps(p - 2)
        && doc.lex(p - 2) == Lex::None
        && !doc.word(p - 2).ends_with('s');
    // "The franc has gained 14 percent and hit a record high on Monday": a verb joined to a
    // past or perfect one shares its tense.
    let joined_to_past = prev == "and"
        && (i.saturating_sub(15)..i - 1)
            .rev()
            .take_while(|&k| doc.is_word(k) || doc.is_number(k))
            .any(|k| {
                doc.tense_class(k) & PAST_FORM != 0 && doc.tense_class(k) & SAME_FORM_PAST == 0
            });
    let singular = joined_to_past
        || relative_singular
        || matches!(prev, "he" | "she" | "it")
        // A name ("Apple cut"), but not a plural opening the sentence ("Officials set").
        || (doc.cap(i - 1)
            && doc.lex(i - 1) == Lex::None
            && !doc.all_caps(i - 1)
            && !(doc.sentence_start(i - 1) && prev.ends_with('s')))
        || (!doc.cap(i - 1)
            && doc.lex(i - 1) == Lex::None
            && doc.tense_class(i - 1) == 0
            && prev.len() > 3
            && !prev.ends_with('s')
            && !prev.ends_with("ly")
            && !prev.ends_with("ing")
            && !prev.ends_with("ed")
            && !matches!(
                prev,
                "they" | "their" | "them" | "these" | "those" | "which" | "that" | "what"
                    | "people" | "police" | "children" | "women" | "men" | "never" | "also"
                    | "then" | "just" | "been" | "being"
            )
            // "will remain shut Tuesday": a verb after a modal is no subject.
            && !(i >= 2
                && matches!(
                    doc.word(i - 2),
                    "will" | "would" | "to" | "could" | "can" | "may" | "might" | "must"
                        | "should" | "ll"
                )));
    let next = i + 1;
    let object = doc.is_number(next)
        || (doc.cap(next) && doc.is_word(next) && !doc.sentence_start(next))
        || determiner(doc.word(next))
        || matches!(
            doc.word(next),
            "him" | "them" | "us" | "back" | "down" | "off" | "out" | "up"
        )
        // ("which cut interest rates": a bare noun after a relative's verb.)
        || (relative_singular
            && doc.is_word(next)
            && !doc.cap(next)
            && doc.lex(next) == Lex::None
            && doc.tense_class(next) == 0);
    singular && object
}

/// Verbs that announce a schedule in the present tense. Third person only: the base forms
/// double as nouns too often ("the talks", "a meet"); see [`is_plural_schedule_verb`].
#[inline]
pub(super) fn is_schedule_verb(w: &str) -> bool {
    matches!(
        w,
        "adjourns"
            | "airs"
            | "comes"
            | "arrives"
            | "competes"
            | "continues"
            | "celebrates"
            | "concludes"
            | "debuts"
            | "delivers"
            | "goes"
            | "performs"
            | "plays"
            | "premieres"
            | "speaks"
            | "votes"
            | "wraps"
            | "testifies"
            | "decides"
            | "elects"
            | "chooses"
            | "begins"
            | "closes"
            | "convenes"
            | "departs"
            | "ends"
            | "expires"
            | "faces"
            | "heads"
            | "hears"
            | "holds"
            | "hosts"
            | "kicks"
            | "launches"
            | "leaves"
            | "meets"
            | "moves"
            | "opens"
            | "reconvenes"
            | "reopens"
            | "resumes"
            | "returns"
            | "runs"
            | "sails"
            | "starts"
            | "steps"
            | "takes"
            | "travels"
            | "turns"
            | "visits"
    )
}

/// Irregular past forms. A `matches!` over the literals compiles to a switch on length and
/// integer comparisons, several times cheaper than a binary search with string comparisons.
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "agreed"
            | "used"
            // Regular past forms too short for the "-ed" guess above four letters.
            | "died"
            | "sued"
            | "tied"
            | "lied"
            | "owed"
            | "eyed"
            | "axed"
            | "dyed"
            | "sped"
            | "pled"
            | "bred"
            | "disagreed"
            | "decreed"
            | "freed"
            | "guaranteed"
            | "ate"
            | "arose"
            | "awoke"
            | "became"
            | "broke"
            | "foresaw"
            | "knelt"
            | "leapt"
            | "mistook"
            | "overran"
            | "oversaw"
            | "overthrew"
            | "rebuilt"
            | "rewrote"
            | "shrank"
            | "spun"
            | "strode"
            | "underwent"
            | "wept"
            | "withstood"
            | "began"
            | "bent"
            | "bit"
            | "bled"
            | "blew"
            | "bore"
            | "bought"
            | "bound"
            | "brought"
            | "built"
            | "burnt"
            | "came"
            | "caught"
            | "chose"
            | "clung"
            | "crept"
            | "dealt"
            | "did"
            | "drank"
            | "drew"
            | "drove"
            | "dug"
            | "dwelt"
            | "fed"
            | "fell"
            | "felt"
            | "fled"
            | "flew"
            | "forbade"
            | "forgave"
            | "forgot"
            | "fought"
            | "found"
            | "froze"
            | "gave"
            | "got"
            | "grew"
            | "heard"
            | "held"
            | "hid"
            | "hung"
            | "kept"
            | "knew"
            | "laid"
            | "led"
            | "left"
            | "lent"
            | "lost"
            | "made"
            | "meant"
            | "met"
            | "overcame"
            | "overtook"
            | "paid"
            | "ran"
            | "rang"
            | "rode"
            | "rose"
            | "said"
            | "sang"
            | "sank"
            | "sat"
            | "saw"
            | "sent"
            | "shone"
            | "shook"
            | "shot"
            | "slept"
            | "slid"
            | "sold"
            | "sought"
            | "spent"
            | "spoke"
            | "sprang"
            | "stole"
            | "stood"
            | "strove"
            | "struck"
            | "stuck"
            | "stung"
            | "swam"
            | "swept"
            | "swore"
            | "swung"
            | "taught"
            | "thought"
            | "threw"
            | "told"
            | "took"
            | "tore"
            | "understood"
            | "undertook"
            | "upheld"
            | "was"
            | "went"
            | "were"
            | "withdrew"
            | "withheld"
            | "woke"
            | "won"
            | "wore"
            | "wove"
            | "wrote"
    )
}

/// "forecast for Thursday", "forecast thunderstorms for this weekend": the forecast's "for",
/// right after it or after a short object of plain words.
fn forecast_for(doc: &Doc, i: usize) -> bool {
    (i + 1..i + 5)
        .take_while(|&k| doc.is_word(k))
        .any(|k| doc.word(k) == "for")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(text: &str, word: &str) -> Tense {
        let doc = Doc::new(text);
        let i = (0..doc.len()).find(|&i| doc.raw(i) == word).unwrap();
        tense_around(&doc, i, i + 1).0
    }

    #[test]
    fn cues() {
        assert_eq!(
            tense("Paul delivered a letter on Wednesday.", "Wednesday"),
            Tense::Past
        );
        assert_eq!(
            tense("A fire broke out on Saturday.", "Saturday"),
            Tense::Past
        );
        assert_eq!(tense("He became chairman in March.", "March"), Tense::Past);
        assert_eq!(
            tense("Paul will meet Putin on Wednesday.", "Wednesday"),
            Tense::Future
        );
        assert_eq!(
            tense("The vote will be held on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense("On Monday, Sen. Paul announced it.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense("The talks are scheduled for Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(tense("He has been away all week.", "week"), Tense::Past);
        assert_eq!(tense("They’ll arrive Friday.", "Friday"), Tense::Future);
        assert_eq!(
            tense("The proposed plan, Friday.", "Friday"),
            Tense::Unknown
        );
        assert_eq!(tense("Friday.", "Friday"), Tense::Unknown);
    }
}
