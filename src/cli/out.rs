//! Standard output and standard error, written the way Unix tools write them.
//!
//! Every command writes through here, never with `println!`/`eprintln!`, for two reasons:
//!
//! - a reader that goes away (`claimline status | head -1`) closes the pipe; `println!` would
//!   then panic. Here a closed pipe ends the output quietly and the command finishes as it
//!   would have, while a real failure (a full disk behind `> file`) is still an error;
//! - output is buffered and streamed: a large report is written as it is formatted, not built
//!   as one string first.
//!
//! Standard error carries the one-line messages (`claimline: error: file:line:column: ...`);
//! if even it is closed there is nobody left to tell, so those writes never fail.

use std::fmt::Display;
use std::io::{self, BufWriter, ErrorKind as IoKind, Write};
use std::path::Path;

use claimline::{Error, Result};

/// A writer that treats a closed pipe as the end of the output: once the reader has gone,
/// every write succeeds and goes nowhere.
pub struct Out<W: Write> {
    inner: W,
    closed: bool,
}

impl<W: Write> Out<W> {
    pub fn new(inner: W) -> Out<W> {
        Out {
            inner,
            closed: false,
        }
    }

    fn guard<T>(&mut self, result: io::Result<T>, done: T) -> io::Result<T> {
        match result {
            Err(e) if e.kind() == IoKind::BrokenPipe => {
                self.closed = true;
                Ok(done)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Out<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.guard(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush();
        self.guard(result, ())
    }
}

/// Run `print` with buffered standard output, then flush it.
///
/// `print` writes with `write!`/`writeln!` and `?`; only real write failures come back, as
/// an error naming `<stdout>`.
pub fn stdout<F>(print: F) -> Result<()>
where
    F: FnOnce(&mut Out<BufWriter<io::StdoutLock<'static>>>) -> io::Result<()>,
{
    let mut out = Out::new(BufWriter::new(io::stdout().lock()));
    print(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("write", Path::new("<stdout>"), e))
}

/// Write `value` as pretty JSON and a final newline, streaming.
pub fn json<W: Write>(out: &mut W, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// One line on standard error.
pub fn stderr_line(line: impl Display) {
    // Nowhere to report a failure to write to standard error.
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// `claimline: error: <error>` on standard error: how every failure is told.
pub fn error(error: impl Display) {
    stderr_line(format_args!("claimline: error: {error}"));
}

/// `claimline: <message>` on standard error: a summary or remark that is not output.
pub fn info(message: impl Display) {
    stderr_line(format_args!("claimline: {message}"));
}

/// `text` made safe for a terminal: control characters (an escape sequence a hostile claim id
/// could carry, a stray carriage return) are shown escaped, as `\u{1b}`, instead of being
/// obeyed. Everything else, accents and all, is shown as written.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Accepts `room` bytes, then behaves like a pipe whose reader has exited.
    struct Pipe {
        got: Vec<u8>,
        room: usize,
        kind: IoKind,
    }

    impl Write for Pipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.got.len() >= self.room {
                return Err(io::Error::from(self.kind));
            }
            let n = buf.len().min(self.room - self.got.len());
            self.got.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_ends_the_output_quietly() {
        let mut out = Out::new(Pipe {
            got: Vec::new(),
            room: 5,
            kind: IoKind::BrokenPipe,
        });
        for n in 0..100 {
            writeln!(out, "line {n}").unwrap();
        }
        out.flush().unwrap();
        assert_eq!(out.inner.got, b"line ");
        assert!(out.closed);
    }

    #[test]
    fn other_failures_are_errors() {
        let mut out = Out::new(Pipe {
            got: Vec::new(),
            room: 0,
            kind: IoKind::StorageFull,
        });
        let e = writeln!(out, "x").unwrap_err();
        assert_eq!(e.kind(), IoKind::StorageFull);
        assert!(!out.closed);
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(printable("claim-1"), "claim-1");
        assert_eq!(printable("Zoë’s claim"), "Zoë’s claim");
        assert_eq!(printable("evil\u{1b}[2Jid"), "evil\\u{1b}[2Jid");
        assert_eq!(printable("a\rb\nc"), "a\\rb\\nc");
    }
}
