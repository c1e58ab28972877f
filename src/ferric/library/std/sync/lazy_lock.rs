//! A value which is initialized on the first access, thread-safely
//! (`std::sync::LazyLock`): a `Once` and the state, as rustc.

use crate::cell::UnsafeCell;
use crate::default::Default;
use crate::fmt;
use crate::marker::{Send, Sync};
use crate::mem;
use crate::ops::{Deref, DerefMut, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::result::Result::{self, Err, Ok};
use crate::sync::Once;

enum Data<T, F> {
    Init(F),
    Value(T),
    Poisoned,
}

/// A value which is initialized on the first access.
pub struct LazyLock<T, F = fn() -> T> {
    once: Once,
    data: UnsafeCell<Data<T, F>>,
}

impl<T, F: FnOnce() -> T> LazyLock<T, F> {
    pub const fn new(f: F) -> LazyLock<T, F> {
        LazyLock { once: Once::new(), data: UnsafeCell::new(Data::Init(f)) }
    }

    /// Consumes this `LazyLock` returning the stored value, or the initializer (unstable
    /// in rustc).
    pub fn into_inner(this: Self) -> Result<T, F> {
        match this.data.into_inner() {
            Data::Value(value) => Ok(value),
            Data::Init(f) => Err(f),
            Data::Poisoned => panic_poisoned(),
        }
    }

    pub fn force_mut(this: &mut LazyLock<T, F>) -> &mut T {
        if let Data::Init(_) = this.data.get_mut() {
            LazyLock::force(this);
        }
        match this.data.get_mut() {
            Data::Value(value) => value,
            _ => panic_poisoned(),
        }
    }

    pub fn force(this: &LazyLock<T, F>) -> &T {
        this.once.call_once_force(|state| {
            if state.is_poisoned() {
                panic_poisoned();
            }
            let data = unsafe { &mut *this.data.get() };
            // Poisoned while `f` runs: a panic in `f` leaves it so.
            let f = match mem::replace(data, Data::Poisoned) {
                Data::Init(f) => f,
                _ => unreachable!(),
            };
            let value = f();
            *data = Data::Value(value);
        });
        match unsafe { &*this.data.get() } {
            Data::Value(value) => value,
            _ => panic_poisoned(),
        }
    }
}

impl<T, F> LazyLock<T, F> {
    pub fn get_mut(this: &mut LazyLock<T, F>) -> Option<&mut T> {
        match this.data.get_mut() {
            Data::Value(value) => Some(value),
            _ => None,
        }
    }

    pub fn get(this: &LazyLock<T, F>) -> Option<&T> {
        if this.once.is_completed() {
            match unsafe { &*this.data.get() } {
                Data::Value(value) => Some(value),
                _ => None,
            }
        } else {
            None
        }
    }
}

impl<T, F: FnOnce() -> T> Deref for LazyLock<T, F> {
    type Target = T;

    fn deref(&self) -> &T {
        LazyLock::force(self)
    }
}

impl<T, F: FnOnce() -> T> DerefMut for LazyLock<T, F> {
    fn deref_mut(&mut self) -> &mut T {
        LazyLock::force_mut(self)
    }
}

impl<T: Default> Default for LazyLock<T> {
    fn default() -> LazyLock<T> {
        LazyLock::new(T::default)
    }
}

impl<T: fmt::Debug, F> fmt::Debug for LazyLock<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("LazyLock");
        match LazyLock::get(self) {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

#[cold]
#[inline(never)]
fn panic_poisoned() -> ! {
    panic!("LazyLock instance has previously been poisoned")
}

unsafe impl<T: Sync + Send, F: Send> Sync for LazyLock<T, F> {}

impl<T: RefUnwindSafe + UnwindSafe, F: UnwindSafe> RefUnwindSafe for LazyLock<T, F> {}

impl<T: UnwindSafe, F: UnwindSafe> UnwindSafe for LazyLock<T, F> {}
