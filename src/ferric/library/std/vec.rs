//! A contiguous growable array type, `Vec<T>` (`std::vec`).
//!
//! `Vec<T>` and `vec::IntoIter<T>` are `#[ferric::opaque]`: their storage belongs to the
//! backend, which implements the small set of `#[ferric::intrinsic]` operations below
//! (push/pop/insert/remove/truncate/split/append/slice views/capacity management).
//! Everything else is Rust written over those, with rustc's panic messages and
//! `#[track_caller]` where rustc has it.
//!
//! Capacity is observable (`capacity()`), so the backend reproduces RawVec's policy:
//! `new()` has capacity 0; growing for `push`/`insert`/`reserve(n)` when
//! `len + n > cap` sets `cap = max(cap * 2, len + n, MIN_NON_ZERO_CAP)` where
//! MIN_NON_ZERO_CAP is 8 if `size_of::<T>() == 1`, 4 if `size_of::<T>() <= 1024`, else 1;
//! `reserve_exact(n)` sets `cap = len + n`; `with_capacity(n)` is exactly `n`;
//! `shrink_to_fit` sets `cap = len`; zero-sized `T` has capacity `usize::MAX`.
//!
//! ferric-specific lang item: `#[lang = "Vec"]` (rustc: diagnostic item `Vec`).
//!
//! Differences from rustc's declarations: no unstable allocator parameter `A` on `Vec`,
//! `IntoIter`, `Drain`, `Splice`, `ExtractIf` (the same holds for every collection here).

use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::cmp::{self, Ordering};
use crate::collections::TryReserveError;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::{FromIterator, FusedIterator};
use crate::marker::PhantomData;
use crate::mem::{self, MaybeUninit};
use crate::ops::{self, Bound, Deref, DerefMut, Index, IndexMut, Range, RangeBounds};
use crate::ptr::NonNull;
use crate::slice::{self, SliceIndex};
use crate::cmp::{Ord, PartialOrd};
use crate::convert::{AsMut, AsRef, From, TryFrom};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator};
use crate::marker::{Send, Sync};
use crate::mem::drop;
use crate::ops::{Drop, FnMut, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::default::Default;
use crate::marker::Copy;

/// A contiguous growable array type, written as `Vec<T>`, short for 'vector'.
#[lang = "Vec"]
#[ferric::opaque]
/*@ alloc/src/vec/mod.rs:438:0 */
pub struct /*@ alloc/src/vec/mod.rs:438:11 */ Vec<T> {
    marker: PhantomData<T>,
}

/// Creates a `Vec` holding `n` clones of `elem` (what `vec![elem; n]` expands to):
/// `n - 1` clones and the original moved in last; `elem` is dropped when `n == 0`.
#[doc(hidden)]
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.extend_with(n, elem);
    v
}

/// RawVec's panic for a capacity over `isize::MAX` bytes (library/alloc/src/raw_vec): what
/// the backend's `with_capacity` and `reserve` of `Vec`, `String` and `VecDeque` call.
#[inline(never)]
#[lang = "ferric_capacity_overflow"]
#[ferric::rustc_location = "alloc/src/raw_vec/mod.rs:28:5"]
fn capacity_overflow() -> ! {
    panic!("capacity overflow")
}

/// The resolved form of `range` against a length (rustc's `core::slice::range`), with its
/// panics: "range start index {start} out of range for slice of length {len}", "range end
/// index {end} out of range for slice of length {len}", "slice index starts at {start} but
/// ends at {end}".
pub(crate) fn slice_range<R: RangeBounds<usize>>(range: R, len: usize) -> Range<usize> {
    let end = match range.end_bound() {
        Bound::Included(&end) if end >= len => range_included_end_fail(end, len),
        Bound::Included(&end) => end + 1,
        Bound::Excluded(&end) if end > len => range_end_fail(end, len),
        Bound::Excluded(&end) => end,
        Bound::Unbounded => len,
    };
    let start = match range.start_bound() {
        Bound::Excluded(&start) if start >= end => range_start_fail(start, end, len),
        Bound::Excluded(&start) => start + 1,
        Bound::Included(&start) if start > end => range_start_fail(start, end, len),
        Bound::Included(&start) => start,
        Bound::Unbounded => 0,
    };
    start..end
}

// `slice_range`'s three failures, each where rustc's `core::slice::range` reports it.
#[ferric::rustc_location = "core/src/slice/index.rs:1016:52"]
fn range_included_end_fail(end: usize, len: usize) -> ! {
    slice_index_fail(0, end, len)
}

#[ferric::rustc_location = "core/src/slice/index.rs:1020:51"]
fn range_end_fail(end: usize, len: usize) -> ! {
    slice_index_fail(0, end, len)
}

#[ferric::rustc_location = "core/src/slice/index.rs:1031:55"]
fn range_start_fail(start: usize, end: usize, len: usize) -> ! {
    slice_index_fail(start, end, len)
}

#[track_caller]
fn slice_index_fail(start: usize, end: usize, len: usize) -> ! {
    if start > len {
        panic!("range start index {start} out of range for slice of length {len}")
    }
    if end > len {
        panic!("range end index {end} out of range for slice of length {len}")
    }
    if start > end {
        panic!("slice index starts at {start} but ends at {end}")
    }
    panic!("range end index {end} out of range for slice of length {len}")
}

/// RawVec's smallest non-zero capacity for `T`.
const fn min_non_zero_cap<T>() -> usize {
    if mem::size_of::<T>() == 1 {
        8
    } else if mem::size_of::<T>() <= 1024 {
        4
    } else {
        1
    }
}

impl<T> Vec<T> {
    /// An empty vector with capacity 0 (no allocation).
    #[ferric::intrinsic]
    pub const fn new() -> Self;

    /// An empty vector with capacity exactly `capacity` (`usize::MAX` for zero-sized `T`);
    /// panics with "capacity overflow" when `capacity * size_of::<T>() > isize::MAX`.
    #[ferric::intrinsic]
    pub fn with_capacity(capacity: usize) -> Self;

    /// Rebuilds a vector from the parts given by `into_raw_parts`.
    #[ferric::intrinsic]
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Self;

    /// Decomposes the vector into (pointer, length, capacity) without dropping anything.
    #[ferric::intrinsic]
    pub fn into_raw_parts(self) -> (*mut T, usize, usize);

    /// Number of elements the vector can hold without reallocating.
    #[ferric::intrinsic]
    pub const fn capacity(&self) -> usize;

    /// Ensures room for `additional` more elements (amortized growth, see the module docs);
    /// panics with "capacity overflow" on overflow.
    #[ferric::intrinsic]
    pub fn reserve(&mut self, additional: usize);

    /// Ensures room for exactly `additional` more elements when growing; panics with
    /// "capacity overflow" on overflow.
    #[ferric::intrinsic]
    pub fn reserve_exact(&mut self, additional: usize);

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.check_capacity(additional)?;
        self.reserve(additional);
        Ok(())
    }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.check_capacity(additional)?;
        self.reserve_exact(additional);
        Ok(())
    }

    fn check_capacity(&self, additional: usize) -> Result<(), TryReserveError> {
        let size = mem::size_of::<T>();
        match self.len().checked_add(additional) {
            Some(needed) if size == 0 || needed <= isize::MAX as usize / size => Ok(()),
            _ => Err(TryReserveError::capacity_overflow()),
        }
    }

    /// Reduces the capacity to the length.
    #[ferric::intrinsic]
    pub fn shrink_to_fit(&mut self);

    /// Reduces the capacity to `max(len, min_capacity)` if it is larger.
    #[ferric::intrinsic]
    pub fn shrink_to(&mut self, min_capacity: usize);

    /// Converts into a boxed slice, dropping excess capacity.
    #[ferric::intrinsic]
    pub fn into_boxed_slice(self) -> Box<[T]>;

    /// Keeps the first `len` elements and drops the rest, front to back; no effect when
    /// `len >= self.len()`. The capacity is unchanged.
    #[ferric::intrinsic]
    pub fn truncate(&mut self, len: usize);

    /// A shared slice view of the whole vector.
    #[ferric::intrinsic]
    pub const fn as_slice(&self) -> &[T];

    /// A mutable slice view of the whole vector.
    #[ferric::intrinsic]
    pub const fn as_mut_slice(&mut self) -> &mut [T];

    /// A raw pointer to the vector's buffer.
    #[ferric::intrinsic]
    pub const fn as_ptr(&self) -> *const T;

    /// A raw mutable pointer to the vector's buffer.
    #[ferric::intrinsic]
    pub const fn as_mut_ptr(&mut self) -> *mut T;

    /// Sets the length without dropping or initializing anything.
    #[ferric::intrinsic]
    pub unsafe fn set_len(&mut self, new_len: usize);

    #[ferric::rustc_location = "alloc/src/vec/mod.rs:2202:13"]
    pub fn swap_remove(&mut self, index: usize) -> T {
        #[track_caller]
        fn assert_failed(index: usize, len: usize) -> ! {
            panic!("swap_remove index (is {index}) should be < len (is {len})");
        }

        let len = self.len();
        if index >= len {
            assert_failed(index, len);
        }
        self.as_mut_slice().swap(index, len - 1);
        match self.pop() {
            Some(value) => value,
            None => unreachable!(),
        }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        #[track_caller]
        fn assert_failed(index: usize, len: usize) -> ! {
            panic!("insertion index (is {index}) should be <= len (is {len})");
        }

        let len = self.len();
        if index > len {
            assert_failed(index, len);
        }
        unsafe { self.insert_unchecked(index, element) }
    }

    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, element: T) -> &mut T {
        self.insert(index, element);
        &mut self.as_mut_slice()[index]
    }

    /// Inserts `element` at `index` (`index <= len`), shifting the tail right; grows as
    /// `push` does.
    #[ferric::intrinsic]
    unsafe fn insert_unchecked(&mut self, index: usize, element: T);

    #[rustc_confusables("delete")]
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        #[track_caller]
        fn assert_failed(index: usize, len: usize) -> ! {
            panic!("removal index (is {index}) should be < len (is {len})");
        }

        let len = self.len();
        if index >= len {
            assert_failed(index, len);
        }
        unsafe { self.remove_unchecked(index) }
    }

    /// Removes and returns the element at `index` (`index < len`), shifting the tail left.
    #[ferric::intrinsic]
    unsafe fn remove_unchecked(&mut self, index: usize) -> T;

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
        if self.is_empty() {
            return;
        }
        // Visit every element in order; a rejected element is dropped as soon as it is
        // rejected, as rustc's `retain` does.
        let old = mem::take(self);
        self.reserve_exact(old.capacity());
        for mut elem in old {
            if f(&mut elem) {
                self.push(elem);
            }
        }
    }

    pub fn dedup_by_key<F, K>(&mut self, mut key: F)
    where
        F: FnMut(&mut T) -> K,
        K: PartialEq,
    {
        self.dedup_by(|a, b| key(a) == key(b))
    }

    pub fn dedup_by<F>(&mut self, mut same_bucket: F)
    where
        F: FnMut(&mut T, &mut T) -> bool,
    {
        if self.len() <= 1 {
            return;
        }
        // `same_bucket(current, previous kept)`; duplicates are dropped when found.
        let old = mem::take(self);
        self.reserve_exact(old.capacity());
        for mut elem in old {
            let duplicate = match self.last_mut() {
                Some(prev) => same_bucket(&mut elem, prev),
                None => false,
            };
            if !duplicate {
                self.push(elem);
            }
        }
    }

    /// Appends an element (growing as described in the module docs).
    #[rustc_confusables("push_back", "put")]
    #[ferric::intrinsic]
        pub fn push(&mut self, value: T);

    pub fn push_mut(&mut self, value: T) -> &mut T {
        self.push(value);
        let last = self.len() - 1;
        &mut self.as_mut_slice()[last]
    }

    /// Removes the last element and returns it, or `None` if empty.
    #[ferric::intrinsic]
    pub fn pop(&mut self) -> Option<T>;

    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.last_mut()?;
        if predicate(last) { self.pop() } else { None }
    }

    /// Moves all of `other`'s elements to the end of `self` (growing as `reserve(n)`),
    /// leaving `other` empty with its capacity unchanged.
    #[ferric::intrinsic]
    pub fn append(&mut self, other: &mut Self);

        pub fn drain<R>(&mut self, range: R) -> Drain<'_, T>
    where
        R: RangeBounds<usize>,
    {
        let len = self.len();
        let Range { start, end } = slice_range(range, len);
        let tail = unsafe { self.split_off_unchecked(end) };
        let drained = unsafe { self.split_off_unchecked(start) };
        Drain { vec: NonNull::from(self), iter: drained.into_iter(), tail, marker: PhantomData }
    }

    pub fn clear(&mut self) {
        self.truncate(0)
    }

    /// The number of elements.
    #[rustc_confusables("length", "size")]
    #[ferric::intrinsic]
    pub const fn len(&self) -> usize;

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        #[track_caller]
        fn assert_failed(at: usize, len: usize) -> ! {
            panic!("`at` split index (is {at}) should be <= len (is {len})");
        }

        if at > self.len() {
            assert_failed(at, self.len());
        }
        unsafe { self.split_off_unchecked(at) }
    }

    /// Moves the elements `[at, len)` into a new vector of capacity exactly `len - at`
    /// (`at <= len`); `self` keeps its capacity.
    #[ferric::intrinsic]
    unsafe fn split_off_unchecked(&mut self, at: usize) -> Self;

    pub fn resize_with<F>(&mut self, new_len: usize, mut f: F)
    where
        F: FnMut() -> T,
    {
        let len = self.len();
        if new_len > len {
            self.reserve(new_len - len);
            let mut i = len;
            while i < new_len {
                self.push(f());
                i += 1;
            }
        } else {
            self.truncate(new_len);
        }
    }

    pub fn leak<'a>(self) -> &'a mut [T] {
        Box::leak(self.into_boxed_slice())
    }

    /// The spare capacity `[len, capacity)` as uninitialized slots.
    #[ferric::intrinsic]
    pub fn spare_capacity_mut(&mut self) -> &mut [MaybeUninit<T>];

    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        Splice { drain: self.drain(range), replace_with: replace_with.into_iter() }
    }

    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F>
    where
        F: FnMut(&mut T) -> bool,
        R: RangeBounds<usize>,
    {
        let Range { start, end } = slice_range(range, self.len());
        ExtractIf { vec: self, idx: start, end, pred: filter }
    }

    // `extend` for iterators without an exact size (rustc's `extend_desugared`).
    fn extend_desugared<I: Iterator<Item = T>>(&mut self, mut iterator: I) {
        while let Some(element) = iterator.next() {
            let len = self.len();
            if len == self.capacity() {
                let (lower, _) = iterator.size_hint();
                self.reserve(lower.saturating_add(1));
            }
            self.push(element);
        }
    }

    // `extend` for iterators reporting an exact size (rustc's `extend_trusted`).
    fn extend_trusted<I: Iterator<Item = T>>(&mut self, iterator: I, additional: usize) {
        self.reserve(additional);
        for element in iterator {
            self.push(element);
        }
    }
}

impl<T: Clone> Vec<T> {
    pub fn resize(&mut self, new_len: usize, value: T) {
        let len = self.len();
        if new_len > len { self.extend_with(new_len - len, value) } else { self.truncate(new_len) }
    }

    pub fn extend_from_slice(&mut self, other: &[T]) {
        if extend_by_copy(self, other) {
            return;
        }
        self.reserve(other.len());
        for elem in other {
            self.push(elem.clone());
        }
    }

        pub fn extend_from_within<R>(&mut self, src: R)
    where
        R: RangeBounds<usize>,
    {
        let range = slice_range(src, self.len());
        self.reserve(range.end - range.start);
        for i in range {
            let elem = self.as_slice()[i].clone();
            self.push(elem);
        }
    }

    // `n - 1` clones, then `value` itself; `value` is dropped when `n == 0`.
    fn extend_with(&mut self, n: usize, value: T) {
        self.reserve(n);
        if n > 0 {
            let mut i = 1;
            while i < n {
                self.push(value.clone());
                i += 1;
            }
            self.push(value);
        }
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    pub fn into_flattened(self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.capacity() * N);
        for array in self {
            for elem in array {
                out.push(elem);
            }
        }
        out
    }
}

impl<T: PartialEq> Vec<T> {
    pub fn dedup(&mut self) {
        self.dedup_by(|a, b| a == b)
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Self {
        let mut v = Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }

    fn clone_from(&mut self, source: &Self) {
        self.truncate(source.len());
        let (init, tail) = source.split_at(self.len());
        self.clone_from_slice(init);
        self.extend_from_slice(tail);
    }
}

impl<T: Hash> Hash for Vec<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(&**self, state)
    }
}

impl<T, I: SliceIndex<[T]>> Index<I> for Vec<T> {
    type Output = I::Output;

    #[track_caller]
    fn index(&self, index: I) -> &Self::Output {
        Index::index(&**self, index)
    }
}

impl<T, I: SliceIndex<[T]>> IndexMut<I> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut Self::Output {
        IndexMut::index_mut(&mut **self, index)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut iterator = iter.into_iter();
        match iterator.size_hint() {
            (lower, Some(upper)) if lower == upper => {
                let mut vector = Vec::with_capacity(upper);
                vector.extend_trusted(iterator, upper);
                vector
            }
            _ => {
                let mut vector = match iterator.next() {
                    None => return Vec::new(),
                    Some(element) => {
                        let (lower, _) = iterator.size_hint();
                        let initial_capacity = cmp::max(min_non_zero_cap::<T>(), lower.saturating_add(1));
                        let mut vector = Vec::with_capacity(initial_capacity);
                        vector.push(element);
                        vector
                    }
                };
                vector.extend_desugared(iterator);
                vector
            }
        }
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    /// Consumes the vector into an iterator over its elements, front to back.
    #[ferric::intrinsic]
    fn into_iter(self) -> Self::IntoIter;
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = slice::IterMut<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iterator = iter.into_iter();
        match iterator.size_hint() {
            (lower, Some(upper)) if lower == upper => self.extend_trusted(iterator, upper),
            _ => self.extend_desugared(iterator),
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().cloned())
    }
}

macro_rules! __impl_slice_eq1 {
    ([$($vars:tt)*] $lhs:ty, $rhs:ty $(where $ty:ty: $bound:ident)?) => {
        impl<T, U, $($vars)*> PartialEq<$rhs> for $lhs
        where
            T: PartialEq<U>,
            $($ty: $bound)?
        {
            fn eq(&self, other: &$rhs) -> bool { self[..] == other[..] }
            fn ne(&self, other: &$rhs) -> bool { self[..] != other[..] }
        }
    }
}

__impl_slice_eq1! { [] Vec<T>, Vec<U> }
__impl_slice_eq1! { [] Vec<T>, &[U] }
__impl_slice_eq1! { [] Vec<T>, &mut [U] }
__impl_slice_eq1! { [] &[T], Vec<U> }
__impl_slice_eq1! { [] &mut [T], Vec<U> }
__impl_slice_eq1! { [] Vec<T>, [U] }
__impl_slice_eq1! { [] [T], Vec<U> }
__impl_slice_eq1! { [] Cow<'_, [T]>, Vec<U> where T: Clone }
__impl_slice_eq1! { [] Cow<'_, [T]>, &[U] where T: Clone }
__impl_slice_eq1! { [] Cow<'_, [T]>, &mut [U] where T: Clone }
__impl_slice_eq1! { [const N: usize] Vec<T>, [U; N] }
__impl_slice_eq1! { [const N: usize] Vec<T>, &[U; N] }

impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(&**self, &**other)
    }
}

unsafe impl<#[may_dangle] T> Drop for Vec<T> {
    /// Drops the elements front to back, then frees the buffer.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T> AsRef<Vec<T>> for Vec<T> {
    fn as_ref(&self) -> &Vec<T> {
        self
    }
}

impl<T> AsMut<Vec<T>> for Vec<T> {
    fn as_mut(&mut self) -> &mut Vec<T> {
        self
    }
}

impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

// rustc: alloc/src/slice.rs
impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;

    fn to_owned(&self) -> Vec<T> {
        Vec::from(self)
    }

    fn clone_into(&self, target: &mut Vec<T>) {
        target.clone_from_slice_into(self)
    }
}

impl<T: Clone> Vec<T> {
    // `<[T]>::clone_into`: reuse `target`'s storage.
    fn clone_from_slice_into(&mut self, source: &[T]) {
        self.truncate(source.len());
        let (init, tail) = source.split_at(self.len());
        self.clone_from_slice(init);
        self.extend_from_slice(tail);
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> {
        let mut v = Vec::with_capacity(s.len());
        v.extend_from_slice(s);
        v
    }
}

impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> {
        Vec::from(&*s)
    }
}

impl<T: Clone, const N: usize> From<&[T; N]> for Vec<T> {
    fn from(s: &[T; N]) -> Vec<T> {
        Self::from(s.as_slice())
    }
}

impl<T: Clone, const N: usize> From<&mut [T; N]> for Vec<T> {
    fn from(s: &mut [T; N]) -> Vec<T> {
        Self::from(s.as_slice())
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(s: [T; N]) -> Vec<T> {
        let boxed: Box<[T]> = Box::new(s);
        Vec::from(boxed)
    }
}

impl<'a, T> From<Cow<'a, [T]>> for Vec<T>
where
    [T]: ToOwned<Owned = Vec<T>>,
{
    fn from(s: Cow<'a, [T]>) -> Vec<T> {
        s.into_owned()
    }
}

impl<T> From<Box<[T]>> for Vec<T> {
    /// Takes over the boxed slice's buffer: length and capacity are its length.
    #[ferric::intrinsic]
    fn from(s: Box<[T]>) -> Self;
}

impl<T> From<Vec<T>> for Box<[T]> {
    fn from(v: Vec<T>) -> Self {
        v.into_boxed_slice()
    }
}

impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> {
        From::from(s.as_bytes())
    }
}

impl<T, const N: usize> TryFrom<Vec<T>> for [T; N] {
    type Error = Vec<T>;

    fn try_from(vec: Vec<T>) -> Result<[T; N], Vec<T>> {
        let boxed: Box<[T; N]> = Box::try_from(vec)?;
        Ok(*boxed)
    }
}

// rustc: alloc/src/vec/cow.rs
impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> {
        Cow::Borrowed(s)
    }
}

impl<'a, T: Clone, const N: usize> From<&'a [T; N]> for Cow<'a, [T]> {
    fn from(s: &'a [T; N]) -> Cow<'a, [T]> {
        Cow::Borrowed(s as &[_])
    }
}

impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {
    fn from(v: Vec<T>) -> Cow<'a, [T]> {
        Cow::Owned(v)
    }
}

impl<'a, T: Clone> From<&'a Vec<T>> for Cow<'a, [T]> {
    fn from(v: &'a Vec<T>) -> Cow<'a, [T]> {
        Cow::Borrowed(v.as_slice())
    }
}

impl<'a, T> FromIterator<T> for Cow<'a, [T]>
where
    T: Clone,
{
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Cow<'a, [T]> {
        Cow::Owned(FromIterator::from_iter(it))
    }
}

// ---------------------------------------------------------------------------------------
// IntoIter

/// An iterator that moves out of a vector (`Vec::into_iter`).
#[ferric::opaque]
pub struct IntoIter<T> {
    marker: PhantomData<T>,
}

impl<T> IntoIter<T> {
    /// The remaining elements as a slice.
    #[ferric::intrinsic]
    pub fn as_slice(&self) -> &[T];

    /// The remaining elements as a mutable slice.
    #[ferric::intrinsic]
    pub fn as_mut_slice(&mut self) -> &mut [T];
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<T> AsRef<[T]> for IntoIter<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    /// Moves out the next remaining element from the front.
    #[ferric::intrinsic]
    fn next(&mut self) -> Option<T>;

    fn size_hint(&self) -> (usize, Option<usize>) {
        let exact = self.len();
        (exact, Some(exact))
    }

    fn count(self) -> usize {
        self.len()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    /// Moves out the next remaining element from the back.
    #[ferric::intrinsic]
    fn next_back(&mut self) -> Option<T>;
}

impl<T> ExactSizeIterator for IntoIter<T> {
    /// The number of remaining elements.
    #[ferric::intrinsic]
    fn len(&self) -> usize;
}

impl<T> FusedIterator for IntoIter<T> {}

impl<T> Default for IntoIter<T> {
    fn default() -> Self {
        Vec::new().into_iter()
    }
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> IntoIter<T> {
        Vec::from(self.as_slice()).into_iter()
    }
}

unsafe impl<#[may_dangle] T> Drop for IntoIter<T> {
    /// Drops the remaining elements front to back and frees the buffer.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

// ---------------------------------------------------------------------------------------
// Drain

/// A draining iterator for `Vec<T>` (`Vec::drain`).
///
/// The drained range is moved out when the `Drain` is created; the elements after it are
/// put back when the `Drain` is dropped (after the remaining drained elements are dropped).
pub struct Drain<'a, T: 'a> {
    vec: NonNull<Vec<T>>,
    iter: IntoIter<T>,
    tail: Vec<T>,
    marker: PhantomData<&'a T>,
}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.iter.as_slice()).finish()
    }
}

impl<'a, T> Drain<'a, T> {
    pub fn as_slice(&self) -> &[T] {
        self.iter.as_slice()
    }
}

impl<'a, T> AsRef<[T]> for Drain<'a, T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

unsafe impl<T: Sync> Sync for Drain<'_, T> {}
unsafe impl<T: Send> Send for Drain<'_, T> {}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T> Drop for Drain<'_, T> {
    fn drop(&mut self) {
        self.iter.by_ref().for_each(drop);
        let vec = unsafe { self.vec.as_mut() };
        vec.append(&mut self.tail);
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> FusedIterator for Drain<'_, T> {}

// ---------------------------------------------------------------------------------------
// Splice

/// A splicing iterator for `Vec` (`Vec::splice`): yields the removed elements; when it is
/// dropped, the rest of the removed range is dropped and `replace_with` is inserted.
#[derive(Debug)]
pub struct Splice<'a, I: Iterator + 'a> {
    drain: Drain<'a, I::Item>,
    replace_with: I,
}

impl<I: Iterator> Iterator for Splice<'_, I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<Self::Item> {
        self.drain.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.drain.size_hint()
    }
}

impl<I: Iterator> DoubleEndedIterator for Splice<'_, I> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.drain.next_back()
    }
}

impl<I: Iterator> ExactSizeIterator for Splice<'_, I> {}

impl<I: Iterator> Drop for Splice<'_, I> {
    fn drop(&mut self) {
        self.drain.by_ref().for_each(drop);
        let vec = unsafe { self.drain.vec.as_mut() };
        let (lower, _) = self.replace_with.size_hint();
        vec.reserve(lower);
        for elem in self.replace_with.by_ref() {
            vec.push(elem);
        }
        // `Drain::drop` puts the tail back.
    }
}

// ---------------------------------------------------------------------------------------
// ExtractIf

/// An iterator which uses a closure to determine if an element should be removed
/// (`Vec::extract_if`). Elements not yet visited when it is dropped are kept.
pub struct ExtractIf<'a, T, F> {
    vec: &'a mut Vec<T>,
    idx: usize,
    end: usize,
    pred: F,
}

impl<T, F> Iterator for ExtractIf<'_, T, F>
where
    F: FnMut(&mut T) -> bool,
{
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while self.idx < self.end {
            let i = self.idx;
            if (self.pred)(&mut self.vec.as_mut_slice()[i]) {
                self.end -= 1;
                return Some(unsafe { self.vec.remove_unchecked(i) });
            }
            self.idx += 1;
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.end - self.idx))
    }
}

impl<T: fmt::Debug, F> fmt::Debug for ExtractIf<'_, T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peek = if self.idx < self.end { self.vec.get(self.idx) } else { None };
        f.debug_struct("ExtractIf").field("peek", &peek).finish_non_exhaustive()
    }
}

/// `Vec::extend_from_slice` for an element type whose `clone` is a copy (integers,
/// floats, `bool`, `char`, references and pointers): `reserve`, then the elements copied at
/// once; returns `true`. For other element types it does nothing and returns `false`.
#[ferric::intrinsic]
fn extend_by_copy<T>(v: &mut Vec<T>, other: &[T]) -> bool;
