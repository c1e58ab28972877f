//! Panicking: the functions the panic macros call (library/core/src/panicking.rs) and the
//! runtime side of a panic — hook, panic count, unwinding (library/std/src/panicking.rs).
//!
//! A panic runs: `panic_fmt(args)` / `begin_panic(payload)` → `panic_with_hook` (panic
//! count, then the hook: by default it prints
//! `\nthread '{name}' ({tid}) panicked at {file}:{line}:{col}:\n{msg}\n` and, on the first
//! panic, the `RUST_BACKTRACE` note) → `rust_panic`, which starts unwinding with the
//! payload (`intrinsics::ferric_start_unwind`). `catch_unwind` (`intrinsics::ferric_catch_unwind`)
//! stops it. The payload of `panic!("literal")` is a `&'static str`, of a formatted panic a
//! `String`, as in real std.

use crate::any::Any;
use crate::boxed::Box;
use crate::fmt;
use crate::intrinsics;
use crate::marker::{Send, Sized, Sync};
use crate::ops::Fn;
use crate::option::Option::{self, None, Some};
use crate::panic::{Location, PanicHookInfo};
use crate::result::Result::{self, Err, Ok};
use crate::string::String;

// ---------------------------------------------------------------------------------------
// The functions the macros and the compiler call (core::panicking)
// ---------------------------------------------------------------------------------------

/// The entry point of panics from core and of `panic!` with a format string.
#[track_caller]
#[lang = "panic_fmt"] // needed for const-evaluated panics
#[rustc_do_not_const_check] // hooked by const-eval
pub const fn panic_fmt(fmt: fmt::Arguments<'_>) -> ! {
    let location = Location::caller();
    let payload: Box<dyn Any + Send> = match fmt.as_str() {
        Some(s) => Box::new(s),
        None => Box::new(crate::fmt::format(fmt)),
    };
    panic_with_hook(payload, location, /* can_unwind */ true)
}

/// Like `panic_fmt`, but for non-unwinding panics (the process aborts after the hook).
#[track_caller]
pub fn panic_nounwind_fmt(fmt: fmt::Arguments<'_>, force_no_backtrace: bool) -> ! {
    let _ = force_no_backtrace;
    let location = Location::caller();
    let payload: Box<dyn Any + Send> = match fmt.as_str() {
        Some(s) => Box::new(s),
        None => Box::new(crate::fmt::format(fmt)),
    };
    panic_with_hook(payload, location, /* can_unwind */ false)
}

/// The underlying implementation of core's `panic!` macro when no formatting is used.
#[track_caller]
#[lang = "panic"] // used by lints and miri for panics
pub const fn panic(expr: &'static str) -> ! {
    panic_fmt(fmt::Arguments::from_str(expr));
}

// We generate functions for usage by compiler-generated assertions (overflow, division by
// zero ...), as real core does: MIR `Assert` terminators call these lang items.
macro_rules! panic_const {
    ($($lang:ident = $message:expr,)+) => {
        $(
            #[track_caller]
            #[lang = stringify!($lang)]
            pub const fn $lang() -> ! {
                panic_fmt(fmt::Arguments::from_str($message));
            }
        )+
    }
}

/// Panics for compiler-generated checks.
#[doc(hidden)]
pub mod panic_const {
    use super::*;
    panic_const! {
        panic_const_add_overflow = "attempt to add with overflow",
        panic_const_sub_overflow = "attempt to subtract with overflow",
        panic_const_mul_overflow = "attempt to multiply with overflow",
        panic_const_div_overflow = "attempt to divide with overflow",
        panic_const_rem_overflow = "attempt to calculate the remainder with overflow",
        panic_const_neg_overflow = "attempt to negate with overflow",
        panic_const_shr_overflow = "attempt to shift right with overflow",
        panic_const_shl_overflow = "attempt to shift left with overflow",
        panic_const_div_by_zero = "attempt to divide by zero",
        panic_const_rem_by_zero = "attempt to calculate the remainder with a divisor of zero",
        panic_const_coroutine_resumed = "coroutine resumed after completion",
        panic_const_async_fn_resumed = "`async fn` resumed after completion",
        panic_const_coroutine_resumed_panic = "coroutine resumed after panicking",
        panic_const_async_fn_resumed_panic = "`async fn` resumed after panicking",
    }
}

/// Like `panic`, but without unwinding and track_caller to reduce the impact on codesize
/// on the caller.
#[lang = "panic_nounwind"] // needed by codegen for non-unwinding panics
pub fn panic_nounwind(expr: &'static str) -> ! {
    panic_nounwind_fmt(fmt::Arguments::from_str(expr), /* force_no_backtrace */ false);
}

/// Like `panic_nounwind`, but also inhibits showing a backtrace.
pub fn panic_nounwind_nobacktrace(expr: &'static str) -> ! {
    panic_nounwind_fmt(fmt::Arguments::from_str(expr), /* force_no_backtrace */ true);
}

/// `unreachable!(x)` in editions 2015/2018.
#[track_caller]
pub fn unreachable_display<T: fmt::Display + ?Sized>(x: &T) -> ! {
    panic_fmt(format_args!("internal error: entered unreachable code: {}", x));
}

/// This exists solely for the 2015 edition `panic!` macro to trigger
/// a lint on `panic!(my_str_variable);`.
#[track_caller]
pub const fn panic_str_2015(expr: &str) -> ! {
    panic_display(&expr);
}

/// `panic!("{}", x)`: the single-argument case, special-cased for const panics.
#[track_caller]
#[lang = "panic_display"] // needed for const-evaluated panics
#[rustc_do_not_const_check] // hooked by const-eval
pub const fn panic_display<T: fmt::Display + ?Sized>(x: &T) -> ! {
    panic_fmt(format_args!("{}", x));
}

/// Index out of bounds of an array or slice (`a[i]` with `i >= len`).
#[track_caller]
#[lang = "panic_bounds_check"] // needed by codegen for panic on OOB array/slice access
pub fn panic_bounds_check(index: usize, len: usize) -> ! {
    panic!("index out of bounds: the len is {len} but the index is {index}")
}

/// A panic inside a function that cannot unwind.
#[lang = "panic_cannot_unwind"] // needed by codegen for panic in nounwind function
fn panic_cannot_unwind() -> ! {
    // Keep the text in sync with `UnwindTerminateReason::as_str` in `rustc_middle`.
    panic_nounwind("panic in a function that cannot unwind")
}

/// A panic in a destructor while already unwinding.
#[lang = "panic_in_cleanup"] // needed by codegen for panic in nounwind function
fn panic_in_cleanup() -> ! {
    // Keep the text in sync with `UnwindTerminateReason::as_str` in `rustc_middle`.
    panic_nounwind_nobacktrace("panic in a destructor during cleanup")
}

#[doc(hidden)]
#[derive(Debug)]
pub enum AssertKind {
    Eq,
    Ne,
    Match,
}

/// Internal function for `assert_eq!` and `assert_ne!` macros
#[track_caller]
#[doc(hidden)]
pub fn assert_failed<T, U>(
    kind: AssertKind,
    left: &T,
    right: &U,
    args: Option<fmt::Arguments<'_>>,
) -> !
where
    T: fmt::Debug + ?Sized,
    U: fmt::Debug + ?Sized,
{
    assert_failed_inner(kind, &left, &right, args)
}

/// Internal function for `assert_match!`
#[track_caller]
#[doc(hidden)]
pub fn assert_matches_failed<T: fmt::Debug + ?Sized>(
    left: &T,
    right: &str,
    args: Option<fmt::Arguments<'_>>,
) -> ! {
    // The pattern is a string so it can be displayed directly.
    struct Pattern<'a>(&'a str);
    impl fmt::Debug for Pattern<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }
    assert_failed_inner(AssertKind::Match, &left, &Pattern(right), args);
}

/// Non-generic version of the above functions, to avoid code bloat.
#[track_caller]
fn assert_failed_inner(
    kind: AssertKind,
    left: &dyn fmt::Debug,
    right: &dyn fmt::Debug,
    args: Option<fmt::Arguments<'_>>,
) -> ! {
    let op = match kind {
        AssertKind::Eq => "==",
        AssertKind::Ne => "!=",
        AssertKind::Match => "matches",
    };

    match args {
        Some(args) => panic!(
            r#"assertion `left {op} right` failed: {args}
  left: {left:?}
 right: {right:?}"#
        ),
        None => panic!(
            r#"assertion `left {op} right` failed
  left: {left:?}
 right: {right:?}"#
        ),
    }
}

// ---------------------------------------------------------------------------------------
// The runtime side (std::panicking)
// ---------------------------------------------------------------------------------------

/// The entry point of `panic!(non_string)` in editions 2015/2018 and of
/// `std::panic::panic_any`: the payload is `msg` itself.
#[track_caller]
#[lang = "begin_panic"]
#[doc(hidden)]
pub fn begin_panic<M: Any + Send>(msg: M) -> ! {
    let loc = Location::caller();
    panic_with_hook(Box::new(msg), loc, /* can_unwind */ true)
}

enum Hook {
    Default,
    Custom(Box<dyn Fn(&PanicHookInfo<'_>) + 'static + Sync + Send>),
}

impl Hook {
    fn into_box(self) -> Box<dyn Fn(&PanicHookInfo<'_>) + 'static + Sync + Send> {
        match self {
            Hook::Default => Box::new(default_hook),
            Hook::Custom(hook) => hook,
        }
    }
}

static HOOK: crate::sync::RwLock<Hook> = crate::sync::RwLock::new(Hook::Default);

/// Registers a custom panic hook, replacing the previously registered hook.
pub fn set_hook(hook: Box<dyn Fn(&PanicHookInfo<'_>) + 'static + Sync + Send>) {
    if panicking() {
        panic!("cannot modify the panic hook from a panicking thread");
    }

    let new = Hook::Custom(hook);
    let old = match HOOK.write() {
        Ok(mut guard) => crate::mem::replace(&mut *guard, new),
        Err(poisoned) => crate::mem::replace(&mut *poisoned.into_inner(), new),
    };
    crate::mem::drop(old);
}

/// Unregisters the current panic hook and returns it, registering the default hook
/// in its place.
#[must_use]
pub fn take_hook() -> Box<dyn Fn(&PanicHookInfo<'_>) + 'static + Sync + Send> {
    if panicking() {
        panic!("cannot modify the panic hook from a panicking thread");
    }

    let old = match HOOK.write() {
        Ok(mut guard) => crate::mem::replace(&mut *guard, Hook::Default),
        Err(poisoned) => crate::mem::replace(&mut *poisoned.into_inner(), Hook::Default),
    };
    old.into_box()
}

/// The default panic handler: prints the message to stderr.
fn default_hook(info: &PanicHookInfo<'_>) {
    let location = info.location().unwrap();
    let msg = payload_as_str(info.payload());
    let thread = crate::thread::current();
    let name = thread.name().unwrap_or("<unnamed>");
    let tid = intrinsics::ferric_thread_os_id();

    crate::io::_eprint(format_args!("\nthread '{name}' ({tid}) panicked at {location}:\n{msg}\n"));

    if panic_count::first_panic() {
        crate::io::_eprint(format_args!(
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
        ));
    }
}

/// Accounting of the panics in flight (a thread that panics while processing a panic aborts).
#[doc(hidden)]
pub mod panic_count {
    use crate::cell::Cell;
    use crate::marker::Copy;

    thread_local! {
        static LOCAL_PANIC_COUNT: Cell<(usize, bool)> = const { Cell::new((0, false)) }
    }

    static mut FIRST_PANIC: bool = true;

    /// Whether a panic in this thread must abort instead of unwinding.
    pub enum MustAbort {
        PanicInHook,
    }

    // Increases the panic count of this thread; `Some` if the process must abort instead.
    pub fn increase(run_panic_hook: bool) -> crate::option::Option<MustAbort> {
        LOCAL_PANIC_COUNT.with(|c| {
            let (count, in_panic_hook) = c.get();
            if in_panic_hook {
                return crate::option::Option::Some(MustAbort::PanicInHook);
            }
            c.set((count + 1, run_panic_hook));
            crate::option::Option::None
        })
    }

    pub fn finished_panic_hook() {
        LOCAL_PANIC_COUNT.with(|c| {
            let (count, _) = c.get();
            c.set((count, false));
        });
    }

    pub fn decrease() {
        LOCAL_PANIC_COUNT.with(|c| {
            let (count, _) = c.get();
            c.set((count - 1, false));
        });
    }

    #[must_use]
    pub fn get_count() -> usize {
        LOCAL_PANIC_COUNT.with(|c| c.get().0)
    }

    #[must_use]
    pub fn count_is_zero() -> bool {
        get_count() == 0
    }

    // True only the first time it is called in the process (the `RUST_BACKTRACE` note).
    pub fn first_panic() -> bool {
        // SAFETY: ferric runs one thread at a time for std's bookkeeping.
        unsafe {
            let first = FIRST_PANIC;
            FIRST_PANIC = false;
            first
        }
    }
}

/// Invokes a closure, capturing the cause of an unwinding panic if one occurs.
pub unsafe fn catch_unwind<R, F: crate::ops::FnOnce() -> R>(f: F) -> Result<R, Box<dyn Any + Send>> {
    match intrinsics::ferric_catch_unwind(f) {
        Ok(r) => Ok(r),
        Err(payload) => {
            panic_count::decrease();
            Err(payload)
        }
    }
}

/// Determines whether the current thread is unwinding because of panic.
#[inline]
pub fn panicking() -> bool {
    !panic_count::count_is_zero()
}

pub(crate) fn payload_as_str(payload: &dyn Any) -> &str {
    if let Some(&s) = payload.downcast_ref::<&'static str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.as_str()
    } else {
        "Box<dyn Any>"
    }
}

/// Central point for dispatching panics: runs the panic hook, then unwinds (or aborts).
fn panic_with_hook(payload: Box<dyn Any + Send>, location: &Location<'_>, can_unwind: bool) -> ! {
    let must_abort = panic_count::increase(true);

    // Check if we need to abort immediately.
    if let Some(must_abort) = must_abort {
        match must_abort {
            panic_count::MustAbort::PanicInHook => {
                // Don't try to format the message in this case, perhaps that is causing the
                // recursive panics.
                let message: &str = payload_as_str(&*payload);
                crate::io::_eprint(format_args!(
                    "panicked at {location}:\n{message}\nthread panicked while processing panic. aborting.\n"
                ));
            }
        }
        crate::process::abort();
    }

    {
        let info = PanicHookInfo::new(location, &*payload, can_unwind, false);
        let guard = match HOOK.read() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        match *guard {
            Hook::Default => default_hook(&info),
            Hook::Custom(ref hook) => hook(&info),
        }
    }

    // Indicate that we have finished executing a the panic hook. After this point
    // it is fine if there is a panic while executing destructors, as long as it
    // it contained within a `catch_unwind`.
    panic_count::finished_panic_hook();

    if !can_unwind {
        // If a thread panics while running destructors or tries to unwind
        // through a nounwind function (e.g. extern "C") then we cannot continue
        // unwinding and have to abort immediately.
        crate::io::_eprint(format_args!("thread caused non-unwinding panic. aborting.\n"));
        crate::process::abort();
    }

    rust_panic(payload)
}

/// This is the entry point for `resume_unwind`.
/// It just forwards the payload to the panic runtime.
pub fn resume_unwind(payload: Box<dyn Any + Send>) -> ! {
    panic_count::increase(false);
    rust_panic(payload)
}

/// Starts unwinding with `payload`: the backend's unwinder carries it to the nearest
/// `catch_unwind` (a thread's or `main`'s frame included).
#[inline(never)]
fn rust_panic(payload: Box<dyn Any + Send>) -> ! {
    intrinsics::ferric_start_unwind(payload)
}
