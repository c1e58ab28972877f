//! Defines the `IntoIter` owned iterator for arrays (library/core/src/array/iter.rs).

use crate::clone::Clone;
use crate::default::Default;
use crate::fmt;
use crate::intrinsics::transmute_unchecked;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator, TrustedLen};
use crate::mem::MaybeUninit;
use crate::ops::Drop;
use crate::option::Option::{self, None, Some};
use crate::{ptr, slice};

/// A by-value array iterator (`[T; N]::into_iter`).
pub struct IntoIter<T, const N: usize> {
    /// This is the array we are iterating over.
    ///
    /// Elements with index `i` where `alive.start <= i < alive.end` have not been yielded
    /// yet and are valid array entries. Elements with indices `i < alive.start` or
    /// `i >= alive.end` have been yielded already and must not be accessed anymore!
    data: [MaybeUninit<T>; N],
    /// The elements in `data` that have not been yielded yet are `data[start..end]`.
    start: usize,
    end: usize,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    /// Creates a consuming iterator, that is, one that moves each value out of the array
    /// (from start to end).
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        // SAFETY: The transmute here is actually safe: `MaybeUninit<T>` has the same layout
        // as `T`, and the array is consumed.
        let data: [MaybeUninit<T>; N] = unsafe { transmute_unchecked(self) };
        IntoIter { data, start: 0, end: N }
    }
}

impl<T, const N: usize> IntoIter<T, N> {
    /// Creates a new iterator over the given `array`.
    #[deprecated(since = "1.59.0", note = "use `IntoIterator::into_iter` instead")]
    #[inline]
    pub fn new(array: [T; N]) -> Self {
        IntoIterator::into_iter(array)
    }

    /// Returns an immutable slice of all elements that have not been yielded yet.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: We know that all elements within `alive` are properly initialized.
        unsafe {
            let part = &self.data[self.start..self.end];
            slice::from_raw_parts(part.as_ptr() as *const T, part.len())
        }
    }

    /// Returns a mutable slice of all elements that have not been yielded yet.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: We know that all elements within `alive` are properly initialized.
        unsafe {
            let (start, end) = (self.start, self.end);
            let part = &mut self.data[start..end];
            slice::from_raw_parts_mut(part.as_mut_ptr() as *mut T, part.len())
        }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.start < self.end {
            let i = self.start;
            self.start += 1;
            // SAFETY: `i` was in the alive range, so the element is initialized; it is
            // now outside of it and will not be read again.
            Some(unsafe { self.data[i].assume_init_read() })
        } else {
            None
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.len();
        (len, Some(len))
    }

    #[inline]
    fn count(self) -> usize {
        self.len()
    }

    #[inline]
    fn last(mut self) -> Option<Self::Item> {
        self.next_back()
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.start < self.end {
            self.end -= 1;
            // SAFETY: `end` was in the alive range, so the element is initialized; it is
            // now outside of it and will not be read again.
            Some(unsafe { self.data[self.end].assume_init_read() })
        } else {
            None
        }
    }
}

impl<T, const N: usize> Drop for IntoIter<T, N> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: This is safe: `as_mut_slice` returns exactly the sub-slice
        // of elements that have not been moved out yet and that remain
        // to be dropped.
        unsafe { ptr::drop_in_place(self.as_mut_slice()) }
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {
    #[inline]
    fn len(&self) -> usize {
        self.end - self.start
    }
}

impl<T, const N: usize> FusedIterator for IntoIter<T, N> {}

unsafe impl<T, const N: usize> TrustedLen for IntoIter<T, N> {}

impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    fn clone(&self) -> Self {
        // Note, we don't really need to match the exact same alive range, so
        // we can just clone into offset 0 regardless of where `self` is.
        let mut new: IntoIter<T, N> =
            IntoIter { data: [const { MaybeUninit::uninit() }; N], start: 0, end: 0 };

        // Clone all alive elements.
        for element in self.as_slice() {
            // Write a clone into the new array, then update its alive range.
            // If cloning panics, we'll correctly drop the previous items.
            new.data[new.end] = MaybeUninit::new(element.clone());
            new.end += 1;
        }

        new
    }
}

impl<T, const N: usize> Default for IntoIter<T, N> {
    fn default() -> Self {
        IntoIter { data: [const { MaybeUninit::uninit() }; N], start: 0, end: 0 }
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only print the elements that were not yielded yet: we cannot
        // access the yielded elements anymore.
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

