//! `Concat` and `Join` (`[V]::concat`, `[V]::join`) for slices of slices and of strings
//! (library/alloc/src/slice.rs, library/alloc/src/str.rs), and `Borrow<[T]>` for `Vec<T>`,
//! `Borrow<str>` for `String`.

use crate::borrow::{Borrow, BorrowMut};
use crate::clone::Clone;
use crate::iter::Iterator;
use crate::marker::Sized;
use crate::option::Option::{self, None, Some};
use crate::string::String;
use crate::vec::Vec;

/// Helper trait for `[T]::concat`.
#[unstable(feature = "concat")]
pub trait Concat<Item: ?Sized> {
    /// The resulting type after concatenation
    type Output;

    /// Implementation of `[T]::concat`
    fn concat(slice: &Self) -> Self::Output;
}

/// Helper trait for `[T]::join`
#[unstable(feature = "join")]
pub trait Join<Separator> {
    /// The resulting type after concatenation
    type Output;

    /// Implementation of `[T]::join`
    fn join(slice: &Self, sep: Separator) -> Self::Output;
}

impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] {
    type Output = Vec<T>;

    fn concat(slice: &Self) -> Vec<T> {
        let size = slice.iter().map(|slice| slice.borrow().len()).sum();
        let mut result = Vec::with_capacity(size);
        for v in slice {
            result.extend_from_slice(v.borrow())
        }
        result
    }
}

impl<T: Clone, V: Borrow<[T]>> Join<&T> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &T) -> Vec<T> {
        let mut iter = slice.iter();
        let first = match iter.next() {
            Some(first) => first,
            None => return Vec::new(),
        };
        let size = slice.iter().map(|v| v.borrow().len()).sum::<usize>() + slice.len() - 1;
        let mut result = Vec::with_capacity(size);
        result.extend_from_slice(first.borrow());

        for v in iter {
            result.push(sep.clone());
            result.extend_from_slice(v.borrow())
        }
        result
    }
}

impl<T: Clone, V: Borrow<[T]>> Join<&[T]> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &[T]) -> Vec<T> {
        let mut iter = slice.iter();
        let first = match iter.next() {
            Some(first) => first,
            None => return Vec::new(),
        };
        let size =
            slice.iter().map(|v| v.borrow().len()).sum::<usize>() + sep.len() * (slice.len() - 1);
        let mut result = Vec::with_capacity(size);
        result.extend_from_slice(first.borrow());

        for v in iter {
            result.extend_from_slice(sep);
            result.extend_from_slice(v.borrow())
        }
        result
    }
}

// rustc: alloc/src/slice.rs
impl<T> Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T] {
        &self[..]
    }
}

impl<T> BorrowMut<[T]> for Vec<T> {
    fn borrow_mut(&mut self) -> &mut [T] {
        &mut self[..]
    }
}

impl<S: Borrow<str>> Concat<str> for [S] {
    type Output = String;

    fn concat(slice: &Self) -> String {
        Join::join(slice, "")
    }
}

impl<S: Borrow<str>> Join<&str> for [S] {
    type Output = String;

    /// As rustc's `join_generic_copy`: the exact length reserved first (each `borrow`
    /// called once for it, and once more to copy), so the capacity is the length.
    fn join(slice: &Self, sep: &str) -> String {
        if let Some(text) = str_join_plain(slice, sep) {
            return text;
        }
        let mut iter = slice.iter();
        let first = match iter.next() {
            Some(first) => first,
            None => return String::new(),
        };
        let mut reserved = sep.len().checked_mul(slice.len() - 1);
        for s in slice.iter() {
            reserved = match reserved {
                Some(n) => n.checked_add(s.borrow().len()),
                None => break,
            };
        }
        let reserved_len = reserved.expect("attempt to join into collection with len > usize::MAX");
        let mut result = String::with_capacity(reserved_len);
        result.push_str(first.borrow());
        for s in iter {
            result.push_str(sep);
            result.push_str(s.borrow());
        }
        result
    }
}

/// `join` of `&str`s or `String`s (behind shared references), whose `borrow` is std's and
/// has no effect: the joined text with its length as capacity; None for other `S`.
#[ferric::intrinsic]
fn str_join_plain<S>(slice: &[S], sep: &str) -> Option<String>;

// rustc: alloc/src/str.rs
impl Borrow<str> for String {
    #[inline]
    fn borrow(&self) -> &str {
        &self[..]
    }
}

impl BorrowMut<str> for String {
    #[inline]
    fn borrow_mut(&mut self) -> &mut str {
        &mut self[..]
    }
}
