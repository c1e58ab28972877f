//! A synchronization primitive which can nominally be written to only once
//! (`std::sync::OnceLock`): a `Once` and the value, as rustc.

use crate::cell::UnsafeCell;
use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::convert::From;
use crate::default::Default;
use crate::fmt;
use crate::marker::{PhantomData, Send, Sync};
use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::result::Result::{self, Err, Ok};
use crate::sync::Once;

/// A synchronization primitive which can nominally be written to only once.
pub struct OnceLock<T> {
    once: Once,
    // Written exactly once, under `once`.
    value: UnsafeCell<Option<T>>,
    _marker: PhantomData<T>,
}

impl<T> OnceLock<T> {
    pub const fn new() -> OnceLock<T> {
        OnceLock { once: Once::new(), value: UnsafeCell::new(None), _marker: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        if self.once.is_completed() { unsafe { (*self.value.get()).as_ref() } } else { None }
    }

    pub fn get_mut(&mut self) -> Option<&mut T> {
        if self.once.is_completed() { self.value.get_mut().as_mut() } else { None }
    }

    pub fn wait(&self) -> &T {
        self.once.wait_force();
        unsafe { (*self.value.get()).as_ref().unwrap() }
    }

    pub fn set(&self, value: T) -> Result<(), T> {
        match self.try_insert(value) {
            Ok(_) => Ok(()),
            Err((_, value)) => Err(value),
        }
    }

    /// Initializes the contents with `value` if empty (unstable in rustc).
    pub fn try_insert(&self, value: T) -> Result<&T, (&T, T)> {
        let mut value = Some(value);
        let res = self.get_or_init(|| value.take().unwrap());
        match value {
            None => Ok(res),
            Some(value) => Err((res, value)),
        }
    }

    pub fn get_or_init<F>(&self, f: F) -> &T
    where
        F: FnOnce() -> T,
    {
        match self.get_or_try_init(|| Ok::<T, !>(f())) {
            Ok(val) => val,
        }
    }

    /// Gets the mutable reference of the contents, initializing it with `f` if empty
    /// (unstable in rustc).
    pub fn get_mut_or_init<F>(&mut self, f: F) -> &mut T
    where
        F: FnOnce() -> T,
    {
        match self.get_mut_or_try_init(|| Ok::<T, !>(f())) {
            Ok(val) => val,
        }
    }

    /// As `get_or_init`, with a fallible initializer (unstable in rustc).
    pub fn get_or_try_init<F, E>(&self, f: F) -> Result<&T, E>
    where
        F: FnOnce() -> Result<T, E>,
    {
        if let Some(value) = self.get() {
            return Ok(value);
        }
        self.initialize(f)?;
        Ok(unsafe { (*self.value.get()).as_ref().unwrap() })
    }

    /// As `get_mut_or_init`, with a fallible initializer (unstable in rustc).
    pub fn get_mut_or_try_init<F, E>(&mut self, f: F) -> Result<&mut T, E>
    where
        F: FnOnce() -> Result<T, E>,
    {
        if self.get().is_none() {
            self.initialize(f)?;
        }
        Ok(self.get_mut().unwrap())
    }

    pub fn into_inner(mut self) -> Option<T> {
        self.take()
    }

    pub fn take(&mut self) -> Option<T> {
        if self.once.is_completed() {
            self.once = Once::new();
            self.value.get_mut().take()
        } else {
            None
        }
    }

    #[cold]
    fn initialize<F, E>(&self, f: F) -> Result<(), E>
    where
        F: FnOnce() -> Result<T, E>,
    {
        let mut res: Result<(), E> = Ok(());
        let slot = &self.value;

        self.once.call_once_force(|p| match f() {
            Ok(value) => {
                unsafe { *slot.get() = Some(value) };
            }
            Err(e) => {
                res = Err(e);
                // Leave the `Once` uncompleted so that a later call may try again.
                p.poison();
            }
        });
        res
    }
}

unsafe impl<T: Sync + Send> Sync for OnceLock<T> {}

unsafe impl<T: Send> Send for OnceLock<T> {}

impl<T: RefUnwindSafe + UnwindSafe> RefUnwindSafe for OnceLock<T> {}

impl<T: UnwindSafe> UnwindSafe for OnceLock<T> {}

impl<T> Default for OnceLock<T> {
    fn default() -> OnceLock<T> {
        OnceLock::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for OnceLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceLock");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

impl<T: Clone> Clone for OnceLock<T> {
    fn clone(&self) -> OnceLock<T> {
        let cell = Self::new();
        if let Some(value) = self.get() {
            match cell.set(value.clone()) {
                Ok(()) => (),
                Err(_) => unreachable!(),
            }
        }
        cell
    }
}

impl<T> From<T> for OnceLock<T> {
    fn from(value: T) -> Self {
        let cell = Self::new();
        match cell.set(value) {
            Ok(()) => cell,
            Err(_) => unreachable!(),
        }
    }
}

impl<T: PartialEq> PartialEq for OnceLock<T> {
    fn eq(&self, other: &OnceLock<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq> Eq for OnceLock<T> {}
