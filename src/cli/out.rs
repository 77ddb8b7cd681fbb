//! Writing to standard output without panicking when the reader goes away (`claimline dates
//! | head`): a closed pipe ends the output quietly, as in other Unix tools.

use std::io::{ErrorKind as IoKind, Write};
use std::path::Path;

use claimline::{Error, Result};

/// Write `text` to standard output.
pub fn emit(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == IoKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("write", Path::new("<stdout>"), e)),
    }
}
