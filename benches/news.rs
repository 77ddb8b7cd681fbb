//! Synthetic news for the benchmarks, made on the spot and the same on every run.
//!
//! The project may not ship licensed news text, and one bundled article (4.4 KB) is too small
//! and too uniform to measure throughput on. So the benchmarks write their own news: articles
//! of a headline, a dateline and paragraphs of one to three sentences, with attribution,
//! quotations, names with abbreviations ("Sen.", "U.S.", "Corp.") and the words that look
//! temporal but are not ("may", "second", "fall", "spring", "present"), which is what makes a
//! resolver do work on date-free text.
//!
//! A sentence carries a date reference with a chosen probability; the phrase comes from one
//! of every rule family of the resolver (calendar, weekday, relative, era, season, quarter,
//! clock, holiday, vague, duration, set). Real newswire (TimeBank, AQUAINT) holds about 3.1 to
//! 3.8 date references per KB of text; [`Density::Typical`] is tuned to that, the bundled
//! article has 3.6. The generator is a fixed-seed SplitMix64, so every run measures the same
//! bytes without pulling in a random-number crate.

#![allow(
    dead_code,
    reason = "each bench target includes this module and uses a different part of it"
)]

#[path = "../tests/seeded_rng/mod.rs"]
mod seeded_rng;

use seeded_rng::SeededRng as Rng;

/// How many sentences carry a date reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Density {
    /// Ordinary news: about one sentence in two names a date (≈3.5 mentions per KB).
    Typical,
    /// Every sentence names one or two dates: the resolver's worst case for news.
    Dense,
    /// No date at all: the floor cost of reading text (tokens, lexicon, sentences).
    Prose,
}

impl Density {
    pub fn name(self) -> &'static str {
        match self {
            Density::Typical => "typical",
            Density::Dense => "dense",
            Density::Prose => "prose",
        }
    }

    /// Per mille chance that a sentence carries a date, and that it carries a second one.
    fn odds(self) -> (u64, u64) {
        match self {
            Density::Typical => (560, 120),
            Density::Dense => (1000, 450),
            Density::Prose => (0, 0),
        }
    }
}

/// `count` articles of about 4-6 KB each, the size of a news story.
pub fn articles(density: Density, count: usize) -> Vec<String> {
    let mut rng = Rng(0x5EED_0000 ^ density as u64);
    (0..count).map(|_| article(&mut rng, density)).collect()
}

/// One text of at least `bytes` bytes: articles joined by blank lines.
pub fn text_of_size(density: Density, bytes: usize) -> String {
    let mut rng = Rng(0xB16_0000 ^ density as u64);
    let mut out = String::with_capacity(bytes + 8192);
    while out.len() < bytes {
        out.push_str(&article(&mut rng, density));
        out.push_str("\n\n");
    }
    out
}

fn article(rng: &mut Rng, density: Density) -> String {
    let mut out = String::with_capacity(6000);
    // Headline and photo credit, as scraped pages have them.
    out.push_str(&capitalize(&clause(rng)));
    out.push_str("\n\nAP Photo/");
    out.push_str(rng.pick(SURNAMES));
    out.push_str("\n\n");
    out.push_str(rng.pick(DATELINES));
    out.push_str(" (AP) — ");
    let paragraphs = 9 + rng.below(6);
    for p in 0..paragraphs {
        if p > 0 {
            out.push_str("\n\n");
        }
        let sentences = 1 + rng.below(3);
        for s in 0..sentences {
            if s > 0 {
                out.push(' ');
            }
            sentence(rng, density, &mut out);
        }
    }
    out.push('\n');
    out
}

/// One sentence: a statement, a quotation with its speaker, or a fronted date.
fn sentence(rng: &mut Rng, density: Density, out: &mut String) {
    let (first, second) = density.odds();
    let dated = rng.chance(first);
    let twice = dated && rng.chance(second);
    let date = |rng: &mut Rng| date_phrase(rng);
    match rng.below(10) {
        0..=3 => {
            let mut s = clause(rng);
            if dated {
                s.push(' ');
                s.push_str(&date(rng));
            }
            if rng.chance(400) {
                s.push_str(", ");
                s.push_str(rng.pick(TAILS));
            }
            if twice {
                s.push_str(", and ");
                s.push_str(&clause(rng));
                s.push(' ');
                s.push_str(&date(rng));
            }
            out.push_str(&capitalize(&s));
            out.push('.');
        }
        4..=6 => {
            // “Quoted words,” Sen. Name said on Tuesday.
            out.push('“');
            out.push_str(&capitalize(&clause(rng)));
            if twice {
                out.push(' ');
                out.push_str(&date(rng));
            }
            out.push_str(",” ");
            out.push_str(&speaker(rng));
            out.push(' ');
            out.push_str(rng.pick(SAID));
            if dated {
                out.push(' ');
                out.push_str(&date(rng));
            }
            out.push('.');
        }
        7 if dated => {
            out.push_str(&capitalize(&date(rng)));
            out.push_str(", ");
            out.push_str(&clause(rng));
            if twice {
                out.push_str(" after ");
                out.push_str(&date(rng));
            }
            out.push('.');
        }
        _ => {
            // Long date-free narration, attributed: most bytes of news look like this.
            let mut s = clause(rng);
            s.push_str(", ");
            s.push_str(rng.pick(LINKS));
            s.push(' ');
            s.push_str(&clause(rng));
            if dated {
                s.push(' ');
                s.push_str(&date(rng));
            }
            s.push_str(", according to ");
            s.push_str(rng.pick(SOURCES));
            out.push_str(&capitalize(&s));
            out.push('.');
        }
    }
}

/// "the Kentucky senator told reporters the ministry may approve the second phase of the
/// plan in the capital"
fn clause(rng: &mut Rng) -> String {
    let mut s = String::with_capacity(160);
    s.push_str(&actor(rng));
    s.push(' ');
    s.push_str(rng.pick(VERBS));
    s.push(' ');
    s.push_str(rng.pick(OBJECTS));
    if rng.chance(700) {
        s.push(' ');
        s.push_str(rng.pick(PLACES));
    }
    if rng.chance(350) {
        s.push(' ');
        s.push_str(rng.pick(QUALIFIERS));
    }
    s
}

fn actor(rng: &mut Rng) -> String {
    if rng.chance(450) {
        speaker(rng)
    } else {
        rng.pick(GROUPS).to_string()
    }
}

/// "Sen. Maria Alvarez", "Gov. J. R. Okafor", "a spokesman for Halvorsen Corp."
fn speaker(rng: &mut Rng) -> String {
    let mut s = String::new();
    match rng.below(4) {
        0 => {
            s.push_str(rng.pick(TITLES));
            s.push(' ');
            s.push_str(rng.pick(FIRST_NAMES));
            s.push(' ');
            s.push_str(rng.pick(SURNAMES));
        }
        1 => {
            s.push_str(rng.pick(FIRST_NAMES));
            s.push(' ');
            s.push(char::from(b'A' + rng.below(26) as u8));
            s.push_str(". ");
            s.push_str(rng.pick(SURNAMES));
        }
        2 => {
            s.push_str("a spokeswoman for ");
            s.push_str(rng.pick(SURNAMES));
            s.push(' ');
            s.push_str(rng.pick(&["Corp.", "Inc.", "Co.", "Group", "Holdings"]));
        }
        _ => {
            s.push_str(rng.pick(SURNAMES));
            s.push_str(", ");
            s.push_str(rng.pick(ROLES));
            s.push(',');
        }
    }
    s
}

/// A date reference from one of the resolver's rule families.
fn date_phrase(rng: &mut Rng) -> String {
    let month = month_name(rng);
    let abbr = rng.pick(MONTH_ABBREVIATIONS);
    let day = 1 + rng.below(28);
    let year = 1975 + rng.below(50);
    let weekday = rng.pick(WEEKDAYS);
    let n = rng.pick(NUMBER_WORDS);
    let unit = rng.pick(UNITS);
    match rng.below(11) {
        // calendar
        0 => match rng.below(6) {
            0 => format!("on {month} {day}"),
            1 => format!("on {abbr}. {day}, {year}"),
            2 => format!("in {month}"),
            3 => format!("from {month} {day} to {month} {}", day + 2),
            4 => format!("on {}/{day}/{year}", 1 + rng.below(12)),
            _ => format!("in {month} {year}"),
        },
        // weekday
        1 => match rng.below(4) {
            0 => format!("on {weekday}"),
            1 => format!("last {weekday}"),
            2 => format!("{weekday} morning"),
            _ => weekday.to_string(),
        },
        // relative
        2 => rng
            .pick(&[
                "last week",
                "next month",
                "this year",
                "yesterday",
                "earlier this month",
                "the next day",
                "two days ago",
                "a year earlier",
                "later this year",
                "today",
            ])
            .to_string(),
        // era
        3 => match rng.below(3) {
            0 => format!("in the {}0s", 195 + rng.below(7)),
            1 => format!("in the early {}0s", 196 + rng.below(6)),
            _ => format!("in the {}th century", 16 + rng.below(5)),
        },
        // season
        4 => match rng.below(3) {
            0 => format!("this {}", rng.pick(SEASONS)),
            1 => format!("last {}", rng.pick(SEASONS)),
            _ => format!("in the {} of {year}", rng.pick(SEASONS)),
        },
        // quarter
        5 => match rng.below(3) {
            0 => format!("in the {} quarter", rng.pick(ORDINALS)),
            1 => format!("in the {} quarter of {year}", rng.pick(ORDINALS)),
            _ => "in the first half".to_string(),
        },
        // clock
        6 => match rng.below(3) {
            0 => format!("at {} p.m. {weekday}", 1 + rng.below(11)),
            1 => format!("at {}:{:02} a.m.", 1 + rng.below(11), rng.below(60)),
            _ => format!("at noon {weekday}"),
        },
        // holiday
        7 => rng
            .pick(&[
                "on Christmas",
                "after Labor Day",
                "before Thanksgiving",
                "on Election Day",
                "on New Year's Eve",
                "by Memorial Day",
            ])
            .to_string(),
        // vague
        8 => rng
            .pick(&[
                "now",
                "recently",
                "in recent years",
                "in the near future",
                "soon",
                "in the past",
            ])
            .to_string(),
        // duration
        9 => match rng.below(3) {
            0 => format!("for {n} {unit}s"),
            1 => format!("over the past {n} {unit}s"),
            _ => format!("within {n} {unit}s"),
        },
        // set
        _ => match rng.below(3) {
            0 => format!("every {weekday}"),
            1 => format!("each {month}"),
            _ => "twice a year".to_string(),
        },
    }
}

/// "January" to "December", as chrono names them.
fn month_name(rng: &mut Rng) -> &'static str {
    u8::try_from(1 + rng.below(12))
        .ok()
        .and_then(|m| chrono::Month::try_from(m).ok())
        .map_or("August", |m| m.name())
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

const MONTH_ABBREVIATIONS: &[&str] = &["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const SEASONS: &[&str] = &["spring", "summer", "fall", "winter"];
const ORDINALS: &[&str] = &["first", "second", "third", "fourth"];
const NUMBER_WORDS: &[&str] = &["two", "three", "five", "six", "ten", "several"];
const UNITS: &[&str] = &["day", "week", "month", "year", "decade"];

const TITLES: &[&str] = &[
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "Dr.",
    "Mr.",
    "Ms.",
    "Lt. Col.",
    "President",
    "Mayor",
];
const FIRST_NAMES: &[&str] = &[
    "Maria",
    "James",
    "Aiko",
    "Oluwaseun",
    "Pavel",
    "Grace",
    "Tomás",
    "Leila",
    "Hogan",
    "Ingrid",
    "Rafael",
    "Chen",
    "Amara",
    "Dmitri",
    "Siobhán",
    "Kwame",
];
const SURNAMES: &[&str] = &[
    "Alvarez",
    "Okafor",
    "Lindqvist",
    "Brennan",
    "Nakamura",
    "Halvorsen",
    "O’Connell",
    "Petrov",
    "Whitfield",
    "Castellanos",
    "Mbeki",
    "Kowalski",
    "Duarte",
    "Fairbanks",
    "Quist",
    "Gidley",
];
const ROLES: &[&str] = &[
    "a White House spokesman",
    "the committee’s ranking member",
    "an analyst at the Brookings Institution",
    "the company’s chief financial officer",
    "a former U.S. ambassador",
    "a professor of economics at the university",
];
const GROUPS: &[&str] = &[
    "the ministry",
    "the Senate Foreign Relations Committee",
    "officials in the capital",
    "the central bank",
    "the U.S. Treasury",
    "the company",
    "investigators",
    "the opposition coalition",
    "the regional government",
    "the union",
    "shareholders",
    "the state legislature",
    "NATO-led forces",
    "the city council",
];
const VERBS: &[&str] = &[
    "announced",
    "approved",
    "rejected",
    "may approve",
    "will review",
    "has delayed",
    "delivered",
    "proposed",
    "criticized",
    "is expected to present",
    "signed",
    "defended",
    "would appreciate",
    "questioned",
    "could postpone",
];
const OBJECTS: &[&str] = &[
    "the second phase of the plan",
    "a letter of introduction",
    "the budget for the coming fiscal period",
    "new rules on cross-border payments",
    "an agreement to share intelligence on counterterrorism",
    "the merger of the two largest regional carriers",
    "a report on the fall in manufacturing output",
    "proposals to expand cultural and educational exchange programs",
    "the nomination of a new ambassador",
    "measures to curb spring flooding along the river",
    "a settlement with former employees",
    "the present arrangement with creditors",
    "the decision to raise interest rates by a quarter point",
    "an investigation into the St. Petersburg plot",
];
const PLACES: &[&str] = &[
    "in Moscow",
    "in the capital",
    "at a news conference in Washington",
    "in a statement",
    "on the Senate floor",
    "during a visit to Nairobi",
    "in Brussels",
    "at the U.N. headquarters in New York",
    "in an interview with CNN",
    "at the company’s annual meeting",
];
const QUALIFIERS: &[&str] = &[
    "despite objections from several members",
    "amid concern over rising costs",
    "as part of a broader effort to rebuild trust",
    "without giving details",
    "in a 54-46 vote",
    "under pressure from the White House",
    "after lengthy negotiations",
];
const LINKS: &[&str] = &[
    "while",
    "because",
    "although",
    "and",
    "but",
    "as",
    "even though",
];
const TAILS: &[&str] = &[
    "a move critics called premature",
    "which surprised many observers",
    "the latest sign of strain between the two sides",
    "raising questions about the deal",
];
const DATELINES: &[&str] = &["WASHINGTON", "MOSCOW", "NAIROBI", "BRUSSELS", "SÃO PAULO"];
const SAID: &[&str] = &[
    "said",
    "told reporters",
    "wrote",
    "added",
    "said in a statement",
];
const SOURCES: &[&str] = &[
    "people familiar with the matter",
    "a statement from the ministry",
    "court documents",
    "Reuters",
    "two officials who spoke on condition of anonymity",
    "figures released by the statistics office",
];
