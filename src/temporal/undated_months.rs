//! Months that fall in no one year: "Arrivals usually rise from May to September", "the wet
//! season, which runs from December to March, usually slows arrivals". A bare month in a
//! clause told in the present as a habit is every year's (`XXXX-05`), as TimeML writes a
//! month that recurs. The resolver first gives every bare month a year by tense and
//! publication; this pass takes the year off again when the clause says the month recurs.

use super::doc::Doc;
use super::expr::{Candidate, Expr, YearRef};
use super::undated_hours::{habit_adverb, in_clause_of};

/// Take the year off the bare months of clauses that tell a habit in the present.
pub(super) fn unplace_habitual_months(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use super::tense::{
        Tense, is_plural_schedule_verb, is_schedule_verb, past_form, tense_around, word_is_verb_cue,
    };
    let sentence = |i: usize| doc.sentence_of.get(i).copied().unwrap_or(0);
    // The sentences that state a year, found once, when the first month of a habit asks: a
    // year told there places the month ("usually rise from May to September, and did so in
    // 2003"). Most texts have no such month and never build it.
    let mut year_in: Option<Vec<bool>> = None;
    for (j, c) in candidates.iter().enumerate() {
        let bare_month = matches!(
            c.expr,
            Expr::Month {
                shift: super::expr::Shift::Bare,
                year: YearRef::Implied,
                ..
            } | Expr::Calendar {
                year: None,
                month: Some(_),
                day: None,
                ..
            }
        );
        if !bare_month || c.modifier.is_some() {
            continue;
        }
        // "lengthens the school day beginning in September", "starting in July": the month a
        // change starts from is one, whatever recurs beside it.
        let from = if c.start >= 1 && doc.word(c.start - 1) == "in" {
            c.start - 1
        } else {
            c.start
        };
        if from >= 1 && matches!(doc.word(from - 1), "beginning" | "starting" | "effective") {
            continue;
        }
        let (first, last) = doc.sentence_tokens(c.start);
        // "The whale-watching season in Hawaii runs from December to May", "the firm's fiscal
        // year runs from December through November": a season or a fiscal year, as the
        // subject before the month, recurs as a habit does.
        // (Only for a span of months: "the fiscal year ends in October", "the season opened
        // in July" name one year's.)
        let in_span = c.start >= 2
            && (matches!(doc.word(c.start - 1), "from" | "between")
                || (matches!(doc.word(c.start - 1), "to" | "through" | "until" | "and")
                    && matches!(
                        doc.lex(c.start - 2),
                        super::lexicon::Lex::Month(_) | super::lexicon::Lex::MonthAbbr(_)
                    )));
        let recurring_subject = |i: usize| {
            in_span
                && i < c.start
                && (matches!(doc.word(i), "season" | "seasons")
                    || (doc.word(i) == "year" && i > 0 && doc.word(i - 1) == "fiscal"))
        };
        // "The fire season runs each year from May to October", "closed to visitors from
        // September through April each year": a yearly recurrence in the clause.
        // ("cost about $211 annually, with collection starting in January": a rate.)
        let rate = |i: usize| {
            i > 0 && (super::resolve::is_figure_token(doc, i - 1) || doc.word(i - 1) == "dollars")
        };
        let yearly = |i: usize| {
            (doc.word(i) == "annually" && !rate(i))
                || (matches!(doc.word(i), "each" | "every") && doc.word(i + 1) == "year")
        };
        let Some(habit) = (first..last).find(|&i| {
            (habit_adverb(doc.word(i)) || recurring_subject(i) || yearly(i))
                && in_clause_of(doc, c, i)
        }) else {
            continue;
        };
        let year_in = year_in.get_or_insert_with(|| {
            let mut marked = Vec::new();
            // ("could bring higher water than in 1996", "the worst since 1998": a year
            // compared with places nothing.)
            let compared = |o: &Candidate| {
                o.start >= 2
                    && (matches!(doc.word(o.start - 1), "than" | "since")
                        || (doc.word(o.start - 1) == "in" && doc.word(o.start - 2) == "than"))
            };
            for o in candidates
                .iter()
                .filter(|o| matches!(o.expr, Expr::Year(_)) && !compared(o))
            {
                let k = sentence(o.start);
                if marked.len() <= k {
                    marked.resize(k + 1, false);
                }
                marked[k] = true;
            }
            marked
        });
        let year_told = year_in.get(sentence(c.start)).copied().unwrap_or(false);
        // "The rainy season usually runs from December to April": a verb that announces a
        // schedule reads ahead alone, but beside "usually" it tells the habit.
        let told = match tense_around(doc, c.start, c.end) {
            (Tense::Future, Some(cue))
                if is_schedule_verb(doc.word(cue)) || is_plural_schedule_verb(doc.word(cue)) =>
            {
                Tense::Present
            }
            // "Police warned that robberies usually rise in December": the saying verb's
            // tense does not reach the present habit it reports. Nor does it without "that"
            // ("said pedestrian deaths usually rise in November"), nor a verb before a
            // relative clause that tells the habit ("warned of rain in the states, where the
            // monsoon usually lasts from November to March").
            (Tense::Past | Tense::Future, Some(cue))
                if cue < habit
                    && ((cue..habit)
                        .any(|k| matches!(doc.word(k), "that" | "where" | "which" | "when"))
                        || (matches!(doc.word(cue), "said" | "says" | "told" | "warned")
                            && (cue + 1..habit).all(|k| !word_is_verb_cue(doc, k))))
                    && !past_form(doc.word(habit + 1)) =>
            {
                Tense::Present
            }
            (told, _) => told,
        };
        if year_told || matches!(told, Tense::Past | Tense::Future) {
            continue;
        }
        if let Some(r) = resolved[j].as_mut() {
            if let Some(month) = r.value.get(5..7).map(str::to_string) {
                r.value = format!("XXXX-{month}");
                r.interval = None;
                r.why = format!("{}; a month of a habit, in no one year", r.why);
            }
        }
    }
}
