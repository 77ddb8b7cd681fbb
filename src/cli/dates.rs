//! `claimline dates`: every date reference in a text, resolved.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimline::article::{Published, split_front_matter};
use claimline::error::read_utf8;
use claimline::temporal::{Mention, analyze};
use claimline::{Error, ErrorKind, Result};

/// List every date reference in a text, resolved against its publication date.
///
/// Reads FILE, or standard input when FILE is `-` or absent. A file with YAML front matter
/// gives its own publication date; otherwise `--published` is required. Offsets are byte
/// offsets into the input as given (front matter included).
#[derive(clap::Args)]
pub struct Args {
    /// The text to read; `-` or nothing for standard input.
    file: Option<PathBuf>,
    /// The publication date every relative reference is resolved against (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// `text` for a table, `json` for `{"published": ..., "mentions": [...]}`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let (input, name) = match &args.file {
        Some(path) if path != Path::new("-") => (read_utf8(path)?, path.clone()),
        _ => (read_stdin()?, PathBuf::from("<stdin>")),
    };
    let published_flag = match &args.published {
        Some(p) => Some(
            Published::parse(p)
                .map_err(|m| Error::new(ErrorKind::Usage, format!("--published: {m}")))?,
        ),
        None => None,
    };
    // Front matter, when present, gives the date and is not part of the text analysed.
    let (body_offset, from_front_matter) = if input.starts_with("---") {
        let article = claimline::article::Article::parse(&input, &name)?;
        let parts = split_front_matter(&input, &name)?;
        (input.len() - parts.body.len(), Some(article.meta.published))
    } else {
        (0, None)
    };
    let Some(published) = published_flag.or(from_front_matter) else {
        return Err(Error::new(
            ErrorKind::Usage,
            "no publication date: pass --published YYYY-MM-DD (the text has no front matter \
             with `published:`)",
        ));
    };
    let body = &input[body_offset..];
    let mut mentions = analyze(body, published.date).mentions;
    for m in &mut mentions {
        m.start += body_offset;
        m.end += body_offset;
    }
    match args.format {
        Format::Json => super::out::emit(&json(published, &mentions)?)?,
        Format::Text => super::out::emit(&table(published, &mentions))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn read_stdin() -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("read", Path::new("<stdin>"), e))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
        let (line, column) = claimline::error::line_column(prefix, prefix.len());
        Error::at_position(
            ErrorKind::Encoding,
            Path::new("<stdin>"),
            line,
            column,
            "not valid UTF-8; expected UTF-8 text",
        )
    })
}

fn json(published: Published, mentions: &[Mention]) -> Result<String> {
    let doc = serde_json::json!({
        "published": published.date.to_string(),
        "mentions": mentions,
    });
    let mut text = serde_json::to_string_pretty(&doc)
        .map_err(|e| Error::new(ErrorKind::Invalid, format!("cannot write JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

fn table(published: Published, mentions: &[Mention]) -> String {
    use std::fmt::Write;
    let mut text = String::new();
    let _ = writeln!(text, "published {}", published.date);
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
    let mut line = |cells: [&str; 7]| {
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            text.push_str(cell);
            if i + 1 < cells.len() {
                text.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
            }
        }
        text.push('\n');
    };
    line(header);
    for row in &rows {
        line(row.each_ref().map(String::as_str));
    }
    let _ = writeln!(text, "{} mention(s)", rows.len());
    text
}
