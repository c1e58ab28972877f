//! `PartialEq` between arrays, and between arrays and slices
//! (library/core/src/array/equality.rs).

use crate::cmp::{Eq, PartialEq};
use crate::option::Option::{None, Some};

impl<T, U, const N: usize> PartialEq<[U; N]> for [T; N]
where
    T: PartialEq<U>,
{
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        self[..] == other[..]
    }
    #[inline]
    fn ne(&self, other: &[U; N]) -> bool {
        self[..] != other[..]
    }
}

impl<T, U, const N: usize> PartialEq<[U]> for [T; N]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &[U]) -> bool {
        match other.as_array::<N>() {
            Some(b) => *self == *b,
            None => false,
        }
    }
    fn ne(&self, other: &[U]) -> bool {
        match other.as_array::<N>() {
            Some(b) => *self != *b,
            None => true,
        }
    }
}

impl<T, U, const N: usize> PartialEq<[U; N]> for [T]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &[U; N]) -> bool {
        match self.as_array::<N>() {
            Some(b) => *b == *other,
            None => false,
        }
    }
    fn ne(&self, other: &[U; N]) -> bool {
        match self.as_array::<N>() {
            Some(b) => *b != *other,
            None => true,
        }
    }
}

impl<T, U, const N: usize> PartialEq<&[U]> for [T; N]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &&[U]) -> bool {
        *self == **other
    }
    fn ne(&self, other: &&[U]) -> bool {
        *self != **other
    }
}

impl<T, U, const N: usize> PartialEq<[U; N]> for &[T]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &[U; N]) -> bool {
        **self == *other
    }
    fn ne(&self, other: &[U; N]) -> bool {
        **self != *other
    }
}

impl<T, U, const N: usize> PartialEq<&mut [U]> for [T; N]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &&mut [U]) -> bool {
        *self == **other
    }
    fn ne(&self, other: &&mut [U]) -> bool {
        *self != **other
    }
}

impl<T, U, const N: usize> PartialEq<[U; N]> for &mut [T]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &[U; N]) -> bool {
        **self == *other
    }
    fn ne(&self, other: &[U; N]) -> bool {
        **self != *other
    }
}

impl<T: Eq, const N: usize> Eq for [T; N] {}
