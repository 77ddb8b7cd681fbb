//! Named days: "Christmas", "Thanksgiving Day", "Easter", "New Year's Eve", "Election Day",
//! "Labor Day", "the Fourth of July", "Good Friday", "Ash Wednesday", "Mardi Gras",
//! "Black Friday", "Juneteenth", "Christmas 1998", "last Thanksgiving", "Ramadan" (a month),
//! "Eid al-Fitr", "Passover", "Yom Kippur", "Spring Festival", "Tet", "the Lantern Festival".
//!
//! A holiday is a date once its year is known; the year comes as for a month (stated, shifted
//! or chosen from the publication date and tense). Their dates are computed in
//! [`super::super::holidays`].

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, Shift, YearRef, rule_name};
use super::super::lexicon::{Holiday, Lex, Unit, Word};
use super::calendar::{shift_before, year_at, year_of_after};

pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if doc.unit(i) == Some((Unit::Month, false)) {
        holy_month(doc, i, out);
        return;
    }
    // Names are capitalised; "the spring bank holiday" is written in lower case too.
    let spring_bank = || {
        matches!(doc.lex(i), Lex::Season(super::super::value::Season::Spring))
            && doc.word(i + 1) == "bank"
    };
    // "On election night, the county released its last update": news writes Election Day's
    // night in lower case too.
    let election_night = || doc.is(i, Word::Election) && doc.word(i + 1) == "night";
    if !doc.cap(i) && !spring_bank() && !election_night() {
        return;
    }
    let historic = historic_day(doc, i)
        .map(|(date, start)| (date, start, i + 1))
        .or_else(|| black_monday(doc, i));
    if let Some(((y, m, d), start, end)) = historic {
        let expr = Expr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: None,
        };
        out.push(Candidate::new(start, end, expr, rule_name::HISTORIC_DAY));
        return;
    }
    let Some((holiday, end)) = holiday_at(doc, i) else {
        return;
    };
    // "the Easter Egg Roll", "Easter Island", "Christmas Island": a one-word holiday before
    // a capitalised name is part of the name.
    if end == i + 1
        && doc.cap(end)
        && doc.is_word(end)
        && doc.lex(end) == Lex::None
        && !doc.sentence_start(end)
        && !matches!(
            doc.word(end),
            "day" | "eve" | "weekend" | "mass" | "service" | "services" | "vigil"
        )
    {
        return;
    }
    if names_an_event(doc, end) {
        return;
    }
    let (mut start, shift) = shift_before(doc, i);
    let mut year = YearRef::Implied;
    let mut end = end;
    // "Christmas 1998", "Thanksgiving of 1999"
    if let Some((y, after)) = year_of_after(doc, end) {
        year = YearRef::Absolute(y);
        end = after;
    } else if let (relative @ YearRef::Relative(_), after) =
        super::calendar::relative_year_after(doc, end)
    {
        // "on Independence Day last year", "Christmas of next year". ("voted before Election
        // Day this year": "this year" frames the clause more often than it names the day.)
        if shift == Shift::Bare && relative != YearRef::Relative(0) {
            year = relative;
            end = after;
        }
    } else if start > 0 && doc.digits(start - 1) == 4 {
        // "the 1998 Christmas"
        if let Some((y, _)) = year_at(doc, start - 1) {
            year = YearRef::Absolute(y);
            start -= 1;
        }
    }
    // "the Fourth of July", "the Lunar New Year": the article is part of the name, unless a
    // noun the name describes follows and takes it ("the Lunar New Year holiday").
    let head_noun = matches!(
        doc.word(end),
        "holiday"
            | "holidays"
            | "festival"
            | "festivities"
            | "celebrations"
            | "break"
            | "season"
            | "period"
            | "rush"
            | "week"
            | "travel"
    );
    if start == i
        && i > 0
        && !head_noun
        && doc.is(i - 1, Word::The)
        && ((matches!(holiday, Holiday::IndependenceDay) && doc.word(i) == "fourth")
            // "the Martin Luther King Jr. holiday": a noun phrase, as "the Fourth" is.
            || doc.word(end.saturating_sub(1)) == "holiday"
            || matches!(
                holiday,
                Holiday::LunarNewYear
                    | Holiday::LanternFestival
                    | Holiday::EarlyMayBank
                    | Holiday::SpringBank
                    | Holiday::SummerBank
            ))
    {
        start = i - 1;
    }
    // "late Easter Monday", "early Christmas Eve": a part of the day, as with a weekday.
    let mut modifier = None;
    // "a late Thanksgiving" is one late in the calendar.
    if start == i
        && i > 0
        && matches!(doc.lex(i - 1), Lex::Word(Word::Early | Word::Late))
        && !(i > 1 && matches!(doc.lex(i - 2), Lex::Word(Word::A | Word::An | Word::The)))
    {
        let (s, m) = super::position::position_before(doc, start);
        start = s;
        modifier = m;
    }
    let mut c = Candidate::new(
        start,
        end,
        Expr::Holiday {
            holiday,
            shift,
            year,
        },
        "holiday",
    );
    c.modifier = modifier;
    // "Christmas morning", "Thanksgiving night": the part of that day, as after a weekday.
    if let Some(pod) = super::weekday::part_of_day(doc, end) {
        c.time = Some(super::super::expr::TimeOfDay::Part(pod));
        c.end = end + 1;
    }
    out.push(c);
}

/// "during the holy month", "the first weeks of the holy month of Ramadan": Ramadan, named
/// as news names it once the story has said which month it means. As the subject of a
/// sentence about the month in general ("The holy month moves 11 days earlier each year")
/// it names no one Ramadan, so only the month governed by a preposition is read.
fn holy_month(doc: &Doc, month: usize, out: &mut Vec<Candidate>) {
    if !(month >= 3
        && doc.word(month - 1) == "holy"
        && doc.is(month - 2, Word::The)
        && matches!(
            doc.word(month - 3),
            "during"
                | "in"
                | "of"
                | "for"
                | "throughout"
                | "through"
                | "until"
                | "before"
                | "after"
                | "since"
        ))
    {
        return;
    }
    let end =
        if doc.is(month + 1, Word::Of) && doc.word(month + 2) == "ramadan" && doc.cap(month + 2) {
            month + 3
        } else {
            month + 1
        };
    out.push(Candidate::new(
        month - 2,
        end,
        Expr::Holiday {
            holiday: Holiday::Ramadan,
            shift: Shift::Bare,
            year: YearRef::Implied,
        },
        "the-holy-month",
    ));
}

/// Whether the capitalised word at `end` makes the day before it the name of an event: "the
/// Yom Kippur War", "the Good Friday Agreement", "the Tet Offensive", "the Easter Rising".
pub(crate) fn names_an_event(doc: &Doc, end: usize) -> bool {
    doc.cap(end)
        && matches!(
            doc.word(end),
            "war"
                | "agreement"
                | "accord"
                | "accords"
                | "offensive"
                | "rising"
                | "uprising"
                | "massacre"
                | "truce"
                | "revolution"
        )
}

/// Words that start a holiday's name without being temporal on their own ("Independence",
/// "Labor", "New"): the rule pipeline looks at them only when capitalised.
#[inline]
/// A day of history known by its name: "D-Day" (June 6, 1944), "V-E Day" (May 8, 1945). It
/// names that one day, not a yearly holiday ("the 75th anniversary of D-Day"). A metaphor
/// ("D-Day for the budget") names nothing.
///
/// Read at "Day", the word the lexicon knows, looking back at its letters: the letters
/// themselves are unknown words, and testing them on every capitalised word costs more.
fn historic_day(doc: &Doc, i: usize) -> Option<((i32, u32, u32), usize)> {
    if doc.raw(i) != "Day" || i == 0 {
        return None;
    }
    let letters = |k: usize, s: &str| doc.raw(k) == s;
    let (date, start) = if i >= 2 && doc.hyphen(i - 1) && letters(i - 2, "D") {
        ((1944, 6, 6), i - 2)
    } else if i >= 3 && letters(i - 1, "E") && doc.hyphen(i - 2) && letters(i - 3, "V") {
        ((1945, 5, 8), i - 3)
    } else if letters(i - 1, "VE") {
        ((1945, 5, 8), i - 1)
    } else {
        return None;
    };
    (doc.word(i + 1) != "for").then_some((date, start))
}

/// "Black Monday", the stock market crash of Oct. 19, 1987, as news has called it since.
pub(super) fn black_monday(doc: &Doc, i: usize) -> Option<((i32, u32, u32), usize, usize)> {
    (doc.raw(i) == "Black" && doc.raw(i + 1) == "Monday").then_some(((1987, 10, 19), i, i + 2))
}

pub(crate) fn starts_name(doc: &Doc, i: usize) -> bool {
    // Inlined so that the capital, tested first, spares most words the call: the rule
    // pipeline asks this of every word the lexicon does not know.
    doc.cap(i) && name_word(doc.word(i))
}

fn name_word(word: &str) -> bool {
    matches!(
        word,
        "new"
            | "good"
            | "independence"
            | "memorial"
            | "labor"
            | "labour"
            | "veterans"
            | "columbus"
            | "indigenous"
            | "boxing"
            | "presidents"
            | "patriots"
            | "mother"
            | "father"
            | "valentine"
            | "st"
            | "martin"
            | "mlk"
            | "fourth"
            | "election"
            | "black"
            | "cyber"
            | "juneteenth"
            | "lunar"
            | "chinese"
            | "lantern"
            | "tet"
            | "shrove"
            | "fat"
            | "mardi"
            | "pancake"
            | "ash"
            | "palm"
            | "maundy"
            | "holy"
            | "ascension"
            | "pentecost"
            | "whit"
            | "whitsun"
            | "groundhog"
            | "earth"
            | "may"
            | "cinco"
            | "flag"
            | "canada"
            | "bastille"
            | "australia"
            | "anzac"
            | "all"
            | "bonfire"
            | "guy"
            | "armistice"
            | "remembrance"
            | "hogmanay"
            | "burns"
            | "madaraka"
            | "mashujaa"
            | "jamhuri"
            | "waitangi"
            | "victory"
            | "melbourne"
            | "cup"
            | "victoria"
            | "mothering"
            | "ramadan"
            | "eid"
            | "passover"
            | "pesach"
            | "hanukkah"
            | "chanukah"
            | "hanukah"
            | "rosh"
            | "yom"
    )
}

/// The holiday named by one word and a capitalised "Day": "Labor Day", "Anzac Day",
/// "Cup Day". (The caller has checked the capitals.)
fn day_named(word: &str) -> Option<Holiday> {
    use Holiday::*;
    Some(match word {
        "independence" => IndependenceDay,
        "memorial" => MemorialDay,
        "labor" | "labour" => LaborDay,
        "veterans" => VeteransDay,
        "columbus" => ColumbusDay,
        "election" => ElectionDay,
        "boxing" => BoxingDay,
        "mlk" => MartinLutherKingDay,
        "pancake" => ShroveTuesday,
        "ascension" => AscensionDay,
        "earth" => EarthDay,
        // "May Day" both capitalised; "Mayday" is the distress call.
        "may" => MayDay,
        "flag" => FlagDay,
        "canada" => CanadaDay,
        "bastille" => BastilleDay,
        "australia" => AustraliaDay,
        "anzac" => AnzacDay,
        "armistice" | "remembrance" => ArmisticeDay,
        "madaraka" => MadarakaDay,
        "mashujaa" => MashujaaDay,
        "jamhuri" => JamhuriDay,
        "waitangi" => WaitangiDay,
        "victory" => VictoryDay,
        "victoria" => VictoriaDay,
        "cup" => MelbourneCupDay,
        _ => return None,
    })
}

/// The holiday whose name starts at `i`, and the token after the name.
pub(super) fn holiday_at(doc: &Doc, i: usize) -> Option<(Holiday, usize)> {
    let w = |k: usize| doc.word(i + k);
    let day = |k: usize| doc.word(i + k) == "day" && doc.cap(i + k);
    // "Good Friday", "Ash Wednesday": a name's word before its capitalised weekday.
    let then_weekday = |wd: u8| doc.lex(i + 1) == Lex::Weekday(wd) && doc.cap(i + 1);
    // "Mother's Day", "Valentine's Day", "New Year's Eve"
    let possessive_then = |k: usize| -> Option<usize> {
        if doc.apostrophe_s(i + k) || (doc.word(i + k) == "s" && doc.apostrophe(i + k + 1)) {
            Some(k + 2)
        } else if doc.apostrophe(i + k) {
            Some(k + 1)
        } else {
            None
        }
    };
    match doc.lex(i) {
        Lex::Holiday(Holiday::Christmas) => {
            if w(1) == "eve" && doc.cap(i + 1) {
                Some((Holiday::ChristmasEve, i + 2))
            } else if day(1) {
                Some((Holiday::Christmas, i + 2))
            } else if matches!(
                w(1),
                "tree" | "trees" | "card" | "cards" | "carol" | "carols" | "party" | "lights"
            ) {
                None
            } else {
                Some((Holiday::Christmas, i + 1))
            }
        }
        // "Thanksgiving Monday" is Canada's, the second Monday of October.
        Lex::Holiday(Holiday::Thanksgiving) if then_weekday(0) => {
            Some((Holiday::CanadianThanksgiving, i + 2))
        }
        Lex::Holiday(Holiday::Thanksgiving) => {
            Some((Holiday::Thanksgiving, if day(1) { i + 2 } else { i + 1 }))
        }
        Lex::Holiday(Holiday::Easter) => match w(1) {
            "sunday" => Some((Holiday::Easter, i + 2)),
            // A bank holiday in Britain and much of Europe.
            "monday" if doc.cap(i + 1) => Some((Holiday::EasterMonday, i + 2)),
            "monday" => None,
            _ => Some((Holiday::Easter, i + 1)),
        },
        Lex::Holiday(Holiday::Halloween) => Some((Holiday::Halloween, i + 1)),
        Lex::Weekday(4) if i > 0 && doc.word(i - 1) == "good" && doc.cap(i - 1) => None,
        _ if day(1) && day_named(w(0)).is_some() => day_named(w(0)).map(|h| (h, i + 2)),
        _ => match w(0) {
            "new" if w(1) == "year" && doc.cap(i + 1) => {
                // "over Christmas and New Year": New Year's Day, as British copy writes it;
                // not "Jewish New Year", a calendar of its own ("Chinese New Year" and "the
                // Lunar New Year" are read as one).
                let calendar_of_its_own = i > 0 && doc.cap(i - 1) && !doc.sentence_start(i);
                let Some(k) = possessive_then(2) else {
                    return (!calendar_of_its_own).then_some((Holiday::NewYearsDay, i + 2));
                };
                match w(k) {
                    "day" => Some((Holiday::NewYearsDay, i + k + 1)),
                    "eve" => Some((Holiday::NewYearsEve, i + k + 1)),
                    _ => Some((Holiday::NewYearsDay, i + k)),
                }
            }
            "good" if then_weekday(4) => Some((Holiday::GoodFriday, i + 2)),
            // "election night": the day's name, its part of the day read after it.
            "election" if w(1) == "night" => Some((Holiday::ElectionDay, i + 1)),
            "fourth" if doc.is(i + 1, Word::Of) && doc.word(i + 2) == "july" && doc.cap(i + 2) => {
                Some((Holiday::IndependenceDay, i + 3))
            }
            "veterans" if doc.apostrophe(i + 1) && day(2) => Some((Holiday::VeteransDay, i + 3)),
            "presidents" => {
                let k = if doc.apostrophe(i + 1) { 2 } else { 1 };
                day(k).then_some((Holiday::PresidentsDay, i + k + 1))
            }
            "patriots" => {
                let k = if doc.apostrophe(i + 1) { 2 } else { 1 };
                day(k).then_some((Holiday::PatriotsDay, i + k + 1))
            }
            // "Indigenous Peoples' Day", which cities keep on Columbus Day's Monday.
            "indigenous" if w(1) == "peoples" || w(1) == "people" => {
                let k = if doc.apostrophe(i + 2) { 3 } else { 2 };
                day(k).then_some((Holiday::ColumbusDay, i + k + 1))
            }
            "mother" | "father" | "valentine" | "president" => {
                let k = possessive_then(1)?;
                if !day(k) {
                    return None;
                }
                let h = match w(0) {
                    "mother" => Holiday::MothersDay,
                    "father" => Holiday::FathersDay,
                    "valentine" => Holiday::ValentinesDay,
                    _ => Holiday::PresidentsDay,
                };
                Some((h, i + k + 1))
            }
            // "St. Patrick's Day", and British copy's "St Patrick's Day"; the other saints'
            // days news keeps ("St Andrew's Day", "St. Stephen's Day").
            "st" => {
                let at = if doc.punct(i + 1, '.') { 2 } else { 1 };
                let saint = match w(at) {
                    "patrick" => Holiday::StPatricksDay,
                    "stephen" => Holiday::StStephensDay,
                    "andrew" => Holiday::StAndrewsDay,
                    "david" => Holiday::StDavidsDay,
                    "george" => Holiday::StGeorgesDay,
                    _ => return None,
                };
                let k = possessive_then(at + 1)?;
                day(k).then_some((saint, i + k + 1))
            }
            "martin" if w(1) == "luther" && w(2) == "king" => {
                let mut k = 3;
                if w(k) == "jr" {
                    k += 1;
                    if doc.punct(i + k, '.') {
                        k += 1;
                    }
                }
                // ("closed Monday for the Martin Luther King Jr. holiday": named without
                // "Day", the person's holiday is the same day.)
                (day(k) || (w(k) == "holiday" && !doc.cap(i + k)))
                    .then_some((Holiday::MartinLutherKingDay, i + k + 1))
            }
            "black" if then_weekday(4) => Some((Holiday::BlackFriday, i + 2)),
            "cyber" if then_weekday(0) => Some((Holiday::CyberMonday, i + 2)),
            "juneteenth" => Some((Holiday::Juneteenth, i + 1)),
            // The days that move with Easter, each named by a word and its weekday.
            "shrove" | "fat" if then_weekday(1) => Some((Holiday::ShroveTuesday, i + 2)),
            "mardi" if w(1) == "gras" && doc.cap(i + 1) => Some((Holiday::ShroveTuesday, i + 2)),
            "ash" if then_weekday(2) => Some((Holiday::AshWednesday, i + 2)),
            "palm" if then_weekday(6) => Some((Holiday::PalmSunday, i + 2)),
            "maundy" if then_weekday(3) => Some((Holiday::MaundyThursday, i + 2)),
            "holy" if then_weekday(5) => Some((Holiday::HolySaturday, i + 2)),
            // "Holy Week", Palm Sunday to Easter: Easter read with "Week" after it, which
            // the refiner widens to the week ending on Easter Sunday.
            "holy" if w(1) == "week" && doc.cap(i + 1) => Some((Holiday::Easter, i + 1)),
            "pentecost" => Some((Holiday::Pentecost, if day(1) { i + 2 } else { i + 1 })),
            "whit" if then_weekday(6) => Some((Holiday::Pentecost, i + 2)),
            "whit" if then_weekday(0) => Some((Holiday::WhitMonday, i + 2)),
            "whitsun" => Some((Holiday::Pentecost, i + 1)),
            // "on Groundhog Day"; "it felt like Groundhog Day" is the film, a byword for
            // sameness.
            "groundhog" if day(1) && doc.word(i.wrapping_sub(1)) != "like" => {
                Some((Holiday::GroundhogDay, i + 2))
            }
            "cinco" if w(1) == "de" && w(2) == "mayo" && doc.cap(i + 2) => {
                Some((Holiday::CincoDeMayo, i + 3))
            }
            "all" if w(1) == "saints" && doc.cap(i + 1) => {
                let k = possessive_then(2).unwrap_or(2);
                day(k).then_some((Holiday::AllSaintsDay, i + k + 1))
            }
            "bonfire" if w(1) == "night" && doc.cap(i + 1) => Some((Holiday::BonfireNight, i + 2)),
            "guy" if w(1) == "fawkes" && matches!(w(2), "night" | "day") && doc.cap(i + 2) => {
                Some((Holiday::BonfireNight, i + 3))
            }
            "remembrance" if then_weekday(6) => Some((Holiday::RemembranceSunday, i + 2)),
            "mothering" if then_weekday(6) => Some((Holiday::MotheringSunday, i + 2)),
            "hogmanay" => Some((Holiday::Hogmanay, i + 1)),
            "burns" if w(1) == "night" && doc.cap(i + 1) => Some((Holiday::BurnsNight, i + 2)),
            "melbourne" if w(1) == "cup" && day(2) && doc.cap(i + 1) => {
                Some((Holiday::MelbourneCupDay, i + 3))
            }
            // "April Fools' Day", "an April Fools' prank"
            "april" if matches!(w(1), "fools" | "fool") && doc.cap(i + 1) => {
                let k = possessive_then(2).unwrap_or(2);
                let end = if day(k) { k + 1 } else { k };
                Some((Holiday::AprilFools, i + end))
            }
            "ramadan" => Some((Holiday::Ramadan, i + 1)),
            // "a Passover seder", "Hanukkah candles": a thing of the festival, as "Christmas
            // cards" are.
            "passover" | "pesach" | "hanukkah" | "chanukah" | "hanukah"
                if matches!(
                    w(1),
                    "seder"
                        | "seders"
                        | "meal"
                        | "meals"
                        | "dinner"
                        | "dinners"
                        | "menorah"
                        | "menorahs"
                        | "candle"
                        | "candles"
                        | "gift"
                        | "gifts"
                        | "party"
                        | "parties"
                        | "food"
                        | "foods"
                        | "story"
                ) =>
            {
                None
            }
            "passover" | "pesach" => Some((Holiday::Passover, i + 1)),
            "hanukkah" | "chanukah" | "hanukah" => Some((Holiday::Hanukkah, i + 1)),
            "rosh" if matches!(w(1), "hashanah" | "hashana") && doc.cap(i + 1) => {
                Some((Holiday::RoshHashanah, i + 2))
            }
            "yom" if w(1) == "kippur" && doc.cap(i + 1) => Some((Holiday::YomKippur, i + 2)),
            // "Eid al-Fitr", "Eid ul-Adha", "Eid-al-Fitr", "Eid el Fitr"
            "eid" => {
                let mut k = 1;
                if doc.dash(i + k) {
                    k += 1;
                }
                if !matches!(w(k), "al" | "ul" | "el") {
                    return None;
                }
                k += 1;
                if doc.dash(i + k) {
                    k += 1;
                }
                match w(k) {
                    "fitr" => Some((Holiday::EidAlFitr, i + k + 1)),
                    "adha" => Some((Holiday::EidAlAdha, i + k + 1)),
                    _ => None,
                }
            }
            // "the August bank holiday", "the spring bank holiday", "the May bank holiday".
            "may" | "august" | "spring" if w(1) == "bank" && w(2) == "holiday" => Some((
                match w(0) {
                    "august" => Holiday::SummerBank,
                    "spring" => Holiday::SpringBank,
                    _ => Holiday::EarlyMayBank,
                },
                i + 3,
            )),
            // Indonesia's and Malaysia's names: "Idul Fitri", "Idul Adha". (The lexicon knows
            // "idul", so that the name list asked of every unknown capitalised word does not
            // grow for a rare name.)
            "idul" if doc.cap(i + 1) => match w(1) {
                "fitri" => Some((Holiday::EidAlFitr, i + 2)),
                "adha" => Some((Holiday::EidAlAdha, i + 2)),
                _ => None,
            },
            // China's names for the lunar year's first day and its fifteenth, and Vietnam's.
            // ("the Tet Offensive" is an event's name, refused by the caller.)
            "spring" if w(1) == "festival" && doc.cap(i + 1) => {
                Some((Holiday::LunarNewYear, i + 2))
            }
            "lantern" if w(1) == "festival" && doc.cap(i + 1) => {
                Some((Holiday::LanternFestival, i + 2))
            }
            "tet" => Some((Holiday::LunarNewYear, i + 1)),
            // "Lunar New Year's Day" is the holiday's first day, as "Lunar New Year" is; its
            // eve is the day before.
            "lunar" | "chinese" if w(1) == "new" && doc.cap(i + 1) && w(2) == "year" => {
                match possessive_then(3) {
                    Some(k) if w(k) == "day" => Some((Holiday::LunarNewYear, i + k + 1)),
                    Some(k) if w(k) == "eve" => Some((Holiday::LunarNewYearsEve, i + k + 1)),
                    _ => Some((Holiday::LunarNewYear, i + 3)),
                }
            }
            _ => None,
        },
    }
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // "Black Monday" is the crash of Oct. 19, 1987, a day of history.
    (
        "1988-10-14",
        "Volume was light, and many traders said the memory of Black Monday was fading.",
        "Black Monday",
        "DATE 1987-10-19",
    ),
    // The date in apposition is an expression of its own, as after a holiday's name.
    (
        "1997-10-20",
        "On Black Monday, Oct. 19, 1987, the average lost 508 points.",
        "Oct. 19, 1987",
        "DATE 1987-10-19",
    ),
    // China's and Vietnam's names for the lunar year's first day, and its fifteenth.
    (
        "1999-02-10",
        "Millions of workers travelled home for Spring Festival, the railway ministry said.",
        "Spring Festival",
        "DATE 1999-02-16",
    ),
    (
        "2008-02-14",
        "Sales were lower than usual, coming only a week after Tet, the Lunar New Year.",
        "Tet",
        "DATE 2008-02-07",
    ),
    (
        "2025-01-29",
        "The 15-day celebrations end with the Lantern Festival on Feb. 12.",
        "the Lantern Festival",
        "DATE 2025-02-12",
    ),
    // A plan in the past perfect told as overtaken by a past ("but were set back") is gone by.
    (
        "1999-11-11",
        "Varga said organizers had hoped to finish by Memorial Day but were set back last \
         winter when the quarry shut down.",
        "Memorial Day",
        "DATE 1999-05-31",
    ),
    // "will have every machine tested by": what someone will get done, ahead.
    (
        "2004-07-16",
        "\"We'll have every machine tested by Labor Day,\" Redd said.",
        "Labor Day",
        "DATE 2004-09-06",
    ),
    // A holiday ending a range comes on or after the range's start.
    (
        "2015-05-10",
        "Castellan has 40 weddings booked between June 6 and Labor Day.",
        "Labor Day",
        "DATE 2015-09-07",
    ),
    (
        "2015-01-02",
        "The display ran from Dec. 20 to New Year's Day.",
        "New Year's Day",
        "DATE 2015-01-01",
    ),
    // The night of Election Day, written in lower case as news writes it.
    (
        "2012-11-08",
        "On election night, the county released its last update at 11:30 p.m.",
        "election night",
        "TIME 2012-11-06TNI",
    ),
    (
        "2012-11-08",
        "On election night, the county released its last update at 11:30 p.m.",
        "11:30 p.m.",
        "TIME 2012-11-06T23:30",
    ),
    // A story that dates its own election has Election Day, and its night, on that day.
    (
        "1992-03-13",
        "Workers were still counting ballots Friday, three days after the March 10 primary, \
         because a sorting machine broke down on election night.",
        "election night",
        "TIME 1992-03-10TNI",
    ),
    (
        "1990-02-16",
        "The board announced early voting for the March 13 party primaries. Mail ballots \
         must be received by the close of polls on Election Day.",
        "Election Day",
        "DATE 1990-03-13",
    ),
    // A day counted from it is counted from the story's election day.
    (
        "1990-02-16",
        "The board announced early voting for the March 13 party primaries. Its offices \
         will close the day after Election Day and the Monday before Election Day.",
        "the Monday before Election Day",
        "DATE 1990-03-12",
    ),
    // A holiday in a list of days keeps its own date: the weekday after it is the next day
    // listed, not the holiday restated.
    (
        "2011-05-02",
        "Advance polls were open on Good Friday, Saturday and Easter Monday.",
        "Good Friday",
        "DATE 2011-04-22",
    ),
    // A day of history known by its name is that one day; remembered, it is not where the
    // story of the ceremony stands.
    (
        "2019-06-04",
        "Veterans gathered on Thursday to mark the 75th anniversary of D-Day.",
        "D-Day",
        "DATE 1944-06-06",
    ),
    (
        "2014-06-06",
        "Leaders marked the anniversary of D-Day. The ceremony began at 3 p.m.",
        "3 p.m.",
        "TIME 2014-06-06T15:00",
    ),
    (
        "1995-05-08",
        "Crowds filled the streets of London on V-E Day.",
        "V-E Day",
        "DATE 1945-05-08",
    ),
    (
        "2019-06-04",
        "Friday is D-Day for the budget.",
        "D-Day",
        "NONE",
    ),
    // "Indigenous Peoples' Day" is kept on Columbus Day's Monday.
    (
        "2024-10-10",
        "Most city offices will close for Indigenous Peoples' Day.",
        "Indigenous Peoples' Day",
        "DATE 2024-10-14",
    ),
    // British bank holidays named by their month or season are days.
    (
        "2003-08-11",
        "Hoteliers fear the disruption could hit bookings for the August bank holiday.",
        "the August bank holiday",
        "DATE 2003-08-25",
    ),
    (
        "2003-05-01",
        "Traffic is expected to be heavy over the spring bank holiday.",
        "the spring bank holiday",
        "DATE 2003-05-26",
    ),
    // "Thanksgiving Monday" is Canada's: the second Monday of October.
    (
        "2005-10-11",
        "Canadians sat down to turkey dinners on Thanksgiving Monday.",
        "Thanksgiving Monday",
        "DATE 2005-10-10",
    ),
    // A holiday with a year told right after it, "in 1990", is that year's.
    (
        "1995-11-14",
        "The last shutdown, over the Columbus Day weekend in 1990, lasted three days.",
        "the Columbus Day weekend",
        "DATE 1990-W40-WE",
    ),
    // British copy writes "St" without its full stop.
    (
        "1999-03-18",
        "The Irish racegoers arrived in time for St Patrick's Day.",
        "St Patrick's Day",
        "DATE 1999-03-17",
    ),
    // The Jewish festivals by the Hebrew calendar: Passover and Hanukkah, eight days, are the
    // smallest calendar unit holding them; Rosh Hashanah and Yom Kippur are days.
    (
        "2020-04-09",
        "The order came as families prepared to mark Passover, which began Wednesday night.",
        "Passover",
        "DATE 2020-04",
    ),
    (
        "2021-03-20",
        "Passover begins at sundown on March 27.",
        "Passover",
        "DATE 2021",
    ),
    (
        "2011-12-15",
        "A menorah will be lit on the green on Dec. 20, the eve of Hanukkah.",
        "Hanukkah",
        "DATE 2011-12",
    ),
    (
        "2009-09-15",
        "Schools will close for Rosh Hashanah and Yom Kippur.",
        "Yom Kippur",
        "DATE 2009-09-28",
    ),
    (
        "1973-10-20",
        "Egypt and Syria attacked on Yom Kippur.",
        "Yom Kippur",
        "DATE 1973-10-06",
    ),
    // Ramadan is the calendar month holding most of it; the one under way while it lasts.
    // "the holy month" after a preposition is the Ramadan the story means.
    (
        "2005-10-08",
        "Sales of gold jewellery rose during the holy month.",
        "the holy month",
        "DATE 2005-10",
    ),
    (
        "2025-03-03",
        "The service extended its hours for the holy month of Ramadan, which began on Saturday.",
        "the holy month of Ramadan",
        "DATE 2025-03",
    ),
    (
        "2010-08-20",
        "Many survivors are fasting during Ramadan.",
        "Ramadan",
        "DATE 2010-08",
    ),
    (
        "2001-11-10",
        "Religious leaders said Ramadan was expected to begin this weekend.",
        "Ramadan",
        "DATE 2001-11",
    ),
    // The feasts are days, from the Umm al-Qura calendar.
    (
        "2003-10-30",
        "The month of fasting ends with Eid al-Fitr.",
        "Eid al-Fitr",
        "DATE 2003-11-25",
    ),
    (
        "2007-10-10",
        "Jakarta's markets will close for the Idul Fitri holiday.",
        "Idul Fitri",
        "DATE 2007-10-13",
    ),
    (
        "2023-06-20",
        "Pilgrims will gather for Eid al-Adha next week.",
        "Eid al-Adha",
        "DATE 2023-06-28",
    ),
    // A year compared with ("than last year") does not frame the holiday after it.
    (
        "2024-11-29",
        "The season is five days shorter than last year because Thanksgiving fell on Nov. 28, the latest possible date.",
        "Thanksgiving",
        "DATE 2024-11-28",
    ),
    // A holiday takes the relative year after it; "this year" after one frames the clause.
    (
        "1988-07-05",
        "Nine people drowned over the four days, compared with 14 on Independence Day last year.",
        "Independence Day last year",
        "DATE 1987-07-04",
    ),
    (
        "2012-11-08",
        "More than 30 million Americans voted before Election Day this year.",
        "Election Day",
        "DATE 2012-11-06",
    ),
    // Done in time for a holiday not yet told as past: the next one, however near the last.
    (
        "2004-01-20",
        "The new model is planned for the fourth quarter, in time for Christmas.",
        "Christmas",
        "DATE 2004-12-25",
    ),
    (
        "2004-01-02",
        "The retailer slashed prices ahead of Christmas.",
        "Christmas",
        "DATE 2003-12-25",
    ),
    // A participle phrase in commas describes the noun; the clause's verb comes after it.
    (
        "2024-03-04",
        "The traditional Anzac Day match, first played in 1995, will start at 3.20pm.",
        "Anzac Day",
        "DATE 2024-04-25",
    ),
    (
        "2023-12-18",
        "Bin collections will change over Christmas and New Year, the council said.",
        "New Year",
        "DATE 2024-01-01",
    ),
    // "when" opens a clause of its own, with its own tense.
    (
        "2004-11-27",
        "The federation expects sales to rise over last year, when a late Thanksgiving \
         shortened the season.",
        "Thanksgiving",
        "DATE 2003-11-27",
    ),
    // "Easter Monday", a bank holiday, is the day after Easter; "late" before a holiday is
    // its end, as before a weekday.
    (
        "1990-04-12",
        "Traffic will be heavy on the M25 until late Easter Monday.",
        "late Easter Monday",
        "DATE 1990-04-16 END",
    ),
    (
        "2019-05-10",
        "On April Fools' Day, the company announced a fake product.",
        "April Fools' Day",
        "DATE 2019-04-01",
    ),
    (
        "2004-01-20",
        "The seven-day national holiday begins on Thursday, Lunar New Year's Day.",
        "Lunar New Year's Day",
        "DATE 2004-01-22",
    ),
    (
        "2007-02-15",
        "Chinese communities will celebrate the Lunar New Year on Sunday with parades.",
        "the Lunar New Year",
        "DATE 2007-02-18",
    ),
    // Before a noun it describes, the article is the noun's.
    (
        "2004-01-20",
        "Dealers expect little trading until after the Lunar New Year holiday.",
        "Lunar New Year",
        "DATE 2004-01-22",
    ),
    // A holiday restated as another day than its calendar here is the day the story
    // states: another country's Labour Day, another church's Easter.
    (
        "2024-03-06",
        "The first match in Geelong will be played on Labour Day, next Monday.",
        "Labour Day",
        "DATE 2024-03-11",
    ),
    (
        "2021-04-05",
        "Orthodox Christians celebrate Easter on May 2, four weeks later.",
        "Easter",
        "DATE 2021-05-02",
    ),
    // A day stated beside a holiday, the holiday's own in a nearby year, dates both.
    (
        "2006-03-01",
        "Ash Wednesday opens Lent, the 40-day season of fasting and prayer leading to Easter \
         on April 16.",
        "Easter",
        "DATE 2006-04-16",
    ),
    // A span from now ends ahead, whatever the tense.
    (
        "2020-06-10",
        "\"Even if we ran trials every day from now until Christmas, we would not catch up,\" the judge said.",
        "Christmas",
        "DATE 2020-12-25",
    ),
    // A holiday in the sentence of a day long gone is the one nearest that day.
    (
        "1999-08-12",
        "The vault was open on Dec. 19, 1997, when the branch held extra cash ahead of Christmas.",
        "Christmas",
        "DATE 1997-12-25",
    ),
    // ("after Memorial Day, on June 3": the day restates the span after it.)
    (
        "2024-05-20",
        "A related trial is scheduled to begin after Memorial Day, on June 3.",
        "Memorial Day",
        "DATE 2024-05-27",
    ),
    (
        "2023-01-16",
        "Lunar New Year's Eve is traditionally a night for family reunions.",
        "Lunar New Year's Eve",
        "DATE 2023-01-21",
    ),
    (
        "2020-02-03",
        "Travel surged before Chinese New Year, which fell on Jan. 25.",
        "Chinese New Year",
        "DATE 2020-01-25",
    ),
    (
        "2015-12-26",
        "Flights at LaGuardia were delayed up to three hours on Christmas morning.",
        "Christmas morning",
        "TIME 2015-12-25TMO",
    ),
    // A year named from publication earlier in the sentence frames the holiday.
    (
        "2002-10-31",
        "Last year, officers made 14 arrests for vandalism on Halloween.",
        "Halloween",
        "DATE 2001-10-31",
    ),
    (
        "1991-03-28",
        "Bookings are down 12 percent from last year, when Easter fell in mid-April.",
        "Easter",
        "DATE 1990-04-15",
    ),
    // A holiday's weekend: the one before a Monday holiday, the one after a Thursday one.
    (
        "2010-05-20",
        "City pools usually open on Memorial Day weekend.",
        "Memorial Day weekend",
        "DATE 2010-W21-WE",
    ),
    (
        "1991-12-02",
        "The mall extended its hours through Thanksgiving weekend.",
        "Thanksgiving weekend",
        "DATE 1991-W48-WE",
    ),
    (
        "2002-09-03",
        "The storm spoiled plans for the Labor Day weekend.",
        "the Labor Day weekend",
        "DATE 2002-W35-WE",
    ),
    (
        "2008-06-14",
        "Campground bookings for the Fourth of July weekend are up 20 percent.",
        "the Fourth of July weekend",
        "DATE 2008-W27-WE",
    ),
    (
        "2014-09-02",
        "Gasoline prices over the holiday weekend were the lowest since 2010.",
        "the holiday weekend",
        "DATE 2014-W35-WE",
    ),
    (
        "2018-08-08",
        "The store closed on Christmas.",
        "Christmas",
        "DATE 2017-12-25",
    ),
    (
        "2018-08-08",
        "The troops will be home by Christmas.",
        "Christmas",
        "DATE 2018-12-25",
    ),
    (
        "2000-01-07",
        "Sales dropped after Thanksgiving Day.",
        "Thanksgiving Day",
        "DATE 1999-11-25",
    ),
    (
        "2013-01-04",
        "The court ruled the day after Christmas.",
        "the day after Christmas",
        "DATE 2012-12-26",
    ),
    (
        "2013-01-04",
        "Polls closed early the day before Election Day.",
        "the day before Election Day",
        "DATE 2012-11-05",
    ),
    (
        "2022-12-10",
        "Police began watching him after a string of thefts the week after Thanksgiving.",
        "the week after Thanksgiving",
        "DATE 2022-W48",
    ),
    (
        "2018-11-26",
        "Retailers reported record sales on Black Friday.",
        "Black Friday",
        "DATE 2018-11-23",
    ),
    (
        "2018-11-20",
        "Shoppers are expected to spend more on Cyber Monday.",
        "Cyber Monday",
        "DATE 2018-11-26",
    ),
    // "Holy Week": the week ending on Easter Sunday.
    (
        "2001-04-12",
        "Pilgrims crowded Jerusalem for Holy Week.",
        "Holy Week",
        "DATE 2001-W15",
    ),
    // "Patriots' Day", the Boston Marathon's, the third Monday of April.
    (
        "2005-04-15",
        "Schools in Boston close for Patriots' Day.",
        "Patriots' Day",
        "DATE 2005-04-18",
    ),
    (
        "2021-06-10",
        "The city will hold a parade on Juneteenth.",
        "Juneteenth",
        "DATE 2021-06-19",
    ),
    (
        "2018-08-08",
        "Voters go to the polls on Election Day.",
        "Election Day",
        "DATE 2018-11-06",
    ),
    (
        "2018-08-08",
        "The parade is held on Independence Day.",
        "Independence Day",
        "DATE 2018-07-04",
    ),
    (
        "2018-08-08",
        "Fireworks lit the sky on the Fourth of July.",
        "the Fourth of July",
        "DATE 2018-07-04",
    ),
    (
        "2018-08-08",
        "Shops reopen after Labor Day.",
        "Labor Day",
        "DATE 2018-09-03",
    ),
    (
        "2018-08-08",
        "The church was packed on Easter Sunday.",
        "Easter Sunday",
        "DATE 2018-04-01",
    ),
    (
        "2018-08-08",
        "Parties are planned for New Year's Eve.",
        "New Year's Eve",
        "DATE 2018-12-31",
    ),
    (
        "2018-08-08",
        "The ceasefire held over Christmas 2016.",
        "Christmas 2016",
        "DATE 2016-12-25",
    ),
    (
        "2018-08-08",
        "He proposed last Valentine's Day.",
        "last Valentine's Day",
        "DATE 2018-02-14",
    ),
    (
        "2018-08-08",
        "Crowds gathered on Good Friday.",
        "Good Friday",
        "DATE 2018-03-30",
    ),
    (
        "2018-08-08",
        "The bill was signed on Memorial Day.",
        "Memorial Day",
        "DATE 2018-05-28",
    ),
    (
        "2018-08-08",
        "Families will gather next Thanksgiving.",
        "next Thanksgiving",
        "DATE 2018-11-22",
    ),
    (
        "2018-08-08",
        "The speech fell on Martin Luther King Jr. Day.",
        "Martin Luther King Jr. Day",
        "DATE 2018-01-15",
    ),
    // Named without "Day", as the person's holiday.
    (
        "2002-01-15",
        "City offices will be closed Monday for the Martin Luther King Jr. holiday.",
        "the Martin Luther King Jr. holiday",
        "DATE 2002-01-21",
    ),
    (
        "2018-08-08",
        "Traffic peaked on Christmas Eve.",
        "Christmas Eve",
        "DATE 2017-12-24",
    ),
    (
        "2018-08-08",
        "Sales rose before Mother's Day.",
        "Mother's Day",
        "DATE 2018-05-13",
    ),
    // A year named earlier in the sentence dates a holiday after it, but not across a
    // semicolon, which opens a clause of its own.
    (
        "2019-05-24",
        "A trial could begin early next year; the court is closed Monday for Memorial Day.",
        "Memorial Day",
        "DATE 2019-05-27",
    ),
    // "to start" is an infinitive: after a past verb it looks either way (the nearest).
    (
        "1988-09-06",
        "Pruitt urged motorists to start thinking now about Thanksgiving.",
        "Thanksgiving",
        "DATE 1988-11-24",
    ),
    // The named days of British, Irish, Kenyan, New Zealand, Canadian, Australian and
    // Russian news.
    (
        "2016-12-20",
        "Dublin's buses will run a Sunday service on St Stephen's Day.",
        "St Stephen's Day",
        "DATE 2016-12-26",
    ),
    (
        "2021-01-20",
        "The club will hold its supper on Burns Night.",
        "Burns Night",
        "DATE 2021-01-25",
    ),
    (
        "2014-12-01",
        "Edinburgh's castle was lit in blue and white for St. Andrew's Day.",
        "St. Andrew's Day",
        "DATE 2014-11-30",
    ),
    (
        "2022-02-20",
        "Cardiff will stage a parade on St David's Day.",
        "St David's Day",
        "DATE 2022-03-01",
    ),
    (
        "2009-04-27",
        "Pubs reported strong trade on St George's Day.",
        "St George's Day",
        "DATE 2009-04-23",
    ),
    (
        "2013-05-28",
        "The president will address the nation on Madaraka Day.",
        "Madaraka Day",
        "DATE 2013-06-01",
    ),
    (
        "2018-10-22",
        "Veterans of the Mau Mau uprising were honoured on Mashujaa Day.",
        "Mashujaa Day",
        "DATE 2018-10-20",
    ),
    (
        "2019-12-05",
        "The new terminal is due to open before Jamhuri Day.",
        "Jamhuri Day",
        "DATE 2019-12-12",
    ),
    (
        "2020-02-10",
        "Protesters gathered at the treaty grounds on Waitangi Day.",
        "Waitangi Day",
        "DATE 2020-02-06",
    ),
    (
        "2015-05-11",
        "Tanks rolled across Red Square for Victory Day.",
        "Victory Day",
        "DATE 2015-05-09",
    ),
    (
        "2017-10-30",
        "Racegoers are expected to pack Flemington on Melbourne Cup Day.",
        "Melbourne Cup Day",
        "DATE 2017-11-07",
    ),
    (
        "2008-11-05",
        "Offices in Melbourne were half empty on Cup Day.",
        "Cup Day",
        "DATE 2008-11-04",
    ),
    (
        "2019-05-15",
        "Campgrounds in Ontario are booked solid for Victoria Day.",
        "Victoria Day",
        "DATE 2019-05-20",
    ),
    // Named days on fixed dates, and Britain's Sundays that move.
    (
        "1994-02-02",
        "\"On Groundhog Day, the bond market saw its shadow,\" one trader joked.",
        "Groundhog Day",
        "DATE 1994-02-02",
    ),
    (
        "2019-06-19",
        "Thousands of workers marched through the capital on May Day.",
        "May Day",
        "DATE 2019-05-01",
    ),
    (
        "2015-04-20",
        "Veterans will march in Sydney on Anzac Day.",
        "Anzac Day",
        "DATE 2015-04-25",
    ),
    (
        "2019-11-01",
        "Wreaths will be laid at the Cenotaph on Remembrance Sunday.",
        "Remembrance Sunday",
        "DATE 2019-11-10",
    ),
    (
        "2018-03-14",
        "Florists said sales were up on Mothering Sunday.",
        "Mothering Sunday",
        "DATE 2018-03-11",
    ),
    (
        "2019-10-30",
        "The council has banned fireworks in parks on Bonfire Night.",
        "Bonfire Night",
        "DATE 2019-11-05",
    ),
    // The days that move with Easter (Easter 2018 was April 1; 2019, April 21).
    (
        "2018-03-20",
        "Parades filled the French Quarter on Mardi Gras.",
        "Mardi Gras",
        "DATE 2018-02-13",
    ),
    (
        "2019-02-20",
        "Lent begins on Ash Wednesday, the archdiocese said.",
        "Ash Wednesday",
        "DATE 2019-03-06",
    ),
    (
        "2018-04-03",
        "Worshippers carried fronds through the old city on Palm Sunday.",
        "Palm Sunday",
        "DATE 2018-03-25",
    ),
    (
        "2019-04-10",
        "The queen will hand out the Maundy money on Maundy Thursday.",
        "Maundy Thursday",
        "DATE 2019-04-18",
    ),
    (
        "2018-05-01",
        "Shops across Germany close for Whit Monday.",
        "Whit Monday",
        "DATE 2018-05-21",
    ),
    (
        "2018-06-01",
        "Pilgrims flocked to the cathedral at Pentecost.",
        "Pentecost",
        "DATE 2018-05-20",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    ("2003-04-10", "The Yom Kippur War reshaped the region."),
    ("2003-04-10", "The Good Friday Agreement is holding."),
    (
        "2003-04-10",
        "The family hosted a Passover seder for 20 guests.",
    ),
    (
        "2025-03-03",
        "The holy month changes how our customers live, a manager said.",
    ),
    (
        "2019-06-19",
        "Working at the plant felt like Groundhog Day.",
    ),
    ("2019-06-19", "The pilot radioed Mayday before the crash."),
    (
        "2000-04-24",
        "Families gathered on the South Lawn for the Easter Egg Roll.",
    ),
    ("2019-06-19", "The statues of Easter Island face inland."),
    ("2018-12-10", "Carols were sung around the Christmas tree."),
];
