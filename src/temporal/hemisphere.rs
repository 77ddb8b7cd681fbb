//! Which half of the world a story is told from. Seasons fall six months apart on either side
//! of the equator: "this summer", in a story datelined SYDNEY in February, is the summer under
//! way there, December to February, not the northern summer four months ahead; "last winter",
//! told in Johannesburg in October, is the June to August just gone.
//!
//! TimeML writes a season with the year it starts in (`2005-SU`), whichever months it covers,
//! and so does this module; only the months a season covers, and so which one "this", "last"
//! and "next" pick, change with the hemisphere.
//!
//! The hemisphere is read from the dateline alone, the place in capitals that opens a wire
//! story ("SYDNEY, Feb. 17 (Reuters) -", "BUENOS AIRES -", "SYDNEY faces its first water
//! restrictions"): a place named later is where something happened, not where the story is
//! told from, and a story with several ("SYDNEY/LONDON") is told for more than one. Places
//! in the tropics, where news does not count seasons this way, are left out, as are names
//! shared with a northern place (Newcastle, Hamilton, Córdoba).

use super::doc::Doc;
use super::value::{Interval, Season};

/// The half of the world whose seasons a story counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Hemisphere {
    #[default]
    North,
    South,
}

/// Datelines of the southern temperate zone, word by word, in lower case.
const SOUTHERN_PLACES: &[&[&str]] = &[
    // Australia
    &["sydney"],
    &["melbourne"],
    &["brisbane"],
    &["perth"],
    &["adelaide"],
    &["hobart"],
    &["canberra"],
    &["darwin"],
    &["cairns"],
    &["townsville"],
    &["geelong"],
    &["wollongong"],
    &["gold", "coast"],
    &["alice", "springs"],
    // New Zealand
    &["auckland"],
    &["wellington"],
    &["christchurch"],
    &["dunedin"],
    &["queenstown"],
    // Southern Africa
    &["johannesburg"],
    &["cape", "town"],
    &["durban"],
    &["pretoria"],
    &["port", "elizabeth"],
    &["soweto"],
    &["bloemfontein"],
    &["harare"],
    &["bulawayo"],
    &["lusaka"],
    &["windhoek"],
    &["gaborone"],
    &["maputo"],
    &["maseru"],
    &["mbabane"],
    &["antananarivo"],
    // South America
    &["buenos", "aires"],
    &["rosario"],
    &["mendoza"],
    &["santiago"],
    &["valparaiso"],
    &["montevideo"],
    &["asuncion"],
    &["sao", "paulo"],
    &["são", "paulo"],
    &["rio", "de", "janeiro"],
    &["brasilia"],
    &["brasília"],
    &["porto", "alegre"],
    &["curitiba"],
    &["belo", "horizonte"],
    &["la", "paz"],
    &["lima"],
    // The South Pacific
    &["port", "moresby"],
    &["suva"],
    &["noumea"],
];

impl Hemisphere {
    /// The hemisphere of the place in capitals that opens the text, if it is a southern one.
    pub(crate) fn of_dateline(doc: &Doc) -> Hemisphere {
        // The place: up to three words in capitals at the start.
        let words = (0..doc.len().min(3))
            .take_while(|&i| doc.is_word(i) && doc.all_caps(i))
            .count();
        // "SYDNEY/LONDON": a story told from more than one place.
        if words == 0 || doc.punct(words, '/') {
            return Hemisphere::North;
        }
        let southern = SOUTHERN_PLACES.iter().any(|place| {
            place.len() <= words && place.iter().enumerate().all(|(i, w)| doc.word_is(i, w))
        });
        if southern {
            Hemisphere::South
        } else {
            Hemisphere::North
        }
    }

    /// The season, and the year it is labelled with, that `day` falls in here.
    pub(crate) fn season_of(self, day: chrono::NaiveDate) -> (i32, Season) {
        let (year, northern) = Season::of(day);
        (year, self.counterpart(northern))
    }

    /// The months `season` of `year` covers here: in the south, summer `year` runs from
    /// December of `year` to February of the next (the months of the northern winter), autumn
    /// from March, winter from June, spring from September.
    pub(crate) fn season(self, year: i32, season: Season) -> Option<Interval> {
        Interval::season(year, self.counterpart(season))
    }

    /// The northern season whose months `season` covers here, and the other way round: in
    /// the south, summer and winter trade months, and so do spring and autumn.
    pub(crate) fn counterpart(self, season: Season) -> Season {
        match (self, season) {
            (Hemisphere::North, s) => s,
            (Hemisphere::South, Season::Summer) => Season::Winter,
            (Hemisphere::South, Season::Winter) => Season::Summer,
            (Hemisphere::South, Season::Spring) => Season::Fall,
            (Hemisphere::South, Season::Fall) => Season::Spring,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hemisphere(text: &str) -> Hemisphere {
        Hemisphere::of_dateline(&Doc::new(text))
    }

    #[test]
    fn the_dateline_decides() {
        assert_eq!(
            hemisphere("SYDNEY, Feb. 17 (Reuters) - Firefighters were battling."),
            Hemisphere::South
        );
        assert_eq!(
            hemisphere("BUENOS AIRES, Jan. 3 - The heat wave broke."),
            Hemisphere::South
        );
        assert_eq!(
            hemisphere("SYDNEY faces its first water restrictions in a decade."),
            Hemisphere::South
        );
        assert_eq!(
            hemisphere("LONDON, Feb. 17 (Reuters) - Shares fell."),
            Hemisphere::North
        );
        // Several places, or a southern one named later, leave the northern seasons.
        assert_eq!(
            hemisphere("SYDNEY/LONDON, Sept 19 (Reuters) - The phones went on sale."),
            Hemisphere::North
        );
        assert_eq!(
            hemisphere("The team flew to Sydney on Friday."),
            Hemisphere::North
        );
    }

    #[test]
    fn southern_seasons_cover_the_opposite_months() {
        let summer = Hemisphere::South
            .season(2005, Season::Summer)
            .expect("a season");
        assert_eq!(summer.first().to_string(), "2005-12-01");
        assert_eq!(summer.last().to_string(), "2006-02-28");
        let winter = Hemisphere::South
            .season(2021, Season::Winter)
            .expect("a season");
        assert_eq!(winter.first().to_string(), "2021-06-01");
        let day = chrono::NaiveDate::from_ymd_opt(2006, 1, 15).expect("a day");
        assert_eq!(Hemisphere::South.season_of(day), (2005, Season::Summer));
        assert_eq!(Hemisphere::North.season_of(day), (2005, Season::Winter));
        let north = Hemisphere::North
            .season(2005, Season::Summer)
            .expect("a season");
        assert_eq!(north.first().to_string(), "2005-06-01");
    }
}
