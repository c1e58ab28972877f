//! Buffering wrappers for I/O traits: `BufReader`, `BufWriter`, `LineWriter`,
//! `IntoInnerError`, `WriterPanicked` (rustc: io/buffered/), in Rust over `Vec<u8>`.

use crate::boxed::Box;
use crate::cmp;
use crate::error;
use crate::fmt;
use crate::io::{self, BufRead, ErrorKind, IoSlice, Read, Seek, SeekFrom, Write, DEFAULT_BUF_SIZE};
use crate::iter::Iterator;
use crate::marker::Sized;
use crate::mem::{self, drop};
use crate::ops::Drop;
use crate::option::Option::{self, None, Some};
use crate::ptr;
use crate::result::Result::{self, Err, Ok};
use crate::string::String;
use crate::vec::Vec;

// ---------------------------------------------------------------------------------------
// BufReader

/// The `BufReader<R>` struct adds buffering to any reader.
pub struct BufReader<R: ?Sized> {
    buf: Box<[u8]>,
    // `buf[pos..filled]` is the buffered data not yet consumed.
    pos: usize,
    filled: usize,
    inner: R,
}

impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> {
        BufReader::with_capacity(DEFAULT_BUF_SIZE, inner)
    }

    pub fn with_capacity(capacity: usize, inner: R) -> BufReader<R> {
        let mut buf = Vec::with_capacity(capacity);
        buf.resize(capacity, 0u8);
        BufReader { buf: buf.into_boxed_slice(), pos: 0, filled: 0, inner }
    }
}

impl<R: ?Sized> BufReader<R> {
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    pub fn buffer(&self) -> &[u8] {
        &self.buf[self.pos..self.filled]
    }

    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    pub fn into_inner(self) -> R
    where
        R: Sized,
    {
        self.inner
    }

    fn discard_buffer(&mut self) {
        self.pos = 0;
        self.filled = 0;
    }
}

impl<R: ?Sized + Seek> BufReader<R> {
    pub fn seek_relative(&mut self, offset: i64) -> io::Result<()> {
        let pos = self.pos as u64;
        if offset < 0 {
            if let Some(_) = pos.checked_sub((-offset) as u64) {
                self.pos = (pos as i64 + offset) as usize;
                return Ok(());
            }
        } else if let Some(new_pos) = pos.checked_add(offset as u64) {
            if new_pos <= self.filled as u64 {
                self.pos = new_pos as usize;
                return Ok(());
            }
        }

        self.seek(SeekFrom::Current(offset)).map(drop)
    }
}

impl<R: ?Sized + Read> Read for BufReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // If we don't have any buffered data and we're doing a massive read (larger than
        // our internal buffer), bypass our internal buffer entirely.
        if self.pos == self.filled && buf.len() >= self.capacity() {
            self.discard_buffer();
            return self.inner.read(buf);
        }
        let mut rem = self.fill_buf()?;
        let nread = rem.read(buf)?;
        self.consume(nread);
        Ok(nread)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        if self.filled - self.pos >= buf.len() {
            buf.copy_from_slice(&self.buf[self.pos..self.pos + buf.len()]);
            self.pos += buf.len();
            return Ok(());
        }
        crate::io::default_read_exact(self, buf)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let nread = self.filled - self.pos;
        buf.try_reserve(nread)?;
        buf.extend_from_slice(&self.buf[self.pos..self.filled]);
        self.discard_buffer();
        Ok(nread + self.inner.read_to_end(buf)?)
    }

    fn read_to_string(&mut self, buf: &mut String) -> io::Result<usize> {
        crate::io::append_to_string(buf, |b| self.read_to_end(b))
    }
}

impl<R: ?Sized + Read> BufRead for BufReader<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        // If we've reached the end of our internal buffer then we need to fetch some more
        // data from the reader.
        if self.pos >= self.filled {
            let n = self.inner.read(&mut self.buf[..])?;
            self.pos = 0;
            self.filled = n;
        }
        Ok(&self.buf[self.pos..self.filled])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = cmp::min(self.pos + amt, self.filled);
    }
}

impl<R> fmt::Debug for BufReader<R>
where
    R: ?Sized + fmt::Debug,
{
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_struct("BufReader")
            .field("reader", &&self.inner)
            .field("buffer", &format_args!("{}/{}", self.filled - self.pos, self.capacity()))
            .finish()
    }
}

impl<R: ?Sized + Seek> Seek for BufReader<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let result: u64;
        if let SeekFrom::Current(n) = pos {
            let remainder = (self.filled - self.pos) as i64;
            // It should be safe to assume that remainder fits within an i64 as the
            // alternative means we managed to allocate 8 exbibytes and that's absurd.
            if let Some(offset) = n.checked_sub(remainder) {
                result = self.inner.seek(SeekFrom::Current(offset))?;
            } else {
                // seek backwards by our remainder, and then by the offset
                self.inner.seek(SeekFrom::Current(-remainder))?;
                self.discard_buffer();
                result = self.inner.seek(SeekFrom::Current(n))?;
            }
        } else {
            // Seeking with Start/End doesn't care about our buffer length.
            result = self.inner.seek(pos)?;
        }
        self.discard_buffer();
        Ok(result)
    }

    fn stream_position(&mut self) -> io::Result<u64> {
        let remainder = (self.filled - self.pos) as u64;
        self.inner.stream_position().map(|pos| {
            pos.checked_sub(remainder).expect("overflow when subtracting remaining buffer size from inner stream position")
        })
    }
}

// ---------------------------------------------------------------------------------------
// BufWriter

/// Wraps a writer and buffers its output.
pub struct BufWriter<W: ?Sized + Write> {
    buf: Vec<u8>,
    // Set while the inner writer runs, so that a panic in it leaves the buffer alone.
    panicked: bool,
    inner: W,
}

impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> {
        BufWriter::with_capacity(DEFAULT_BUF_SIZE, inner)
    }

    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { inner, buf: Vec::with_capacity(capacity), panicked: false }
    }

    pub fn into_inner(mut self) -> Result<W, IntoInnerError<BufWriter<W>>> {
        match self.flush_buf() {
            Err(e) => Err(IntoInnerError::new(self, e)),
            Ok(()) => Ok(self.into_parts().0),
        }
    }

    pub fn into_parts(self) -> (W, Result<Vec<u8>, WriterPanicked>) {
        let mut this = mem::ManuallyDrop::new(self);
        let buf = mem::take(&mut this.buf);
        let buf = if !this.panicked { Ok(buf) } else { Err(WriterPanicked { buf }) };

        // SAFETY: `this` is not dropped, so `inner` is moved out exactly once.
        let inner = unsafe { ptr::read(&this.inner) };

        (inner, buf)
    }
}

impl<W: ?Sized + Write> BufWriter<W> {
    // Sends as much buffered data as possible to the inner writer; the unsent data stays
    // at the front of the buffer.
    pub(crate) fn flush_buf(&mut self) -> io::Result<()> {
        let mut written = 0;
        let mut ret = Ok(());
        while written < self.buf.len() {
            self.panicked = true;
            let r = self.inner.write(&self.buf[written..]);
            self.panicked = false;

            match r {
                Ok(0) => {
                    ret = Err(io::Error::from_static_message(&io::SimpleMessage {
                        kind: ErrorKind::WriteZero,
                        message: "failed to write the buffered data",
                    }));
                    break;
                }
                Ok(n) => written += n,
                Err(ref e) if e.is_interrupted() => {}
                Err(e) => {
                    ret = Err(e);
                    break;
                }
            }
        }
        if written > 0 {
            drop(self.buf.drain(..written));
        }
        ret
    }

    // Buffers `buf` (which fits in the spare capacity).
    pub(crate) fn write_to_buf(&mut self, buf: &[u8]) -> usize {
        let available = self.spare_capacity();
        let amt_to_buffer = cmp::min(available, buf.len());
        self.buf.extend_from_slice(&buf[..amt_to_buffer]);
        amt_to_buffer
    }

    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }

    pub fn buffer(&self) -> &[u8] {
        &self.buf
    }

    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    fn spare_capacity(&self) -> usize {
        self.buf.capacity() - self.buf.len()
    }

    #[cold]
    fn write_cold(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.len() > self.spare_capacity() {
            self.flush_buf()?;
        }

        // Why not len > capacity? To avoid a needless trip through the buffer when the
        // input exactly fills it.
        if buf.len() >= self.buf.capacity() {
            self.panicked = true;
            let r = self.get_mut().write(buf);
            self.panicked = false;
            r
        } else {
            self.buf.extend_from_slice(buf);
            Ok(buf.len())
        }
    }

    #[cold]
    fn write_all_cold(&mut self, buf: &[u8]) -> io::Result<()> {
        if buf.len() > self.spare_capacity() {
            self.flush_buf()?;
        }

        if buf.len() >= self.buf.capacity() {
            self.panicked = true;
            let r = self.get_mut().write_all(buf);
            self.panicked = false;
            r
        } else {
            self.buf.extend_from_slice(buf);
            Ok(())
        }
    }
}

/// Error returned for the buffered data from `BufWriter::into_parts`, when the
/// underlying writer has previously panicked.
pub struct WriterPanicked {
    buf: Vec<u8>,
}

impl WriterPanicked {
    pub fn into_inner(self) -> Vec<u8> {
        self.buf
    }
}

impl error::Error for WriterPanicked {}

impl fmt::Display for WriterPanicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("BufWriter inner writer panicked, what data remains unwritten is not known", f)
    }
}

impl fmt::Debug for WriterPanicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WriterPanicked").field("buffer", &format_args!("{}/{}", self.buf.len(), self.buf.capacity())).finish()
    }
}

impl<W: ?Sized + Write> Write for BufWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.len() < self.spare_capacity() {
            self.buf.extend_from_slice(buf);
            Ok(buf.len())
        } else {
            self.write_cold(buf)
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        if buf.len() < self.spare_capacity() {
            self.buf.extend_from_slice(buf);
            Ok(())
        } else {
            self.write_all_cold(buf)
        }
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        let saturated_total_len = bufs.iter().fold(0usize, |acc, b| acc.saturating_add(b.len()));
        if saturated_total_len > self.spare_capacity() {
            self.flush_buf()?;
        }
        if saturated_total_len >= self.buf.capacity() {
            self.panicked = true;
            let r = self.get_mut().write_vectored(bufs);
            self.panicked = false;
            r
        } else {
            for b in bufs {
                self.buf.extend_from_slice(b);
            }
            Ok(saturated_total_len)
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.flush_buf().and_then(|()| self.get_mut().flush())
    }
}

impl<W: ?Sized + Write> fmt::Debug for BufWriter<W>
where
    W: fmt::Debug,
{
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_struct("BufWriter")
            .field("writer", &&self.inner)
            .field("buffer", &format_args!("{}/{}", self.buf.len(), self.buf.capacity()))
            .finish()
    }
}

impl<W: ?Sized + Write + Seek> Seek for BufWriter<W> {
    /// Seek to the offset, in bytes, in the underlying writer (flushing first).
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.flush_buf()?;
        self.get_mut().seek(pos)
    }
}

impl<W: ?Sized + Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        if !self.panicked {
            // dtors should not panic, so we ignore a failed flush
            let _r = self.flush_buf();
        }
    }
}

// ---------------------------------------------------------------------------------------
// IntoInnerError

/// An error returned by `BufWriter::into_inner` which combines an error that happened
/// while writing out the buffer, and the buffered writer object which may be used to
/// recover from the condition.
#[derive(Debug)]
pub struct IntoInnerError<W>(W, io::Error);

impl<W> IntoInnerError<W> {
    fn new(writer: W, error: io::Error) -> Self {
        Self(writer, error)
    }

    fn new_wrapped<W2>(self, f: impl crate::ops::FnOnce(W) -> W2) -> IntoInnerError<W2> {
        let Self(writer, error) = self;
        IntoInnerError::new(f(writer), error)
    }

    pub fn error(&self) -> &io::Error {
        &self.1
    }

    pub fn into_inner(self) -> W {
        self.0
    }

    pub fn into_error(self) -> io::Error {
        self.1
    }

    pub fn into_parts(self) -> (io::Error, W) {
        (self.1, self.0)
    }
}

impl<W> crate::convert::From<IntoInnerError<W>> for io::Error {
    fn from(iie: IntoInnerError<W>) -> io::Error {
        iie.1
    }
}

impl<W: crate::marker::Send + fmt::Debug> error::Error for IntoInnerError<W> {}

impl<W> fmt::Display for IntoInnerError<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.error(), f)
    }
}

// ---------------------------------------------------------------------------------------
// LineWriter

/// Wraps a writer and buffers output to it, flushing whenever a newline (`0x0a`, `'\n'`)
/// is detected.
pub struct LineWriter<W: ?Sized + Write> {
    inner: BufWriter<W>,
}

impl<W: Write> LineWriter<W> {
    pub fn new(inner: W) -> LineWriter<W> {
        // Lines typically aren't that long, don't use a giant buffer
        LineWriter::with_capacity(1024, inner)
    }

    pub fn with_capacity(capacity: usize, inner: W) -> LineWriter<W> {
        LineWriter { inner: BufWriter::with_capacity(capacity, inner) }
    }

    pub fn into_inner(self) -> Result<W, IntoInnerError<LineWriter<W>>> {
        self.inner.into_inner().map_err(|err| err.new_wrapped(|inner| LineWriter { inner }))
    }
}

impl<W: ?Sized + Write> LineWriter<W> {
    pub fn get_ref(&self) -> &W {
        self.inner.get_ref()
    }

    pub fn get_mut(&mut self) -> &mut W {
        self.inner.get_mut()
    }

    // If the buffer holds a completed line (ends with `\n`), flush it first.
    fn flush_if_completed_line(&mut self) -> io::Result<()> {
        match self.inner.buffer().last().copied() {
            Some(b'\n') => self.inner.flush_buf(),
            _ => Ok(()),
        }
    }
}

/// The last position of `x` in `text` (std's `memchr::memrchr`), searched by the backend.
#[ferric::intrinsic]
fn memrchr(x: u8, text: &[u8]) -> Option<usize>;

impl<W: ?Sized + Write> Write for LineWriter<W> {
    // rustc's `LineWriterShim::write`: everything up to the last newline goes to the
    // inner writer, the rest is buffered.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let newline_idx = match memrchr(b'\n', buf) {
            // If there are no new newlines (that is, if this write is less than one line),
            // just do a regular buffered write (which may flush if we exceed the inner
            // buffer's size)
            None => {
                self.flush_if_completed_line()?;
                return self.inner.write(buf);
            }
            // Otherwise, arrange for the lines to be written directly to the inner writer.
            Some(newline_idx) => newline_idx + 1,
        };

        // Flush existing content to prepare for our write.
        self.inner.flush_buf()?;

        // This is what we're going to try to write directly to the inner writer.
        let lines = &buf[..newline_idx];

        // Write `lines` directly to the inner writer.
        let flushed = self.inner.get_mut().write(lines)?;

        // If buffer returns Ok(0), propagate that to the caller without doing additional
        // buffering; otherwise we're just guaranteeing an "ErrorKind::WriteZero" later.
        if flushed == 0 {
            return Ok(0);
        }

        // Now that the write has succeeded, buffer the rest (or as much of the rest as
        // possible).
        let tail = if flushed >= newline_idx {
            let tail = &buf[flushed..];
            if tail.len() >= self.inner.capacity() {
                return Ok(flushed);
            }
            tail
        } else if newline_idx - flushed <= self.inner.capacity() {
            &buf[flushed..newline_idx]
        } else {
            let scan_area = &buf[flushed..];
            let scan_area = &scan_area[..self.inner.capacity()];
            match memrchr(b'\n', scan_area) {
                Some(newline_idx) => &scan_area[..newline_idx + 1],
                None => scan_area,
            }
        };

        let buffered = self.inner.write_to_buf(tail);
        Ok(flushed + buffered)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }

    // rustc's `LineWriterShim::write_all`.
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match memrchr(b'\n', buf) {
            // If there are no new newlines (that is, if this write is less than one line),
            // just do a regular buffered write.
            None => {
                self.flush_if_completed_line()?;
                self.inner.write_all(buf)
            }
            Some(newline_idx) => {
                let (lines, tail) = buf.split_at(newline_idx + 1);

                if self.inner.buffer().is_empty() {
                    self.inner.get_mut().write_all(lines)?;
                } else {
                    // If there is any buffered data, we add the incoming lines to that
                    // buffer before flushing, which saves us at least one write call.
                    self.inner.write_all(lines)?;
                    self.inner.flush_buf()?;
                }

                self.inner.write_all(tail)
            }
        }
    }
}

impl<W: ?Sized + Write> fmt::Debug for LineWriter<W>
where
    W: fmt::Debug,
{
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_struct("LineWriter")
            .field("writer", &self.get_ref())
            .field("buffer", &format_args!("{}/{}", self.inner.buffer().len(), self.inner.capacity()))
            .finish_non_exhaustive()
    }
}
