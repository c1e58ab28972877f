//! `empty`, `sink`, `repeat` and `copy` (rustc: io/util.rs, io/copy.rs).

use crate::clone::Clone;
use crate::convert::From;
use crate::default::Default;
use crate::fmt;
use crate::io::{BufRead, IoSlice, IoSliceMut, Read, Result, Seek, SeekFrom, Write, DEFAULT_BUF_SIZE};
use crate::iter::Iterator;
use crate::marker::{Copy, Sized};
use crate::result::Result::{Err, Ok};
use crate::string::String;
use crate::vec::Vec;

/// `Empty` ignores any data written via `Write`, and will always be empty (returning zero
/// bytes) when read via `Read`.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default)]
pub struct Empty;

pub const fn empty() -> Empty {
    Empty
}

impl Read for Empty {
    fn read(&mut self, _buf: &mut [u8]) -> Result<usize> {
        Ok(0)
    }

    fn read_to_end(&mut self, _buf: &mut Vec<u8>) -> Result<usize> {
        Ok(0)
    }

    fn read_to_string(&mut self, _buf: &mut String) -> Result<usize> {
        Ok(0)
    }
}

impl BufRead for Empty {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(&[])
    }

    fn consume(&mut self, _n: usize) {}
}

impl Seek for Empty {
    fn seek(&mut self, _pos: SeekFrom) -> Result<u64> {
        Ok(0)
    }

    fn stream_len(&mut self) -> Result<u64> {
        Ok(0)
    }

    fn stream_position(&mut self) -> Result<u64> {
        Ok(0)
    }
}

impl Write for Empty {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        let total_len = bufs.iter().map(|b| b.len()).sum();
        Ok(total_len)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for &Empty {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A reader which yields one byte over and over and over and over and over and...
pub struct Repeat {
    byte: u8,
}

pub const fn repeat(byte: u8) -> Repeat {
    Repeat { byte }
}

impl Read for Repeat {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        for slot in &mut *buf {
            *slot = self.byte;
        }
        Ok(buf.len())
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        for slot in &mut *buf {
            *slot = self.byte;
        }
        Ok(())
    }

    /// This function is not supported by `io::Repeat`, because there's no end of its
    /// data
    fn read_to_end(&mut self, _: &mut Vec<u8>) -> Result<usize> {
        Err(crate::io::Error::from(crate::io::ErrorKind::OutOfMemory))
    }

    /// This function is not supported by `io::Repeat`, because there's no end of its
    /// data
    fn read_to_string(&mut self, _: &mut String) -> Result<usize> {
        Err(crate::io::Error::from(crate::io::ErrorKind::OutOfMemory))
    }

    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        let mut nwritten = 0;
        for buf in bufs {
            nwritten += self.read(buf)?;
        }
        Ok(nwritten)
    }
}

impl fmt::Debug for Repeat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Repeat").finish_non_exhaustive()
    }
}

/// A writer which will move data into the void.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default)]
pub struct Sink;

pub const fn sink() -> Sink {
    Sink
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        let total_len = bufs.iter().map(|b| b.len()).sum();
        Ok(total_len)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for &Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Copies the entire contents of a reader into a writer.
pub fn copy<R: ?Sized, W: ?Sized>(reader: &mut R, writer: &mut W) -> Result<u64>
where
    R: Read,
    W: Write,
{
    let mut buf = [0u8; DEFAULT_BUF_SIZE];
    let mut written = 0u64;
    loop {
        let len = match reader.read(&mut buf) {
            Ok(0) => return Ok(written),
            Ok(len) => len,
            Err(ref e) if e.is_interrupted() => continue,
            Err(e) => return Err(e),
        };
        writer.write_all(&buf[..len])?;
        written += len as u64;
    }
}
