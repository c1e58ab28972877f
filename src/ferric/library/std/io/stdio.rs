//! The standard streams (`stdin`, `stdout`, `stderr` and their locks) and the printing
//! entry points of the macros (`_print`, `_eprint`), as rustc: stdin is an 8 KiB
//! `BufReader` behind a mutex, stdout a `LineWriter` (1 KiB) behind a re-entrant lock
//! (a nested `print!` from a `Display` impl finds the `RefCell` borrowed and panics, as in
//! rustc), stderr unbuffered. All three write to/read from file descriptors 0, 1, 2;
//! a closed descriptor (`EBADF`) reads as empty and swallows writes.
//!
//! `cleanup` flushes stdout at exit (called by the runtime and `process::exit`).

use crate::cell::{RefCell, UnsafeCell};
use crate::fmt;
use crate::io::{self, BufRead, BufReader, IoSlice, IsTerminal, LineWriter, Lines, Read, Write};
use crate::marker::{Send, Sync};
use crate::ops::{Deref, Drop, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};
use crate::string::String;
use crate::sync::atomic::{AtomicU64, Ordering};
use crate::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use crate::sync::sys;
use crate::vec::Vec;

const EBADF: i32 = 9;

fn handle_ebadf<T>(r: io::Result<T>, default: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
    match r {
        Err(ref e) if e.raw_os_error() == Some(EBADF) => default(),
        r => r,
    }
}

fn cvt<T>(r: crate::result::Result<T, i32>) -> io::Result<T> {
    r.map_err(io::Error::from_raw_os_error)
}

// The raw streams: unbuffered reads/writes on a file descriptor.
struct StdinRaw;
struct StdoutRaw;
struct StderrRaw;

impl Read for StdinRaw {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        handle_ebadf(cvt(io::sys::read(0, buf)), || Ok(0))
    }
}

impl Write for StdoutRaw {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        handle_ebadf(cvt(io::sys::write(1, buf)), || Ok(buf.len()))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Write for StderrRaw {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        handle_ebadf(cvt(io::sys::write(2, buf)), || Ok(buf.len()))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

// A mutual exclusion lock that the thread holding it may lock again (rustc's
// `ReentrantLock`, private here).
struct ReentrantLock<T> {
    mutex: sys::Mutex,
    owner: AtomicU64,
    lock_count: UnsafeCell<u32>,
    data: T,
}

unsafe impl<T: Send> Send for ReentrantLock<T> {}

unsafe impl<T: Send> Sync for ReentrantLock<T> {}

struct ReentrantLockGuard<'a, T: 'a> {
    lock: &'a ReentrantLock<T>,
}

impl<T> !Send for ReentrantLockGuard<'_, T> {}

fn current_thread_id() -> u64 {
    crate::thread::current().id().as_u64().get()
}

impl<T> ReentrantLock<T> {
    const fn new(t: T) -> ReentrantLock<T> {
        ReentrantLock { mutex: sys::Mutex::new(), owner: AtomicU64::new(0), lock_count: UnsafeCell::new(0), data: t }
    }

    fn lock(&self) -> ReentrantLockGuard<'_, T> {
        let this_thread = current_thread_id();
        if self.owner.load(Ordering::Relaxed) == this_thread {
            unsafe { *self.lock_count.get() += 1 };
        } else {
            self.mutex.lock();
            self.owner.store(this_thread, Ordering::Relaxed);
            unsafe { *self.lock_count.get() = 1 };
        }
        ReentrantLockGuard { lock: self }
    }

    fn try_lock(&self) -> Option<ReentrantLockGuard<'_, T>> {
        let this_thread = current_thread_id();
        if self.owner.load(Ordering::Relaxed) == this_thread {
            unsafe { *self.lock_count.get() += 1 };
            Some(ReentrantLockGuard { lock: self })
        } else if self.mutex.try_lock() {
            self.owner.store(this_thread, Ordering::Relaxed);
            unsafe { *self.lock_count.get() = 1 };
            Some(ReentrantLockGuard { lock: self })
        } else {
            None
        }
    }
}

impl<T> Deref for ReentrantLockGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.lock.data
    }
}

impl<T> Drop for ReentrantLockGuard<'_, T> {
    fn drop(&mut self) {
        unsafe {
            *self.lock.lock_count.get() -= 1;
            if *self.lock.lock_count.get() == 0 {
                self.lock.owner.store(0, Ordering::Relaxed);
                self.lock.mutex.unlock();
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Stdin

/// A handle to the standard input stream of a process.
pub struct Stdin {
    inner: &'static Mutex<BufReader<StdinRaw>>,
}

/// A locked reference to the `Stdin` handle.
pub struct StdinLock<'a> {
    inner: MutexGuard<'a, BufReader<StdinRaw>>,
}

pub fn stdin() -> Stdin {
    static INSTANCE: OnceLock<Mutex<BufReader<StdinRaw>>> = OnceLock::new();
    Stdin { inner: INSTANCE.get_or_init(|| Mutex::new(BufReader::with_capacity(crate::io::DEFAULT_BUF_SIZE, StdinRaw))) }
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> {
        // Locks this handle with 'static lifetime. This depends on the implementation
        // detail that the underlying `Mutex` is static.
        StdinLock { inner: self.inner.lock().unwrap_or_else(PoisonError::into_inner) }
    }

    pub fn read_line(&self, buf: &mut String) -> io::Result<usize> {
        self.lock().read_line(buf)
    }

    pub fn lines(self) -> Lines<StdinLock<'static>> {
        self.lock().lines()
    }
}

impl fmt::Debug for Stdin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stdin").finish_non_exhaustive()
    }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.lock().read(buf)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        self.lock().read_to_end(buf)
    }

    fn read_to_string(&mut self, buf: &mut String) -> io::Result<usize> {
        self.lock().read_to_string(buf)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.lock().read_exact(buf)
    }
}

impl Read for &Stdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.lock().read(buf)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        self.lock().read_to_end(buf)
    }

    fn read_to_string(&mut self, buf: &mut String) -> io::Result<usize> {
        self.lock().read_to_string(buf)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.lock().read_exact(buf)
    }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        self.inner.read_to_end(buf)
    }

    fn read_to_string(&mut self, buf: &mut String) -> io::Result<usize> {
        self.inner.read_to_string(buf)
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.inner.read_exact(buf)
    }
}

impl BufRead for StdinLock<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.inner.consume(n)
    }

    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> io::Result<usize> {
        self.inner.read_until(byte, buf)
    }

    fn read_line(&mut self, buf: &mut String) -> io::Result<usize> {
        self.inner.read_line(buf)
    }
}

impl fmt::Debug for StdinLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StdinLock").finish_non_exhaustive()
    }
}

// ---------------------------------------------------------------------------------------
// Stdout

/// A handle to the global standard output stream of the current process.
pub struct Stdout {
    inner: &'static ReentrantLock<RefCell<LineWriter<StdoutRaw>>>,
}

/// A locked reference to the `Stdout` handle.
pub struct StdoutLock<'a> {
    inner: ReentrantLockGuard<'a, RefCell<LineWriter<StdoutRaw>>>,
}

static STDOUT: OnceLock<ReentrantLock<RefCell<LineWriter<StdoutRaw>>>> = OnceLock::new();

pub fn stdout() -> Stdout {
    Stdout { inner: STDOUT.get_or_init(|| ReentrantLock::new(RefCell::new(LineWriter::new(StdoutRaw)))) }
}

// Flushes stdout and makes it unbuffered (at exit).
pub(crate) fn cleanup() {
    if let Some(instance) = STDOUT.get() {
        if let Some(lock) = instance.try_lock() {
            *lock.borrow_mut() = LineWriter::with_capacity(0, StdoutRaw);
        }
    }
}

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static> {
        StdoutLock { inner: self.inner.lock() }
    }
}

impl fmt::Debug for Stdout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stdout").finish_non_exhaustive()
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&*self).write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        (&*self).flush()
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        (&*self).write_all(buf)
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        (&*self).write_fmt(args)
    }
}

impl Write for &Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.lock().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.lock().flush()
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.lock().write_all(buf)
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        self.lock().write_fmt(args)
    }
}

/// The text of `args` when every piece is literal text or a `{}` of an integer, `bool`,
/// `char` or string (the backend renders those when `format_args!` runs), else None.
#[ferric::intrinsic]
fn plain_text<'a>(args: &fmt::Arguments<'a>) -> Option<&'a [u8]>;

impl Write for StdoutLock<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.borrow_mut().write(buf)
    }

    /// Text-only arguments (`plain_text`) go out in one `write_all`: the same bytes in the
    /// same order as one `write_all` per piece, as no user code runs between the pieces.
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        match plain_text(&args) {
            Some(text) => self.write_all(text),
            None => io::default_write_fmt(self, args),
        }
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        self.inner.borrow_mut().write_vectored(bufs)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.borrow_mut().flush()
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.borrow_mut().write_all(buf)
    }
}

impl fmt::Debug for StdoutLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StdoutLock").finish_non_exhaustive()
    }
}

// ---------------------------------------------------------------------------------------
// Stderr

/// A handle to the standard error stream of a process.
pub struct Stderr {
    inner: &'static ReentrantLock<RefCell<StderrRaw>>,
}

/// A locked reference to the `Stderr` handle.
pub struct StderrLock<'a> {
    inner: ReentrantLockGuard<'a, RefCell<StderrRaw>>,
}

pub fn stderr() -> Stderr {
    static INSTANCE: ReentrantLock<RefCell<StderrRaw>> = ReentrantLock::new(RefCell::new(StderrRaw));
    Stderr { inner: &INSTANCE }
}

impl Stderr {
    pub fn lock(&self) -> StderrLock<'static> {
        StderrLock { inner: self.inner.lock() }
    }
}

impl fmt::Debug for Stderr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stderr").finish_non_exhaustive()
    }
}

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&*self).write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        (&*self).flush()
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        (&*self).write_all(buf)
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        (&*self).write_fmt(args)
    }
}

impl Write for &Stderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.lock().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.lock().flush()
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.lock().write_all(buf)
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        self.lock().write_fmt(args)
    }
}

impl Write for StderrLock<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.borrow_mut().write(buf)
    }

    /// Text-only arguments (`plain_text`) go out in one `write_all`: the same bytes in the
    /// same order as one `write_all` per piece, as no user code runs between the pieces.
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        match plain_text(&args) {
            Some(text) => self.write_all(text),
            None => io::default_write_fmt(self, args),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.borrow_mut().flush()
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.borrow_mut().write_all(buf)
    }
}

impl fmt::Debug for StderrLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StderrLock").finish_non_exhaustive()
    }
}

impl IsTerminal for Stdin {
    fn is_terminal(&self) -> bool {
        io::sys::isatty(0)
    }
}

impl IsTerminal for StdinLock<'_> {
    fn is_terminal(&self) -> bool {
        io::sys::isatty(0)
    }
}

impl IsTerminal for Stdout {
    fn is_terminal(&self) -> bool {
        io::sys::isatty(1)
    }
}

impl IsTerminal for StdoutLock<'_> {
    fn is_terminal(&self) -> bool {
        io::sys::isatty(1)
    }
}

impl IsTerminal for Stderr {
    fn is_terminal(&self) -> bool {
        io::sys::isatty(2)
    }
}

impl IsTerminal for StderrLock<'_> {
    fn is_terminal(&self) -> bool {
        io::sys::isatty(2)
    }
}

// ---------------------------------------------------------------------------------------
// The macros' entry points

fn print_to<T>(args: fmt::Arguments<'_>, global_s: fn() -> T, label: &str)
where
    T: Write,
{
    if let Err(e) = global_s().write_fmt(args) {
        panic!("failed printing to {label}: {e}");
    }
}

/// What `print!`/`println!` call.
#[doc(hidden)]
pub fn _print(args: fmt::Arguments<'_>) {
    print_to(args, stdout, "stdout");
}

/// What `eprint!`/`eprintln!` call.
#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments<'_>) {
    print_to(args, stderr, "stderr");
}

