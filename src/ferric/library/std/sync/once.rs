//! A synchronization primitive which can be used to run a one-time global initialization
//! (`std::sync::Once`), in Rust over a raw mutex and condvar (rustc's queue/futex
//! implementations, simplified): the closure runs without the lock held; other callers
//! wait on the condvar until it finishes; a panic in it poisons the `Once`.

use crate::cell::Cell;
use crate::fmt;
use crate::marker::{Send, Sync};
use crate::ops::{Drop, FnMut, FnOnce};
use crate::option::Option::Some;
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::sync::atomic::{AtomicU8, Ordering};
use crate::sync::sys;

const INCOMPLETE: u8 = 0;
const POISONED: u8 = 1;
const RUNNING: u8 = 2;
const COMPLETE: u8 = 3;

/// A low-level synchronization primitive for one-time global execution.
pub struct Once {
    state: AtomicU8,
    lock: sys::Mutex,
    cvar: sys::Condvar,
}

unsafe impl Sync for Once {}

unsafe impl Send for Once {}

impl UnwindSafe for Once {}

impl RefUnwindSafe for Once {}

/// State yielded to `Once::call_once_force()`'s closure parameter.
pub struct OnceState {
    poisoned: bool,
    set_state_to: Cell<u8>,
}

/// Initialization value for static `Once` values.
#[deprecated(since = "1.38.0", note = "the `Once::new()` function is now preferred")]
pub const ONCE_INIT: Once = Once::new();

// Publishes the final state (`COMPLETE`, or `POISONED` when the closure panicked) and
// wakes the waiters.
struct CompletionGuard<'a> {
    once: &'a Once,
    set_state_on_drop_to: u8,
}

impl Drop for CompletionGuard<'_> {
    fn drop(&mut self) {
        self.once.lock.lock();
        self.once.state.store(self.set_state_on_drop_to, Ordering::Release);
        self.once.cvar.notify_all();
        unsafe { self.once.lock.unlock() };
    }
}

impl Once {
    pub const fn new() -> Once {
        Once { state: AtomicU8::new(INCOMPLETE), lock: sys::Mutex::new(), cvar: sys::Condvar::new() }
    }

    #[track_caller]
    pub fn call_once<F>(&self, f: F)
    where
        F: FnOnce(),
    {
        if self.is_completed() {
            return;
        }
        let mut f = Some(f);
        self.call(false, &mut |_| f.take().unwrap()());
    }

    #[track_caller]
    pub fn call_once_force<F>(&self, f: F)
    where
        F: FnOnce(&OnceState),
    {
        if self.is_completed() {
            return;
        }
        let mut f = Some(f);
        self.call(true, &mut |p| f.take().unwrap()(p));
    }

    pub fn is_completed(&self) -> bool {
        self.state.load(Ordering::Acquire) == COMPLETE
    }

    #[track_caller]
    pub fn wait(&self) {
        if !self.is_completed() {
            self.wait_inner(false);
        }
    }

    #[track_caller]
    pub fn wait_force(&self) {
        if !self.is_completed() {
            self.wait_inner(true);
        }
    }

    #[track_caller]
    fn wait_inner(&self, ignore_poisoning: bool) {
        self.lock.lock();
        loop {
            match self.state.load(Ordering::Acquire) {
                COMPLETE => break,
                POISONED if !ignore_poisoning => {
                    unsafe { self.lock.unlock() };
                    panic!("Once instance has previously been poisoned");
                }
                _ => unsafe { self.cvar.wait(&self.lock) },
            }
        }
        unsafe { self.lock.unlock() };
    }

    #[cold]
    #[track_caller]
    fn call(&self, ignore_poisoning: bool, f: &mut dyn FnMut(&OnceState)) {
        self.lock.lock();
        loop {
            let state = self.state.load(Ordering::Acquire);
            match state {
                COMPLETE => {
                    unsafe { self.lock.unlock() };
                    return;
                }
                POISONED if !ignore_poisoning => {
                    unsafe { self.lock.unlock() };
                    panic!("Once instance has previously been poisoned");
                }
                INCOMPLETE | POISONED => {
                    self.state.store(RUNNING, Ordering::Relaxed);
                    unsafe { self.lock.unlock() };
                    // A panic in `f` leaves the guard's `POISONED`.
                    let mut guard = CompletionGuard { once: self, set_state_on_drop_to: POISONED };
                    let f_state = OnceState { poisoned: state == POISONED, set_state_to: Cell::new(COMPLETE) };
                    f(&f_state);
                    guard.set_state_on_drop_to = f_state.set_state_to.get();
                    return;
                }
                _ => unsafe { self.cvar.wait(&self.lock) },
            }
        }
    }
}

impl fmt::Debug for Once {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Once").finish_non_exhaustive()
    }
}

impl OnceState {
    pub fn is_poisoned(&self) -> bool {
        self.poisoned
    }

    // Leaves the `Once` poisoned (not complete) when the closure returns: used by
    // `OnceLock::get_or_try_init` when the initializer fails.
    pub(crate) fn poison(&self) {
        self.set_state_to.set(POISONED);
    }
}

impl fmt::Debug for OnceState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OnceState").field("poisoned", &self.is_poisoned()).finish()
    }
}
