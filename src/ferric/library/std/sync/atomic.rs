//! Atomic types (`std::sync::atomic`): `AtomicBool`, `AtomicI8`..`AtomicI64`,
//! `AtomicIsize`, `AtomicU8`..`AtomicU64`, `AtomicUsize`, `AtomicPtr`, `Ordering`,
//! `fence`, `compiler_fence`.
//!
//! Each atomic is an `UnsafeCell` around its value, as in rustc. The memory operations
//! are a handful of generic intrinsics on raw pointers (`atomic_load`, `atomic_store`,
//! `atomic_swap`, `atomic_compare_exchange`, `atomic_fetch_*`, `atomic_fence`) that take
//! the (already validated) `Ordering`; the Python backend may treat every ordering as
//! `SeqCst`. Invalid orderings panic in Rust with rustc's messages.

use crate::cell::UnsafeCell;
use crate::convert::From;
use crate::default::Default;
use crate::fmt;
use crate::marker::{Copy, Send, Sync};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

use self::Ordering::*;

/// Atomic memory orderings.
#[derive(Copy, Clone, Debug, Eq, PartialEq, Hash)]
#[non_exhaustive]
pub enum Ordering {
    /// No ordering constraints, only atomic operations.
    Relaxed,
    /// When coupled with a store, all previous operations become ordered before any
    /// load of this value with `Acquire` (or stronger) ordering.
    Release,
    /// When coupled with a load, if the loaded value was written by a store operation
    /// with `Release` (or stronger) ordering, then all subsequent operations become
    /// ordered after that store.
    Acquire,
    /// Has the effects of both `Acquire` and `Release` together.
    AcqRel,
    /// Like `Acquire`/`Release`/`AcqRel` with the additional guarantee that all threads
    /// see all sequentially consistent operations in the same order.
    SeqCst,
}

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::hash::Hash;

// ---------------------------------------------------------------------------------------
// The memory operations (backend intrinsics) and their ordering checks.

/// Atomically reads `*dst`.
#[ferric::intrinsic]
unsafe fn intrinsic_load<T: Copy>(dst: *const T, order: Ordering) -> T;

/// Atomically writes `val` to `*dst`.
#[ferric::intrinsic]
unsafe fn intrinsic_store<T: Copy>(dst: *mut T, val: T, order: Ordering);

/// Atomically replaces `*dst` by `val`, returning the previous value.
#[ferric::intrinsic]
unsafe fn intrinsic_swap<T: Copy>(dst: *mut T, val: T, order: Ordering) -> T;

/// Atomically: if `*dst == old` (bitwise), stores `new` and returns `Ok(old)`; else
/// returns `Err(current)`. Never fails spuriously.
#[ferric::intrinsic]
unsafe fn intrinsic_compare_exchange<T: Copy>(dst: *mut T, old: T, new: T, success: Ordering, failure: Ordering) -> Result<T, T>;

/// Atomically applies a read-modify-write operation to `*dst` and returns the previous
/// value. `op` is one of: 0 add (wrapping), 1 sub (wrapping), 2 and, 3 nand, 4 or,
/// 5 xor, 6 max, 7 min (max/min signed or unsigned as `T`; for `bool`, and/nand/or/xor
/// on the truth values).
#[ferric::intrinsic]
unsafe fn intrinsic_fetch_op<T: Copy>(dst: *mut T, val: T, op: u8, order: Ordering) -> T;

/// A memory fence (`compiler_only`: a compiler fence).
#[ferric::intrinsic]
fn intrinsic_fence(order: Ordering, compiler_only: bool);

const OP_ADD: u8 = 0;
const OP_SUB: u8 = 1;
const OP_AND: u8 = 2;
const OP_NAND: u8 = 3;
const OP_OR: u8 = 4;
const OP_XOR: u8 = 5;
const OP_MAX: u8 = 6;
const OP_MIN: u8 = 7;

fn strongest_failure_ordering(order: Ordering) -> Ordering {
    match order {
        Release => Relaxed,
        Relaxed => Relaxed,
        SeqCst => SeqCst,
        Acquire => Acquire,
        AcqRel => Acquire,
    }
}

unsafe fn atomic_store<T: Copy>(dst: *mut T, val: T, order: Ordering) {
    match order {
        Acquire => panic!("there is no such thing as an acquire store"),
        AcqRel => panic!("there is no such thing as an acquire-release store"),
        _ => unsafe { intrinsic_store(dst, val, order) },
    }
}

unsafe fn atomic_load<T: Copy>(dst: *const T, order: Ordering) -> T {
    match order {
        Release => panic!("there is no such thing as a release load"),
        AcqRel => panic!("there is no such thing as an acquire-release load"),
        _ => unsafe { intrinsic_load(dst, order) },
    }
}

unsafe fn atomic_compare_exchange<T: Copy>(
    dst: *mut T,
    old: T,
    new: T,
    success: Ordering,
    failure: Ordering,
) -> Result<T, T> {
    match failure {
        AcqRel => panic!("there is no such thing as an acquire-release failure ordering"),
        Release => panic!("there is no such thing as a release failure ordering"),
        _ => unsafe { intrinsic_compare_exchange(dst, old, new, success, failure) },
    }
}

/// An atomic fence.
pub fn fence(order: Ordering) {
    match order {
        Relaxed => panic!("there is no such thing as a relaxed fence"),
        _ => intrinsic_fence(order, false),
    }
}

/// A "compiler-only" atomic fence.
pub fn compiler_fence(order: Ordering) {
    match order {
        Relaxed => panic!("there is no such thing as a relaxed fence"),
        _ => intrinsic_fence(order, true),
    }
}

/// Signals the processor that it is inside a busy-wait spin-loop.
#[deprecated(since = "1.51.0", note = "use hint::spin_loop instead")]
pub fn spin_loop_hint() {
    crate::hint::spin_loop()
}

// ---------------------------------------------------------------------------------------
// AtomicBool

/// A boolean type which can be safely shared between threads.
#[repr(C, align(1))]
pub struct AtomicBool {
    v: UnsafeCell<bool>,
}

impl Default for AtomicBool {
    fn default() -> Self {
        Self::new(false)
    }
}

unsafe impl Sync for AtomicBool {}

#[deprecated(since = "1.34.0", note = "the `new` function is now preferred")]
pub const ATOMIC_BOOL_INIT: AtomicBool = AtomicBool::new(false);

impl AtomicBool {
    pub const fn new(v: bool) -> AtomicBool {
        AtomicBool { v: UnsafeCell::new(v) }
    }

    pub const unsafe fn from_ptr<'a>(ptr: *mut bool) -> &'a AtomicBool {
        unsafe { &*(ptr as *const AtomicBool) }
    }

    pub fn get_mut(&mut self) -> &mut bool {
        self.v.get_mut()
    }

    pub const fn into_inner(self) -> bool {
        self.v.into_inner()
    }

    pub fn load(&self, order: Ordering) -> bool {
        unsafe { atomic_load(self.v.get(), order) }
    }

    pub fn store(&self, val: bool, order: Ordering) {
        unsafe { atomic_store(self.v.get(), val, order) }
    }

    pub fn swap(&self, val: bool, order: Ordering) -> bool {
        unsafe { intrinsic_swap(self.v.get(), val, order) }
    }

    #[deprecated(since = "1.50.0", note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
    pub fn compare_and_swap(&self, current: bool, new: bool, order: Ordering) -> bool {
        match self.compare_exchange(current, new, order, strongest_failure_ordering(order)) {
            Ok(x) => x,
            Err(x) => x,
        }
    }

    pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        unsafe { atomic_compare_exchange(self.v.get(), current, new, success, failure) }
    }

    pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        self.compare_exchange(current, new, success, failure)
    }

    pub fn fetch_and(&self, val: bool, order: Ordering) -> bool {
        unsafe { intrinsic_fetch_op(self.v.get(), val, OP_AND, order) }
    }

    pub fn fetch_nand(&self, val: bool, order: Ordering) -> bool {
        unsafe { intrinsic_fetch_op(self.v.get(), val, OP_NAND, order) }
    }

    pub fn fetch_or(&self, val: bool, order: Ordering) -> bool {
        unsafe { intrinsic_fetch_op(self.v.get(), val, OP_OR, order) }
    }

    pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool {
        unsafe { intrinsic_fetch_op(self.v.get(), val, OP_XOR, order) }
    }

    pub fn fetch_not(&self, order: Ordering) -> bool {
        self.fetch_xor(true, order)
    }

    pub const fn as_ptr(&self) -> *mut bool {
        self.v.get()
    }

    pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<bool, bool>
    where
        F: FnMut(bool) -> Option<bool>,
    {
        self.try_update(set_order, fetch_order, f)
    }

    pub fn try_update(
        &self,
        set_order: Ordering,
        fetch_order: Ordering,
        mut f: impl FnMut(bool) -> Option<bool>,
    ) -> Result<bool, bool> {
        let mut prev = self.load(fetch_order);
        while let Some(next) = f(prev) {
            match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                x @ Ok(_) => return x,
                Err(next_prev) => prev = next_prev,
            }
        }
        Err(prev)
    }

    pub fn update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut(bool) -> bool) -> bool {
        let mut prev = self.load(fetch_order);
        loop {
            match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                Ok(x) => break x,
                Err(next_prev) => prev = next_prev,
            }
        }
    }
}

impl From<bool> for AtomicBool {
    fn from(b: bool) -> Self {
        Self::new(b)
    }
}

impl fmt::Debug for AtomicBool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
    }
}

// ---------------------------------------------------------------------------------------
// AtomicPtr

/// A raw pointer type which can be safely shared between threads.
#[repr(C, align(8))]
pub struct AtomicPtr<T> {
    p: UnsafeCell<*mut T>,
}

impl<T> Default for AtomicPtr<T> {
    fn default() -> AtomicPtr<T> {
        AtomicPtr::new(crate::ptr::null_mut())
    }
}

unsafe impl<T> Send for AtomicPtr<T> {}

unsafe impl<T> Sync for AtomicPtr<T> {}

impl<T> AtomicPtr<T> {
    pub const fn new(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr { p: UnsafeCell::new(p) }
    }

    pub const unsafe fn from_ptr<'a>(ptr: *mut *mut T) -> &'a AtomicPtr<T> {
        unsafe { &*(ptr as *const AtomicPtr<T>) }
    }

    pub fn get_mut(&mut self) -> &mut *mut T {
        self.p.get_mut()
    }

    pub const fn into_inner(self) -> *mut T {
        self.p.into_inner()
    }

    pub fn load(&self, order: Ordering) -> *mut T {
        unsafe { atomic_load(self.p.get(), order) }
    }

    pub fn store(&self, ptr: *mut T, order: Ordering) {
        unsafe { atomic_store(self.p.get(), ptr, order) }
    }

    pub fn swap(&self, ptr: *mut T, order: Ordering) -> *mut T {
        unsafe { intrinsic_swap(self.p.get(), ptr, order) }
    }

    #[deprecated(since = "1.50.0", note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
    pub fn compare_and_swap(&self, current: *mut T, new: *mut T, order: Ordering) -> *mut T {
        match self.compare_exchange(current, new, order, strongest_failure_ordering(order)) {
            Ok(x) => x,
            Err(x) => x,
        }
    }

    pub fn compare_exchange(
        &self,
        current: *mut T,
        new: *mut T,
        success: Ordering,
        failure: Ordering,
    ) -> Result<*mut T, *mut T> {
        unsafe { atomic_compare_exchange(self.p.get(), current, new, success, failure) }
    }

    pub fn compare_exchange_weak(
        &self,
        current: *mut T,
        new: *mut T,
        success: Ordering,
        failure: Ordering,
    ) -> Result<*mut T, *mut T> {
        self.compare_exchange(current, new, success, failure)
    }

    pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<*mut T, *mut T>
    where
        F: FnMut(*mut T) -> Option<*mut T>,
    {
        self.try_update(set_order, fetch_order, f)
    }

    pub fn try_update(
        &self,
        set_order: Ordering,
        fetch_order: Ordering,
        mut f: impl FnMut(*mut T) -> Option<*mut T>,
    ) -> Result<*mut T, *mut T> {
        let mut prev = self.load(fetch_order);
        while let Some(next) = f(prev) {
            match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                x @ Ok(_) => return x,
                Err(next_prev) => prev = next_prev,
            }
        }
        Err(prev)
    }

    pub fn update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut(*mut T) -> *mut T) -> *mut T {
        let mut prev = self.load(fetch_order);
        loop {
            match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                Ok(x) => break x,
                Err(next_prev) => prev = next_prev,
            }
        }
    }

    pub const fn as_ptr(&self) -> *mut *mut T {
        self.p.get()
    }
}

impl<T> From<*mut T> for AtomicPtr<T> {
    fn from(p: *mut T) -> Self {
        Self::new(p)
    }
}

impl<T> fmt::Debug for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
    }
}

impl<T> fmt::Pointer for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.load(Ordering::Relaxed), f)
    }
}

// ---------------------------------------------------------------------------------------
// Atomic integers

macro_rules! atomic_int {
    ($atomic_type:ident, $int_type:ident, $align:literal) => {
        /// An integer type which can be safely shared between threads.
        #[repr(C, align($align))]
        pub struct $atomic_type {
            v: UnsafeCell<$int_type>,
        }

        impl Default for $atomic_type {
            fn default() -> Self {
                Self::new(Default::default())
            }
        }

        impl From<$int_type> for $atomic_type {
            fn from(v: $int_type) -> Self {
                Self::new(v)
            }
        }

        impl fmt::Debug for $atomic_type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
            }
        }

        unsafe impl Sync for $atomic_type {}

        impl $atomic_type {
            pub const fn new(v: $int_type) -> Self {
                Self { v: UnsafeCell::new(v) }
            }

            pub const unsafe fn from_ptr<'a>(ptr: *mut $int_type) -> &'a $atomic_type {
                unsafe { &*(ptr as *const $atomic_type) }
            }

            pub fn get_mut(&mut self) -> &mut $int_type {
                self.v.get_mut()
            }

            pub const fn into_inner(self) -> $int_type {
                self.v.into_inner()
            }

            pub fn load(&self, order: Ordering) -> $int_type {
                unsafe { atomic_load(self.v.get(), order) }
            }

            pub fn store(&self, val: $int_type, order: Ordering) {
                unsafe { atomic_store(self.v.get(), val, order) }
            }

            pub fn swap(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_swap(self.v.get(), val, order) }
            }

            #[deprecated(since = "1.50.0", note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
            pub fn compare_and_swap(&self, current: $int_type, new: $int_type, order: Ordering) -> $int_type {
                match self.compare_exchange(current, new, order, strongest_failure_ordering(order)) {
                    Ok(x) => x,
                    Err(x) => x,
                }
            }

            pub fn compare_exchange(
                &self,
                current: $int_type,
                new: $int_type,
                success: Ordering,
                failure: Ordering,
            ) -> Result<$int_type, $int_type> {
                unsafe { atomic_compare_exchange(self.v.get(), current, new, success, failure) }
            }

            pub fn compare_exchange_weak(
                &self,
                current: $int_type,
                new: $int_type,
                success: Ordering,
                failure: Ordering,
            ) -> Result<$int_type, $int_type> {
                self.compare_exchange(current, new, success, failure)
            }

            pub fn fetch_add(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_ADD, order) }
            }

            pub fn fetch_sub(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_SUB, order) }
            }

            pub fn fetch_and(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_AND, order) }
            }

            pub fn fetch_nand(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_NAND, order) }
            }

            pub fn fetch_or(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_OR, order) }
            }

            pub fn fetch_xor(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_XOR, order) }
            }

            pub fn fetch_update<F>(
                &self,
                set_order: Ordering,
                fetch_order: Ordering,
                f: F,
            ) -> Result<$int_type, $int_type>
            where
                F: FnMut($int_type) -> Option<$int_type>,
            {
                self.try_update(set_order, fetch_order, f)
            }

            pub fn try_update(
                &self,
                set_order: Ordering,
                fetch_order: Ordering,
                mut f: impl FnMut($int_type) -> Option<$int_type>,
            ) -> Result<$int_type, $int_type> {
                let mut prev = self.load(fetch_order);
                while let Some(next) = f(prev) {
                    match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                        x @ Ok(_) => return x,
                        Err(next_prev) => prev = next_prev,
                    }
                }
                Err(prev)
            }

            pub fn update(
                &self,
                set_order: Ordering,
                fetch_order: Ordering,
                mut f: impl FnMut($int_type) -> $int_type,
            ) -> $int_type {
                let mut prev = self.load(fetch_order);
                loop {
                    match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                        Ok(x) => break x,
                        Err(next_prev) => prev = next_prev,
                    }
                }
            }

            pub fn fetch_max(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_MAX, order) }
            }

            pub fn fetch_min(&self, val: $int_type, order: Ordering) -> $int_type {
                unsafe { intrinsic_fetch_op(self.v.get(), val, OP_MIN, order) }
            }

            pub const fn as_ptr(&self) -> *mut $int_type {
                self.v.get()
            }
        }
    };
}

atomic_int!(AtomicI8, i8, 1);
atomic_int!(AtomicU8, u8, 1);
atomic_int!(AtomicI16, i16, 2);
atomic_int!(AtomicU16, u16, 2);
atomic_int!(AtomicI32, i32, 4);
atomic_int!(AtomicU32, u32, 4);
atomic_int!(AtomicI64, i64, 8);
atomic_int!(AtomicU64, u64, 8);
atomic_int!(AtomicIsize, isize, 8);
atomic_int!(AtomicUsize, usize, 8);

#[deprecated(since = "1.34.0", note = "the `new` function is now preferred")]
pub const ATOMIC_ISIZE_INIT: AtomicIsize = AtomicIsize::new(0);

#[deprecated(since = "1.34.0", note = "the `new` function is now preferred")]
pub const ATOMIC_USIZE_INIT: AtomicUsize = AtomicUsize::new(0);
