//! `ManuallyDrop` (library/core/src/mem/manually_drop.rs): the compiler does not drop the
//! wrapped value (lang item `manually_drop`).

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Copy, Sized, StructuralPartialEq};
use crate::ops::{Deref, DerefMut};
use crate::option::Option;
use crate::ptr;

/// A wrapper to inhibit the compiler from automatically calling `T`'s destructor.
#[lang = "manually_drop"]
#[derive(Copy, Clone, Debug, Default)]
#[repr(transparent)]
pub struct ManuallyDrop<T: ?Sized> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    /// Wraps a value to be manually dropped.
    #[must_use = "if you don't need the wrapper, you can use `mem::forget` instead"]
    pub const fn new(value: T) -> ManuallyDrop<T> {
        ManuallyDrop { value }
    }

    /// Extracts the value from the `ManuallyDrop` container.
    pub const fn into_inner(slot: ManuallyDrop<T>) -> T {
        // SAFETY: `ManuallyDrop` never drops its value, so reading it out moves it.
        unsafe { ptr::read(&slot.value) }
    }

    /// Takes the value from the `ManuallyDrop<T>` container out.
    #[must_use = "if you don't need the value, you can use `ManuallyDrop::drop` instead"]
    pub unsafe fn take(slot: &mut ManuallyDrop<T>) -> T {
        // SAFETY: we are reading from a reference, which is guaranteed
        // to be valid for reads.
        unsafe { ptr::read(&slot.value) }
    }
}

impl<T: ?Sized> ManuallyDrop<T> {
    /// Manually drops the contained value.
    pub unsafe fn drop(slot: &mut ManuallyDrop<T>) {
        // SAFETY: we are dropping the value pointed to by a mutable reference
        // which is guaranteed to be valid for writes.
        // It is up to the caller to make sure that `slot` isn't dropped again.
        unsafe { ptr::drop_in_place(&mut slot.value) }
    }
}

impl<T: ?Sized> Deref for ManuallyDrop<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: ?Sized> DerefMut for ManuallyDrop<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T: ?Sized + Eq> Eq for ManuallyDrop<T> {}

impl<T: ?Sized + PartialEq> PartialEq for ManuallyDrop<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value.eq(&other.value)
    }
}

impl<T: ?Sized> StructuralPartialEq for ManuallyDrop<T> {}

impl<T: ?Sized + Ord> Ord for ManuallyDrop<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T: ?Sized + PartialOrd> PartialOrd for ManuallyDrop<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: ?Sized + Hash> Hash for ManuallyDrop<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}
