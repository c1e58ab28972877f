//! Operations on ASCII `[u8]` (library/core/src/slice/ascii.rs and the `[u8]` methods of
//! library/alloc/src/slice.rs).

use crate::ascii;
use crate::clone::Clone;
use crate::fmt::{self, Write};
use crate::iter::{self, DoubleEndedIterator, FusedIterator, Iterator};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use crate::result::Result::Ok;
use crate::vec::Vec;

impl [u8] {
    /// Returns an iterator that produces an escaped version of this slice, treating it as
    /// an ASCII string.
    #[must_use = "this returns the escaped bytes as an iterator, without modifying the original"]
    pub fn escape_ascii(&self) -> EscapeAscii<'_> {
        let escape_byte: fn(&u8) -> ascii::EscapeDefault = |b| b.escape_ascii();
        EscapeAscii { inner: self.iter().flat_map(escape_byte) }
    }

    /// Checks if all bytes in this slice are within the ASCII range.
    #[must_use]
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if self[i] > 127 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Checks that two slices are an ASCII case-insensitive match.
    #[must_use]
    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if !self[i].eq_ignore_ascii_case(&other[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Converts this slice to its ASCII upper case equivalent in-place.
    #[inline]
    pub const fn make_ascii_uppercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            let byte = &mut self[i];
            byte.make_ascii_uppercase();
            i += 1;
        }
    }

    /// Converts this slice to its ASCII lower case equivalent in-place.
    #[inline]
    pub const fn make_ascii_lowercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            let byte = &mut self[i];
            byte.make_ascii_lowercase();
            i += 1;
        }
    }

    /// Returns a byte slice with leading ASCII whitespace bytes removed.
    #[inline]
    pub const fn trim_ascii_start(&self) -> &[u8] {
        let mut bytes = self;
        // Note: A pattern matching based approach (instead of indexing) allows
        // making the function const.
        while let [first, rest @ ..] = bytes {
            if first.is_ascii_whitespace() {
                bytes = rest;
            } else {
                break;
            }
        }
        bytes
    }

    /// Returns a byte slice with trailing ASCII whitespace bytes removed.
    #[inline]
    pub const fn trim_ascii_end(&self) -> &[u8] {
        let mut bytes = self;
        // Note: A pattern matching based approach (instead of indexing) allows
        // making the function const.
        while let [rest @ .., last] = bytes {
            if last.is_ascii_whitespace() {
                bytes = rest;
            } else {
                break;
            }
        }
        bytes
    }

    /// Returns a byte slice with leading and trailing ASCII whitespace bytes removed.
    #[inline]
    pub const fn trim_ascii(&self) -> &[u8] {
        self.trim_ascii_start().trim_ascii_end()
    }

    /// Returns a vector containing a copy of this slice where each byte is mapped to its
    /// ASCII upper case equivalent.
    #[must_use = "this returns the uppercase bytes as a new Vec, \
                  without modifying the original"]
    #[inline]
    pub fn to_ascii_uppercase(&self) -> Vec<u8> {
        let mut me = self.to_vec();
        me.make_ascii_uppercase();
        me
    }

    /// Returns a vector containing a copy of this slice where each byte is mapped to its
    /// ASCII lower case equivalent.
    #[must_use = "this returns the lowercase bytes as a new Vec, \
                  without modifying the original"]
    #[inline]
    pub fn to_ascii_lowercase(&self) -> Vec<u8> {
        let mut me = self.to_vec();
        me.make_ascii_lowercase();
        me
    }
}


/// An iterator over the escaped version of a byte slice (created by
/// `<[u8]>::escape_ascii`).
///
/// Real core names the mapping function with a private `EscapeByte` type; ferric uses a
/// fn pointer.
#[derive(Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct EscapeAscii<'a> {
    inner: iter::FlatMap<super::Iter<'a, u8>, ascii::EscapeDefault, fn(&u8) -> ascii::EscapeDefault>,
}

impl<'a> Iterator for EscapeAscii<'a> {
    type Item = u8;

    #[inline]
    fn next(&mut self) -> Option<u8> {
        self.inner.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    #[inline]
    fn fold<Acc, Fold>(self, init: Acc, fold: Fold) -> Acc
    where
        Fold: FnMut(Acc, Self::Item) -> Acc,
    {
        self.inner.fold(init, fold)
    }
}

impl<'a> DoubleEndedIterator for EscapeAscii<'a> {
    fn next_back(&mut self) -> Option<u8> {
        self.inner.next_back()
    }
}

impl<'a> FusedIterator for EscapeAscii<'a> {}

impl<'a> fmt::Display for EscapeAscii<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.clone() {
            f.write_char(byte as char)?;
        }
        Ok(())
    }
}

impl<'a> fmt::Debug for EscapeAscii<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EscapeAscii").finish_non_exhaustive()
    }
}
