//! Slice management and manipulation (library/core/src/slice/mod.rs and
//! library/alloc/src/slice.rs): the inherent methods of `[T]`, `SliceIndex`, the slice
//! iterators, sorting, and `Concat`/`Join`.
//!
//! The representation of a slice belongs to the backend: `len`, `as_ptr`, `as_mut_ptr`,
//! `split_at_mut`, element and sub-slice access (`elem`, `elem_mut`, `subslice`,
//! `subslice_mut`) and `from_raw_parts(_mut)` are intrinsics; everything else is Rust.

use crate::borrow::Borrow;
use crate::boxed::Box;
use crate::clone::Clone;
use crate::cmp::Ordering::{self, Equal, Greater, Less};
use crate::cmp::{Ord, PartialEq, PartialOrd};
use crate::iter::{IntoIterator, Iterator};
use crate::marker::{Copy, Sized};
use crate::ops::{self, FnMut, Range, RangeBounds};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::string::String;
use crate::vec::Vec;
use crate::{mem, ptr};

mod ascii;
mod cmp;
mod index;
mod iter;
mod join;
mod sort;

pub use ascii::EscapeAscii;
pub use index::SliceIndex;
pub use index::{GetDisjointMutError, GetDisjointMutIndex};
pub use iter::{ChunkBy, ChunkByMut, Chunks, ChunksExact, ChunksExactMut, ChunksMut, Iter, IterMut};
pub use iter::{RChunks, RChunksExact, RChunksExactMut, RChunksMut, RSplit, RSplitMut, RSplitN};
pub use iter::{RSplitNMut, Split, SplitInclusive, SplitInclusiveMut, SplitMut, SplitN, SplitNMut};
pub use iter::Windows;
pub use join::{Concat, Join};

pub(crate) use index::{slice_end_index_len_fail, slice_index_order_fail, slice_start_index_len_fail};

// ---------------------------------------------------------------------------------------
// Intrinsics: the backend's representation of slices
// ---------------------------------------------------------------------------------------

/// The element at `index`; `index < s.len()` is the caller's obligation.
#[ferric::intrinsic]
pub(crate) const unsafe fn elem<T>(s: &[T], index: usize) -> &T;

/// The element at `index`, mutably; `index < s.len()` is the caller's obligation.
#[ferric::intrinsic]
pub(crate) const unsafe fn elem_mut<T>(s: &mut [T], index: usize) -> &mut T;

/// The sub-slice `start..end` (a view, not a copy); `start <= end <= s.len()` is the
/// caller's obligation.
#[ferric::intrinsic]
pub(crate) const unsafe fn subslice<T>(s: &[T], start: usize, end: usize) -> &[T];

/// The sub-slice `start..end`, mutably.
#[ferric::intrinsic]
pub(crate) const unsafe fn subslice_mut<T>(s: &mut [T], start: usize, end: usize) -> &mut [T];

/// Forms a slice from a pointer and a length.
#[ferric::intrinsic]
pub const unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T];

/// Forms a mutable slice from a pointer and a length.
#[ferric::intrinsic]
pub const unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T];

/// Converts a reference to T into a slice of length 1 (without copying).
#[ferric::intrinsic]
pub const fn from_ref<T>(s: &T) -> &[T];

/// Converts a reference to T into a slice of length 1 (without copying).
#[ferric::intrinsic]
pub const fn from_mut<T>(s: &mut T) -> &mut [T];

impl<T> [T] {
    /// Returns the number of elements in the slice.
    #[lang = "slice_len_fn"]
    #[ferric::intrinsic]
    pub const fn len(&self) -> usize;

    /// Returns `true` if the slice has a length of 0.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Returns the first element of the slice, or `None` if it is empty.
    #[inline]
    #[must_use]
    pub const fn first(&self) -> Option<&T> {
        if let [first, ..] = self { Some(first) } else { None }
    }

    /// Returns a mutable reference to the first element of the slice, or `None` if it is
    /// empty.
    #[inline]
    #[must_use]
    pub const fn first_mut(&mut self) -> Option<&mut T> {
        if let [first, ..] = self { Some(first) } else { None }
    }

    /// Returns the first and all the rest of the elements of the slice, or `None` if it is
    /// empty.
    #[inline]
    #[must_use]
    pub const fn split_first(&self) -> Option<(&T, &[T])> {
        if let [first, tail @ ..] = self { Some((first, tail)) } else { None }
    }

    /// Returns the first and all the rest of the elements of the slice, or `None` if it is
    /// empty.
    #[inline]
    #[must_use]
    pub const fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if let [first, tail @ ..] = self { Some((first, tail)) } else { None }
    }

    /// Returns the last and all the rest of the elements of the slice, or `None` if it is
    /// empty.
    #[inline]
    #[must_use]
    pub const fn split_last(&self) -> Option<(&T, &[T])> {
        if let [init @ .., last] = self { Some((last, init)) } else { None }
    }

    /// Returns the last and all the rest of the elements of the slice, or `None` if it is
    /// empty.
    #[inline]
    #[must_use]
    pub const fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if let [init @ .., last] = self { Some((last, init)) } else { None }
    }

    /// Returns an array reference to the first `N` items in the slice, or `None` if the
    /// slice has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn first_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() < N {
            None
        } else {
            // SAFETY: `N <= self.len()`.
            unsafe { self.split_at_unchecked(N) }.0.as_array()
        }
    }

    /// Returns a mutable array reference to the first `N` items in the slice, or `None`
    /// if the slice has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn first_chunk_mut<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        if self.len() < N {
            None
        } else {
            // SAFETY: `N <= self.len()`.
            unsafe { self.split_at_mut_unchecked(N) }.0.as_mut_array()
        }
    }

    /// Returns an array reference to the first `N` items in the slice and the remaining
    /// slice, or `None` if it has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn split_first_chunk<const N: usize>(&self) -> Option<(&[T; N], &[T])> {
        let Some((first, tail)) = self.split_at_checked(N) else { return None };
        match first.as_array() {
            Some(first) => Some((first, tail)),
            None => None,
        }
    }

    /// Returns a mutable array reference to the first `N` items in the slice and the
    /// remaining slice, or `None` if it has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn split_first_chunk_mut<const N: usize>(
        &mut self,
    ) -> Option<(&mut [T; N], &mut [T])> {
        let Some((first, tail)) = self.split_at_mut_checked(N) else { return None };
        match first.as_mut_array() {
            Some(first) => Some((first, tail)),
            None => None,
        }
    }

    /// Returns an array reference to the last `N` items in the slice and the remaining
    /// slice, or `None` if it has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn split_last_chunk<const N: usize>(&self) -> Option<(&[T], &[T; N])> {
        let Some(index) = self.len().checked_sub(N) else { return None };
        let (init, last) = self.split_at(index);
        match last.as_array() {
            Some(last) => Some((init, last)),
            None => None,
        }
    }

    /// Returns a mutable array reference to the last `N` items in the slice and the
    /// remaining slice, or `None` if it has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn split_last_chunk_mut<const N: usize>(
        &mut self,
    ) -> Option<(&mut [T], &mut [T; N])> {
        let Some(index) = self.len().checked_sub(N) else { return None };
        let (init, last) = self.split_at_mut(index);
        match last.as_mut_array() {
            Some(last) => Some((init, last)),
            None => None,
        }
    }

    /// Returns an array reference to the last `N` items in the slice, or `None` if the
    /// slice has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn last_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        let Some(index) = self.len().checked_sub(N) else { return None };
        let (_, last) = self.split_at(index);
        last.as_array()
    }

    /// Returns a mutable array reference to the last `N` items in the slice, or `None` if
    /// the slice has fewer than `N` elements.
    #[inline]
    #[must_use]
    pub const fn last_chunk_mut<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        let Some(index) = self.len().checked_sub(N) else { return None };
        let (_, last) = self.split_at_mut(index);
        last.as_mut_array()
    }

    /// Removes the first element of the slice and returns a reference to it.
    #[inline]
    pub fn split_off_first<'a>(self: &mut &'a Self) -> Option<&'a T> {
        let Some((first, rem)) = self.split_first() else { return None };
        *self = rem;
        Some(first)
    }

    /// Removes the first element of the slice and returns a mutable reference to it.
    #[inline]
    pub fn split_off_first_mut<'a>(self: &mut &'a mut Self) -> Option<&'a mut T> {
        let Some((first, rem)) = mem::replace(self, &mut []).split_first_mut() else { return None };
        *self = rem;
        Some(first)
    }

    /// Removes the last element of the slice and returns a reference to it.
    #[inline]
    pub fn split_off_last<'a>(self: &mut &'a Self) -> Option<&'a T> {
        let Some((last, rem)) = self.split_last() else { return None };
        *self = rem;
        Some(last)
    }

    /// Removes the last element of the slice and returns a mutable reference to it.
    #[inline]
    pub fn split_off_last_mut<'a>(self: &mut &'a mut Self) -> Option<&'a mut T> {
        let Some((last, rem)) = mem::replace(self, &mut []).split_last_mut() else { return None };
        *self = rem;
        Some(last)
    }

    /// Returns the last element of the slice, or `None` if it is empty.
    #[inline]
    #[must_use]
    pub const fn last(&self) -> Option<&T> {
        if let [.., last] = self { Some(last) } else { None }
    }

    /// Returns a mutable reference to the last item in the slice, or `None` if it is empty.
    #[inline]
    #[must_use]
    pub const fn last_mut(&mut self) -> Option<&mut T> {
        if let [.., last] = self { Some(last) } else { None }
    }

    /// Returns a reference to an element or subslice depending on the type of index, or
    /// `None` if the index is out of bounds.
    #[inline]
    #[must_use]
    pub fn get<I>(&self, index: I) -> Option<&I::Output>
    where
        I: SliceIndex<Self>,
    {
        index.get(self)
    }

    /// Returns a mutable reference to an element or subslice depending on the type of
    /// index, or `None` if the index is out of bounds.
    #[inline]
    #[must_use]
    pub fn get_mut<I>(&mut self, index: I) -> Option<&mut I::Output>
    where
        I: SliceIndex<Self>,
    {
        index.get_mut(self)
    }

    /// Returns a reference to an element or subslice, without doing bounds checking.
    #[inline]
    #[must_use]
    pub unsafe fn get_unchecked<I>(&self, index: I) -> &I::Output
    where
        I: SliceIndex<Self>,
    {
        // SAFETY: the caller must uphold most of the safety requirements for `get_unchecked`.
        unsafe { &*index.get_unchecked(self) }
    }

    /// Returns a mutable reference to an element or subslice, without doing bounds
    /// checking.
    #[inline]
    #[must_use]
    pub unsafe fn get_unchecked_mut<I>(&mut self, index: I) -> &mut I::Output
    where
        I: SliceIndex<Self>,
    {
        // SAFETY: the caller must uphold the safety requirements for `get_unchecked_mut`.
        unsafe { &mut *index.get_unchecked_mut(self) }
    }

    /// Gets a reference to the underlying array, if the slice has exactly `N` elements.
    #[inline]
    #[must_use]
    #[ferric::intrinsic]
    pub const fn as_array<const N: usize>(&self) -> Option<&[T; N]>;

    /// Gets a mutable reference to the slice's underlying array, if the slice has exactly
    /// `N` elements.
    #[inline]
    #[must_use]
    #[ferric::intrinsic]
    pub const fn as_mut_array<const N: usize>(&mut self) -> Option<&mut [T; N]>;

    /// Returns a raw pointer to the slice's buffer.
    #[ferric::intrinsic]
    #[must_use]
    pub const fn as_ptr(&self) -> *const T;

    /// Returns an unsafe mutable pointer to the slice's buffer.
    #[ferric::intrinsic]
    #[must_use]
    pub const fn as_mut_ptr(&mut self) -> *mut T;

    /// Returns the two raw pointers spanning the slice.
    #[inline]
    #[must_use]
    pub const fn as_ptr_range(&self) -> Range<*const T> {
        let start = self.as_ptr();
        // SAFETY: The `add` here is safe, because `self.len()` is one past the end.
        let end = unsafe { start.add(self.len()) };
        start..end
    }

    /// Swaps two elements in the slice.
    #[inline]
    #[track_caller]
    pub const fn swap(&mut self, a: usize, b: usize) {
        let pa: *mut T = &mut self[a];
        let pb: *mut T = &mut self[b];
        // SAFETY: `pa` and `pb` have been created from safe mutable references and refer
        // to elements in the slice and therefore are guaranteed to be valid and aligned.
        // Note that accessing the elements behind `a` and `b` is checked and will
        // panic when out of bounds.
        unsafe {
            ptr::swap(pa, pb);
        }
    }

    /// Reverses the order of elements in the slice, in place.
    #[inline]
    pub const fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            self.swap(i, n - 1 - i);
            i += 1;
        }
    }

    /// Returns an iterator over the slice.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter::new(self)
    }

    /// Returns an iterator that allows modifying each value.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut::new(self)
    }

    /// Returns an iterator over all contiguous windows of length `size`.
    #[inline]
    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows::new(self, size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the beginning of the slice.
    #[inline]
    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        Chunks::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the beginning of the slice.
    #[inline]
    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksMut::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the beginning of the slice; the remainder is available from `remainder`.
    #[inline]
    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksExact::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the beginning of the slice; the remainder is available from `into_remainder`.
    #[inline]
    #[track_caller]
    pub fn chunks_exact_mut(&mut self, chunk_size: usize) -> ChunksExactMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksExactMut::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the end of the slice.
    #[inline]
    #[track_caller]
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunks::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the end of the slice.
    #[inline]
    #[track_caller]
    pub fn rchunks_mut(&mut self, chunk_size: usize) -> RChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunksMut::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the end of the slice; the remainder is available from `remainder`.
    #[inline]
    #[track_caller]
    pub fn rchunks_exact(&self, chunk_size: usize) -> RChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunksExact::new(self, chunk_size)
    }

    /// Returns an iterator over `chunk_size` elements of the slice at a time, starting at
    /// the end of the slice; the remainder is available from `into_remainder`.
    #[inline]
    #[track_caller]
    pub fn rchunks_exact_mut(&mut self, chunk_size: usize) -> RChunksExactMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunksExactMut::new(self, chunk_size)
    }

    /// Returns an iterator over the slice producing non-overlapping runs of elements using
    /// the predicate to separate them.
    #[inline]
    pub fn chunk_by<F>(&self, pred: F) -> ChunkBy<'_, T, F>
    where
        F: FnMut(&T, &T) -> bool,
    {
        ChunkBy::new(self, pred)
    }

    /// Returns an iterator over the slice producing non-overlapping mutable runs of
    /// elements using the predicate to separate them.
    #[inline]
    pub fn chunk_by_mut<F>(&mut self, pred: F) -> ChunkByMut<'_, T, F>
    where
        F: FnMut(&T, &T) -> bool,
    {
        ChunkByMut::new(self, pred)
    }

    /// Divides one slice into two at an index.
    #[inline]
    #[track_caller]
    #[must_use]
    pub const fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        match self.split_at_checked(mid) {
            Some(pair) => pair,
            None => panic!("mid > len"),
        }
    }

    /// Divides one mutable slice into two at an index.
    #[inline]
    #[track_caller]
    #[must_use]
    pub const fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        match self.split_at_mut_checked(mid) {
            Some(pair) => pair,
            None => panic!("mid > len"),
        }
    }

    /// Divides one slice into two at an index, without doing bounds checking.
    #[inline]
    #[must_use]
    pub const unsafe fn split_at_unchecked(&self, mid: usize) -> (&[T], &[T]) {
        let len = self.len();
        // SAFETY: Caller has to check that `0 <= mid <= self.len()`
        unsafe { (subslice(self, 0, mid), subslice(self, mid, len)) }
    }

    /// Divides one mutable slice into two at an index, without doing bounds checking.
    #[ferric::intrinsic]
    #[must_use]
    pub const unsafe fn split_at_mut_unchecked(&mut self, mid: usize) -> (&mut [T], &mut [T]);

    /// Divides one slice into two at an index, returning `None` if the slice is too short.
    #[inline]
    #[must_use]
    pub const fn split_at_checked(&self, mid: usize) -> Option<(&[T], &[T])> {
        if mid <= self.len() {
            // SAFETY: `[ptr; mid]` and `[mid; len]` are inside `self`, which
            // fulfills the requirements of `split_at_unchecked`.
            Some(unsafe { self.split_at_unchecked(mid) })
        } else {
            None
        }
    }

    /// Divides one mutable slice into two at an index, returning `None` if the slice is
    /// too short.
    #[inline]
    #[must_use]
    pub const fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut [T], &mut [T])> {
        if mid <= self.len() {
            // SAFETY: `[ptr; mid]` and `[mid; len]` are inside `self`, which
            // fulfills the requirements of `split_at_unchecked`.
            Some(unsafe { self.split_at_mut_unchecked(mid) })
        } else {
            None
        }
    }

    /// Returns an iterator over subslices separated by elements that match `pred`.
    #[inline]
    pub fn split<F>(&self, pred: F) -> Split<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        Split::new(self, pred)
    }

    /// Returns an iterator over mutable subslices separated by elements that match `pred`.
    #[inline]
    pub fn split_mut<F>(&mut self, pred: F) -> SplitMut<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        SplitMut::new(self, pred)
    }

    /// Returns an iterator over subslices separated by elements that match `pred`; the
    /// matched element is contained in the end of the previous subslice as a terminator.
    #[inline]
    pub fn split_inclusive<F>(&self, pred: F) -> SplitInclusive<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        SplitInclusive::new(self, pred)
    }

    /// Returns an iterator over mutable subslices separated by elements that match `pred`;
    /// the matched element is contained in the previous subslice as a terminator.
    #[inline]
    pub fn split_inclusive_mut<F>(&mut self, pred: F) -> SplitInclusiveMut<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        SplitInclusiveMut::new(self, pred)
    }

    /// Returns an iterator over subslices separated by elements that match `pred`,
    /// starting at the end of the slice and working backwards.
    #[inline]
    pub fn rsplit<F>(&self, pred: F) -> RSplit<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        RSplit::new(self, pred)
    }

    /// Returns an iterator over mutable subslices separated by elements that match `pred`,
    /// starting at the end of the slice and working backwards.
    #[inline]
    pub fn rsplit_mut<F>(&mut self, pred: F) -> RSplitMut<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        RSplitMut::new(self, pred)
    }

    /// Returns an iterator over subslices separated by elements that match `pred`, limited
    /// to returning at most `n` items.
    #[inline]
    pub fn splitn<F>(&self, n: usize, pred: F) -> SplitN<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        SplitN::new(self.split(pred), n)
    }

    /// Returns an iterator over mutable subslices separated by elements that match `pred`,
    /// limited to returning at most `n` items.
    #[inline]
    pub fn splitn_mut<F>(&mut self, n: usize, pred: F) -> SplitNMut<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        SplitNMut::new(self.split_mut(pred), n)
    }

    /// Returns an iterator over subslices separated by elements that match `pred` limited
    /// to returning at most `n` items, starting from the end of the slice.
    #[inline]
    pub fn rsplitn<F>(&self, n: usize, pred: F) -> RSplitN<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        RSplitN::new(self.rsplit(pred), n)
    }

    /// Returns an iterator over mutable subslices separated by elements that match `pred`
    /// limited to returning at most `n` items, starting from the end of the slice.
    #[inline]
    pub fn rsplitn_mut<F>(&mut self, n: usize, pred: F) -> RSplitNMut<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        RSplitNMut::new(self.rsplit_mut(pred), n)
    }

    /// Returns `true` if the slice contains an element with the given value.
    #[inline]
    #[must_use]
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        let n = self.len();
        while i < n {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    /// Returns `true` if `needle` is a prefix of the slice or equal to the slice.
    #[must_use]
    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let n = needle.len();
        self.len() >= n && needle == &self[..n]
    }

    /// Returns `true` if `needle` is a suffix of the slice or equal to the slice.
    #[must_use]
    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let (m, n) = (self.len(), needle.len());
        m >= n && needle == &self[m - n..]
    }

    /// Returns a subslice with the prefix removed.
    #[must_use = "returns the subslice without modifying the original"]
    pub fn strip_prefix<P: SlicePattern<Item = T> + ?Sized>(&self, prefix: &P) -> Option<&[T]>
    where
        T: PartialEq,
    {
        // This function will need rewriting if and when SlicePattern becomes more
        // sophisticated.
        let prefix = prefix.as_slice();
        let n = prefix.len();
        if n <= self.len() {
            let (head, tail) = self.split_at(n);
            if head == prefix {
                return Some(tail);
            }
        }
        None
    }

    /// Returns a subslice with the suffix removed.
    #[must_use = "returns the subslice without modifying the original"]
    pub fn strip_suffix<P: SlicePattern<Item = T> + ?Sized>(&self, suffix: &P) -> Option<&[T]>
    where
        T: PartialEq,
    {
        // This function will need rewriting if and when SlicePattern becomes more
        // sophisticated.
        let suffix = suffix.as_slice();
        let (len, n) = (self.len(), suffix.len());
        if n <= len {
            let (head, tail) = self.split_at(len - n);
            if tail == suffix {
                return Some(head);
            }
        }
        None
    }

    /// Binary searches this slice for a given element.
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|p| p.cmp(x))
    }

    /// Binary searches this slice with a comparator function.
    #[inline]
    pub fn binary_search_by<'a, F>(&'a self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0usize;

        // This loop intentionally doesn't have an early exit if the comparison
        // returns Equal. We want the number of loop iterations to depend *only*
        // on the size of the input slice so that the CPU can reliably predict
        // the loop count.
        while size > 1 {
            let half = size / 2;
            let mid = base + half;

            // SAFETY: the call is made safe by the following invariants:
            // - `mid >= 0`: by definition
            // - `mid < size`: `mid = size / 2 + size / 4 + size / 8 ...`
            let cmp = f(unsafe { elem(self, mid) });

            // Binary search interacts poorly with branch prediction, so force
            // the compiler to use conditional moves if supported by the target
            // architecture.
            base = if cmp == Greater { base } else { mid };

            // This is imprecise in the case where `size` is odd and the
            // comparison returns Greater: the mid element still gets included
            // by `size` even though it's known to be larger than the element
            // being searched for.
            //
            // This is fine though: we gain more performance by keeping the
            // loop iteration count invariant (and thus predictable) than we
            // lose from considering one additional element.
            size -= half;
        }

        // SAFETY: base is always in [0, size) because base <= mid.
        let cmp = f(unsafe { elem(self, base) });
        if cmp == Equal {
            Ok(base)
        } else {
            let result = base + (cmp == Less) as usize;
            Err(result)
        }
    }

    /// Binary searches this slice with a key extraction function.
    #[inline]
    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    /// Sorts the slice, without preserving the initial order of equal elements.
    ///
    /// ferric: implemented by the stable sort (equal elements keep their order, which is
    /// one of the orders real std may produce).
    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        sort::sort_ord(self);
    }

    /// Sorts the slice with a comparison function, without preserving the initial order of
    /// equal elements.
    #[inline]
    pub fn sort_unstable_by<F>(&mut self, mut compare: F)
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        sort::stable_sort(self, |a: &T, b: &T| compare(a, b) == Less);
    }

    /// Sorts the slice with a key extraction function, without preserving the initial order
    /// of equal elements.
    #[inline]
    pub fn sort_unstable_by_key<K, F>(&mut self, mut f: F)
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        sort::stable_sort(self, |a: &T, b: &T| f(a).lt(&f(b)));
    }

    /// Reorders the slice such that the element at `index` is at a sort-order position.
    #[inline]
    #[track_caller]
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        self.select_nth_unstable_by(index, T::cmp)
    }

    /// Reorders the slice with a comparator function such that the element at `index` is
    /// at a sort-order position.
    #[inline]
    #[track_caller]
    pub fn select_nth_unstable_by<F>(&mut self, index: usize, compare: F) -> (&mut [T], &mut T, &mut [T])
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        let len = self.len();
        if index >= len {
            panic!("partition_at_index index {} greater than length of slice {}", index, len);
        }
        self.sort_unstable_by(compare);
        let (left, rest) = self.split_at_mut(index);
        let (pivot, right) = rest.split_at_mut(1);
        (left, &mut pivot[0], right)
    }

    /// Reorders the slice with a key extraction function such that the element at `index`
    /// is at a sort-order position.
    #[inline]
    #[track_caller]
    pub fn select_nth_unstable_by_key<K, F>(&mut self, index: usize, mut f: F) -> (&mut [T], &mut T, &mut [T])
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        self.select_nth_unstable_by(index, |a: &T, b: &T| f(a).cmp(&f(b)))
    }

    /// Rotates the slice in-place such that the first `mid` elements of the slice move to
    /// the end while the last `self.len() - mid` elements move to the front.
    #[track_caller]
    pub const fn rotate_left(&mut self, mid: usize) {
        assert!(mid <= self.len());
        let k = self.len() - mid;
        sort::rotate(self, mid, k);
    }

    /// Rotates the slice in-place such that the first `self.len() - k` elements of the
    /// slice move to the end while the last `k` elements move to the front.
    #[track_caller]
    pub const fn rotate_right(&mut self, k: usize) {
        assert!(k <= self.len());
        let mid = self.len() - k;
        sort::rotate(self, mid, k);
    }

    /// Fills `self` with elements by cloning `value`.
    #[inline]
    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let n = self.len();
        if n == 0 {
            return;
        }
        let mut i = 0;
        while i + 1 < n {
            self[i] = value.clone();
            i += 1;
        }
        self[n - 1] = value;
    }

    /// Fills `self` with elements returned by calling a closure repeatedly.
    pub fn fill_with<F>(&mut self, mut f: F)
    where
        F: FnMut() -> T,
    {
        for el in self {
            *el = f();
        }
    }

    /// Copies the elements from `src` into `self`.
    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: Clone,
    {
        // NOTE: We need to explicitly slice them to the same length
        // to make it easier for the optimizer to elide bounds checking.
        // But since it can't be relied on we also have an explicit specialization for T: Copy.
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        let len = self.len();
        let mut i = 0;
        while i < len {
            self[i].clone_from(&src[i]);
            i += 1;
        }
    }

    /// Copies all elements from `src` into `self`, using a memcpy.
    #[inline]
    #[track_caller]
    pub const fn copy_from_slice(&mut self, src: &[T])
    where
        T: Copy,
    {
        // The panic code path was put into a cold function to not bloat the
        // call site.
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }

        // SAFETY: `self` is valid for `self.len()` elements by definition, and `src` was
        // checked to have the same length. The slices cannot overlap because
        // mutable references are exclusive.
        unsafe {
            ptr::copy_nonoverlapping(src.as_ptr(), self.as_mut_ptr(), self.len());
        }
    }

    /// Copies elements from one part of the slice to another part of itself, using a
    /// memmove.
    #[track_caller]
    pub fn copy_within<R: RangeBounds<usize>>(&mut self, src: R, dest: usize)
    where
        T: Copy,
    {
        let Range { start: src_start, end: src_end } = index::range(src, ..self.len());
        let count = src_end - src_start;
        assert!(dest <= self.len() - count, "dest is out of bounds");
        // SAFETY: the conditions for `ptr::copy` have all been checked above,
        // as have those for `ptr::add`.
        unsafe {
            // Derive both `src_ptr` and `dest_ptr` from the same loan
            let ptr = self.as_mut_ptr();
            let src_ptr = ptr.add(src_start);
            let dest_ptr = ptr.add(dest);
            ptr::copy(src_ptr, dest_ptr, count);
        }
    }

    /// Swaps all elements in `self` with those in `other`.
    #[track_caller]
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        assert!(self.len() == other.len(), "destination and source slices have different lengths");
        let n = self.len();
        let mut i = 0;
        while i < n {
            mem::swap(&mut self[i], &mut other[i]);
            i += 1;
        }
    }

    /// Checks if the elements of this slice are sorted.
    #[inline]
    #[must_use]
    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        self.is_sorted_by(|a, b| a <= b)
    }

    /// Checks if the elements of this slice are sorted using the given comparator function.
    #[must_use]
    pub fn is_sorted_by<'a, F>(&'a self, mut compare: F) -> bool
    where
        F: FnMut(&'a T, &'a T) -> bool,
    {
        let n = self.len();
        let mut i = 1;
        while i < n {
            // SAFETY: `i - 1` and `i` are in bounds.
            if !compare(unsafe { elem(self, i - 1) }, unsafe { elem(self, i) }) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Checks if the elements of this slice are sorted using the given key extraction
    /// function.
    #[inline]
    #[must_use]
    pub fn is_sorted_by_key<'a, F, K>(&'a self, f: F) -> bool
    where
        F: FnMut(&'a T) -> K,
        K: PartialOrd,
    {
        self.iter().is_sorted_by_key(f)
    }

    /// Returns the index of the partition point according to the given predicate (the
    /// index of the first element of the second partition).
    pub fn partition_point<P>(&self, mut pred: P) -> usize
    where
        P: FnMut(&T) -> bool,
    {
        self.binary_search_by(|x| if pred(x) { Less } else { Greater }).unwrap_or_else(|i| i)
    }

    // ---------------------------------------------------------------------------------
    // From library/alloc/src/slice.rs
    // ---------------------------------------------------------------------------------

    /// Sorts the slice, preserving the initial order of equal elements.
    #[inline]
    /*@ alloc/src/slice.rs:131:4 */
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        sort::sort_ord(self);
    }

    /// Sorts the slice with a comparison function, preserving the initial order of equal
    /// elements.
    #[inline]
    pub fn sort_by<F>(&mut self, mut compare: F)
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        sort::stable_sort(self, |a: &T, b: &T| compare(a, b) == Less);
    }

    /// Sorts the slice with a key extraction function, preserving the initial order of
    /// equal elements.
    #[inline]
    pub fn sort_by_key<K, F>(&mut self, mut f: F)
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        sort::stable_sort(self, |a: &T, b: &T| f(a).lt(&f(b)));
    }

    /// Sorts the slice with a key extraction function, preserving the initial order of
    /// equal elements; the key function is called only once per element.
    #[inline]
    pub fn sort_by_cached_key<K, F>(&mut self, f: F)
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        let len = self.len();
        if len < 2 {
            return;
        }
        let mut indices: Vec<(K, usize)> = self.iter().map(f).enumerate().map(|(i, k)| (k, i)).collect();
        // The elements of `indices` are unique, as they are indexed, so any sort will be
        // stable with respect to the original slice. We use `sort_unstable` here because
        // it requires no memory allocation.
        indices.sort_unstable();
        let mut i = 0;
        while i < len {
            let mut index = indices[i].1;
            while index < i {
                index = indices[index].1;
            }
            indices[i].1 = index;
            self.swap(i, index);
            i += 1;
        }
    }

    /// Copies `self` into a new `Vec`.
    #[inline]
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut vec = Vec::with_capacity(self.len());
        for x in self {
            vec.push(x.clone());
        }
        vec
    }

    /// Converts `self` into a vector without clones or allocation (`vec![a, b]` expands to
    /// `<[_]>::into_vec(box_new([a, b]))`).
    #[ferric::intrinsic]
    pub fn into_vec(self: Box<Self>) -> Vec<T>;

    /// Creates a vector by copying a slice `n` times.
    #[ferric::rustc_location = "alloc/src/slice.rs:523:50"]
    pub fn repeat(&self, n: usize) -> Vec<T>
    where
        T: Copy,
    {
        let capacity = match self.len().checked_mul(n) {
            Some(c) => c,
            None => panic!("capacity overflow"),
        };
        let mut buf = Vec::with_capacity(capacity);
        let mut i = 0;
        while i < n {
            buf.extend_from_slice(self);
            i += 1;
        }
        buf
    }

    /// Flattens a slice of `T` into a single value `Self::Output`.
    pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output
    where
        Self: Concat<Item>,
    {
        Concat::concat(self)
    }

    /// Flattens a slice of `T` into a single value `Self::Output`, placing a given
    /// separator between each.
    pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output
    where
        Self: Join<Separator>,
    {
        Join::join(self, sep)
    }

    /// Flattens a slice of `T` into a single value `Self::Output`, placing a given
    /// separator between each.
    #[deprecated(since = "1.3.0", note = "renamed to join", suggestion = "join")]
    pub fn connect<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output
    where
        Self: Join<Separator>,
    {
        Join::join(self, sep)
    }
}

#[track_caller]
#[rustc_do_not_const_check] // the runtime message is formatted
const fn len_mismatch_fail(dst_len: usize, src_len: usize) -> ! {
    panic!(
        "copy_from_slice: source slice length ({}) does not match destination slice length ({})",
        src_len, dst_len,
    )
}

/// Patterns in slices - currently, only used by `strip_prefix` and `strip_suffix`. At a
/// future point, we hope to generalise `core::str::Pattern` (which at the time of writing
/// is limited to `str`) to slices, and then this trait will be replaced or abolished.
#[unstable(feature = "slicepattern")]
pub trait SlicePattern {
    /// The element type of the slice being matched on.
    type Item;

    /// Currently, the consumers of `SlicePattern` need a slice.
    fn as_slice(&self) -> &[Self::Item];
}

impl<T> SlicePattern for [T] {
    type Item = T;

    #[inline]
    fn as_slice(&self) -> &[Self::Item] {
        self
    }
}

impl<T, const N: usize> SlicePattern for [T; N] {
    type Item = T;

    #[inline]
    fn as_slice(&self) -> &[Self::Item] {
        self
    }
}

impl<T> crate::default::Default for &[T] {
    /// Creates an empty slice.
    fn default() -> Self {
        &[]
    }
}

impl<T> crate::default::Default for &mut [T] {
    /// Creates a mutable empty slice.
    fn default() -> Self {
        &mut []
    }
}
