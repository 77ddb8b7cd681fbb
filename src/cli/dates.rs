//! `claimline dates`: every date reference in a text, resolved.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimline::article::{Article, Published, split_front_matter};
use claimline::error::{decode_utf8, read_utf8};
use claimline::temporal::{Mention, analyze};
use claimline::{Error, ErrorKind, Result};

use super::options::Format;
use super::out;

/// List every date reference in a text, resolved against its publication date.
///
/// Reads FILE, or standard input when FILE is `-` or absent, and writes nothing but standard
/// output. A text that starts with YAML front matter (`---`) is read as an article: its
/// `published:` date is used, and the front matter is not searched. Otherwise --published is
/// required; when both are given, --published wins. Offsets are byte offsets into the input as
/// given, front matter included.
#[derive(clap::Args)]
pub struct Args {
    /// The text to read; `-` or nothing for standard input.
    file: Option<PathBuf>,
    /// The publication date every relative reference is resolved against (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// `text`: a table (TEXT, TYPE, VALUE, FROM, TO, GRAIN, RULE); `json`:
    /// `{"published": ..., "mentions": [{"text", "start", "end", "type", "value", "from", "to",
    /// "grain", "rule"}, ...]}`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let (input, name) = match &args.file {
        Some(path) if path != Path::new("-") => (read_utf8(path)?, path.clone()),
        _ => {
            let name = PathBuf::from("<stdin>");
            (read_stdin(&name)?, name)
        }
    };
    let published_flag = match &args.published {
        Some(p) => Some(
            Published::parse(p)
                .map_err(|m| Error::new(ErrorKind::Usage, format!("--published: {m}")))?,
        ),
        None => None,
    };
    // Front matter, when present, is not part of the text analysed, and gives the date
    // unless --published does.
    let has_front_matter = input.starts_with("---") || input.starts_with("\u{feff}---");
    let (body_offset, published) = match (has_front_matter, published_flag) {
        (true, Some(flag)) => {
            let parts = split_front_matter(&input, &name)?;
            (input.len() - parts.body.len(), flag)
        }
        (true, None) => {
            let article = Article::parse(&input, &name)?;
            (input.len() - article.body.len(), article.meta.published)
        }
        (false, Some(flag)) => (0, flag),
        (false, None) => {
            return Err(Error::in_file(
                ErrorKind::Usage,
                &name,
                "no publication date to resolve against; expected --published YYYY-MM-DD, or \
                 front matter with `published:`",
            ));
        }
    };
    let body = &input[body_offset..];
    let mut mentions = analyze(body, published.date).mentions;
    for m in &mut mentions {
        m.start += body_offset;
        m.end += body_offset;
    }
    out::stdout(|w| match args.format {
        Format::Json => out::json(
            w,
            &serde_json::json!({
                "published": published.date.to_string(),
                "mentions": mentions,
            }),
        ),
        Format::Text => table(w, published, &mentions),
    })?;
    Ok(ExitCode::SUCCESS)
}

fn read_stdin(name: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("read", name, e))?;
    decode_utf8(bytes, name)
}

fn table(w: &mut impl Write, published: Published, mentions: &[Mention]) -> io::Result<()> {
    writeln!(w, "published {}", published.date)?;
    let rows: Vec<[String; 7]> = mentions
        .iter()
        .map(|m| {
            [
                m.text.replace(['\n', '\r'], " "),
                m.kind.to_string(),
                match m.modifier {
                    Some(md) => format!("{} ({md})", m.value),
                    None => m.value.clone(),
                },
                m.interval
                    .map(|i| i.first().to_string())
                    .unwrap_or_default(),
                m.interval.map(|i| i.last().to_string()).unwrap_or_default(),
                m.grain.map(|g| g.to_string()).unwrap_or_default(),
                m.rule.to_string(),
            ]
        })
        .collect();
    let header = ["TEXT", "TYPE", "VALUE", "FROM", "TO", "GRAIN", "RULE"];
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut line = |cells: [&str; 7]| -> io::Result<()> {
        for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
            w.write_all(cell.as_bytes())?;
            if i + 1 < cells.len() {
                write!(w, "{:pad$}", "", pad = width - cell.chars().count() + 2)?;
            }
        }
        writeln!(w)
    };
    line(header)?;
    for row in &rows {
        line(row.each_ref().map(String::as_str))?;
    }
    writeln!(w, "{} mention(s)", rows.len())
}
