//! Hints to the compiler that affect how code should be emitted or optimized
//! (library/core/src/hint.rs).

use crate::intrinsics;

/// Informs the compiler that the site which is calling this function is not reachable,
/// possibly enabling further optimizations.
#[track_caller]
pub const unsafe fn unreachable_unchecked() -> ! {
    // SAFETY: the safety contract for `intrinsics::unreachable` must
    // be upheld by the caller.
    unsafe { intrinsics::unreachable() }
}

/// Makes a *soundness* promise to the compiler that `cond` holds.
#[track_caller]
pub const unsafe fn assert_unchecked(cond: bool) {
    if !cond {
        // SAFETY: the caller promised `cond` holds.
        unsafe { intrinsics::unreachable() }
    }
}

/// Emits a machine instruction to signal the processor that it is running in a busy-wait
/// spin-loop ("spin lock").
#[inline(always)]
pub fn spin_loop() {}

/// An identity function that *__hints__* to the compiler to be maximally pessimistic about
/// what `black_box` could do.
#[inline]
pub fn black_box<T>(dummy: T) -> T {
    intrinsics::black_box(dummy)
}

/// An identity function that causes an `unused_must_use` warning to be triggered if the
/// given value is not used (returned, stored in a variable, etc) by the caller
/// (`format!` expands to a call of it).
#[inline(always)]
#[must_use] // <-- :)
pub const fn must_use<T>(value: T) -> T {
    value
}

/// Returns either `true_val` or `false_val` depending on the value of `condition`.
#[inline(always)]
pub fn select_unpredictable<T>(condition: bool, true_val: T, false_val: T) -> T {
    if condition { true_val } else { false_val }
}
