//! Defines the `IntoIter` owned iterator for arrays (library/core/src/array/iter.rs).
//!
//! ferric's array iterator holds the array's elements in a `vec::IntoIter` (real core keeps
//! `[MaybeUninit<T>; N]` and an alive range; the observable behaviour is the same: elements
//! move out front to back or back to front, and those not yielded are dropped with the
//! iterator).

use crate::boxed::Box;
use crate::clone::Clone;
use crate::default::Default;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator, TrustedLen};
use crate::option::Option::{self, Some};
use crate::vec::{self, Vec};

/// A by-value array iterator (`[T; N]::into_iter`).
pub struct IntoIter<T, const N: usize> {
    /// The elements not yielded yet.
    inner: vec::IntoIter<T>,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    /// Creates a consuming iterator, that is, one that moves each value out of the array
    /// (from start to end).
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        let boxed: Box<[T]> = Box::new(self);
        IntoIter { inner: boxed.into_vec().into_iter() }
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
        self.inner.as_slice()
    }

    /// Returns a mutable slice of all elements that have not been yielded yet.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self.inner.as_mut_slice()
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.inner.len();
        (len, Some(len))
    }

    #[inline]
    fn count(self) -> usize {
        self.inner.len()
    }

    #[inline]
    fn last(mut self) -> Option<Self::Item> {
        self.next_back()
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back()
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {
    #[inline]
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<T, const N: usize> FusedIterator for IntoIter<T, N> {}

unsafe impl<T, const N: usize> TrustedLen for IntoIter<T, N> {}

impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    fn clone(&self) -> Self {
        IntoIter { inner: self.as_slice().to_vec().into_iter() }
    }
}

impl<T, const N: usize> Default for IntoIter<T, N> {
    fn default() -> Self {
        IntoIter { inner: Vec::new().into_iter() }
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only print the elements that were not yielded yet: we cannot
        // access the yielded elements anymore.
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}
