//! The word tables: which words can be part of a date reference, and as what.
//!
//! Every word of an article is looked up here once, on its lower-cased form. Almost all words
//! of news are not temporal and come back as [`Lex::None`]; rules only ever start from a
//! word that is not, which is what keeps the resolver fast. The table is a `match` on the
//! string, which the compiler turns into a length switch and a few comparisons.

use super::value::Season;

/// Units of time, as nouns ("day", "weeks") name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Night,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// Parts of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
}

impl PartOfDay {
    /// The TimeML suffix: `MO`, `AF`, `EV`, `NI`; noon and midnight are clock times.
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
            PartOfDay::Noon => "12:00",
            PartOfDay::Midnight => "24:00",
        }
    }
}

/// Named days of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ValentinesDay,
    StPatricksDay,
    Easter,
    GoodFriday,
    EasterMonday,
    MemorialDay,
    IndependenceDay,
    LaborDay,
    ColumbusDay,
    Halloween,
    VeteransDay,
    ElectionDay,
    Thanksgiving,
    ChristmasEve,
    Christmas,
    BoxingDay,
    MartinLutherKingDay,
    PresidentsDay,
    /// The third Monday of April in Massachusetts and Maine, the day of the Boston Marathon.
    PatriotsDay,
    MothersDay,
    FathersDay,
    Juneteenth,
    /// April 1.
    AprilFools,
    /// The first day of the Chinese lunisolar year ("Lunar New Year", "Chinese New Year").
    LunarNewYear,
    /// The day before it, the night of the reunion dinner ("Lunar New Year's Eve").
    LunarNewYearsEve,
    /// The fifteenth day of the lunar year, which closes its festival ("the Lantern
    /// Festival").
    LanternFestival,
    /// The Muslim month of fasting, a month long; its value is the calendar month that holds
    /// most of its days.
    Ramadan,
    /// The feast that ends Ramadan.
    EidAlFitr,
    /// The feast of the sacrifice, in the month of the pilgrimage.
    EidAlAdha,
    /// The Jewish festivals of the Hebrew calendar: Passover and Hanukkah last eight days,
    /// and their value is the smallest calendar unit holding them; Rosh Hashanah is its
    /// first day, Yom Kippur one day.
    Passover,
    Hanukkah,
    RoshHashanah,
    YomKippur,
    /// The Friday after Thanksgiving, the start of the holiday shopping season.
    BlackFriday,
    /// The Monday after Thanksgiving.
    CyberMonday,
    /// Canada's Thanksgiving, the second Monday of October ("Thanksgiving Monday").
    CanadianThanksgiving,
    /// British bank holidays named by their month: the first Monday of May ("the May bank
    /// holiday"), the last Monday of May ("the spring bank holiday") and the last Monday of
    /// August ("the August bank holiday", as England and Wales keep it).
    EarlyMayBank,
    SpringBank,
    SummerBank,
    /// The days of the church year that move with Easter: Shrove Tuesday ("Mardi Gras",
    /// "Fat Tuesday"), Ash Wednesday, Palm Sunday, Maundy Thursday, Holy Saturday, Ascension
    /// Day, Pentecost ("Whit Sunday") and Whit Monday.
    ShroveTuesday,
    AshWednesday,
    PalmSunday,
    MaundyThursday,
    HolySaturday,
    AscensionDay,
    Pentecost,
    WhitMonday,
    /// Named days on a fixed date, from the calendars of American, British, Canadian,
    /// Australian and French news.
    GroundhogDay,
    EarthDay,
    MayDay,
    CincoDeMayo,
    FlagDay,
    CanadaDay,
    BastilleDay,
    AustraliaDay,
    AnzacDay,
    AllSaintsDay,
    BonfireNight,
    /// November 11: "Armistice Day", "Remembrance Day".
    ArmisticeDay,
    /// December 31 in Scotland.
    Hogmanay,
    /// More named days on a fixed date, from the calendars of British, Irish, Kenyan, New
    /// Zealand and Russian news: St Stephen's Day (December 26, Ireland's Boxing Day), Burns
    /// Night, the days of the saints of Scotland, Wales and England, Kenya's Madaraka,
    /// Mashujaa and Jamhuri days, Waitangi Day and Victory Day (May 9, the Soviet victory
    /// in Europe).
    StStephensDay,
    BurnsNight,
    StAndrewsDay,
    StDavidsDay,
    StGeorgesDay,
    MadarakaDay,
    MashujaaDay,
    JamhuriDay,
    WaitangiDay,
    VictoryDay,
    /// The first Tuesday of November, Melbourne Cup Day, a holiday in Melbourne.
    MelbourneCupDay,
    /// Canada's Victoria Day, the last Monday before May 25.
    VictoriaDay,
    /// The second Sunday of November in Britain.
    RemembranceSunday,
    /// Britain's Mother's Day, three Sundays before Easter.
    MotheringSunday,
    /// The equinoxes and solstices, named by month: the days the seasons turn ("the summer
    /// solstice", "the first day of spring"), whose month depends on the hemisphere.
    MarchEquinox,
    JuneSolstice,
    SeptemberEquinox,
    DecemberSolstice,
}

/// Words that modify, connect or stand in for date references.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Ago,
    Earlier,
    Later,
    /// "the latter half": the second.
    Latter,
    Last,
    Next,
    This,
    That,
    These,
    Those,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Recent,
    Recently,
    Early,
    Late,
    Mid,
    Middle,
    Beginning,
    End,
    Start,
    /// "the summer solstice", "the vernal equinox": a day the seasons turn, named by what
    /// comes before.
    Solstice,
    Equinox,
    The,
    A,
    An,
    Of,
    In,
    On,
    At,
    By,
    Since,
    Until,
    Through,
    To,
    And,
    Or,
    From,
    Between,
    Every,
    Each,
    Per,
    Daily,
    Weekly,
    Fortnightly,
    Monthly,
    Yearly,
    Annually,
    Hourly,
    Quarterly,
    Nightly,
    Fiscal,
    Before,
    After,
    Around,
    About,
    Nearly,
    Almost,
    Roughly,
    Some,
    Several,
    Few,
    Couple,
    Many,
    More,
    Most,
    Than,
    Less,
    Over,
    Under,
    Within,
    Up,
    Lately,
    Currently,
    Presently,
    Formerly,
    Previously,
    Future,
    Soon,
    Once,
    Same,
    Half,
    Full,
    /// "final", "last" in the quarter rule's sense ("the final quarter of 1999").
    Final,
    Latest,
    Ahead,
    Hence,
    Overnight,
    Midday,
    /// "midweek": the middle of a week.
    Midweek,
    /// "dawn", "daybreak": the start of the morning. ("sunrise", "sunset" and "sundown" are
    /// not here: the annotated news tags the sun's rising and setting once in 22 times, as an
    /// event of the sky rather than a time of day.)
    Dawn,
    /// "dusk", "nightfall": the start of the evening.
    Dusk,
    Am,
    Pm,
    Time,
    Term,
    Period,
    Whole,
    All,
    Entire,
    Another,
    Other,
    Eve,
    Election,
    Elections,
    Midterm,
    Midterms,
    Presidential,
    General,
    Primary,
}

/// What a word can be in a date reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lex {
    /// Not temporal.
    #[default]
    None,
    /// Monday = 0 .. Sunday = 6.
    Weekday(u8),
    /// "Mondays": a recurring weekday.
    Weekdays(u8),
    /// January = 1 .. December = 12, written out.
    Month(u8),
    /// A month abbreviation ("Aug", "Sept"); needs a capital and usually a period.
    MonthAbbr(u8),
    Season(Season),
    /// A unit noun in the singular.
    Unit(Unit),
    /// A unit noun in the plural.
    Units(Unit),
    /// A unit and "long" written as one word: "weeklong", "yearlong".
    UnitLong(Unit),
    /// A cardinal written out: "three", "twenty", "hundred".
    Cardinal(u32),
    /// An ordinal written out: "first", "third", "twentieth".
    Ordinal(u32),
    /// A decade written out: "nineties" = 90.
    DecadeWord(u16),
    PartOfDay(PartOfDay),
    Holiday(Holiday),
    Word(Word),
}

/// Look up a lower-case word.
pub fn lookup(word: &str) -> Lex {
    use self::Word as W;
    use Lex::*;
    // Dispatch on the first byte, then on the word: a single `match` over every entry would
    // compare the word against each entry of its length in turn.
    let Some(&first) = word.as_bytes().first() else {
        return None;
    };
    match first {
        b'a' => match word {
            "april" => Month(4),
            "august" => Month(8),
            "apr" => MonthAbbr(4),
            "aug" => MonthAbbr(8),
            "autumn" | "autumns" => Season(super::value::Season::Fall),
            "afternoon" | "afternoons" => PartOfDay(self::PartOfDay::Afternoon),
            "ago" => Word(W::Ago),
            "a" => Word(W::A),
            "an" => Word(W::An),
            "at" => Word(W::At),
            "and" => Word(W::And),
            "annually" => Word(W::Annually),
            "after" => Word(W::After),
            "around" => Word(W::Around),
            "about" | "approximately" => Word(W::About),
            "almost" => Word(W::Almost),
            "ahead" => Word(W::Ahead),
            "am" => Word(W::Am),
            "all" => Word(W::All),
            "another" => Word(W::Another),
            _ => None,
        },
        b'b' => match word {
            "beginning" => Word(W::Beginning),
            "by" => Word(W::By),
            "between" => Word(W::Between),
            "before" => Word(W::Before),
            _ => None,
        },
        b'c' => match word {
            "century" => Unit(self::Unit::Century),
            "centuries" => Units(self::Unit::Century),
            "christmas" => Holiday(self::Holiday::Christmas),
            "coming" => Word(W::Coming),
            "current" => Word(W::Current),
            "couple" => Word(W::Couple),
            "currently" => Word(W::Currently),
            _ => None,
        },
        b'd' => match word {
            "decadelong" => UnitLong(self::Unit::Decade),
            "daylong" => UnitLong(self::Unit::Day),
            "dawn" | "daybreak" => Word(W::Dawn),
            "dusk" => Word(W::Dusk),
            "december" => Month(12),
            "dec" => MonthAbbr(12),
            "day" => Unit(self::Unit::Day),
            "days" => Units(self::Unit::Day),
            "decade" => Unit(self::Unit::Decade),
            "decades" => Units(self::Unit::Decade),
            "dozen" => Cardinal(12),
            "daily" => Word(W::Daily),
            _ => None,
        },
        b'e' => match word {
            "equinox" => Word(W::Equinox),
            "eight" => Cardinal(8),
            "eleven" => Cardinal(11),
            "eighteen" => Cardinal(18),
            "eighty" => Cardinal(80),
            "eighth" => Ordinal(8),
            "eleventh" => Ordinal(11),
            "eighteenth" => Ordinal(18),
            "eighties" => DecadeWord(80),
            "evening" | "evenings" => PartOfDay(self::PartOfDay::Evening),
            "easter" => Holiday(self::Holiday::Easter),
            "earlier" => Word(W::Earlier),
            "early" => Word(W::Early),
            "end" => Word(W::End),
            "every" => Word(W::Every),
            "each" => Word(W::Each),
            "entire" => Word(W::Entire),
            "eve" => Word(W::Eve),
            "election" => Word(W::Election),
            "elections" => Word(W::Elections),
            _ => None,
        },
        b'f' => match word {
            "friday" => Weekday(4),
            "fridays" => Weekdays(4),
            "february" => Month(2),
            "feb" => MonthAbbr(2),
            "fall" => Season(super::value::Season::Fall),
            "fortnight" => Unit(self::Unit::Fortnight),
            "fortnightly" => Word(W::Fortnightly),
            "fortnights" => Units(self::Unit::Fortnight),
            "four" => Cardinal(4),
            "five" => Cardinal(5),
            "fourteen" => Cardinal(14),
            "fifteen" => Cardinal(15),
            "forty" => Cardinal(40),
            "fifty" => Cardinal(50),
            "first" => Ordinal(1),
            "fourth" => Ordinal(4),
            "fifth" => Ordinal(5),
            "fourteenth" => Ordinal(14),
            "fifteenth" => Ordinal(15),
            "forties" => DecadeWord(40),
            "fifties" => DecadeWord(50),
            "following" => Word(W::Following),
            "from" => Word(W::From),
            "fiscal" => Word(W::Fiscal),
            "few" => Word(W::Few),
            "fewer" => Word(W::Less),
            "formerly" => Word(W::Formerly),
            "future" => Word(W::Future),
            "full" => Word(W::Full),
            "final" => Word(W::Final),
            _ => None,
        },
        b'g' => match word {
            "general" => Word(W::General),
            _ => None,
        },
        b'h' => match word {
            "hour" => Unit(self::Unit::Hour),
            "hours" => Units(self::Unit::Hour),
            "half" => Word(W::Half),
            "hundred" => Cardinal(100),
            "halloween" => Holiday(self::Holiday::Halloween),
            "hourly" => Word(W::Hourly),
            "hence" => Word(W::Hence),
            _ => None,
        },
        b'i' => match word {
            "idul" => Holiday(self::Holiday::EidAlFitr),
            "in" => Word(W::In),
            _ => None,
        },
        b'j' => match word {
            "january" => Month(1),
            "june" => Month(6),
            "july" => Month(7),
            "jan" => MonthAbbr(1),
            "jun" => MonthAbbr(6),
            "jul" => MonthAbbr(7),
            _ => None,
        },
        b'l' => match word {
            "later" => Word(W::Later),
            "last" => Word(W::Last),
            "latter" => Word(W::Latter),
            "late" => Word(W::Late),
            "less" => Word(W::Less),
            "lately" => Word(W::Lately),
            "latest" => Word(W::Latest),
            _ => None,
        },
        b'm' => match word {
            // "by midafternoon", "since midmorning": the middle of the part, one word.
            "midafternoon" => PartOfDay(self::PartOfDay::Afternoon),
            "midmorning" => PartOfDay(self::PartOfDay::Morning),
            "monthlong" => UnitLong(self::Unit::Month),
            "midweek" => Word(W::Midweek),
            "monday" => Weekday(0),
            "mondays" => Weekdays(0),
            "march" => Month(3),
            "may" => Month(5),
            "mar" => MonthAbbr(3),
            "minute" => Unit(self::Unit::Minute),
            "minutes" => Units(self::Unit::Minute),
            "month" => Unit(self::Unit::Month),
            "months" => Units(self::Unit::Month),
            // "a multiyear contract": an unstated number of them, as the plural is.
            "multiyear" => Units(self::Unit::Year),
            "multiday" => Units(self::Unit::Day),
            "multiweek" => Units(self::Unit::Week),
            "multimonth" => Units(self::Unit::Month),
            "multidecade" => Units(self::Unit::Decade),
            "millennium" => Unit(self::Unit::Millennium),
            "millennia" | "millenniums" => Units(self::Unit::Millennium),
            "morning" | "mornings" => PartOfDay(self::PartOfDay::Morning),
            "midnight" => PartOfDay(self::PartOfDay::Midnight),
            "midday" => Word(W::Midday),

            "mid" => Word(W::Mid),
            "middle" => Word(W::Middle),
            "monthly" => Word(W::Monthly),
            "many" => Word(W::Many),
            "more" => Word(W::More),
            "most" => Word(W::Most),
            "midterm" => Word(W::Midterm),
            "midterms" => Word(W::Midterms),
            _ => None,
        },
        b'n' => match word {
            "nightfall" => Word(W::Dusk),
            "november" => Month(11),
            "nov" => MonthAbbr(11),
            "night" => PartOfDay(self::PartOfDay::Night),
            "nights" => Units(self::Unit::Night),
            "nine" => Cardinal(9),
            "nineteen" => Cardinal(19),
            "ninety" => Cardinal(90),
            "ninth" => Ordinal(9),
            "nineteenth" => Ordinal(19),
            "nineties" => DecadeWord(90),
            "noon" => PartOfDay(self::PartOfDay::Noon),
            "now" | "nowadays" => Word(W::Now),
            "next" => Word(W::Next),
            "nightly" => Word(W::Nightly),
            "nearly" => Word(W::Nearly),
            _ => None,
        },
        b'o' => match word {
            "october" => Month(10),
            "oct" => MonthAbbr(10),
            "one" => Cardinal(1),
            "overnight" => Word(W::Overnight),
            "of" => Word(W::Of),
            "on" => Word(W::On),
            "or" => Word(W::Or),
            "over" => Word(W::Over),
            "once" => Word(W::Once),
            "other" => Word(W::Other),
            _ => None,
        },
        b'p' => match word {
            "past" => Word(W::Past),
            "previous" | "prior" | "preceding" => Word(W::Previous),
            "per" => Word(W::Per),
            "presently" => Word(W::Presently),
            "previously" => Word(W::Previously),
            "pm" => Word(W::Pm),
            "period" | "periods" => Word(W::Period),
            "presidential" => Word(W::Presidential),
            "primary" | "primaries" => Word(W::Primary),
            _ => None,
        },
        b'q' => match word {
            "quarter" => Unit(self::Unit::Quarter),
            "quarters" => Units(self::Unit::Quarter),
            "quarterly" => Word(W::Quarterly),
            _ => None,
        },
        b'r' => match word {
            "recent" => Word(W::Recent),
            "recently" => Word(W::Recently),
            "roughly" => Word(W::Roughly),
            _ => None,
        },
        b's' => match word {
            "saturday" => Weekday(5),
            "sunday" => Weekday(6),
            "saturdays" => Weekdays(5),
            "sundays" => Weekdays(6),
            "september" => Month(9),
            "sep" | "sept" => MonthAbbr(9),
            "spring" | "springs" => Season(super::value::Season::Spring),
            "solstice" => Word(W::Solstice),
            "summer" | "summers" => Season(super::value::Season::Summer),
            "second" => Ordinal(2),
            "seconds" => Units(self::Unit::Second),
            "six" => Cardinal(6),
            "seven" => Cardinal(7),
            "sixteen" => Cardinal(16),
            "seventeen" => Cardinal(17),
            "sixty" => Cardinal(60),
            "seventy" => Cardinal(70),
            "sixth" => Ordinal(6),
            "seventh" => Ordinal(7),
            "sixteenth" => Ordinal(16),
            "seventeenth" => Ordinal(17),
            "sixties" => DecadeWord(60),
            "seventies" => DecadeWord(70),
            "start" => Word(W::Start),
            "since" => Word(W::Since),
            "some" => Word(W::Some),
            "several" => Word(W::Several),
            "soon" => Word(W::Soon),
            "same" => Word(W::Same),
            _ => None,
        },
        b't' => match word {
            "tuesday" => Weekday(1),
            "thursday" => Weekday(3),
            "tuesdays" => Weekdays(1),
            "thursdays" => Weekdays(3),
            "two" => Cardinal(2),
            "three" => Cardinal(3),
            "ten" => Cardinal(10),
            "twelve" => Cardinal(12),
            "thirteen" => Cardinal(13),
            "twenty" => Cardinal(20),
            "thirty" => Cardinal(30),
            "thousand" => Cardinal(1000),
            "third" => Ordinal(3),
            "tenth" => Ordinal(10),
            "twelfth" => Ordinal(12),
            "thirteenth" => Ordinal(13),
            "twentieth" => Ordinal(20),
            "thirtieth" => Ordinal(30),
            "twenty-first" => Ordinal(21),
            "twenties" => DecadeWord(20),
            "thirties" => DecadeWord(30),
            "thanksgiving" => Holiday(self::Holiday::Thanksgiving),
            "today" => Word(W::Today),
            "tomorrow" => Word(W::Tomorrow),
            "tonight" => Word(W::Tonight),
            "this" => Word(W::This),
            "that" => Word(W::That),
            "these" => Word(W::These),
            "those" => Word(W::Those),
            "the" => Word(W::The),
            "till" | "til" => Word(W::Until),
            "through" | "thru" | "throughout" => Word(W::Through),
            "to" => Word(W::To),
            "than" => Word(W::Than),
            "time" | "times" => Word(W::Time),
            "term" => Word(W::Term),
            _ => None,
        },
        b'u' => match word {
            "upcoming" => Word(W::Coming),
            "until" => Word(W::Until),
            "under" => Word(W::Under),
            "up" => Word(W::Up),
            _ => None,
        },
        b'w' => match word {
            "weeklong" => UnitLong(self::Unit::Week),
            "wednesday" => Weekday(2),
            "wednesdays" => Weekdays(2),
            "winter" | "winters" => Season(super::value::Season::Winter),
            "weekend" => Unit(self::Unit::Weekend),
            "weekends" => Units(self::Unit::Weekend),
            "week" => Unit(self::Unit::Week),
            "weeks" => Units(self::Unit::Week),
            "weekly" => Word(W::Weekly),
            "within" => Word(W::Within),
            "whole" => Word(W::Whole),
            _ => None,
        },
        b'y' => match word {
            "yearlong" => UnitLong(self::Unit::Year),
            "year" => Unit(self::Unit::Year),
            "years" => Units(self::Unit::Year),
            "yesterday" => Word(W::Yesterday),
            "yearly" => Word(W::Yearly),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_not_temporal() {
        for w in ["said", "president", "letter", "moscow", "senator"] {
            assert_eq!(lookup(w), Lex::None, "{w}");
        }
    }

    #[test]
    fn every_month_and_weekday_is_known() {
        let months = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        for (i, m) in months.iter().enumerate() {
            assert_eq!(lookup(m), Lex::Month(i as u8 + 1));
        }
        let days = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        for (i, d) in days.iter().enumerate() {
            assert_eq!(lookup(d), Lex::Weekday(i as u8));
        }
    }
}
