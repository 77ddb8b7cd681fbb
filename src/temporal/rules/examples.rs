//! The resolver's corpus tests, in the manner of Duckling: every rule family carries examples
//! of (publication date, text, expected expression, expected TimeML type, value and mod), and
//! a list of texts that must not yield any date. This runner checks them all and reports every
//! failure at once, by family.
//!
//! An expectation reads `"TYPE VALUE"` or `"TYPE VALUE MOD"`, e.g. `"DATE 2018-07 START"`.
//! The expression text must match the mention exactly (TempEval's strict match). `"NONE"`
//! says the words are no mention of their own, in a text that holds other dates ("the years
//! 2000 to 2004": the years are dates, "years" no amount).

use chrono::NaiveDate;

use crate::temporal::analyze;

/// (published, text, expression, expectation)
pub(crate) type Example = (&'static str, &'static str, &'static str, &'static str);

/// (published, text that holds no date reference)
pub(crate) type Negative = (&'static str, &'static str);

fn families() -> Vec<(&'static str, &'static [Example])> {
    vec![
        ("calendar", super::calendar::EXAMPLES),
        ("weekday", super::weekday::EXAMPLES),
        ("relative", super::relative::EXAMPLES),
        ("era", super::era::EXAMPLES),
        ("season", super::season::EXAMPLES),
        ("quarter", super::quarter::EXAMPLES),
        ("clock", super::clock::EXAMPLES),
        ("holiday", super::holiday::EXAMPLES),
        ("season-turn", super::season_turn::EXAMPLES),
        ("vague", super::vague::EXAMPLES),
        ("duration", super::duration::EXAMPLES),
        ("set", super::set::EXAMPLES),
    ]
}

fn negatives() -> Vec<(&'static str, &'static [Negative])> {
    vec![
        ("calendar", super::calendar::NEGATIVES),
        ("era", super::era::NEGATIVES),
        ("weekday", super::weekday::NEGATIVES),
        ("relative", super::relative::NEGATIVES),
        ("season", super::season::NEGATIVES),
        ("quarter", super::quarter::NEGATIVES),
        ("clock", super::clock::NEGATIVES),
        ("holiday", super::holiday::NEGATIVES),
        ("season-turn", super::season_turn::NEGATIVES),
        ("duration", super::duration::NEGATIVES),
        ("set", super::set::NEGATIVES),
        ("vague", super::vague::NEGATIVES),
    ]
}

fn date(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|_| panic!("bad publication date in an example: {s}"))
}

/// Check one example; `Err` says what went wrong.
pub(crate) fn check(example: &Example) -> Result<(), String> {
    let (published, text, expression, expected) = *example;
    let found = analyze(text, date(published));
    if expected == "NONE" {
        return match found.mentions.iter().find(|m| m.text == expression) {
            Some(m) => Err(format!(
                "[{published}] {text:?}: {expression:?} should be no mention, is {} {} ({})",
                m.kind, m.value, m.why
            )),
            None => Ok(()),
        };
    }
    let mut parts = expected.split_whitespace();
    let (kind, value, modifier) = (parts.next(), parts.next(), parts.next());
    let Some(m) = found.mentions.iter().find(|m| m.text == expression) else {
        let got: Vec<String> = found
            .mentions
            .iter()
            .map(|m| format!("{:?}={}", m.text, m.value))
            .collect();
        return Err(format!(
            "[{published}] {text:?}: no mention {expression:?}; found {}",
            if got.is_empty() {
                "nothing".to_string()
            } else {
                got.join(", ")
            }
        ));
    };
    let got_mod = m.modifier.map(|x| x.as_str());
    if Some(m.kind.as_str()) != kind || Some(m.value.as_str()) != value || got_mod != modifier {
        return Err(format!(
            "[{published}] {text:?}: {expression:?} is {} {}{}, expected {expected} ({})",
            m.kind,
            m.value,
            got_mod.map(|x| format!(" {x}")).unwrap_or_default(),
            m.why
        ));
    }
    Ok(())
}

#[test]
fn every_rule_resolves_its_examples() {
    let mut failures = Vec::new();
    let mut total = 0;
    for (family, examples) in families() {
        assert!(!examples.is_empty(), "{family} has no examples");
        for example in examples {
            total += 1;
            if let Err(e) = check(example) {
                failures.push(format!("{family}: {e}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn texts_without_dates_yield_nothing() {
    let mut failures = Vec::new();
    for (family, texts) in negatives() {
        for (published, text) in texts.iter() {
            let found = analyze(text, date(published));
            if !found.mentions.is_empty() {
                let got: Vec<String> = found
                    .mentions
                    .iter()
                    .map(|m| format!("{:?}={} ({})", m.text, m.value, m.rule))
                    .collect();
                failures.push(format!("{family}: {text:?} gave {}", got.join(", ")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_corpus_is_large_enough_to_mean_something() {
    let positives: usize = families().iter().map(|(_, e)| e.len()).sum();
    let negatives: usize = negatives().iter().map(|(_, n)| n.len()).sum();
    assert!(positives >= 300, "only {positives} examples");
    assert!(negatives >= 40, "only {negatives} negative examples");
}
