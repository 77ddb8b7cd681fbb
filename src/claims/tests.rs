//! The whole pipeline on small made-up articles. Dates here are weekdays in the past tense,
//! which every version of the resolver places on the most recent such day on or before the
//! publication date (Wednesday 2018-08-08).

use std::path::Path;

use super::*;
use crate::config::ReviewConfig;

fn article(body: &str) -> Article {
    let text = format!("---\ntitle: Test\npublished: 2018-08-08\n---\n{body}");
    Article::parse(&text, Path::new("data/articles/test.md")).unwrap()
}

fn claims(body: &str) -> Vec<Claim> {
    extract(&article(body), &Config::default()).claims
}

/// The claim whose sentence starts with `start`.
fn claim<'c>(claims: &'c [Claim], start: &str) -> &'c Claim {
    claims
        .iter()
        .find(|c| c.sentence.starts_with(start))
        .unwrap_or_else(|| panic!("no claim starts with {start:?} in {claims:#?}"))
}

fn label(c: &Claim) -> Option<&str> {
    c.when.as_ref().map(|w| w.label.as_str())
}

#[test]
fn quote_speaker_and_pronoun_follow_up() {
    let found = claims(
        "Gov. Jane Roe announced the plan on Monday.\n\n\
         “We are ready,” Roe said in a statement on Tuesday. “It will take time,” she added.",
    );
    let plan = claim(&found, "Gov. Jane Roe announced");
    assert_eq!(plan.actor.as_deref(), Some("Gov. Jane Roe"));
    assert_eq!(label(plan), Some("2018-08-06"));
    assert_eq!(
        plan.event.as_deref(),
        Some("Gov. Jane Roe announced the plan")
    );

    let ready = claim(&found, "“We are ready,”");
    assert_eq!(ready.quote.as_deref(), Some("We are ready"));
    assert_eq!(ready.speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(ready.attribution.as_deref(), Some("said in a statement"));
    assert_eq!(label(ready), Some("2018-08-07"));
    assert_eq!(ready.actor.as_deref(), Some("Roe"));

    let time = claim(&found, "“It will take time,”");
    assert_eq!(
        time.speaker.as_deref(),
        Some("Jane Roe"),
        "she = the speaker just before"
    );
    assert_eq!(time.attribution.as_deref(), Some("added"));
    assert_eq!(time.when, None);
}

#[test]
fn a_pronoun_without_a_speaker_before_stays_unnamed() {
    let found = claims("The rain stopped.\n\n“It will take time,” she added.");
    let time = claim(&found, "“It will take time,”");
    assert_eq!(time.speaker, None);
    assert_eq!(time.attribution.as_deref(), Some("added"));
}

#[test]
fn according_to_and_dates_in_the_sentence() {
    let found = claims("The plant closed on Friday, according to state records.");
    let c = &found[0];
    assert_eq!(c.speaker.as_deref(), Some("state records"));
    assert_eq!(c.attribution.as_deref(), Some("according to"));
    assert_eq!(label(c), Some("2018-08-03"));
    assert_eq!(c.dates.len(), 1);
    assert_eq!(c.dates[0].kind, "DATE");
    assert_eq!(c.dates[0].value, "2018-08-03");
    assert_eq!(c.event.as_deref(), Some("The plant closed"));
}

#[test]
fn block_quotation_is_attributed_to_its_introducer() {
    let found = claims(
        "The mayor said in a statement on Monday:\n\n\
         The budget is balanced. Taxes will not rise.\n\n\
         “That is false,” Councilman Tom Doe said.\n\n\
         The council adjourned.",
    );
    let intro = claim(&found, "The mayor said");
    assert_eq!(intro.speaker.as_deref(), Some("The mayor"));
    assert_eq!(intro.attribution.as_deref(), Some("said in a statement"));
    assert_eq!(
        intro.quote.as_deref(),
        Some("The budget is balanced. Taxes will not rise.")
    );
    assert_eq!(label(intro), Some("2018-08-06"));

    let taxes = claim(&found, "Taxes will not rise.");
    assert_eq!(taxes.speaker.as_deref(), Some("The mayor"));
    assert_eq!(taxes.quote.as_deref(), Some("Taxes will not rise."));
    assert_eq!(
        taxes.when, None,
        "a block sentence does not inherit the introducer's date"
    );

    let reply = claim(&found, "“That is false,”");
    assert_eq!(reply.speaker.as_deref(), Some("Tom Doe"));
    assert!(
        !found.iter().any(|c| c.sentence == "The council adjourned."),
        "narration without date, quote or attribution is no claim"
    );
}

#[test]
fn a_quotation_over_two_sentences() {
    let found = claims("“It was a bomb. You can see it,” the officer said on Sunday.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].quote.as_deref(), Some("It was a bomb."));
    assert_eq!(found[0].speaker.as_deref(), Some("the officer"));
    assert_eq!(found[0].attribution.as_deref(), Some("said"));
    assert_eq!(found[0].when, None);
    assert_eq!(found[1].quote.as_deref(), Some("You can see it"));
    assert_eq!(found[1].speaker.as_deref(), Some("the officer"));
    assert_eq!(label(&found[1]), Some("2018-08-05"));
}

#[test]
fn a_colon_after_a_quotation_introduces_no_block() {
    let found = claims("On Monday, Mayor Jane Roe tweeted, “We won”:\n\nThe council met later.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(found[0].attribution.as_deref(), Some("tweeted"));
    assert_eq!(found[0].quote.as_deref(), Some("We won"));
}

#[test]
fn nested_quotes_stay_in_the_quote() {
    let found = claims("“He told me ‘never again,’ and left,” Smith said.");
    assert_eq!(
        found[0].quote.as_deref(),
        Some("He told me ‘never again,’ and left")
    );
    assert_eq!(found[0].speaker.as_deref(), Some("Smith"));
}

#[test]
fn straight_quotes_work_like_curly_ones() {
    let found = claims("\"We will rebuild,\" said Mayor Jane Roe on Tuesday.");
    assert_eq!(found[0].quote.as_deref(), Some("We will rebuild"));
    assert_eq!(found[0].speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(label(&found[0]), Some("2018-08-07"));
}

#[test]
fn page_furniture_is_not_claimed() {
    let found = claims(
        "Mayor Roe speaks at the library on Monday\nReuters Photo/John Doe\n\n\
         The library opened on Monday.\n\n\
         COMMENTS\n\n\
         Please let us know on Monday if you're having issues with commenting.",
    );
    let sentences: Vec<&str> = found.iter().map(|c| c.sentence.as_str()).collect();
    assert_eq!(sentences, ["The library opened on Monday."]);
}

#[test]
fn ids_survive_edits_elsewhere() {
    let before = claims("The library opened on Monday.\n\nThe mayor spoke on Tuesday.");
    let after = claims(
        "The museum closed on Friday.\n\nThe library opened on Monday, officials said.\n\n\
         The mayor spoke on Tuesday.",
    );
    let spoke = |cs: &[Claim]| claim(cs, "The mayor spoke").id.clone();
    assert_eq!(spoke(&before), spoke(&after));
    assert_ne!(
        claim(&before, "The library opened").id,
        claim(&after, "The library opened").id,
        "an edited sentence is a new claim"
    );
}

#[test]
fn duplicate_sentences_get_distinct_stable_ids() {
    let found =
        claims("“Thank you,” he said on Monday.\n\nLater:\n\n“Thank you,” he said on Monday.");
    let ids: Vec<&str> = found
        .iter()
        .filter(|c| c.sentence.starts_with("“Thank"))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[1], format!("{}-2", ids[0]));
}

#[test]
fn review_fields_start_empty_with_the_configured_status() {
    let config = Config {
        review: ReviewConfig {
            statuses: vec!["todo".into(), "done".into()],
            ..ReviewConfig::default()
        },
        ..Config::default()
    };
    let file = extract(&article("The library opened on Monday."), &config);
    let c = &file.claims[0];
    assert_eq!(c.status, "todo");
    assert!(c.verdict.is_none() && c.conclusion.is_none() && c.notes.is_none());
    assert!(c.sources.is_empty() && c.tags.is_empty());
    assert!(c.reviewer.is_none() && c.reviewed_at.is_none() && c.date_override.is_none());
    assert_eq!(file.article.id, "test");
    assert_eq!(file.article.published, "2018-08-08");
}

#[test]
fn the_article_record_keeps_a_date_time() {
    let text = "---\ntitle: T\npublished: 2018-08-08T14:05:00-04:00\nurl: https://example.org/a\n---\nIt rained on Monday.";
    let a = Article::parse(text, Path::new("a.md")).unwrap();
    let file = extract(&a, &Config::default());
    assert_eq!(file.article.published, "2018-08-08T14:05:00-04:00");
    assert_eq!(file.article.url.as_deref(), Some("https://example.org/a"));
}

#[test]
fn extraction_is_deterministic() {
    let body = "“We are ready,” Roe said on Tuesday.\n\nThe plant closed on Friday.";
    assert_eq!(claims(body), claims(body));
}

#[test]
fn empty_and_furniture_only_articles() {
    assert!(claims("").is_empty());
    assert!(claims("COMMENTS\n\nRelated Stories").is_empty());
}

#[test]
fn no_panic_on_any_cut_of_an_article() {
    let seed = include_str!("../../tests/fixtures/seed/article.txt");
    let cuts = seed
        .char_indices()
        .map(|(i, _)| i)
        .filter(|i| i % 11 == 0)
        .chain([seed.len()]);
    for end in cuts {
        let file = extract(&article(&seed[..end]), &Config::default());
        assert!(file.claims.iter().all(|c| c.id.starts_with("c-")));
    }
}

#[test]
fn no_panic_on_hostile_text() {
    for body in [
        "“",
        "”",
        "\"",
        "'",
        "“Unclosed quotation that runs on and on, Smith said on Monday.",
        "” said Smith.” “ ”.",
        ": : :\n\n:\n\n“:”",
        "((((((((((((((((((((((((",
        "Sen. Sen. Sen. Sen. Sen.",
        "A B C D E F G H I J K L M N O P Q R S T said on Monday.",
        "“A,” said.",
        "according to",
        "according to, which read:",
        ", which said",
        "He said.\n\nShe said, “",
        "Sen. O’ said on Monday.",
        "The text of the letter, which read:\n\n\n\n",
        "— ; — ; said —",
        "\u{feff}\u{200b}“\u{200b}”",
    ] {
        let _ = claims(body);
    }
}

/// A second made-up story: dateline, caption, headline, a speaker going on without "she
/// said", a block quotation that the reporter's own attribution ends.
const CITY_HALL: &str = "City Council Approves Budget After ‘Long Night’\n\n\
    Mayor Jane Roe speaks on Tuesday\nPhoto: City Hall\n\n\
    SPRINGFIELD — The city council approved a budget on Tuesday after a long debate.\n\n\
    “This budget keeps every library open,” Mayor Jane Roe said at a news conference on \
    Wednesday. “Nobody thought we could do it.”\n\n\
    The city’s finance director, Ann Lee, wrote in a memo on Monday:\n\n\
    Revenue projections assume 3 percent growth. Reserves will fall.\n\n\
    According to Lee, the reserves were last that low in the early 1990s.\n\n\
    Roe told reporters she had not read the memo.\n\n\
    Share this article";

#[test]
fn datelines_captions_and_headlines() {
    let found = claims(CITY_HALL);
    assert!(found.iter().all(|c| !c.sentence.contains("Long Night")));
    assert!(found.iter().all(|c| !c.sentence.contains("Photo")));
    assert!(found.iter().all(|c| !c.sentence.contains("Share this")));
    let budget = claim(&found, "SPRINGFIELD — The city council approved");
    assert_eq!(label(budget), Some("2018-08-07"));
    assert_eq!(
        budget.event.as_deref(),
        Some("The city council approved a budget")
    );
    assert_eq!(budget.actor, None, "“the city council” names no one");
}

#[test]
fn a_bare_quotation_continues_the_speaker_before_it() {
    let found = claims(CITY_HALL);
    let more = claim(&found, "“Nobody thought");
    assert_eq!(more.speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(
        more.attribution.as_deref(),
        Some("said at a news conference")
    );
    assert_eq!(more.when, None);
}

#[test]
fn the_reporters_attribution_ends_a_block_quotation() {
    let found = claims(CITY_HALL);
    let memo = claim(&found, "The city’s finance director, Ann Lee, wrote");
    assert_eq!(
        memo.speaker.as_deref(),
        Some("Ann Lee"),
        "the appositive names her"
    );
    assert_eq!(memo.attribution.as_deref(), Some("wrote in a memo"));
    assert_eq!(
        memo.quote.as_deref(),
        Some("Revenue projections assume 3 percent growth. Reserves will fall.")
    );
    let reserves = claim(&found, "Reserves will fall.");
    assert_eq!(reserves.speaker.as_deref(), Some("Ann Lee"));
    assert_eq!(reserves.event, None, "undated quoted words are no event");
    let according = claim(&found, "According to Lee");
    assert_eq!(according.attribution.as_deref(), Some("according to"));
    assert_eq!(according.quote, None, "narration again, not the memo");
    let told = claim(&found, "Roe told reporters");
    assert_eq!(told.speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(told.attribution.as_deref(), Some("told reporters"));
}
