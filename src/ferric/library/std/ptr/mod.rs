//! Manually manage memory through raw pointers (library/core/src/ptr/mod.rs).
//!
//! The memory operations are backend intrinsics (`crate::intrinsics`); pointer arithmetic is
//! in elements of the pointee (`ptr.add(1)` is the next element of an array or slice).

use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::clone::Clone;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;
use crate::marker::{Copy, Sized};
use crate::option::Option::{self, Some};

mod const_ptr;
mod mut_ptr;
mod non_null;

pub use non_null::NonNull;

/// Executes the destructor (if any) of the pointed-to value.
#[lang = "drop_in_place"]
#[allow(unconditional_recursion)]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {
    // SAFETY: see the intrinsic.
    unsafe { intrinsics::drop_in_place(to_drop) }
}

/// Creates a null raw pointer.
#[inline(always)]
#[must_use]
pub const fn null<T>() -> *const T {
    intrinsics::ferric_null::<T>()
}

/// Creates a null mutable raw pointer.
#[inline(always)]
#[must_use]
pub const fn null_mut<T>() -> *mut T {
    intrinsics::ferric_null::<T>() as *mut T
}

/// Creates a `[T]` raw slice pointer from a pointer and a length.
#[ferric::intrinsic]
pub const fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T];

/// Creates a `[T]` mutable raw slice pointer from a pointer and a length.
#[ferric::intrinsic]
pub const fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T];

/// Swaps the values at two mutable locations of the same type, without deinitializing
/// either.
pub const unsafe fn swap<T>(x: *mut T, y: *mut T) {
    // SAFETY: the caller must guarantee that `x` and `y` are valid for reads and writes.
    unsafe {
        let tmp = read(x);
        copy(y, x, 1);
        write(y, tmp);
    }
}

/// Swaps `count * size_of::<T>()` bytes between the two regions of memory beginning at
/// `x` and `y`. The two regions must *not* overlap.
pub const unsafe fn swap_nonoverlapping<T>(x: *mut T, y: *mut T, count: usize) {
    let mut i = 0;
    while i < count {
        // SAFETY: the caller must guarantee both regions are valid for `count` elements.
        unsafe { intrinsics::typed_swap_nonoverlapping(x.add(i), y.add(i)) };
        i += 1;
    }
}

/// Moves `src` into the pointed `dst`, returning the previous `dst` value.
pub const unsafe fn replace<T>(dst: *mut T, src: T) -> T {
    // SAFETY: the caller must guarantee that `dst` is valid to be
    // cast to a mutable reference (valid for writes, aligned, initialized).
    unsafe { crate::mem::replace(&mut *dst, src) }
}

/// Reads the value from `src` without moving it. This leaves the memory in `src`
/// unchanged.
#[track_caller]
pub const unsafe fn read<T>(src: *const T) -> T {
    // SAFETY: the caller must guarantee that `src` is valid for reads.
    unsafe { intrinsics::read_via_copy(src) }
}

/// Reads the value from `src` without moving it; `src` need not be aligned.
#[track_caller]
pub const unsafe fn read_unaligned<T>(src: *const T) -> T {
    // SAFETY: the caller must guarantee that `src` is valid for reads.
    unsafe { intrinsics::read_via_copy(src) }
}

/// Performs a volatile read of the value from `src` without moving it.
pub unsafe fn read_volatile<T>(src: *const T) -> T {
    // SAFETY: the caller must guarantee that `src` is valid for reads.
    unsafe { intrinsics::read_via_copy(src) }
}

/// Overwrites a memory location with the given value without reading or dropping the
/// old value.
#[track_caller]
pub const unsafe fn write<T>(dst: *mut T, src: T) {
    // SAFETY: the caller must guarantee that `dst` is valid for writes.
    unsafe { intrinsics::write_via_move(dst, src) }
}

/// Overwrites a memory location with the given value without reading or dropping the
/// old value; `dst` need not be aligned.
#[track_caller]
pub const unsafe fn write_unaligned<T>(dst: *mut T, src: T) {
    // SAFETY: the caller must guarantee that `dst` is valid for writes.
    unsafe { intrinsics::write_via_move(dst, src) }
}

/// Performs a volatile write of a memory location with the given value without reading
/// or dropping the old value.
pub unsafe fn write_volatile<T>(dst: *mut T, src: T) {
    // SAFETY: the caller must guarantee that `dst` is valid for writes.
    unsafe { intrinsics::write_via_move(dst, src) }
}

/// Sets `count * size_of::<T>()` bytes of memory starting at `dst` to `val`.
pub const unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize) {
    // SAFETY: the safety contract for `write_bytes` must be upheld by the caller.
    unsafe { intrinsics::write_bytes(dst, val, count) }
}

/// Copies `count * size_of::<T>()` bytes from `src` to `dst`. The source and destination
/// may overlap.
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) {
    // SAFETY: the safety contract for `copy` must be upheld by the caller.
    unsafe { intrinsics::copy(src, dst, count) }
}

/// Copies `count * size_of::<T>()` bytes from `src` to `dst`. The source and destination
/// must *not* overlap.
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    // SAFETY: the safety contract for `copy_nonoverlapping` must be upheld by the caller.
    unsafe { intrinsics::copy_nonoverlapping(src, dst, count) }
}

/// Compares raw pointers for equality (addresses and metadata).
#[inline(always)]
#[allow(ambiguous_wide_pointer_comparisons)]
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool {
    a == b
}

/// Compares the *addresses* of the two pointers for equality, ignoring any metadata in
/// fat pointers.
#[inline(always)]
pub fn addr_eq<T: ?Sized, U: ?Sized>(p: *const T, q: *const U) -> bool {
    intrinsics::ferric_ptr_addr(p) == intrinsics::ferric_ptr_addr(q)
}

/// Compares the *addresses* of the two function pointers for equality.
pub fn fn_addr_eq<T: Copy, U: Copy>(f: T, g: U) -> bool
where
    T: crate::marker::FnPtr,
    U: crate::marker::FnPtr,
{
    f.addr() == g.addr()
}

/// Hash a raw pointer.
pub fn hash<T: ?Sized, S: Hasher>(hashee: *const T, into: &mut S) {
    hashee.hash(into);
}

// Comparison, hashing and formatting of function pointers (the type checker implements
// `FnPtr` for every fn pointer type, and only for them).

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> PartialEq for F {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.addr() == other.addr()
    }
}

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> Eq for F {}

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> PartialOrd for F {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.addr().partial_cmp(&other.addr())
    }
}

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> Ord for F {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.addr().cmp(&other.addr())
    }
}

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> Hash for F {
    fn hash<HH: Hasher>(&self, state: &mut HH) {
        state.write_usize(intrinsics::ferric_ptr_addr(self.addr()))
    }
}

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> crate::fmt::Pointer for F {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::pointer_fmt_inner(intrinsics::ferric_ptr_addr(self.addr()), f)
    }
}

#[diagnostic::do_not_recommend]
impl<F: crate::marker::FnPtr> crate::fmt::Debug for F {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::pointer_fmt_inner(intrinsics::ferric_ptr_addr(self.addr()), f)
    }
}

/// Creates a `const` raw pointer to a place, without creating an intermediate reference
/// (`std::ptr::addr_of!`; the same as `&raw const $place`).
#[doc(hidden)]
#[macro_export]
macro_rules! __ptr_addr_of {
    ($place:expr) => {
        &raw const $place
    };
}

/// Creates a `mut` raw pointer to a place, without creating an intermediate reference
/// (`std::ptr::addr_of_mut!`; the same as `&raw mut $place`).
#[doc(hidden)]
#[macro_export]
macro_rules! __ptr_addr_of_mut {
    ($place:expr) => {
        &raw mut $place
    };
}

#[doc(inline)]
pub use crate::__ptr_addr_of as addr_of;
#[doc(inline)]
pub use crate::__ptr_addr_of_mut as addr_of_mut;

/// Converts a reference to a raw pointer.
#[inline(always)]
#[must_use]
pub const fn from_ref<T: ?Sized>(r: &T) -> *const T {
    r
}

/// Converts a mutable reference to a raw pointer.
#[inline(always)]
#[must_use]
pub const fn from_mut<T: ?Sized>(r: &mut T) -> *mut T {
    r
}

/// Creates a pointer with the given address and no provenance.
#[ferric::intrinsic]
#[must_use]
pub const fn without_provenance<T>(addr: usize) -> *const T;

/// Creates a new pointer that is dangling, but non-null and well-aligned.
#[must_use]
pub const fn dangling<T>() -> *const T {
    without_provenance::<T>(crate::mem::align_of::<T>())
}

/// Creates a pointer with the given address and no provenance.
#[ferric::intrinsic]
#[must_use]
pub const fn without_provenance_mut<T>(addr: usize) -> *mut T;

/// Creates a new pointer that is dangling, but non-null and well-aligned.
#[must_use]
pub const fn dangling_mut<T>() -> *mut T {
    without_provenance_mut::<T>(crate::mem::align_of::<T>())
}

// Equality, ordering and hashing of raw pointers: compare addresses (and metadata).

impl<T: ?Sized> PartialEq for *const T {
    #[ferric::intrinsic]
    fn eq(&self, other: &*const T) -> bool;
}

impl<T: ?Sized> Eq for *const T {}

impl<T: ?Sized> PartialEq for *mut T {
    #[ferric::intrinsic]
    fn eq(&self, other: &*mut T) -> bool;
}

impl<T: ?Sized> Eq for *mut T {}

impl<T: ?Sized> Ord for *const T {
    fn cmp(&self, other: &*const T) -> Ordering {
        Ord::cmp(&intrinsics::ferric_ptr_addr(*self), &intrinsics::ferric_ptr_addr(*other))
    }
}

impl<T: ?Sized> PartialOrd for *const T {
    fn partial_cmp(&self, other: &*const T) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: ?Sized> Ord for *mut T {
    fn cmp(&self, other: &*mut T) -> Ordering {
        Ord::cmp(&intrinsics::ferric_ptr_addr(*self), &intrinsics::ferric_ptr_addr(*other))
    }
}

impl<T: ?Sized> PartialOrd for *mut T {
    fn partial_cmp(&self, other: &*mut T) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: ?Sized> Hash for *const T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(intrinsics::ferric_ptr_addr(*self));
    }
}

impl<T: ?Sized> Hash for *mut T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(intrinsics::ferric_ptr_addr(*self));
    }
}
