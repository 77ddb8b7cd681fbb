//! Writing a TimeML document back with new TIMEX3 elements in its `<TEXT>`: the tagger's
//! output, in the interchange format HeidelTime and the TempEval-3 tools use.
//!
//! Everything outside `<TEXT>` is copied byte for byte (the DCT, headers, whatever follows).
//! Inside, the annotation tags of the input are dropped and the text is copied raw, references
//! as written, so that stripping our tags gives back exactly the stripped input: the scorer
//! compares the two and refuses a document whose text changed.
//!
//! Spans come from the resolver as byte offsets of the plain (decoded) text. An offset that
//! falls inside a reference (`&amp;` is one plain byte but five raw ones) or a CDATA section
//! is widened to take the whole of it, and overlapping spans keep the first, so the output is
//! always well-formed.

use super::document::Document;
use super::entity::escape_attribute;
use crate::error::Result;
use crate::temporal::{Mention, analyze};

/// A TIMEX3 element to insert, over bytes `start..end` of [`Document::plain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewTimex<'a> {
    pub start: usize,
    pub end: usize,
    /// The `type` attribute.
    pub kind: &'a str,
    /// The `value` attribute.
    pub value: &'a str,
    /// The `mod` attribute, written only when present.
    pub modifier: Option<&'a str>,
}

impl<'a> From<&'a Mention> for NewTimex<'a> {
    fn from(m: &'a Mention) -> NewTimex<'a> {
        NewTimex {
            start: m.start,
            end: m.end,
            kind: m.kind.as_str(),
            value: &m.value,
            modifier: m.modifier.map(|md| md.as_str()),
        }
    }
}

/// Run the resolver on the document's text against its creation time and return the document
/// with the mentions found as TIMEX3 elements.
///
/// Fails only when the document has no usable creation time.
pub fn tag(doc: &Document) -> Result<String> {
    let published = doc.creation_date()?;
    let analysis = analyze(doc.plain(), published);
    let timexes: Vec<NewTimex<'_>> = analysis.mentions.iter().map(NewTimex::from).collect();
    Ok(insert_timexes(doc, &timexes))
}

/// The document with `timexes` inserted as TIMEX3 elements (ids `t1`, `t2`... skipping ids
/// used outside `<TEXT>`), and the annotation tags it had inside `<TEXT>` removed.
///
/// ```
/// use std::path::Path;
/// use claimline::timeml::{Document, NewTimex, insert_timexes};
///
/// let doc = Document::parse(
///     "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\"/></DCT>\
///      <TEXT>Q&amp;A <EVENT>held</EVENT> Monday</TEXT></TimeML>".to_string(),
///     Path::new("a.tml"),
/// ).unwrap();
/// let monday = NewTimex { start: 9, end: 15, kind: "DATE", value: "1998-01-05", modifier: None };
/// assert_eq!(
///     insert_timexes(&doc, &[monday]),
///     "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\"/></DCT>\
///      <TEXT>Q&amp;A held <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-05\">Monday</TIMEX3>\
///      </TEXT></TimeML>",
/// );
/// ```
pub fn insert_timexes(doc: &Document, timexes: &[NewTimex<'_>]) -> String {
    let placed = placeable(doc, timexes);
    let source = doc.source();
    let text = doc.text_range();
    let mut out = String::with_capacity(source.len() + placed.len() * 96);
    out.push_str(&source[..text.start]);
    let mut events = Events {
        timexes: &placed,
        next: 0,
        open_until: None,
        tids: TidCounter::new(doc),
    };
    for piece in doc.pieces() {
        let piece_end = piece.plain + piece.plain_len;
        let raw = &source[piece.source..piece.source + piece.source_len];
        let mut copied = 0;
        while let Some(at) = events.position() {
            if at != piece.plain && at >= piece_end {
                break;
            }
            // `placeable` keeps every boundary off the inside of atomic pieces.
            debug_assert!(!piece.atomic || at == piece.plain);
            if !piece.atomic {
                let upto = at - piece.plain;
                out.push_str(&raw[copied..upto]);
                copied = upto;
            }
            events.emit(&mut out);
        }
        out.push_str(&raw[copied..]);
    }
    while events.position().is_some() {
        events.emit(&mut out);
    }
    out.push_str(&source[text.end..]);
    out
}

/// The timexes that can be written: boundaries moved out of references and CDATA sections
/// and onto character boundaries, empty ones dropped, sorted, and overlaps resolved in favour of
/// the one that starts first (the longer one on a tie).
fn placeable<'a>(doc: &Document, timexes: &[NewTimex<'a>]) -> Vec<NewTimex<'a>> {
    let plain = doc.plain();
    let pieces = doc.pieces();
    let atomic_at = |offset: usize| {
        let i = pieces.partition_point(|p| p.plain + p.plain_len <= offset);
        pieces
            .get(i)
            .filter(|p| p.atomic && p.plain < offset && offset < p.plain + p.plain_len)
    };
    let mut out: Vec<NewTimex<'a>> = timexes
        .iter()
        .filter_map(|t| {
            let mut start = t.start.min(plain.len());
            let mut end = t.end.min(plain.len());
            while !plain.is_char_boundary(start) {
                start -= 1;
            }
            while !plain.is_char_boundary(end) {
                end += 1;
            }
            if let Some(p) = atomic_at(start) {
                start = p.plain;
            }
            if let Some(p) = atomic_at(end) {
                end = p.plain + p.plain_len;
            }
            (start < end).then_some(NewTimex { start, end, ..*t })
        })
        .collect();
    out.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    let mut kept_end = 0;
    out.retain(|t| {
        let keep = t.start >= kept_end;
        if keep {
            kept_end = t.end;
        }
        keep
    });
    out
}

/// Opening and closing tags in text order.
struct Events<'t, 'a> {
    timexes: &'t [NewTimex<'a>],
    next: usize,
    /// The plain offset where the open element closes, while one is open.
    open_until: Option<usize>,
    tids: TidCounter<'t>,
}

impl Events<'_, '_> {
    fn position(&self) -> Option<usize> {
        match self.open_until {
            Some(end) => Some(end),
            None => self.timexes.get(self.next).map(|t| t.start),
        }
    }

    fn emit(&mut self, out: &mut String) {
        if self.open_until.take().is_some() {
            out.push_str("</TIMEX3>");
            return;
        }
        let Some(t) = self.timexes.get(self.next) else {
            return;
        };
        self.next += 1;
        self.open_until = Some(t.end);
        out.push_str("<TIMEX3 tid=\"t");
        out.push_str(&self.tids.next().to_string());
        out.push_str("\" type=\"");
        escape_attribute(t.kind, out);
        out.push_str("\" value=\"");
        escape_attribute(t.value, out);
        if let Some(m) = t.modifier {
            out.push_str("\" mod=\"");
            escape_attribute(m, out);
        }
        out.push_str("\">");
    }
}

/// `t1`, `t2`... skipping the numbers the document uses outside `<TEXT>`.
struct TidCounter<'d> {
    reserved: &'d std::collections::BTreeSet<u64>,
    last: u64,
}

impl<'d> TidCounter<'d> {
    fn new(doc: &'d Document) -> TidCounter<'d> {
        TidCounter {
            reserved: doc.reserved_tids(),
            last: 0,
        }
    }

    fn next(&mut self) -> u64 {
        self.last += 1;
        while self.reserved.contains(&self.last) {
            self.last += 1;
        }
        self.last
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const HEAD: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X</DOCID>\n<DCT><TIMEX3 tid=\"t0\" \
                        type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">\
                        19980108</TIMEX3></DCT>\n<TEXT>";
    const TAIL: &str = "</TEXT>\n<TLINK lid=\"l1\" relatedToTime=\"t2\"/>\n</TimeML>\n";

    fn doc(text: &str) -> Document {
        Document::parse(format!("{HEAD}{text}{TAIL}"), Path::new("x.tml")).unwrap()
    }

    fn t(start: usize, end: usize) -> NewTimex<'static> {
        NewTimex {
            start,
            end,
            kind: "DATE",
            value: "V",
            modifier: None,
        }
    }

    /// The written TEXT content, after checking that everything around it is untouched and
    /// that the output parses back to the same plain text with the placed spans.
    fn written(d: &Document, timexes: &[NewTimex<'_>]) -> String {
        let out = insert_timexes(d, timexes);
        assert!(out.starts_with(HEAD) && out.ends_with(TAIL), "{out}");
        let back = Document::parse(out.clone(), Path::new("out.tml")).unwrap();
        assert_eq!(back.plain(), d.plain());
        let placed = placeable(d, timexes);
        let spans: Vec<_> = back.timexes().iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(
            spans,
            placed.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>()
        );
        out[HEAD.len()..out.len() - TAIL.len()].to_string()
    }

    #[test]
    fn inserts_between_and_inside_text_runs_dropping_old_tags() {
        let d = doc(
            "On <EVENT eid=\"e1\">Monday</EVENT> <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"x\">last week</TIMEX3> too",
        );
        assert_eq!(d.plain(), "On Monday last week too");
        let text = written(&d, &[t(3, 9), t(10, 19)]);
        // t0 (DCT) and t2 (TLINK) are taken outside TEXT.
        assert_eq!(
            text,
            "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">Monday</TIMEX3> \
             <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"V\">last week</TIMEX3> too"
        );
    }

    #[test]
    fn attributes_are_escaped_and_mod_written_when_present() {
        let d = doc("x now");
        let odd = NewTimex {
            start: 2,
            end: 5,
            kind: "DATE",
            value: "a\"<&>b",
            modifier: Some("START"),
        };
        assert_eq!(
            written(&d, &[odd]),
            "x <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"a&quot;&lt;&amp;&gt;b\" mod=\"START\">now</TIMEX3>"
        );
    }

    #[test]
    fn references_are_kept_raw_and_never_split() {
        let d = doc("A&amp;B &#x2014; 1 &lt; 2");
        assert_eq!(d.plain(), "A&B — 1 < 2");
        // Whole words around the references.
        assert_eq!(
            written(&d, &[t(0, 3)]),
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">A&amp;B</TIMEX3> &#x2014; 1 &lt; 2"
        );
        // A start and an end inside the three bytes of the decoded dash widen to all of it.
        assert_eq!(
            written(&d, &[t(5, 6)]),
            "A&amp;B <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">&#x2014;</TIMEX3> 1 &lt; 2"
        );
        assert_eq!(
            written(&d, &[t(1, 2), t(8, 11)]),
            "A<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">&amp;</TIMEX3>B &#x2014; \
             <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"V\">1 &lt;</TIMEX3> 2"
        );
    }

    #[test]
    fn cdata_is_atomic() {
        let d = doc("a <![CDATA[b<c]]> d");
        assert_eq!(d.plain(), "a b<c d");
        assert_eq!(
            written(&d, &[t(3, 4)]),
            "a <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\"><![CDATA[b<c]]></TIMEX3> d"
        );
    }

    #[test]
    fn overlaps_empty_and_out_of_range_spans_are_resolved() {
        let d = doc("one two three");
        // Adjacent spans close before the next opens; the nested one is dropped; the empty and
        // the reversed are dropped; a span past the end is cut at the end.
        let text = written(
            &d,
            &[
                t(4, 7),
                t(0, 3),
                t(3, 4),
                t(1, 2),
                t(5, 5),
                t(9, 8),
                t(8, 99),
            ],
        );
        assert_eq!(
            text,
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">one</TIMEX3>\
             <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"V\"> </TIMEX3>\
             <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"V\">two</TIMEX3> \
             <TIMEX3 tid=\"t5\" type=\"DATE\" value=\"V\">three</TIMEX3>"
        );
    }

    #[test]
    fn offsets_inside_a_character_widen_to_it() {
        let d = doc("été");
        assert_eq!(
            written(&d, &[t(1, 3)]),
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">ét</TIMEX3>é"
        );
    }

    #[test]
    fn spans_across_removed_tags_and_at_the_edges() {
        let d = doc("<s>ab</s><s>cd</s>");
        assert_eq!(
            written(&d, &[t(0, 4)]),
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"V\">abcd</TIMEX3>"
        );
        let d = doc("");
        assert_eq!(written(&d, &[t(0, 1)]), "");
    }

    #[test]
    fn tagging_without_a_creation_time_fails() {
        let d = Document::parse("<T><TEXT>Monday</TEXT></T>".into(), Path::new("n.tml")).unwrap();
        assert!(
            tag(&d)
                .unwrap_err()
                .to_string()
                .starts_with("n.tml: no document creation time")
        );
    }
}
