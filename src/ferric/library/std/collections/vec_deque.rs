//! A double-ended queue (deque) implemented with a growable ring buffer
//! (`std::collections::vec_deque`).
//!
//! `VecDeque<T>` is `#[ferric::opaque]`: a ring buffer owned by the backend. Its layout is
//! observable (`as_slices`, `capacity`), so the backend reproduces rustc's: a buffer of
//! `capacity` slots with a `head` index; `push_back` writes at `head + len`, `push_front`
//! at `head - 1` (wrapping); growth follows `Vec`'s policy on the buffer and then moves
//! the wrapped part as rustc's `handle_capacity_increase` does. The intrinsics are the
//! primitive ring operations; everything else is Rust over them.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::collections::TryReserveError;
use crate::convert::From;
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::{Copy, PhantomData};
use crate::mem::{self, drop};
use crate::ops::{Drop, FnMut, FnOnce, Index, IndexMut, Range, RangeBounds};
use crate::option::Option::{self, None, Some};
use crate::ptr;
use crate::result::Result::{self, Err, Ok};
use crate::slice;
use crate::vec::{self, Vec};

/// A double-ended queue implemented with a growable ring buffer.
#[ferric::opaque]
pub struct VecDeque<T> {
    marker: PhantomData<T>,
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> Self {
        let mut deq = Self::with_capacity(self.len());
        deq.extend(self.iter().cloned());
        deq
    }

    fn clone_from(&mut self, source: &Self) {
        self.clear();
        self.extend(source.iter().cloned());
    }
}

unsafe impl<#[may_dangle] T> Drop for VecDeque<T> {
    /// Drops the elements front to back, then frees the buffer.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T> VecDeque<T> {
    /// An empty deque with capacity 0.
    #[ferric::intrinsic]
    pub const fn new() -> VecDeque<T>;

    /// An empty deque with capacity exactly `capacity`.
    #[ferric::intrinsic]
        pub fn with_capacity(capacity: usize) -> VecDeque<T>;

    pub fn get(&self, index: usize) -> Option<&T> {
        let (a, b) = self.as_slices();
        if index < a.len() { Some(&a[index]) } else { b.get(index - a.len()) }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        let (a, b) = self.as_mut_slices();
        let a_len = a.len();
        if index < a_len { Some(&mut a[index]) } else { b.get_mut(index - a_len) }
    }

    pub fn swap(&mut self, i: usize, j: usize) {
        self.swap_check_i(i);
        self.swap_check_j(j);
        if i != j {
            let pi: *mut T = self.get_mut(i).unwrap();
            let pj: *mut T = self.get_mut(j).unwrap();
            unsafe { ptr::swap(pi, pj) }
        }
    }

    // `swap`'s two checks, each where rustc's std reports it.
    #[ferric::rustc_location = "alloc/src/collections/vec_deque/mod.rs:971:9"]
    fn swap_check_i(&self, i: usize) {
        assert!(i < self.len());
    }

    #[ferric::rustc_location = "alloc/src/collections/vec_deque/mod.rs:972:9"]
    fn swap_check_j(&self, j: usize) {
        assert!(j < self.len());
    }

    /// The number of elements the buffer can hold without reallocating.
    #[ferric::intrinsic]
    pub fn capacity(&self) -> usize;

    /// Grows the buffer to exactly `len + additional` when needed.
    #[ferric::intrinsic]
        pub fn reserve_exact(&mut self, additional: usize);

    /// Grows the buffer (amortized, as `Vec::reserve`) to hold `additional` more elements.
    #[ferric::intrinsic]
        pub fn reserve(&mut self, additional: usize);

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.len().checked_add(additional) {
            Some(n) if n <= isize::MAX as usize => {
                self.reserve_exact(additional);
                Ok(())
            }
            _ => Err(TryReserveError::capacity_overflow()),
        }
    }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.len().checked_add(additional) {
            Some(n) if n <= isize::MAX as usize => {
                self.reserve(additional);
                Ok(())
            }
            _ => Err(TryReserveError::capacity_overflow()),
        }
    }

    pub fn shrink_to_fit(&mut self) {
        self.shrink_to(0);
    }

    /// Shrinks the buffer to `max(len, min_capacity)` if larger (moving the elements as
    /// rustc does so that they stay in order in the smaller buffer).
    #[ferric::intrinsic]
    pub fn shrink_to(&mut self, min_capacity: usize);

    pub fn truncate(&mut self, len: usize) {
        if len < self.len() {
            // Dropped front to back, as rustc drops the truncated slices.
            drop(unsafe { self.split_off_unchecked(len) });
        }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        let (a, b) = self.as_slices();
        Iter { i1: a.iter(), i2: b.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let (a, b) = self.as_mut_slices();
        IterMut { i1: a.iter_mut(), i2: b.iter_mut() }
    }

    /// The contents as two slices: the elements from `head` to the end of the buffer,
    /// then the wrapped elements from the start of the buffer.
    #[ferric::intrinsic]
    pub fn as_slices(&self) -> (&[T], &[T]);

    /// As `as_slices`, mutably.
    #[ferric::intrinsic]
    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]);

    /// The number of elements.
    #[rustc_confusables("length", "size")]
    #[ferric::intrinsic]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // The ranges of `range` within `as_slices()`'s two slices.
        fn slice_ranges<R>(&self, range: R) -> (Range<usize>, Range<usize>)
    where
        R: RangeBounds<usize>,
    {
        let Range { start, end } = vec::slice_range(range, self.len());
        let first = self.as_slices().0.len();
        if end <= first {
            (start..end, 0..0)
        } else if start >= first {
            (0..0, start - first..end - first)
        } else {
            (start..first, 0..end - first)
        }
    }

        pub fn range<R>(&self, range: R) -> Iter<'_, T>
    where
        R: RangeBounds<usize>,
    {
        let (a_range, b_range) = self.slice_ranges(range);
        let (a, b) = self.as_slices();
        Iter { i1: a[a_range].iter(), i2: b[b_range].iter() }
    }

        pub fn range_mut<R>(&mut self, range: R) -> IterMut<'_, T>
    where
        R: RangeBounds<usize>,
    {
        let (a_range, b_range) = self.slice_ranges(range);
        let (a, b) = self.as_mut_slices();
        IterMut { i1: a[a_range].iter_mut(), i2: b[b_range].iter_mut() }
    }

        pub fn drain<R>(&mut self, range: R) -> Drain<'_, T>
    where
        R: RangeBounds<usize>,
    {
        let Range { start, end } = vec::slice_range(range, self.len());
        let mut tail = unsafe { self.split_off_unchecked(end) };
        let drained = unsafe { self.split_off_unchecked(start) };
        self.append(&mut tail);
        Drain { inner: drained, marker: PhantomData }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq<T>,
    {
        let (a, b) = self.as_slices();
        a.contains(x) || b.contains(x)
    }

    #[rustc_confusables("first")]
    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn back(&self) -> Option<&T> {
        self.get(self.len().wrapping_sub(1))
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        self.get_mut(self.len().wrapping_sub(1))
    }

    /// Removes and returns the first element, or `None` if empty.
    #[ferric::intrinsic]
    pub fn pop_front(&mut self) -> Option<T>;

    /// Removes and returns the last element, or `None` if empty.
    #[ferric::intrinsic]
    pub fn pop_back(&mut self) -> Option<T>;

    pub fn pop_front_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let first = self.front_mut()?;
        if predicate(first) { self.pop_front() } else { None }
    }

    pub fn pop_back_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.back_mut()?;
        if predicate(last) { self.pop_back() } else { None }
    }

    /// Prepends an element (growing first when full).
    #[ferric::intrinsic]
    pub fn push_front(&mut self, value: T);

    pub fn push_front_mut(&mut self, value: T) -> &mut T {
        self.push_front(value);
        self.front_mut().unwrap()
    }

    /// Appends an element (growing first when full).
    #[rustc_confusables("push", "put")]
    #[ferric::intrinsic]
    pub fn push_back(&mut self, value: T);

    pub fn push_back_mut(&mut self, value: T) -> &mut T {
        self.push_back(value);
        self.back_mut().unwrap()
    }

    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        let length = self.len();
        if index < length && index != 0 {
            self.swap(index, 0);
        } else if index >= length {
            return None;
        }
        self.pop_front()
    }

    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        let length = self.len();
        if length > 0 && index < length - 1 {
            self.swap(index, length - 1);
        } else if index >= length {
            return None;
        }
        self.pop_back()
    }

        pub fn insert(&mut self, index: usize, value: T) {
        let _ = self.insert_mut(index, value);
    }

        pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        assert!(index <= self.len(), "index out of bounds");
        unsafe { self.insert_unchecked(index, value) };
        self.get_mut(index).unwrap()
    }

    /// Inserts `value` at `index` (`index <= len`), moving whichever side is shorter, as
    /// rustc does.
    #[ferric::intrinsic]
    unsafe fn insert_unchecked(&mut self, index: usize, value: T);

    /// Removes and returns the element at `index`, or `None` if `index >= len`.
    #[rustc_confusables("delete")]
    #[ferric::intrinsic]
    pub fn remove(&mut self, index: usize) -> Option<T>;

        pub fn split_off(&mut self, at: usize) -> Self {
        assert!(at <= self.len(), "`at` out of bounds");
        unsafe { self.split_off_unchecked(at) }
    }

    /// Moves the elements `[at, len)` into a new deque of capacity exactly `len - at`
    /// (`at <= len`); `self` keeps its buffer.
    #[ferric::intrinsic]
    unsafe fn split_off_unchecked(&mut self, at: usize) -> Self;

    /// Moves all of `other`'s elements to the back of `self` (growing as `reserve`),
    /// leaving `other` empty.
    #[ferric::intrinsic]
    pub fn append(&mut self, other: &mut Self);

    pub fn retain<F>(&mut self, mut f: F)
    where
        F: FnMut(&T) -> bool,
    {
        self.retain_mut(|elem| f(elem));
    }

    pub fn retain_mut<F>(&mut self, mut f: F)
    where
        F: FnMut(&mut T) -> bool,
    {
        let old = mem::take(self);
        self.reserve_exact(old.capacity());
        for mut elem in old {
            if f(&mut elem) {
                self.push_back(elem);
            }
        }
    }

    pub fn resize_with(&mut self, new_len: usize, mut generator: impl FnMut() -> T) {
        let len = self.len();
        if new_len > len {
            self.reserve(new_len - len);
            let mut i = len;
            while i < new_len {
                self.push_back(generator());
                i += 1;
            }
        } else {
            self.truncate(new_len);
        }
    }

    /// Rearranges the buffer so that the elements are contiguous (rustc's algorithm) and
    /// returns them as one slice.
    #[ferric::intrinsic]
    pub fn make_contiguous(&mut self) -> &mut [T];

        pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len());
        let mut i = 0;
        while i < n {
            let x = self.pop_front().unwrap();
            self.push_back(x);
            i += 1;
        }
    }

        pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len());
        let mut i = 0;
        while i < n {
            let x = self.pop_back().unwrap();
            self.push_front(x);
            i += 1;
        }
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|e| e.cmp(x))
    }

    pub fn binary_search_by<'a, F>(&'a self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        let (front, back) = self.as_slices();
        let cmp_back = back.first().map(|elem| f(elem));
        if let Some(Ordering::Equal) = cmp_back {
            Ok(front.len())
        } else if let Some(Ordering::Less) = cmp_back {
            back.binary_search_by(f).map(|idx| idx + front.len()).map_err(|idx| idx + front.len())
        } else {
            front.binary_search_by(f)
        }
    }

    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    pub fn partition_point<P>(&self, mut pred: P) -> usize
    where
        P: FnMut(&T) -> bool,
    {
        let (front, back) = self.as_slices();

        if let Some(true) = back.first().map(|v| pred(v)) {
            back.partition_point(pred) + front.len()
        } else {
            front.partition_point(pred)
        }
    }
}

impl<T: Clone> VecDeque<T> {
    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len > self.len() {
            let extra = new_len - self.len();
            self.reserve(extra);
            let mut i = 1;
            while i < extra {
                self.push_back(value.clone());
                i += 1;
            }
            self.push_back(value);
        } else {
            self.truncate(new_len);
        }
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

macro_rules! __impl_slice_eq1 {
    ([$($vars:tt)*] $lhs:ty, $rhs:ty) => {
        impl<T, U, $($vars)*> PartialEq<$rhs> for $lhs
        where
            T: PartialEq<U>,
        {
            fn eq(&self, other: &$rhs) -> bool {
                if self.len() != other.len() {
                    return false;
                }
                let (sa, sb) = self.as_slices();
                let (oa, ob) = other[..].split_at(sa.len());
                sa == oa && sb == ob
            }
        }
    }
}

__impl_slice_eq1! { [] VecDeque<T>, Vec<U> }
__impl_slice_eq1! { [] VecDeque<T>, &[U] }
__impl_slice_eq1! { [] VecDeque<T>, &mut [U] }
__impl_slice_eq1! { [const N: usize] VecDeque<T>, [U; N] }
__impl_slice_eq1! { [const N: usize] VecDeque<T>, &[U; N] }
__impl_slice_eq1! { [const N: usize] VecDeque<T>, &mut [U; N] }

impl<T: PartialOrd> PartialOrd for VecDeque<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<T: Ord> Ord for VecDeque<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: Hash> Hash for VecDeque<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        self.iter().for_each(|elem| elem.hash(state));
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    #[track_caller]
    fn index(&self, index: usize) -> &T {
        self.get(index).expect("Out of bounds access")
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        self.get_mut(index).expect("Out of bounds access")
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        VecDeque::from(Vec::from_iter(iter))
    }
}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self }
    }
}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut iter = iter.into_iter();
        while let Some(element) = iter.next() {
            if self.len() == self.capacity() {
                let (lower, _) = iter.size_hint();
                self.reserve(lower.saturating_add(1));
            }
            self.push_back(element);
        }
    }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    /// Takes over the vector's buffer (head 0, same capacity).
    #[ferric::intrinsic]
    fn from(other: Vec<T>) -> Self;
}

impl<T> From<VecDeque<T>> for Vec<T> {
    fn from(mut other: VecDeque<T>) -> Self {
        other.make_contiguous();
        let mut v = Vec::with_capacity(other.capacity());
        v.extend(other);
        v
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    fn from(arr: [T; N]) -> Self {
        let mut deq = VecDeque::with_capacity(N);
        for elem in arr {
            deq.push_back(elem);
        }
        deq
    }
}

// ---------------------------------------------------------------------------------------
// Iterators

/// An iterator over the elements of a `VecDeque` (`VecDeque::iter`).
pub struct Iter<'a, T: 'a> {
    i1: slice::Iter<'a, T>,
    i2: slice::Iter<'a, T>,
}

impl<'a, T> Iter<'a, T> {
    /// Views the underlying data as a pair of subslices of the original data (unstable in
    /// rustc).
    pub fn as_slices(&self) -> (&'a [T], &'a [T]) {
        (self.i1.as_slice(), self.i2.as_slice())
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.i1.as_slice()).field(&self.i2.as_slice()).finish()
    }
}

impl<T> Default for Iter<'_, T> {
    fn default() -> Self {
        Iter { i1: Default::default(), i2: Default::default() }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { i1: self.i1.clone(), i2: self.i2.clone() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.i1.next() {
            Some(val) => Some(val),
            None => {
                // Most of the time the second iterator is empty: swap so that the next
                // call is a single check, as rustc does.
                mem::swap(&mut self.i1, &mut self.i2);
                self.i1.next()
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.len();
        (len, Some(len))
    }

    fn last(mut self) -> Option<&'a T> {
        self.next_back()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        match self.i2.next_back() {
            Some(val) => Some(val),
            None => {
                mem::swap(&mut self.i1, &mut self.i2);
                self.i2.next_back()
            }
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {
    fn len(&self) -> usize {
        self.i1.len() + self.i2.len()
    }
}

impl<T> FusedIterator for Iter<'_, T> {}

/// A mutable iterator over the elements of a `VecDeque` (`VecDeque::iter_mut`).
pub struct IterMut<'a, T: 'a> {
    i1: slice::IterMut<'a, T>,
    i2: slice::IterMut<'a, T>,
}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IterMut").field(&self.i1.as_slice()).field(&self.i2.as_slice()).finish()
    }
}

impl<T> Default for IterMut<'_, T> {
    fn default() -> Self {
        IterMut { i1: Default::default(), i2: Default::default() }
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        match self.i1.next() {
            Some(val) => Some(val),
            None => {
                mem::swap(&mut self.i1, &mut self.i2);
                self.i1.next()
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.len();
        (len, Some(len))
    }

    fn last(mut self) -> Option<&'a mut T> {
        self.next_back()
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        match self.i2.next_back() {
            Some(val) => Some(val),
            None => {
                mem::swap(&mut self.i1, &mut self.i2);
                self.i2.next_back()
            }
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {
    fn len(&self) -> usize {
        self.i1.len() + self.i2.len()
    }
}

impl<T> FusedIterator for IterMut<'_, T> {}

/// An owning iterator over the elements of a `VecDeque` (`into_iter`).
#[derive(Clone)]
pub struct IntoIter<T> {
    inner: VecDeque<T>,
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.inner).finish()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.inner.len();
        (len, Some(len))
    }

    fn count(self) -> usize {
        self.inner.len()
    }

    fn last(mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<T> FusedIterator for IntoIter<T> {}

/// A draining iterator over the elements of a `VecDeque` (`VecDeque::drain`).
///
/// The drained range is moved out when the `Drain` is created; the elements not yet
/// yielded are dropped with it.
pub struct Drain<'a, T: 'a> {
    inner: VecDeque<T>,
    marker: PhantomData<&'a mut VecDeque<T>>,
}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.inner).finish()
    }
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.inner.len();
        (len, Some(len))
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> FusedIterator for Drain<'_, T> {}
