//! Builders shared by the review tests.
#![allow(dead_code)]

use claimline::review::{ArticleRecord, Claim, ClaimsFile, WhenRecord};

pub fn article() -> ArticleRecord {
    ArticleRecord {
        id: "story".into(),
        title: "A story".into(),
        published: "2018-08-08".into(),
        url: None,
        publisher: Some("The Paper".into()),
        author: None,
    }
}

/// An unreviewed claim placed on `day`.
pub fn claim(id: &str, sentence: &str, day: &str) -> Claim {
    Claim {
        id: id.into(),
        gone: false,
        sentence: sentence.into(),
        event: None,
        quote: None,
        actor: None,
        speaker: None,
        attribution: None,
        when: Some(WhenRecord {
            label: day.into(),
            from: Some(day.into()),
            to: Some(day.into()),
            grain: "day".into(),
            text: "on Monday".into(),
        }),
        dates: vec![],
        status: "unreviewed".into(),
        verdict: None,
        conclusion: None,
        sources: vec![],
        notes: None,
        reviewer: None,
        reviewed_at: None,
        tags: vec![],
        date_override: None,
    }
}

pub fn file(claims: Vec<Claim>) -> ClaimsFile {
    ClaimsFile {
        article: article(),
        claims,
    }
}

/// Whether the lines of `old` appear in `new` in order, with only whole lines added between
/// them: what "nothing a person wrote was changed" means for a text merge.
pub fn only_lines_added(old: &str, new: &str) -> bool {
    let mut new_lines = new.split_inclusive('\n');
    old.split_inclusive('\n')
        .all(|line| new_lines.any(|n| n == line))
}

/// Run the `claimline` binary in `dir`.
pub fn claimline(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_claimline"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}
