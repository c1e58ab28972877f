//! Utilities for the array primitive type (library/core/src/array/): the inherent methods
//! of `[T; N]`, its trait impls (`Clone`, `Copy`, comparisons, `Hash`, `Debug`, `Default`,
//! indexing, conversions from slices), `IntoIterator` by value (`IntoIter`), `from_fn`.

use crate::borrow::{Borrow, BorrowMut};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::{AsMut, AsRef, From, Infallible, TryFrom};
use crate::default::Default;
use crate::error::Error;
use crate::fmt;
use crate::hash::{self, Hash};
use crate::intrinsics::transmute_unchecked;
use crate::iter::{IntoIterator, Iterator};
use crate::marker::{Copy, Sized};
use crate::mem::{ManuallyDrop, MaybeUninit};
use crate::ops::{FnMut, Index, IndexMut};
use crate::option::Option::{self, None, Some};
use crate::ptr;
use crate::result::Result::{self, Err, Ok};
use crate::slice::{Iter, IterMut};

mod equality;
mod iter;

pub use iter::IntoIter;

/// Creates an array of type `[T; N]` by repeatedly cloning a value.
#[inline]
pub fn repeat<T: Clone, const N: usize>(val: T) -> [T; N] {
    from_fn(|_| val.clone())
}

/// Creates an array of type `[T; N]`, where each element `T` is the returned value from
/// `cb` using that element's index.
#[inline]
pub fn from_fn<T, const N: usize, F>(f: F) -> [T; N]
where
    F: FnMut(usize) -> T,
{
    let mut f = f;
    let mut array: [MaybeUninit<T>; N] = [const { MaybeUninit::uninit() }; N];
    let mut i = 0;
    while i < N {
        array[i] = MaybeUninit::new(f(i));
        i += 1;
    }
    // SAFETY: every element was initialized above.
    unsafe { transmute_unchecked::<[MaybeUninit<T>; N], [T; N]>(array) }
}

/// Converts a reference to `T` into a reference to an array of length 1 (without copying).
#[ferric::intrinsic]
pub const fn from_ref<T>(s: &T) -> &[T; 1];

/// Converts a mutable reference to `T` into a mutable reference to an array of length 1
/// (without copying).
#[ferric::intrinsic]
pub const fn from_mut<T>(s: &mut T) -> &mut [T; 1];

/// The error type returned when a conversion from a slice to an array fails.
#[derive(Debug, Copy, Clone)]
pub struct TryFromSliceError(());

impl fmt::Display for TryFromSliceError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("could not convert slice to array", f)
    }
}

impl Error for TryFromSliceError {}

impl From<Infallible> for TryFromSliceError {
    fn from(x: Infallible) -> TryFromSliceError {
        match x {}
    }
}

impl<T, const N: usize> AsRef<[T]> for [T; N] {
    #[inline]
    fn as_ref(&self) -> &[T] {
        &self[..]
    }
}

impl<T, const N: usize> AsMut<[T]> for [T; N] {
    #[inline]
    fn as_mut(&mut self) -> &mut [T] {
        &mut self[..]
    }
}

impl<T, const N: usize> Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> BorrowMut<[T]> for [T; N] {
    fn borrow_mut(&mut self) -> &mut [T] {
        self
    }
}

/// Tries to create an array `[T; N]` by copying from a slice `&[T]`.
impl<T, const N: usize> TryFrom<&[T]> for [T; N]
where
    T: Copy,
{
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &[T]) -> Result<[T; N], TryFromSliceError> {
        match <&Self>::try_from(slice) {
            Ok(a) => Ok(*a),
            Err(e) => Err(e),
        }
    }
}

/// Tries to create an array `[T; N]` by copying from a mutable slice `&mut [T]`.
impl<T, const N: usize> TryFrom<&mut [T]> for [T; N]
where
    T: Copy,
{
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &mut [T]) -> Result<[T; N], TryFromSliceError> {
        <Self>::try_from(&*slice)
    }
}

/// Tries to create an array ref `&[T; N]` from a slice ref `&[T]`.
impl<'a, T, const N: usize> TryFrom<&'a [T]> for &'a [T; N] {
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &'a [T]) -> Result<&'a [T; N], TryFromSliceError> {
        slice.as_array().ok_or(TryFromSliceError(()))
    }
}

/// Tries to create a mutable array ref `&mut [T; N]` from a mutable slice ref `&mut [T]`.
impl<'a, T, const N: usize> TryFrom<&'a mut [T]> for &'a mut [T; N] {
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &'a mut [T]) -> Result<&'a mut [T; N], TryFromSliceError> {
        slice.as_mut_array().ok_or(TryFromSliceError(()))
    }
}

/// The hash of an array is the same as that of the corresponding slice.
impl<T: Hash, const N: usize> Hash for [T; N] {
    fn hash<H: hash::Hasher>(&self, state: &mut H) {
        Hash::hash(&self[..], state)
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for [T; N] {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&&self[..], f)
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T, I, const N: usize> Index<I> for [T; N]
where
    [T]: Index<I>,
{
    type Output = <[T] as Index<I>>::Output;

    #[inline]
    fn index(&self, index: I) -> &Self::Output {
        Index::index(self as &[T], index)
    }
}

impl<T, I, const N: usize> IndexMut<I> for [T; N]
where
    [T]: IndexMut<I>,
{
    #[inline]
    fn index_mut(&mut self, index: I) -> &mut Self::Output {
        IndexMut::index_mut(self as &mut [T], index)
    }
}

/// Implements comparison of arrays lexicographically.
impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    #[inline]
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering> {
        PartialOrd::partial_cmp(&&self[..], &&other[..])
    }
    #[inline]
    fn lt(&self, other: &[T; N]) -> bool {
        PartialOrd::lt(&&self[..], &&other[..])
    }
    #[inline]
    fn le(&self, other: &[T; N]) -> bool {
        PartialOrd::le(&&self[..], &&other[..])
    }
    #[inline]
    fn ge(&self, other: &[T; N]) -> bool {
        PartialOrd::ge(&&self[..], &&other[..])
    }
    #[inline]
    fn gt(&self, other: &[T; N]) -> bool {
        PartialOrd::gt(&&self[..], &&other[..])
    }
}

/// Implements comparison of arrays lexicographically.
impl<T: Ord, const N: usize> Ord for [T; N] {
    #[inline]
    fn cmp(&self, other: &[T; N]) -> Ordering {
        Ord::cmp(&&self[..], &&other[..])
    }
}

impl<T: Copy, const N: usize> Copy for [T; N] {}

impl<T: Clone, const N: usize> Clone for [T; N] {
    #[inline]
    fn clone(&self) -> Self {
        from_fn(|i| self[i].clone())
    }

    #[inline]
    fn clone_from(&mut self, other: &Self) {
        self.clone_from_slice(other);
    }
}

// The Default impls cannot be done with const generics because `[T; 0]` doesn't
// require Default to be implemented, and having different impl blocks for
// different numbers isn't supported yet.
macro_rules! array_impl_default {
    ($($n:literal => [$($t:ident)*])*) => {
        $(
            impl<T> Default for [T; $n] where T: Default {
                fn default() -> [T; $n] {
                    [$($t::default()),*]
                }
            }
        )*
    };
}

impl<T> Default for [T; 0] {
    fn default() -> [T; 0] {
        []
    }
}

array_impl_default! {
    1 => [T]
    2 => [T T]
    3 => [T T T]
    4 => [T T T T]
    5 => [T T T T T]
    6 => [T T T T T T]
    7 => [T T T T T T T]
    8 => [T T T T T T T T]
    9 => [T T T T T T T T T]
    10 => [T T T T T T T T T T]
    11 => [T T T T T T T T T T T]
    12 => [T T T T T T T T T T T T]
    13 => [T T T T T T T T T T T T T]
    14 => [T T T T T T T T T T T T T T]
    15 => [T T T T T T T T T T T T T T T]
    16 => [T T T T T T T T T T T T T T T T]
    17 => [T T T T T T T T T T T T T T T T T]
    18 => [T T T T T T T T T T T T T T T T T T]
    19 => [T T T T T T T T T T T T T T T T T T T]
    20 => [T T T T T T T T T T T T T T T T T T T T]
    21 => [T T T T T T T T T T T T T T T T T T T T T]
    22 => [T T T T T T T T T T T T T T T T T T T T T T]
    23 => [T T T T T T T T T T T T T T T T T T T T T T T]
    24 => [T T T T T T T T T T T T T T T T T T T T T T T T]
    25 => [T T T T T T T T T T T T T T T T T T T T T T T T T]
    26 => [T T T T T T T T T T T T T T T T T T T T T T T T T T]
    27 => [T T T T T T T T T T T T T T T T T T T T T T T T T T T]
    28 => [T T T T T T T T T T T T T T T T T T T T T T T T T T T T]
    29 => [T T T T T T T T T T T T T T T T T T T T T T T T T T T T T]
    30 => [T T T T T T T T T T T T T T T T T T T T T T T T T T T T T T]
    31 => [T T T T T T T T T T T T T T T T T T T T T T T T T T T T T T T]
    32 => [T T T T T T T T T T T T T T T T T T T T T T T T T T T T T T T T]
}

impl<T, const N: usize> [T; N] {
    /// Returns an array of the same size as `self`, with function `f` applied to each
    /// element in order.
    #[inline]
    pub fn map<F, U>(self, f: F) -> [U; N]
    where
        F: FnMut(T) -> U,
    {
        let mut f = f;
        let mut iter = IntoIterator::into_iter(self);
        from_fn(|_| match iter.next() {
            Some(x) => f(x),
            None => panic!("array map: fewer elements than the array length"),
        })
    }

    /// Returns a slice containing the entire array. Equivalent to `&s[..]`.
    #[inline]
    pub const fn as_slice(&self) -> &[T] {
        self
    }

    /// Returns a mutable slice containing the entire array. Equivalent to `&mut s[..]`.
    #[inline]
    pub const fn as_mut_slice(&mut self) -> &mut [T] {
        self
    }

    /// Borrows each element and returns an array of references with the same size as
    /// `self`.
    #[inline]
    pub fn each_ref(&self) -> [&T; N] {
        from_fn(|i| &self[i])
    }

    /// Borrows each element mutably and returns an array of mutable references with the
    /// same size as `self`.
    #[inline]
    pub fn each_mut(&mut self) -> [&mut T; N] {
        let mut iter = self.iter_mut();
        from_fn(|_| match iter.next() {
            Some(x) => x,
            None => panic!("array each_mut: fewer elements than the array length"),
        })
    }
}

