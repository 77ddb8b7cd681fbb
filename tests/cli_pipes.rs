//! `claimline ... | head -1`: a reader that stops early closes the pipe, and claimline must end
//! quietly, as Unix tools do: no panic, no message, no backtrace even with `RUST_BACKTRACE` set,
//! and the exit status of the work itself.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// A text with far more output than a pipe holds (64 KiB on Linux), so that the command is
/// still writing when the reader goes away.
fn long_text() -> String {
    "On Monday it rained, and on Tuesday it snowed. ".repeat(4000)
}

/// Run `claimline ARGS` with `input` on standard input, read one line of its output, close the
/// pipe, and return the exit code and standard error.
fn head_1(args: &[&str], input: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe is closed with most of the output unread.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        first,
    )
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let text = long_text();
    for (args, first) in [
        (
            &["dates", "--published", "2018-08-08"][..],
            "published 2018-08-08\n",
        ),
        (
            &["dates", "--published", "2018-08-08", "--format", "json"],
            "{\n",
        ),
    ] {
        let (code, stderr, line) = head_1(args, &text);
        assert_eq!(line, first, "{args:?}");
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn help_and_version_survive_a_closed_pipe() {
    for (args, first) in [
        (&["--help"][..], "Find, resolve and review"),
        (&["--version"], "claimline "),
        (&["build", "--help"], "Build the static site"),
    ] {
        let (code, stderr, line) = head_1(args, "");
        assert!(line.starts_with(first), "{args:?}: {line}");
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// A full disk behind `> file` is not a closed pipe: it is an error, told in one line.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(["dates", "--published", "2018-08-08"])
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"On Monday it rained.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "claimline: error: <stdout>: cannot write: the disk is full\n"
    );
}
