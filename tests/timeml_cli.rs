//! `claimline timeml` end to end: what it writes, and what it does with bad input. The
//! documents are invented for these tests.

mod cli_support;

use cli_support::{claimline, stderr};

use std::fs;
use std::path::Path;

use claimline::temporal::analyze;
use claimline::timeml::Document;

const HEAD: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>T1</DOCID>\n\
<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2004-06-09\" temporalFunction=\"false\" \
functionInDocument=\"CREATION_TIME\">June 9, 2004</TIMEX3></DCT>\n";

fn document(text: &str) -> String {
    format!("{HEAD}<TEXT>\n{text}\n</TEXT>\n</TimeML>\n")
}

const TEXT: &str = "Shares of Q&amp;R Corp. <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> on \
<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2004-06-07\">Monday</TIMEX3> &#8212; the \
<SIGNAL sid=\"s1\">first</SIGNAL> drop since Friday, traders said &quot;Tuesday&quot;.";

fn write(path: &Path, content: impl AsRef<[u8]>) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn tags_folders_recursively_and_changes_nothing_but_the_timex_tags() {
    let dir = tempfile::tempdir().unwrap();
    let input = document(TEXT);
    write(&dir.path().join("in/a.tml.TE3input"), &input);
    write(&dir.path().join("in/deep/b.tml"), &input);
    write(&dir.path().join("in/notes.txt"), "not TimeML");
    let out = claimline(&["timeml", "in", "--out", "out"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "claimline: tagged 2 document(s) into out\n");
    assert_eq!(names(&dir.path().join("out")), ["a.tml", "b.tml"]);

    let source = Document::parse(input.clone(), Path::new("in")).unwrap();
    let written = fs::read_to_string(dir.path().join("out/a.tml")).unwrap();
    let tagged = Document::parse(written.clone(), Path::new("out")).unwrap();
    // Outside TEXT: byte for byte. Inside: the same text once tags are stripped, references
    // as written, and no tag but TIMEX3.
    let (head, rest) = written.split_once("<TEXT>").unwrap();
    assert_eq!(format!("{head}<TEXT>"), format!("{HEAD}<TEXT>"));
    assert!(rest.ends_with("</TEXT>\n</TimeML>\n"));
    assert!(rest.contains("Q&amp;R Corp.") && rest.contains("&#8212;") && rest.contains("&quot;"));
    assert!(
        !rest.contains("<EVENT")
            && !rest.contains("<SIGNAL")
            && !rest.contains("tid=\"t3\" type=\"DATE\" value=\"2004-06-07\"")
    );
    assert_eq!(tagged.plain(), source.plain());

    // Every element written is a mention of the resolver, none overlap, ids are unique and
    // leave the DCT's t0 alone.
    let published = source.creation_date().unwrap();
    let mentions = analyze(source.plain(), published).mentions;
    assert!(!mentions.is_empty(), "the resolver finds weekdays");
    assert!(!tagged.timexes().is_empty());
    let mut tids: Vec<&str> = Vec::new();
    let mut last_end = 0;
    for t in tagged.timexes() {
        assert!(
            mentions
                .iter()
                .any(|m| (m.start, m.end, m.kind.as_str(), m.value.as_str())
                    == (t.start, t.end, t.kind.as_str(), t.value.as_str())),
            "{t:?} is no mention"
        );
        assert!(t.start >= last_end);
        last_end = t.end;
        assert_ne!(t.tid, "t0");
        assert!(!tids.contains(&t.tid.as_str()));
        tids.push(&t.tid);
    }
    assert_eq!(
        fs::read_to_string(dir.path().join("out/b.tml")).unwrap(),
        written
    );
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/a.tml"), document(TEXT));
    for out in ["o1", "o2"] {
        assert!(
            claimline(&["timeml", "in/a.tml", "--out", out], dir.path())
                .status
                .success()
        );
    }
    assert_eq!(
        fs::read(dir.path().join("o1/a.tml")).unwrap(),
        fs::read(dir.path().join("o2/a.tml")).unwrap()
    );
}

#[test]
fn bad_documents_are_reported_by_file_and_position_and_the_good_ones_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    write(&d.join("good.tml"), document("Closed on Monday."));
    write(
        &d.join("unclosed.tml"),
        document("Closed <EVENT eid=\"e1\">on Monday."),
    );
    write(&d.join("notext.tml"), format!("{HEAD}</TimeML>\n"));
    write(
        &d.join("nodct.tml"),
        "<TimeML>\n<TEXT>On Monday.</TEXT>\n</TimeML>\n",
    );
    write(
        &d.join("baddct.tml"),
        document("On Monday.").replace("value=\"2004-06-09\"", "value=\"sometime\""),
    );
    let mut latin1 = document("Caf").into_bytes();
    let at = latin1.windows(3).position(|w| w == b"Caf").unwrap() + 3;
    latin1.insert(at, 0xE9);
    write(&d.join("latin1.tml"), latin1);
    write(&d.join("amp.tml"), document("Q & A on Monday."));

    let out = claimline(&["timeml", "in", "--out", "out"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let expected = [
        "claimline: error: in/amp.tml:6:3: `&` starts no reference (followed by \" A on Mo\"); write `&amp;` for a literal ampersand",
        "claimline: error: in/baddct.tml:4:42: document creation time \"sometime\" is not a date; expected YYYY-MM-DD (a time after it is allowed) or YYYYMMDD",
        "claimline: error: in/latin1.tml:6:4: not valid UTF-8 (byte 0xE9); expected UTF-8 text — re-save the file as UTF-8",
        "claimline: error: in/nodct.tml: no document creation time; expected <DCT><TIMEX3 value=\"YYYY-MM-DD\" .../></DCT> outside <TEXT>",
        "claimline: error: in/notext.tml: no <TEXT> element; expected the article inside <TEXT>...</TEXT>",
        "claimline: error: in/unclosed.tml:7:1: expected </EVENT> to close <EVENT> from line 6 column 8, found </TEXT>",
        "claimline: tagged 1 document(s) into out; 6 failed",
    ];
    assert_eq!(err.lines().collect::<Vec<_>>(), expected, "{err}");
    // Nothing half-written: only the good document, and no temporary file.
    assert_eq!(names(&dir.path().join("out")), ["good.tml"]);
}

#[test]
fn two_inputs_with_one_output_name_both_fail() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("x/a.tml"), document("On Monday."));
    write(&dir.path().join("y/a.tml.TE3input"), document("On Friday."));
    write(&dir.path().join("y/b.tml"), document("On Friday."));
    let out = claimline(&["timeml", "x", "y", "--out", "out"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("claimline: error: x/a.tml: out/a.tml would also be written from y/a.tml.TE3input; tag them into different folders\n"),
        "{err}"
    );
    assert!(
        err.contains(
            "claimline: error: y/a.tml.TE3input: out/a.tml would also be written from x/a.tml;"
        ),
        "{err}"
    );
    assert_eq!(names(&dir.path().join("out")), ["b.tml"]);
}

#[test]
fn never_overwrites_an_input_and_names_missing_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let original = document("On Monday.");
    write(&dir.path().join("in/a.tml"), &original);
    let out = claimline(
        &["timeml", "in/a.tml", "missing.tml", "--out", "in"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "claimline: error: missing.tml: cannot read: no such file or directory\n\
         claimline: error: in/a.tml: the output would overwrite this input; choose another --out folder\n\
         claimline: tagged 0 document(s) into in; 2 failed\n"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("in/a.tml")).unwrap(),
        original
    );

    let out = claimline(&["timeml", ".", "--out", "."], dir.path());
    assert!(
        stderr(&out).starts_with(
            "claimline: error: .: no TimeML files in this folder outside the --out folder\n"
        ),
        "{}",
        stderr(&out)
    );
    fs::create_dir(dir.path().join("none")).unwrap();
    let out = claimline(&["timeml", "none", "--out", "out"], dir.path());
    assert!(
        stderr(&out).starts_with(
            "claimline: error: none: no TimeML files (.tml or .TE3input) in this folder\n"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("in/a.tml")).unwrap(),
        original
    );
}

#[test]
fn output_inside_an_input_folder_is_not_read_back_as_input() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("corpus/a.tml"), document("On Monday."));
    for _ in 0..2 {
        let out = claimline(&["timeml", "corpus", "--out", "corpus/tagged"], dir.path());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "claimline: tagged 1 document(s) into corpus/tagged\n"
        );
    }
    assert_eq!(names(&dir.path().join("corpus/tagged")), ["a.tml"]);
}
