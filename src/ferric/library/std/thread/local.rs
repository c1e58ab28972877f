//! Thread local storage (`std::thread::LocalKey`, `AccessError`).
//!
//! Contract with the `thread_local!` macro (declared in macros.rs by the other half of
//! the library): each declaration expands to
//!
//! ```text
//! const NAME: LocalKey<T> = {
//!     fn __init() -> T { INIT_EXPR }
//!     unsafe { LocalKey::new(__init) }
//! };
//! ```
//!
//! `LocalKey::new` (hidden, `const unsafe`) takes the lazy initializer. The initializer
//! function is the key's identity: every thread has one slot per distinct `init`
//! function, created on first access (by running `init`, or with the value given to
//! `set`), whose value is dropped when the thread exits. The slot itself is the
//! backend's: one intrinsic, `tls_access`.

use crate::cell::{Cell, RefCell};
use crate::default::Default;
use crate::error::Error;
use crate::fmt;
use crate::marker::Copy;
use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// A thread local storage (TLS) key which owns its contents.
pub struct LocalKey<T: 'static> {
    init: fn() -> T,
}

impl<T: 'static> fmt::Debug for LocalKey<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalKey").finish_non_exhaustive()
    }
}

/// An error returned by `LocalKey::try_with`.
#[non_exhaustive]
#[derive(Clone, Copy, Eq, PartialEq)]
pub struct AccessError;

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};

impl fmt::Debug for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessError").finish()
    }
}

impl fmt::Display for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("already destroyed", f)
    }
}

impl Error for AccessError {}

#[track_caller]
#[cold]
fn panic_access_error(err: AccessError) -> ! {
    panic!("cannot access a Thread Local Storage value during or after destruction: {err:?}")
}

/// The calling thread's value for the key whose initializer is `init`. On first access
/// in this thread the slot is initialized with the value taken out of `preset` if it
/// holds one, else with `init()`; its value is dropped when the thread exits (after which,
/// and while it is being dropped, this returns null).
#[ferric::intrinsic]
unsafe fn tls_access<T: 'static>(init: fn() -> T, preset: Option<&mut Option<T>>) -> *const T;

impl<T: 'static> LocalKey<T> {
    #[doc(hidden)]
    pub const unsafe fn new(init: fn() -> T) -> LocalKey<T> {
        LocalKey { init }
    }

    pub fn with<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&T) -> R,
    {
        match self.try_with(f) {
            Ok(r) => r,
            Err(err) => panic_access_error(err),
        }
    }

    pub fn try_with<F, R>(&'static self, f: F) -> Result<R, AccessError>
    where
        F: FnOnce(&T) -> R,
    {
        let thread_local = unsafe { tls_access(self.init, None).as_ref().ok_or(AccessError)? };
        Ok(f(thread_local))
    }

    // Acquires a reference to the value, initializing it with `init` if it was not yet
    // initialized; `f` gets back `init` when it was not used.
    fn initialize_with<F, R>(&'static self, init: T, f: F) -> R
    where
        F: FnOnce(Option<T>, &T) -> R,
    {
        let mut init = Some(init);

        let reference = unsafe {
            match tls_access(self.init, Some(&mut init)).as_ref() {
                Some(r) => r,
                None => panic_access_error(AccessError),
            }
        };

        f(init, reference)
    }
}

impl<T: 'static> LocalKey<Cell<T>> {
    pub fn set(&'static self, value: T) {
        self.initialize_with(Cell::new(value), |value, cell| {
            if let Some(value) = value {
                // The cell was already initialized, so `value` wasn't used to initialize
                // it: set it.
                cell.set(value.into_inner());
            }
        });
    }

    pub fn get(&'static self) -> T
    where
        T: Copy,
    {
        self.with(Cell::get)
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.with(Cell::take)
    }

    pub fn replace(&'static self, value: T) -> T {
        self.with(|cell| cell.replace(value))
    }

    /// Updates the contained value using a function (unstable in rustc).
    pub fn update(&'static self, f: impl FnOnce(T) -> T)
    where
        T: Copy,
    {
        self.with(|cell| cell.update(f))
    }
}

impl<T: 'static> LocalKey<RefCell<T>> {
    pub fn with_borrow<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&T) -> R,
    {
        self.with(|cell| f(&cell.borrow()))
    }

    pub fn with_borrow_mut<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&mut T) -> R,
    {
        self.with(|cell| f(&mut cell.borrow_mut()))
    }

    pub fn set(&'static self, value: T) {
        self.initialize_with(RefCell::new(value), |value, cell| {
            if let Some(value) = value {
                *cell.borrow_mut() = value.into_inner();
            }
        });
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.with(RefCell::take)
    }

    pub fn replace(&'static self, value: T) -> T {
        self.with(|cell| cell.replace(value))
    }
}
