//! Inherent methods of `*mut T` (library/core/src/ptr/mut_ptr.rs).

use super::*;
use crate::option::Option::{self, None, Some};
use crate::marker::Sized;

impl<T: ?Sized> *mut T {
    /// Returns `true` if the pointer is null.
    #[inline]
    pub const fn is_null(self) -> bool {
        intrinsics::ferric_is_null(self as *const T)
    }

    /// Casts to a pointer of another type.
    #[inline(always)]
    pub const fn cast<U>(self) -> *mut U {
        self as *mut U
    }

    /// Gets the "address" portion of the pointer.
    #[inline(always)]
    #[must_use]
    pub fn addr(self) -> usize {
        intrinsics::ferric_ptr_addr(self as *const T)
    }

    /// Returns `None` if the pointer is null, or else returns a shared reference to
    /// the value wrapped in `Some`.
    #[inline]
    pub const unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        if self.is_null() { None } else { unsafe { Some(&*self) } }
    }

    /// Returns `None` if the pointer is null, or else returns a unique reference to
    /// the value wrapped in `Some`.
    #[inline]
    pub const unsafe fn as_mut<'a>(self) -> Option<&'a mut T> {
        if self.is_null() { None } else { unsafe { Some(&mut *self) } }
    }

    /// Changes constness without changing the type.
    #[inline(always)]
    pub const fn cast_const(self) -> *const T {
        self as *const T
    }
}

impl<T> *mut T {
    /// Adds a signed offset (in elements) to a pointer.
    #[must_use = "returns a new pointer rather than modifying its argument"]
    #[inline(always)]
    #[track_caller]
    pub const unsafe fn offset(self, count: isize) -> *mut T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { intrinsics::offset(self as *const T, count) as *mut T }
    }

    /// Adds an unsigned offset (in elements) to a pointer.
    #[must_use = "returns a new pointer rather than modifying its argument"]
    #[inline(always)]
    #[track_caller]
    pub const unsafe fn add(self, count: usize) -> *mut T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { intrinsics::offset(self as *const T, count as isize) as *mut T }
    }

    /// Subtracts an unsigned offset (in elements) from a pointer.
    #[must_use = "returns a new pointer rather than modifying its argument"]
    #[inline(always)]
    #[track_caller]
    pub const unsafe fn sub(self, count: usize) -> *mut T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { intrinsics::offset(self as *const T, 0 - (count as isize)) as *mut T }
    }

    /// Adds a signed offset to a pointer using wrapping arithmetic.
    #[must_use = "returns a new pointer rather than modifying its argument"]
    #[inline(always)]
    pub const fn wrapping_offset(self, count: isize) -> *mut T {
        intrinsics::arith_offset(self as *const T, count) as *mut T
    }

    /// Adds an unsigned offset to a pointer using wrapping arithmetic.
    #[must_use = "returns a new pointer rather than modifying its argument"]
    #[inline(always)]
    pub const fn wrapping_add(self, count: usize) -> *mut T {
        self.wrapping_offset(count as isize)
    }

    /// Subtracts an unsigned offset from a pointer using wrapping arithmetic.
    #[must_use = "returns a new pointer rather than modifying its argument"]
    #[inline(always)]
    pub const fn wrapping_sub(self, count: usize) -> *mut T {
        self.wrapping_offset((count as isize).wrapping_neg())
    }

    /// Calculates the distance between two pointers within the same allocation, in
    /// elements.
    #[inline]
    pub const unsafe fn offset_from(self, origin: *const T) -> isize {
        // SAFETY: the caller must uphold the safety contract for `offset_from`.
        unsafe { intrinsics::ptr_offset_from(self as *const T, origin) }
    }

    /// Reads the value from `self` without moving it.
    #[inline]
    #[track_caller]
    pub const unsafe fn read(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read`.
        unsafe { read(self as *const T) }
    }

    /// Reads the value from `self` without moving it; the pointer need not be aligned.
    #[inline]
    #[track_caller]
    pub const unsafe fn read_unaligned(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read_unaligned`.
        unsafe { read_unaligned(self as *const T) }
    }

    /// Performs a volatile read of the value from `self` without moving it.
    #[inline]
    pub unsafe fn read_volatile(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read_volatile`.
        unsafe { read_volatile(self as *const T) }
    }

    /// Copies `count * size_of::<T>()` bytes from `self` to `dest`; they may overlap.
    #[inline]
    pub const unsafe fn copy_to(self, dest: *mut T, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy`.
        unsafe { copy(self as *const T, dest, count) }
    }

    /// Copies `count * size_of::<T>()` bytes from `self` to `dest`; they must not overlap.
    #[inline]
    pub const unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy_nonoverlapping`.
        unsafe { copy_nonoverlapping(self as *const T, dest, count) }
    }

    /// Copies `count * size_of::<T>()` bytes from `src` to `self`; they may overlap.
    #[inline]
    pub const unsafe fn copy_from(self, src: *const T, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy`.
        unsafe { copy(src, self, count) }
    }

    /// Copies `count * size_of::<T>()` bytes from `src` to `self`; they must not overlap.
    #[inline]
    pub const unsafe fn copy_from_nonoverlapping(self, src: *const T, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy_nonoverlapping`.
        unsafe { copy_nonoverlapping(src, self, count) }
    }

    /// Executes the destructor (if any) of the pointed-to value.
    #[inline(always)]
    pub unsafe fn drop_in_place(self) {
        // SAFETY: the caller must uphold the safety contract for `drop_in_place`.
        unsafe { drop_in_place(self) }
    }

    /// Overwrites a memory location with the given value without reading or dropping
    /// the old value.
    #[inline(always)]
    #[track_caller]
    pub const unsafe fn write(self, val: T) {
        // SAFETY: the caller must uphold the safety contract for `write`.
        unsafe { write(self, val) }
    }

    /// Invokes memset on the specified pointer, setting `count * size_of::<T>()` bytes
    /// of memory starting at `self` to `val`.
    #[inline(always)]
    pub const unsafe fn write_bytes(self, val: u8, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `write_bytes`.
        unsafe { write_bytes(self, val, count) }
    }

    /// Performs a volatile write of a memory location with the given value.
    #[inline(always)]
    pub unsafe fn write_volatile(self, val: T) {
        // SAFETY: the caller must uphold the safety contract for `write_volatile`.
        unsafe { write_volatile(self, val) }
    }

    /// Overwrites a memory location with the given value; the pointer need not be aligned.
    #[inline(always)]
    #[track_caller]
    pub const unsafe fn write_unaligned(self, val: T) {
        // SAFETY: the caller must uphold the safety contract for `write_unaligned`.
        unsafe { write_unaligned(self, val) }
    }

    /// Replaces the value at `self` with `src`, returning the old value, without
    /// dropping either.
    #[inline(always)]
    pub const unsafe fn replace(self, src: T) -> T {
        // SAFETY: the caller must uphold the safety contract for `replace`.
        unsafe { replace(self, src) }
    }

    /// Swaps the values at two mutable locations of the same type, without
    /// deinitializing either.
    #[inline(always)]
    pub const unsafe fn swap(self, with: *mut T) {
        // SAFETY: the caller must uphold the safety contract for `swap`.
        unsafe { swap(self, with) }
    }
}

impl<T> *mut [T] {
    /// Returns the length of a raw slice.
    #[ferric::intrinsic]
    pub const fn len(self) -> usize;

    /// Returns `true` if the raw slice has a length of 0.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Returns a raw pointer to the slice's buffer (`self as *mut T`).
    #[ferric::intrinsic]
    pub const fn as_mut_ptr(self) -> *mut T;
}
