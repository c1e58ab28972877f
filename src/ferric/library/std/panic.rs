//! Panic support in the standard library (library/core/src/panic.rs,
//! library/core/src/panic/{location,unwind_safe}.rs, library/std/src/panic.rs).
//!
//! The panic macros' expansion helpers `panic_2015!`/`panic_2021!`/`unreachable_2015!`/
//! `unreachable_2021!` are `#[macro_export]`ed from `macros` (real std exposes them here
//! as `std::panic::panic_2015` etc., unstable).

use crate::any::Any;
use crate::boxed::Box;
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Copy, Send, Sized};
use crate::ops::{Deref, DerefMut, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Ok};
use crate::string::String;

// ---------------------------------------------------------------------------------------
// Location
// ---------------------------------------------------------------------------------------

/// A struct containing information about the location of a panic.
#[lang = "panic_location"]
#[derive(Copy, Clone)]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl PartialEq for Location<'_> {
    fn eq(&self, other: &Self) -> bool {
        // Compare col / line first as they're cheaper to compare and more likely to differ,
        // while not impacting the result.
        self.col == other.col && self.line == other.line && self.file() == other.file()
    }
}

impl Eq for Location<'_> {}

impl Ord for Location<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.file()
            .cmp(other.file())
            .then_with(|| self.line.cmp(&other.line))
            .then_with(|| self.col.cmp(&other.col))
    }
}

impl PartialOrd for Location<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Hash for Location<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.file().hash(state);
        self.line.hash(state);
        self.col.hash(state);
    }
}

impl fmt::Debug for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Location")
            .field("file", &self.file())
            .field("line", &self.line)
            .field("column", &self.col)
            .finish()
    }
}

impl<'a> Location<'a> {
    /// Returns the source location of the caller of this function. If that function's
    /// caller is annotated then its call location will be returned, and so on up the stack
    /// to the first call within a non-tracked function body.
    #[must_use]
    #[track_caller]
    #[inline]
    pub const fn caller() -> &'static Location<'static> {
        crate::intrinsics::caller_location()
    }

    /// Returns the name of the source file from which the panic originated.
    #[must_use]
    #[inline]
    pub const fn file(&self) -> &'a str {
        self.file
    }

    /// Returns the line number from which the panic originated.
    #[must_use]
    #[inline]
    pub const fn line(&self) -> u32 {
        self.line
    }

    /// Returns the column from which the panic originated.
    #[must_use]
    #[inline]
    pub const fn column(&self) -> u32 {
        self.col
    }

    /// Builds a location (how the backend materialises `caller_location()`).
    #[doc(hidden)]
    #[inline]
    pub const fn internal_constructor(file: &'a str, line: u32, col: u32) -> Self {
        Location { file, line, col }
    }
}

impl fmt::Display for Location<'_> {
    #[inline]
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}:{}:{}", self.file(), self.line, self.col)
    }
}

// ---------------------------------------------------------------------------------------
// PanicHookInfo
// ---------------------------------------------------------------------------------------

/// A struct providing information about a panic (passed to the panic hook).
#[derive(Debug)]
pub struct PanicHookInfo<'a> {
    payload: &'a (dyn Any + Send),
    location: &'a Location<'a>,
    can_unwind: bool,
    force_no_backtrace: bool,
}

/// `PanicInfo` in `std` is the old name of `PanicHookInfo`.
#[deprecated(
    since = "1.82.0",
    note = "use `PanicHookInfo` instead",
    suggestion = "std::panic::PanicHookInfo"
)]
pub type PanicInfo<'a> = PanicHookInfo<'a>;

impl<'a> PanicHookInfo<'a> {
    #[inline]
    pub(crate) fn new(
        location: &'a Location<'a>,
        payload: &'a (dyn Any + Send),
        can_unwind: bool,
        force_no_backtrace: bool,
    ) -> Self {
        PanicHookInfo { payload, location, can_unwind, force_no_backtrace }
    }

    /// Returns the payload associated with the panic.
    #[must_use]
    #[inline]
    pub fn payload(&self) -> &(dyn Any + Send) {
        self.payload
    }

    /// Returns the payload associated with the panic, if it is a string.
    #[must_use]
    #[inline]
    pub fn payload_as_str(&self) -> Option<&str> {
        if let Some(s) = self.payload.downcast_ref::<&str>() {
            Some(s)
        } else if let Some(s) = self.payload.downcast_ref::<String>() {
            Some(s)
        } else {
            None
        }
    }

    /// Returns information about the location from which the panic originated, if
    /// available.
    #[must_use]
    #[inline]
    pub fn location(&self) -> Option<&Location<'_>> {
        // NOTE: If this is changed to sometimes return None,
        // deal with that case in std::panicking::default_hook and core::panicking::panic_fmt.
        Some(&self.location)
    }

    /// Returns whether the panic handler is allowed to unwind the stack from the point
    /// where the panic occurred.
    #[must_use]
    #[inline]
    pub fn can_unwind(&self) -> bool {
        self.can_unwind
    }

    #[doc(hidden)]
    #[inline]
    pub fn force_no_backtrace(&self) -> bool {
        self.force_no_backtrace
    }
}

impl fmt::Display for PanicHookInfo<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("panicked at ")?;
        self.location.fmt(formatter)?;
        if let Some(payload) = self.payload_as_str() {
            formatter.write_str(":\n")?;
            formatter.write_str(payload)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Unwind safety
// ---------------------------------------------------------------------------------------

/// A marker trait which represents "panic safe" types in Rust.
#[diagnostic::on_unimplemented(
    message = "the type `{Self}` may not be safely transferred across an unwind boundary",
    label = "`{Self}` may not be safely transferred across an unwind boundary"
)]
pub auto trait UnwindSafe {}

/// A marker trait representing types where a shared reference is considered unwind safe.
#[diagnostic::on_unimplemented(
    message = "the type `{Self}` may contain interior mutability and a reference may not be safely \
               transferable across a catch_unwind boundary",
    label = "`{Self}` may contain interior mutability and a reference may not be safely \
             transferable across a catch_unwind boundary"
)]
pub auto trait RefUnwindSafe {}

/// A simple wrapper around a type to assert that it is unwind safe.
pub struct AssertUnwindSafe<T>(pub T);

// Implementations of the `UnwindSafe` trait:
//
// * By default everything is unwind safe
// * pointers T contains mutability of some form are not unwind safe
// * Unique, an owning pointer, lifts an implementation
// * Types like Mutex/RwLock which are explicitly poisoned are unwind safe
// * Our custom AssertUnwindSafe wrapper is indeed unwind safe

impl<T: ?Sized> !UnwindSafe for &mut T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for &T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for *const T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for *mut T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for crate::ptr::NonNull<T> {}
impl<T> UnwindSafe for AssertUnwindSafe<T> {}

// Pretty simple implementations for the `RefUnwindSafe` marker trait,
// basically just saying that `UnsafeCell` is the
// only thing which doesn't implement it (which then transitively applies to
// everything else).
impl<T: ?Sized> !RefUnwindSafe for crate::cell::UnsafeCell<T> {}
impl<T> RefUnwindSafe for AssertUnwindSafe<T> {}

impl<T: ?Sized> UnwindSafe for crate::sync::Mutex<T> {}
impl<T: ?Sized> UnwindSafe for crate::sync::RwLock<T> {}
impl UnwindSafe for crate::sync::Condvar {}

impl<T: ?Sized> RefUnwindSafe for crate::sync::Mutex<T> {}
impl<T: ?Sized> RefUnwindSafe for crate::sync::RwLock<T> {}
impl RefUnwindSafe for crate::sync::Condvar {}

impl<T> Deref for AssertUnwindSafe<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for AssertUnwindSafe<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<R, F: FnOnce() -> R> FnOnce<()> for AssertUnwindSafe<F> {
    type Output = R;

    fn call_once(self, _args: ()) -> R {
        (self.0)()
    }
}

impl<T: fmt::Debug> fmt::Debug for AssertUnwindSafe<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("AssertUnwindSafe").field(&self.0).finish()
    }
}

impl<T: Default> Default for AssertUnwindSafe<T> {
    fn default() -> Self {
        Self(Default::default())
    }
}

// ---------------------------------------------------------------------------------------
// catch_unwind, resume_unwind, panic_any, hooks
// ---------------------------------------------------------------------------------------

pub use crate::panicking::{set_hook, take_hook};

#[doc(hidden)]
pub use crate::{panic_2015, panic_2021, unreachable_2015, unreachable_2021};

/// Panics the current thread with the given message as the panic payload.
#[inline]
#[track_caller]
pub fn panic_any<M: 'static + Any + Send>(msg: M) -> ! {
    crate::panicking::begin_panic(msg);
}

/// Invokes a closure, capturing the cause of an unwinding panic if one occurs.
pub fn catch_unwind<F: FnOnce() -> R + UnwindSafe, R>(f: F) -> Result<R, Box<dyn Any + Send + 'static>> {
    unsafe { crate::panicking::catch_unwind(f) }
}

/// Triggers a panic without invoking the panic hook.
pub fn resume_unwind(payload: Box<dyn Any + Send>) -> ! {
    crate::panicking::resume_unwind(payload)
}

