//! The word classes the extraction rules look at.
//!
//! The extractor has no part-of-speech tagger. News sentences are regular enough that a few
//! closed classes of English (titles, determiners, pronouns, speech verbs, subordinating
//! words) and a cautious guess at finite verbs find the subject, the attribution and the
//! clause boundaries of most sentences. Every list here is a class of the language, not words
//! of one article. When a rule meets a sentence these classes do not describe, it gives up and
//! the claim's field stays empty: a reviewer fills in an empty field more easily than they
//! notice a wrong one.

/// Titles and offices written before a name ("Sen. Rand Paul", "President Trump",
/// "Congressman Thomas Massie"). Compared without the abbreviation's period and with case:
/// "president" in running text is a noun, not part of a name.
pub(crate) fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Professor"
            | "Sen"
            | "Sens"
            | "Senator"
            | "Rep"
            | "Reps"
            | "Representative"
            | "Congressman"
            | "Congresswoman"
            | "Councilman"
            | "Councilwoman"
            | "Councillor"
            | "Alderman"
            | "Del"
            | "Delegate"
            | "Gov"
            | "Governor"
            | "Lt"
            | "Gen"
            | "General"
            | "Col"
            | "Colonel"
            | "Maj"
            | "Major"
            | "Capt"
            | "Captain"
            | "Cmdr"
            | "Commander"
            | "Adm"
            | "Admiral"
            | "Sgt"
            | "Sergeant"
            | "Rev"
            | "Reverend"
            | "Hon"
            | "Pres"
            | "President"
            | "Vice"
            | "Prime"
            | "Minister"
            | "Premier"
            | "Chancellor"
            | "Secretary"
            | "Ambassador"
            | "Amb"
            | "Mayor"
            | "Judge"
            | "Justice"
            | "Chief"
            | "Deputy"
            | "Speaker"
            | "Leader"
            | "Chairman"
            | "Chairwoman"
            | "Chairperson"
            | "Chair"
            | "Commissioner"
            | "Director"
            | "Attorney"
            | "Atty"
            | "Sheriff"
            | "Officer"
            | "Detective"
            | "Inspector"
            | "Superintendent"
            | "Supt"
            | "Spokesman"
            | "Spokeswoman"
            | "Spokesperson"
            | "Press"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Pope"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
    )
}

/// Capitalised words that describe a person without naming them, often written between a
/// title and a name ("Kentucky Republican Rand Paul", "former President Obama").
pub(crate) fn is_descriptor(word: &str) -> bool {
    matches!(
        word,
        "Republican"
            | "Republicans"
            | "Democrat"
            | "Democrats"
            | "Democratic"
            | "Independent"
            | "GOP"
            | "Labour"
            | "Conservative"
            | "Liberal"
            | "Tory"
            | "Former"
            | "Acting"
            | "Interim"
    )
}

/// Day and month names, which are capitalised without being names of people. The resolver's
/// lexicon is the one list of them.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && crate::temporal::is_calendar_name(word)
}

/// A word in lower case. The classes below are asked about nearly every word of every
/// sentence, and almost every word is short and ASCII: those are lowered on the stack (their
/// ASCII lower case is their Unicode lower case); only the others allocate.
enum Lower {
    Short([u8; 24], usize),
    Other(String),
}

impl Lower {
    fn of(word: &str) -> Lower {
        let mut buf = [0u8; 24];
        match buf.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                Lower::Short(buf, word.len())
            }
            _ => Lower::Other(word.to_lowercase()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // ASCII bytes are always UTF-8; the fallback is never taken.
            Lower::Short(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or_default(),
            Lower::Other(s) => s,
        }
    }
}

/// Words that open a noun phrase without being its head: "the", "a", "his", "several".
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        Lower::of(word).as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "another"
            | "each"
            | "every"
            | "some"
            | "several"
            | "many"
            | "both"
            | "all"
            | "two"
            | "three"
            | "four"
            | "five"
    )
}

/// Personal pronouns that can be the subject of a sentence. They never name anyone by
/// themselves.
pub(crate) fn is_pronoun(word: &str) -> bool {
    matches!(
        Lower::of(word).as_str(),
        "he" | "she" | "they" | "we" | "i" | "it" | "you"
    )
}

/// Prepositions that open an introductory phrase ("At Senator Paul's request,") or a date
/// phrase ("on Wednesday").
pub(crate) fn is_preposition(word: &str) -> bool {
    matches!(
        Lower::of(word).as_str(),
        "on" | "in"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "till"
            | "through"
            | "throughout"
            | "following"
            | "under"
            | "despite"
            | "amid"
            | "upon"
            | "over"
            | "within"
            | "according"
    )
}

/// One-word openers that stand before the subject, followed by a comma: "However,",
/// "Meanwhile,". Adverbs in `-ly` ("Ultimately,") are recognised by their ending.
pub(crate) fn is_connective(word: &str) -> bool {
    let lower = Lower::of(word);
    let lower = lower.as_str();
    matches!(
        lower,
        "however"
            | "meanwhile"
            | "still"
            | "yet"
            | "moreover"
            | "furthermore"
            | "instead"
            | "later"
            | "earlier"
            | "then"
            | "also"
            | "indeed"
            | "nonetheless"
            | "nevertheless"
            | "overall"
            | "now"
            | "thus"
            | "therefore"
            | "otherwise"
            | "besides"
            | "so"
            | "but"
            | "and"
            | "ago"
    ) || (lower.len() > 4 && lower.ends_with("ly"))
}

/// Words that open a subordinate clause. A clause they open is not the sentence's main
/// event ("... because the Russian leader has been away").
pub(crate) fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "because"
            | "although"
            | "though"
            | "while"
            | "whereas"
            | "unless"
            | "if"
            | "since"
            | "after"
            | "before"
            | "until"
            | "till"
            | "when"
            | "whenever"
            | "once"
    )
}

/// Words that, right after a comma, start a new clause: ", which would be", ", however,",
/// ", including". A comma alone does not ("in Helsinki, Finland,").
pub(crate) fn opens_clause_after_comma(word: &str) -> bool {
    is_subordinator(word)
        || matches!(
            word,
            "which"
                | "who"
                | "whom"
                | "whose"
                | "where"
                | "but"
                | "however"
                | "including"
                | "saying"
                | "adding"
                | "prompting"
                | "according"
                | "as"
                | "despite"
                | "amid"
                | "even"
        )
}

/// How readily a speech verb marks an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// Always reports speech: "said", "told", "tweeted", "announced".
    Strong,
    /// Reports speech only where the sentence shows it (after a quotation, or before a comma,
    /// a colon, a quotation, "that" or a medium): "wrote" ("wrote a book" is not speech),
    /// "added", "continued", "read".
    Weak,
}

/// Whether `word` (lower case) is a verb of saying, and how strongly.
pub(crate) fn speech_verb(word: &str) -> Option<Strength> {
    match word {
        "said" | "says" | "say" | "told" | "tells" | "tweeted" | "tweets" | "announced"
        | "announces" | "stated" | "claimed" | "claims" | "declared" | "declares" | "insisted"
        | "insists" | "argued" | "argues" | "asserted" | "asserts" | "warned" | "warns"
        | "testified" | "acknowledged" | "acknowledges" | "admitted" | "admits" | "alleged"
        | "alleges" | "confirmed" | "confirms" | "denied" | "denies" | "reported" | "conceded"
        | "contended" | "maintained" | "disclosed" | "revealed" => Some(Strength::Strong),
        "wrote" | "writes" | "added" | "adds" | "noted" | "notes" | "continued" | "continues"
        | "read" | "reads" | "posted" | "posts" | "replied" | "responded" | "explained"
        | "explains" | "suggested" | "suggests" | "emphasized" | "emphasised" | "stressed"
        | "recalled" | "remarked" | "observed" | "predicted" | "promised" | "vowed" | "pledged"
        | "countered" | "complained" | "cautioned" | "urged" | "asked" | "joked" | "quipped"
        | "wondered" | "mentioned" | "shouted" | "recounted" => Some(Strength::Weak),
        _ => None,
    }
}

/// Nouns for where something was said: "in a statement", "in an interview", "in a tweet".
pub(crate) fn is_medium(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "statements"
            | "interview"
            | "tweet"
            | "tweets"
            | "post"
            | "letter"
            | "speech"
            | "email"
            | "memo"
            | "video"
            | "message"
            | "release"
            | "filing"
            | "briefing"
            | "conference"
            | "column"
            | "essay"
            | "editorial"
            | "op"
            | "hearing"
            | "podcast"
            | "broadcast"
            | "address"
            | "remarks"
            | "rally"
    )
}

/// Auxiliary and modal verbs: finite, and a sign that a subject has ended.
pub(crate) fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "should"
            | "did"
            | "does"
            | "do"
            | "cannot"
    )
}

/// Adverbs that stand between a subject and its verb ("Paul also met", "Smith has
/// repeatedly said").
pub(crate) fn is_verb_adverb(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "later"
            | "then"
            | "again"
            | "still"
            | "already"
            | "never"
            | "not"
            | "first"
            | "once"
            | "just"
            | "often"
            | "since"
            | "even"
    ) || (word.len() > 4 && word.ends_with("ly"))
}

/// A guess at whether a lower-case word is a finite verb, for finding where a subject ends.
/// Speech verbs, auxiliaries, common irregular past forms and common present forms are
/// verbs; so is a word in `-ed` (but not in `-eed`, and not the few adjectives listed).
/// Callers never ask right after a determiner, where "the increased diplomacy" would fool
/// the `-ed` rule.
pub(crate) fn is_finite_verb(word: &str) -> bool {
    if speech_verb(word).is_some() || is_auxiliary(word) {
        return true;
    }
    if matches!(
        word,
        "met"
            | "saw"
            | "went"
            | "came"
            | "took"
            | "gave"
            | "made"
            | "left"
            | "won"
            | "lost"
            | "led"
            | "held"
            | "ran"
            | "sent"
            | "spent"
            | "brought"
            | "bought"
            | "thought"
            | "began"
            | "became"
            | "paid"
            | "kept"
            | "sought"
            | "struck"
            | "fell"
            | "rose"
            | "flew"
            | "grew"
            | "knew"
            | "spoke"
            | "chose"
            | "broke"
            | "drove"
            | "got"
            | "found"
            | "felt"
            | "heard"
            | "meant"
            | "stood"
            | "sat"
            | "sold"
            | "taught"
            | "caught"
            | "fought"
            | "threw"
            | "drew"
            | "built"
            | "dealt"
            | "understood"
            | "hid"
            | "rode"
            | "shot"
            | "withdrew"
            | "oversaw"
            | "upheld"
            | "comes"
            | "goes"
            | "makes"
            | "takes"
            | "gives"
            | "gets"
            | "wants"
            | "needs"
            | "plans"
            | "seems"
            | "remains"
            | "faces"
            | "leads"
            | "holds"
            | "calls"
            | "meets"
            | "sees"
            | "knows"
            | "thinks"
            | "believes"
            | "expects"
            | "hopes"
            | "looks"
            | "shows"
            | "becomes"
            | "supports"
            | "opposes"
    ) {
        return true;
    }
    word.len() >= 5
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && !matches!(
            word,
            "hundred"
                | "kindred"
                | "sacred"
                | "naked"
                | "wicked"
                | "beloved"
                | "rugged"
                | "wretched"
                | "crooked"
                | "ragged"
        )
}

/// Sentence openers that speak to the reader rather than report: site furniture such as
/// "Please let us know...", "Click here...", "Sign up...".
pub(crate) fn addresses_reader(first: &str, second: Option<&str>) -> bool {
    match first {
        "Please" | "Click" | "Subscribe" | "Share" | "Download" | "Advertisement" => true,
        "Sign" => second == Some("up"),
        "Follow" | "Like" => second == Some("us"),
        "Read" => matches!(second, Some("more" | "next" | "also")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_unicode_lower_case() {
        let words = [
            "The",
            "ACCORDING",
            "a",
            "",
            "ÉTÉ",
            "İstanbul",
            "\u{212A}elvin",
            "Wissenschaftsministeriums",
            "Counterintelligence-Related",
        ];
        for word in words {
            assert_eq!(Lower::of(word).as_str(), word.to_lowercase(), "{word}");
        }
        assert!(is_preposition("According") && is_determiner("THE") && !is_pronoun("Hel"));
    }

    #[test]
    fn titles_are_case_sensitive() {
        assert!(is_title("Sen"));
        assert!(is_title("Congressman"));
        assert!(!is_title("president"));
        assert!(!is_title("Paul"));
    }

    #[test]
    fn verbs_are_guessed_cautiously() {
        for verb in ["delivered", "said", "met", "has", "tweeted", "comes"] {
            assert!(is_finite_verb(verb), "{verb}");
        }
        for other in ["letter", "hundred", "speed", "senator", "press"] {
            assert!(!is_finite_verb(other), "{other}");
        }
    }

    #[test]
    fn speech_verbs_have_a_strength() {
        assert_eq!(speech_verb("said"), Some(Strength::Strong));
        assert_eq!(speech_verb("wrote"), Some(Strength::Weak));
        assert_eq!(speech_verb("delivered"), None);
    }

    #[test]
    fn reader_directed_openers() {
        assert!(addresses_reader("Please", Some("let")));
        assert!(addresses_reader("Sign", Some("up")));
        assert!(!addresses_reader("Sign", Some("language")));
        assert!(!addresses_reader("Paul", Some("said")));
    }
}
