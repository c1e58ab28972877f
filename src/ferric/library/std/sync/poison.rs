//! Lock poisoning (`std::sync::poison`'s error types, re-exported from `std::sync`):
//! `PoisonError`, `TryLockError`, `LockResult`, `TryLockResult`, and the private flag the
//! locks use (set when a guard is dropped while its thread is panicking).

use crate::error::Error;
use crate::fmt;
use crate::convert::From;
use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::sync::atomic::{AtomicBool, Ordering};
use crate::thread;

pub(crate) struct Flag {
    failed: AtomicBool,
}

impl Flag {
    pub(crate) const fn new() -> Flag {
        Flag { failed: AtomicBool::new(false) }
    }

    /// Checks the flag for an unguarded borrow (no guard is needed for a `&mut` access).
    pub(crate) fn borrow(&self) -> LockResult<()> {
        if self.get() { Err(PoisonError::new(())) } else { Ok(()) }
    }

    /// Checks the flag for a guarded borrow, remembering whether the thread was already
    /// panicking when the lock was taken.
    pub(crate) fn guard(&self) -> LockResult<Guard> {
        let ret = Guard { panicking: thread::panicking() };
        if self.get() { Err(PoisonError::new(ret)) } else { Ok(ret) }
    }

    /// Poisons the lock if the thread started panicking while holding it.
    pub(crate) fn done(&self, guard: &Guard) {
        if !guard.panicking && thread::panicking() {
            self.failed.store(true, Ordering::Relaxed);
        }
    }

    pub(crate) fn get(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    pub(crate) fn clear(&self) {
        self.failed.store(false, Ordering::Relaxed)
    }
}

#[derive(Clone)]
pub(crate) struct Guard {
    panicking: bool,
}

use crate::clone::Clone;

/// A type of error which can be returned whenever a lock is acquired.
pub struct PoisonError<T> {
    data: T,
}

/// An enumeration of possible errors associated with a `TryLockResult`.
pub enum TryLockError<T> {
    /// The lock could not be acquired because another thread failed while holding it.
    Poisoned(PoisonError<T>),
    /// The lock could not be acquired at this time because the operation would otherwise
    /// block.
    WouldBlock,
}

/// A type alias for the result of a lock method which can be poisoned.
pub type LockResult<T> = Result<T, PoisonError<T>>;

/// A type alias for the result of a nonblocking locking method.
pub type TryLockResult<Guard> = Result<Guard, TryLockError<Guard>>;

impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PoisonError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("poisoned lock: another task failed inside", f)
    }
}

impl<T> Error for PoisonError<T> {}

impl<T> PoisonError<T> {
    pub fn new(data: T) -> PoisonError<T> {
        PoisonError { data }
    }

    pub fn into_inner(self) -> T {
        self.data
    }

    pub fn get_ref(&self) -> &T {
        &self.data
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.data
    }
}

impl<T> From<PoisonError<T>> for TryLockError<T> {
    fn from(err: PoisonError<T>) -> TryLockError<T> {
        TryLockError::Poisoned(err)
    }
}

impl<T> fmt::Debug for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TryLockError::Poisoned(..) => fmt::Debug::fmt("Poisoned(..)", f),
            TryLockError::WouldBlock => fmt::Debug::fmt("WouldBlock", f),
        }
    }
}

impl<T> fmt::Display for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match *self {
            TryLockError::Poisoned(..) => "poisoned lock: another task failed inside",
            TryLockError::WouldBlock => "try_lock failed because the operation would block",
        };
        fmt::Display::fmt(text, f)
    }
}

impl<T> Error for TryLockError<T> {
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn Error> {
        match *self {
            TryLockError::Poisoned(ref p) => Some(p),
            _ => None,
        }
    }
}

pub(crate) fn map_result<T, U, F>(result: LockResult<T>, f: F) -> LockResult<U>
where
    F: FnOnce(T) -> U,
{
    match result {
        Ok(t) => Ok(f(t)),
        Err(PoisonError { data }) => Err(PoisonError::new(f(data))),
    }
}
