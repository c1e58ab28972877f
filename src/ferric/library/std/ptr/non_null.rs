//! `NonNull` (library/core/src/ptr/non_null.rs).

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::From;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Copy, Sized, Unsize};
use crate::ops::{CoerceUnsized, DispatchFromDyn};
use crate::option::Option::{self, None, Some};

/// `*mut T` but non-zero and covariant.
#[repr(transparent)]
pub struct NonNull<T: ?Sized> {
    pointer: *const T,
}

/// `NonNull` pointers are not `Send` because the data they reference may be aliased.
impl<T: ?Sized> !crate::marker::Send for NonNull<T> {}

/// `NonNull` pointers are not `Sync` because the data they reference may be aliased.
impl<T: ?Sized> !crate::marker::Sync for NonNull<T> {}

impl<T> NonNull<T> {
    /// Creates a new `NonNull` that is dangling, but well-aligned.
    #[inline]
    #[must_use]
    pub const fn dangling() -> Self {
        NonNull { pointer: super::dangling::<T>() }
    }
}

impl<T: ?Sized> NonNull<T> {
    /// Creates a new `NonNull`.
    ///
    /// # Safety
    ///
    /// `ptr` must be non-null.
    #[inline]
    #[track_caller]
    pub const unsafe fn new_unchecked(ptr: *mut T) -> Self {
        NonNull { pointer: ptr as *const T }
    }

    /// Creates a new `NonNull` if `ptr` is non-null.
    #[inline]
    pub const fn new(ptr: *mut T) -> Option<Self> {
        if !ptr.is_null() { Some(NonNull { pointer: ptr as *const T }) } else { None }
    }

    /// Converts a reference to a `NonNull` pointer.
    #[inline]
    pub const fn from_ref(r: &T) -> Self {
        NonNull { pointer: r as *const T }
    }

    /// Converts a mutable reference to a `NonNull` pointer.
    #[inline]
    pub const fn from_mut(r: &mut T) -> Self {
        NonNull { pointer: r as *mut T as *const T }
    }

    /// Acquires the underlying `*mut` pointer.
    #[inline(always)]
    #[must_use]
    pub const fn as_ptr(self) -> *mut T {
        self.pointer as *mut T
    }

    /// Returns a shared reference to the value.
    #[inline(always)]
    #[must_use]
    pub const unsafe fn as_ref<'a>(&self) -> &'a T {
        // SAFETY: the caller must guarantee that `self` meets all the
        // requirements for a reference.
        unsafe { &*self.as_ptr().cast_const() }
    }

    /// Returns a unique reference to the value.
    #[inline(always)]
    #[must_use]
    pub const unsafe fn as_mut<'a>(&mut self) -> &'a mut T {
        // SAFETY: the caller must guarantee that `self` meets all the
        // requirements for a mutable reference.
        unsafe { &mut *self.as_ptr() }
    }

    /// Casts to a pointer of another type.
    #[inline]
    #[must_use = "this returns the result of the operation, without modifying the original"]
    pub const fn cast<U>(self) -> NonNull<U> {
        NonNull { pointer: self.pointer as *const U }
    }

    /// Gets the "address" portion of the pointer.
    #[inline]
    #[must_use]
    pub fn addr(self) -> crate::num::NonZero<usize> {
        // SAFETY: the pointer is non-null.
        unsafe { crate::num::NonZero::new_unchecked(self.pointer.addr()) }
    }
}

impl<T> NonNull<T> {
    /// Adds an offset to a pointer (in elements).
    #[inline(always)]
    #[must_use]
    pub const unsafe fn add(self, count: usize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { NonNull { pointer: self.pointer.add(count) } }
    }

    /// Subtracts an offset from a pointer (in elements).
    #[inline(always)]
    #[must_use]
    pub const unsafe fn sub(self, count: usize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { NonNull { pointer: self.pointer.sub(count) } }
    }

    /// Adds a signed offset to a pointer (in elements).
    #[inline(always)]
    #[must_use]
    pub const unsafe fn offset(self, count: isize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { NonNull { pointer: self.pointer.offset(count) } }
    }

    /// Calculates the distance between two pointers (in elements).
    #[inline]
    pub const unsafe fn offset_from(self, origin: NonNull<T>) -> isize {
        // SAFETY: the caller must uphold the safety contract for `offset_from`.
        unsafe { self.pointer.offset_from(origin.pointer) }
    }

    /// Reads the value from `self` without moving it.
    #[inline]
    pub const unsafe fn read(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read`.
        unsafe { super::read(self.pointer) }
    }

    /// Overwrites a memory location with the given value without reading or dropping
    /// the old value.
    #[inline]
    pub const unsafe fn write(self, val: T) {
        // SAFETY: the caller must uphold the safety contract for `write`.
        unsafe { super::write(self.as_ptr(), val) }
    }

    /// Executes the destructor (if any) of the pointed-to value.
    #[inline]
    pub unsafe fn drop_in_place(self) {
        // SAFETY: the caller must uphold the safety contract for `drop_in_place`.
        unsafe { super::drop_in_place(self.as_ptr()) }
    }

    /// Creates a non-null raw slice from a thin pointer and a length.
    #[inline]
    #[must_use]
    pub const fn slice_from_raw_parts(data: NonNull<T>, len: usize) -> NonNull<[T]> {
        NonNull { pointer: super::slice_from_raw_parts(data.pointer, len) }
    }
}

impl<T: ?Sized> Clone for NonNull<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for NonNull<T> {}

impl<T: ?Sized, U: ?Sized> CoerceUnsized<NonNull<U>> for NonNull<T> where T: Unsize<U> {}

impl<T: ?Sized, U: ?Sized> DispatchFromDyn<NonNull<U>> for NonNull<T> where T: Unsize<U> {}

impl<T: ?Sized> fmt::Debug for NonNull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.as_ptr(), f)
    }
}

impl<T: ?Sized> fmt::Pointer for NonNull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.as_ptr(), f)
    }
}

impl<T: ?Sized> Eq for NonNull<T> {}

impl<T: ?Sized> PartialEq for NonNull<T> {
    #[inline]
    #[allow(ambiguous_wide_pointer_comparisons)]
    fn eq(&self, other: &Self) -> bool {
        self.as_ptr() == other.as_ptr()
    }
}

impl<T: ?Sized> Ord for NonNull<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_ptr().cmp(&other.as_ptr())
    }
}

impl<T: ?Sized> PartialOrd for NonNull<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.as_ptr().partial_cmp(&other.as_ptr())
    }
}

impl<T: ?Sized> Hash for NonNull<T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_ptr().hash(state)
    }
}

impl<T: ?Sized> From<&mut T> for NonNull<T> {
    /// Converts a `&mut T` to a `NonNull<T>`.
    #[inline]
    fn from(r: &mut T) -> Self {
        NonNull::from_mut(r)
    }
}

impl<T: ?Sized> From<&T> for NonNull<T> {
    /// Converts a `&T` to a `NonNull<T>`.
    #[inline]
    fn from(r: &T) -> Self {
        NonNull::from_ref(r)
    }
}
