//! String manipulation (library/core/src/str/mod.rs and library/alloc/src/str.rs): the
//! inherent methods of `str`, UTF-8 conversions, `FromStr`, the string iterators and the
//! Pattern API.
//!
//! A `str` is a byte slice that is valid UTF-8: `as_bytes`, `as_bytes_mut`,
//! `from_utf8_unchecked` and `from_utf8_unchecked_mut` are the backend's reinterpretations
//! (intrinsics); everything else is Rust over bytes and chars.

mod error;
mod iter;
mod traits;
mod validations;

pub mod pattern;

use self::pattern::{DoubleEndedSearcher, Pattern, ReverseSearcher, Searcher};
use crate::boxed::Box;
use crate::clone::Clone;
use crate::convert::From;
use crate::iter::{DoubleEndedIterator, Iterator};
use crate::marker::Sized;
use crate::ops::{FnMut, Range};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::slice::{self, SliceIndex};
use crate::string::String;
use crate::vec::Vec;

pub use error::{ParseBoolError, Utf8Error};
pub use iter::{Bytes, CharIndices, Chars, EncodeUtf16, EscapeDebug, EscapeDefault, EscapeUnicode};
pub use iter::{Lines, SplitAsciiWhitespace, SplitInclusive, SplitWhitespace};
#[allow(deprecated)]
pub use iter::LinesAny;
pub use iter::{MatchIndices, Matches, RMatchIndices, RMatches};
pub use iter::{RSplit, RSplitN, RSplitTerminator, Split, SplitN, SplitTerminator};
pub use traits::FromStr;
pub use validations::{next_code_point, utf8_char_width};

// ---------------------------------------------------------------------------------------
// Conversions (library/core/src/str/converts.rs)
// ---------------------------------------------------------------------------------------

/// Converts a slice of bytes to a string slice.
pub const fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match validations::run_utf8_validation(v) {
        Ok(_) => {
            // SAFETY: validation succeeded.
            Ok(unsafe { from_utf8_unchecked(v) })
        }
        Err(err) => Err(err),
    }
}

/// Converts a mutable slice of bytes to a mutable string slice.
pub const fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
    match validations::run_utf8_validation(v) {
        Ok(_) => {
            // SAFETY: validation succeeded.
            Ok(unsafe { from_utf8_unchecked_mut(v) })
        }
        Err(err) => Err(err),
    }
}

/// Converts a slice of bytes to a string slice without checking that the string contains
/// valid UTF-8.
#[must_use]
#[ferric::intrinsic]
pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str;

/// Converts a slice of bytes to a string slice without checking that the string contains
/// valid UTF-8; mutable version.
#[must_use]
#[ferric::intrinsic]
pub const unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str;

/// Converts a boxed slice of bytes to a boxed string slice without checking that the
/// string contains valid UTF-8.
#[must_use]
#[ferric::intrinsic]
pub unsafe fn from_boxed_utf8_unchecked(v: Box<[u8]>) -> Box<str>;

#[track_caller]
#[rustc_do_not_const_check] // the runtime message is formatted
const fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    const MAX_DISPLAY_LENGTH: usize = 256;
    let trunc_len = s.floor_char_boundary(MAX_DISPLAY_LENGTH);
    let s_trunc = &s[..trunc_len];
    let ellipsis = if trunc_len < s.len() { "[...]" } else { "" };
    let len = s.len();

    // 1. begin is OOB.
    if begin > len {
        panic!("start byte index {begin} is out of bounds of `{s_trunc}`{ellipsis}");
    }

    // 2. end is OOB.
    if end > len {
        panic!("end byte index {end} is out of bounds of `{s_trunc}`{ellipsis}");
    }

    // 3. range is backwards.
    if begin > end {
        panic!("begin > end ({begin} > {end}) when slicing `{s_trunc}`{ellipsis}")
    }

    // 4. begin is inside a character.
    if !s.is_char_boundary(begin) {
        let floor = s.floor_char_boundary(begin);
        let ceil = s.ceil_char_boundary(begin);
        let range = floor..ceil;
        let ch = s[floor..ceil].chars().next().unwrap();
        panic!(
            "start byte index {begin} is not a char boundary; it is inside {ch:?} (bytes {range:?}) of `{s_trunc}`{ellipsis}"
        )
    }

    // 5. end is inside a character.
    if !s.is_char_boundary(end) {
        let floor = s.floor_char_boundary(end);
        let ceil = s.ceil_char_boundary(end);
        let range = floor..ceil;
        let ch = s[floor..ceil].chars().next().unwrap();
        panic!(
            "end byte index {end} is not a char boundary; it is inside {ch:?} (bytes {range:?}) of `{s_trunc}`{ellipsis}"
        )
    }

    // 6. end is OOB and range is inclusive (end == len).
    // This test cannot be combined with 2. above because for cases like
    // `"abcαβγ"[4..9]` the error is that 4 is inside 'α', not that 9 is OOB.
    panic!("end byte index {end} is out of bounds of `{s_trunc}`{ellipsis}");
}

impl str {
    /// Returns the length of `self` in bytes.
    #[must_use]
    #[inline]
    pub const fn len(&self) -> usize {
        self.as_bytes().len()
    }

    /// Returns `true` if `self` has a length of zero bytes.
    #[must_use]
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Converts a slice of bytes to a string slice.
    #[inline]
    pub const fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
        from_utf8(v)
    }

    /// Converts a mutable slice of bytes to a mutable string slice.
    #[inline]
    pub const fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
        from_utf8_mut(v)
    }

    /// Converts a slice of bytes to a string slice without checking that it contains valid
    /// UTF-8.
    #[inline]
    #[must_use]
    pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
        // SAFETY: converts::from_utf8_unchecked has the same safety requirements as this
        // function.
        unsafe { from_utf8_unchecked(v) }
    }

    /// Converts a slice of bytes to a string slice without checking that it contains valid
    /// UTF-8; mutable version.
    #[inline]
    #[must_use]
    pub const unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str {
        // SAFETY: converts::from_utf8_unchecked_mut has the same safety requirements as
        // this function.
        unsafe { from_utf8_unchecked_mut(v) }
    }

    /// Checks that `index`-th byte is the first byte in a UTF-8 code point sequence or the
    /// end of the string.
    #[must_use]
    #[inline]
    pub const fn is_char_boundary(&self, index: usize) -> bool {
        // 0 is always ok.
        // Test for 0 explicitly so that it can optimize out the check
        // easily and skip reading string data for that case.
        // Note that optimizing `self.get(..index)` relies on this.
        if index == 0 {
            return true;
        }

        if index >= self.len() {
            // For `true` we have two options:
            //
            // - index == self.len()
            //   Empty strings are valid, so return true
            // - index > self.len()
            //   In this case return false
            //
            // The check is placed exactly here, because it improves generated
            // code on higher opt-levels. See PR #84751 for more details.
            index == self.len()
        } else {
            self.as_bytes()[index].is_utf8_char_boundary()
        }
    }

    /// Finds the closest `x` not exceeding `index` where `is_char_boundary(x)` is `true`.
    #[inline]
    pub const fn floor_char_boundary(&self, index: usize) -> usize {
        if index >= self.len() {
            self.len()
        } else {
            let mut i = index;
            while i > 0 {
                if self.as_bytes()[i].is_utf8_char_boundary() {
                    break;
                }
                i -= 1;
            }
            i
        }
    }

    /// Finds the closest `x` not below `index` where `is_char_boundary(x)` is `true`.
    #[inline]
    pub const fn ceil_char_boundary(&self, index: usize) -> usize {
        if index > self.len() {
            self.len()
        } else {
            let mut i = index;
            while i < self.len() {
                if self.as_bytes()[i].is_utf8_char_boundary() {
                    break;
                }
                i += 1;
            }
            i
        }
    }

    /// Converts a string slice to a byte slice.
    #[must_use]
    #[ferric::intrinsic]
    pub const fn as_bytes(&self) -> &[u8];

    /// Converts a mutable string slice to a mutable byte slice.
    #[must_use]
    #[ferric::intrinsic]
    pub const unsafe fn as_bytes_mut(&mut self) -> &mut [u8];

    /// Converts a string slice to a raw pointer.
    #[must_use]
    #[inline(always)]
    pub const fn as_ptr(&self) -> *const u8 {
        self.as_bytes().as_ptr()
    }

    /// Converts a mutable string slice to a raw pointer.
    #[must_use]
    #[inline(always)]
    pub const fn as_mut_ptr(&mut self) -> *mut u8 {
        // SAFETY: only a pointer is formed.
        unsafe { self.as_bytes_mut().as_mut_ptr() }
    }

    /// Returns a subslice of `str`, or `None` if out of bounds or not on char boundaries.
    #[inline]
    pub fn get<I: SliceIndex<str>>(&self, i: I) -> Option<&I::Output> {
        i.get(self)
    }

    /// Returns a mutable subslice of `str`, or `None` if out of bounds or not on char
    /// boundaries.
    #[inline]
    pub fn get_mut<I: SliceIndex<str>>(&mut self, i: I) -> Option<&mut I::Output> {
        i.get_mut(self)
    }

    /// Returns an unchecked subslice of `str`.
    #[inline]
    pub unsafe fn get_unchecked<I: SliceIndex<str>>(&self, i: I) -> &I::Output {
        // SAFETY: the caller must uphold the safety contract for `get_unchecked`;
        // the slice is dereferenceable because `self` is a safe reference.
        unsafe { &*i.get_unchecked(self) }
    }

    /// Returns a mutable, unchecked subslice of `str`.
    #[inline]
    pub unsafe fn get_unchecked_mut<I: SliceIndex<str>>(&mut self, i: I) -> &mut I::Output {
        // SAFETY: the caller must uphold the safety contract for `get_unchecked_mut`;
        // the slice is dereferenceable because `self` is a safe reference.
        unsafe { &mut *i.get_unchecked_mut(self) }
    }

    /// Creates a string slice from another string slice, bypassing safety checks.
    #[deprecated(since = "1.29.0", note = "use `get_unchecked(begin..end)` instead")]
    #[must_use]
    #[inline]
    pub unsafe fn slice_unchecked(&self, begin: usize, end: usize) -> &str {
        // SAFETY: the caller must uphold the safety contract for `get_unchecked`;
        // the slice is dereferenceable because `self` is a safe reference.
        unsafe { &*(begin..end).get_unchecked(self) }
    }

    /// Creates a string slice from another string slice, bypassing safety checks.
    #[deprecated(since = "1.29.0", note = "use `get_unchecked_mut(begin..end)` instead")]
    #[inline]
    pub unsafe fn slice_mut_unchecked(&mut self, begin: usize, end: usize) -> &mut str {
        // SAFETY: the caller must uphold the safety contract for `get_unchecked_mut`;
        // the slice is dereferenceable because `self` is a safe reference.
        unsafe { &mut *(begin..end).get_unchecked_mut(self) }
    }

    /// Divides one string slice into two at an index.
    #[inline]
    #[must_use]
    #[ferric::rustc_location = "core/src/str/mod.rs:849:21"]
    pub const fn split_at(&self, mid: usize) -> (&str, &str) {
        match self.split_at_checked(mid) {
            None => slice_error_fail(self, 0, mid),
            Some(pair) => pair,
        }
    }

    /// Divides one mutable string slice into two at an index.
    #[inline]
    #[ferric::rustc_location = "core/src/str/mod.rs:894:13"]
    pub const fn split_at_mut(&mut self, mid: usize) -> (&mut str, &mut str) {
        // is_char_boundary checks that the index is in [0, .len()]
        if self.is_char_boundary(mid) {
            // SAFETY: just checked that `mid` is on a char boundary.
            unsafe { self.split_at_mut_unchecked(mid) }
        } else {
            slice_error_fail(self, 0, mid)
        }
    }

    /// Divides one string slice into two at an index; `None` if `mid` is not on a char
    /// boundary or out of bounds.
    #[inline]
    #[must_use]
    pub const fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)> {
        // is_char_boundary checks that the index is in [0, .len()]
        if self.is_char_boundary(mid) {
            // SAFETY: just checked that `mid` is on a char boundary.
            Some(unsafe { self.split_at_unchecked(mid) })
        } else {
            None
        }
    }

    /// Divides one mutable string slice into two at an index; `None` if `mid` is not on a
    /// char boundary or out of bounds.
    #[inline]
    #[must_use]
    pub const fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut str, &mut str)> {
        // is_char_boundary checks that the index is in [0, .len()]
        if self.is_char_boundary(mid) {
            // SAFETY: just checked that `mid` is on a char boundary.
            Some(unsafe { self.split_at_mut_unchecked(mid) })
        } else {
            None
        }
    }

    /// Divides one string slice into two at an index.
    ///
    /// # Safety
    ///
    /// The caller must ensure that `mid` is a valid byte offset from the start
    /// of the string and falls on the boundary of a UTF-8 code point.
    #[inline]
    const unsafe fn split_at_unchecked(&self, mid: usize) -> (&str, &str) {
        // SAFETY: caller guarantees `mid` is on a char boundary.
        unsafe {
            let (head, tail) = self.as_bytes().split_at_unchecked(mid);
            (from_utf8_unchecked(head), from_utf8_unchecked(tail))
        }
    }

    /// Divides one string slice into two at an index.
    ///
    /// # Safety
    ///
    /// The caller must ensure that `mid` is a valid byte offset from the start
    /// of the string and falls on the boundary of a UTF-8 code point.
    #[inline]
    const unsafe fn split_at_mut_unchecked(&mut self, mid: usize) -> (&mut str, &mut str) {
        // SAFETY: caller guarantees `mid` is on a char boundary.
        unsafe {
            let (head, tail) = self.as_bytes_mut().split_at_mut_unchecked(mid);
            (from_utf8_unchecked_mut(head), from_utf8_unchecked_mut(tail))
        }
    }

    /// Returns an iterator over the `char`s of a string slice.
    #[inline]
    pub fn chars(&self) -> Chars<'_> {
        Chars { iter: self.as_bytes().iter() }
    }

    /// Returns an iterator over the `char`s of a string slice, and their positions.
    #[inline]
    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { front_offset: 0, iter: self.chars() }
    }

    /// Returns an iterator over the bytes of a string slice.
    #[inline]
    pub fn bytes(&self) -> Bytes<'_> {
        Bytes(self.as_bytes().iter().copied())
    }

    /// Splits a string slice by whitespace.
    #[must_use = "this returns the split string as an iterator, \
                  without modifying the original"]
    #[inline]
    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        let is_whitespace: fn(char) -> bool = char::is_whitespace;
        SplitWhitespace { inner: self.split(is_whitespace) }
    }

    /// Splits a string slice by ASCII whitespace.
    #[must_use = "this returns the split string as an iterator, \
                  without modifying the original"]
    #[inline]
    pub fn split_ascii_whitespace(&self) -> SplitAsciiWhitespace<'_> {
        fn is_ascii_whitespace(c: char) -> bool {
            c.is_ascii_whitespace()
        }
        let is_ascii_whitespace: fn(char) -> bool = is_ascii_whitespace;
        SplitAsciiWhitespace { inner: self.split(is_ascii_whitespace) }
    }

    /// Returns an iterator over the lines of a string, as string slices.
    #[inline]
    pub fn lines(&self) -> Lines<'_> {
        Lines(self.split_inclusive('\n'))
    }

    /// Returns an iterator over the lines of a string.
    #[deprecated(since = "1.4.0", note = "use lines() instead now", suggestion = "lines")]
    #[inline]
    #[allow(deprecated)]
    pub fn lines_any(&self) -> LinesAny<'_> {
        LinesAny(self.lines())
    }

    /// Returns an iterator of `u16` over the string encoded as native endian UTF-16.
    pub fn encode_utf16(&self) -> EncodeUtf16<'_> {
        EncodeUtf16 { chars: self.chars(), extra: 0 }
    }

    /// Returns `true` if the given pattern matches a sub-slice of this string slice.
    #[inline]
    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        pat.is_contained_in(self)
    }

    /// Returns `true` if the given pattern matches a prefix of this string slice.
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        pat.is_prefix_of(self)
    }

    /// Returns `true` if the given pattern matches a suffix of this string slice.
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        pat.is_suffix_of(self)
    }

    /// Returns the byte index of the first character of this string slice that matches the
    /// pattern.
    #[inline]
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        match pat.into_searcher(self).next_match() {
            Some((i, _)) => Some(i),
            None => None,
        }
    }

    /// Returns the byte index for the first character of the last match of the pattern in
    /// this string slice.
    #[inline]
    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        match pat.into_searcher(self).next_match_back() {
            Some((i, _)) => Some(i),
            None => None,
        }
    }

    /// Returns an iterator over substrings of this string slice, separated by characters
    /// matched by a pattern.
    #[inline]
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split(iter::SplitInternal {
            start: 0,
            end: self.len(),
            matcher: pat.into_searcher(self),
            allow_trailing_empty: true,
            finished: false,
        })
    }

    /// Returns an iterator over substrings of this string slice, separated by characters
    /// matched by a pattern; the matched part is contained in the substrings as a
    /// terminator.
    #[inline]
    pub fn split_inclusive<P: Pattern>(&self, pat: P) -> SplitInclusive<'_, P> {
        SplitInclusive(iter::SplitInternal {
            start: 0,
            end: self.len(),
            matcher: pat.into_searcher(self),
            allow_trailing_empty: false,
            finished: false,
        })
    }

    /// Returns an iterator over substrings of the given string slice, separated by
    /// characters matched by a pattern and yielded in reverse order.
    #[inline]
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        RSplit(self.split(pat).0)
    }

    /// Returns an iterator over substrings of the given string slice, separated by
    /// characters matched by a pattern; a trailing empty substring is skipped.
    #[inline]
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> {
        SplitTerminator(iter::SplitInternal { allow_trailing_empty: false, ..self.split(pat).0 })
    }

    /// Returns an iterator over substrings of `self`, separated by characters matched by a
    /// pattern and yielded in reverse order; a trailing empty substring is skipped.
    #[inline]
    pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplitTerminator<'_, P>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        RSplitTerminator(self.split_terminator(pat).0)
    }

    /// Returns an iterator over substrings of the given string slice, separated by a
    /// pattern, restricted to returning at most `n` items.
    #[inline]
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN(iter::SplitNInternal { iter: self.split(pat).0, count: n })
    }

    /// Returns an iterator over substrings of this string slice, separated by a pattern,
    /// starting from the end of the string, restricted to returning at most `n` items.
    #[inline]
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        RSplitN(self.splitn(n, pat).0)
    }

    /// Splits the string on the first occurrence of the specified delimiter and returns
    /// prefix before delimiter and suffix after delimiter.
    #[inline]
    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)> {
        let (start, end) = delimiter.into_searcher(self).next_match()?;
        // SAFETY: `Searcher` is known to return valid indices.
        unsafe { Some((self.get_unchecked(..start), self.get_unchecked(end..))) }
    }

    /// Splits the string on the last occurrence of the specified delimiter and returns
    /// prefix before delimiter and suffix after delimiter.
    #[inline]
    pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        let (start, end) = delimiter.into_searcher(self).next_match_back()?;
        // SAFETY: `Searcher` is known to return valid indices.
        unsafe { Some((self.get_unchecked(..start), self.get_unchecked(end..))) }
    }

    /// Returns an iterator over the disjoint matches of a pattern within the given string
    /// slice.
    #[inline]
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches(iter::MatchesInternal(pat.into_searcher(self)))
    }

    /// Returns an iterator over the disjoint matches of a pattern within this string
    /// slice, yielded in reverse order.
    #[inline]
    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        RMatches(self.matches(pat).0)
    }

    /// Returns an iterator over the disjoint matches of a pattern within this string slice
    /// as well as the index that the match starts at.
    #[inline]
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices(iter::MatchIndicesInternal(pat.into_searcher(self)))
    }

    /// Returns an iterator over the disjoint matches of a pattern within `self`, yielded in
    /// reverse order along with the index of the match.
    #[inline]
    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        RMatchIndices(self.match_indices(pat).0)
    }

    /// Returns a string slice with leading and trailing whitespace removed.
    #[inline]
    #[must_use = "this returns the trimmed string as a slice, \
                  without modifying the original"]
    ///
    /// As `self.trim_matches(char::is_whitespace)` (the backend finds the whitespace at once).
    #[ferric::intrinsic]
    pub fn trim(&self) -> &str;

    /// Returns a string slice with leading whitespace removed.
    #[inline]
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    ///
    /// As `self.trim_start_matches(char::is_whitespace)` (the backend finds the whitespace at once).
    #[ferric::intrinsic]
    pub fn trim_start(&self) -> &str;

    /// Returns a string slice with trailing whitespace removed.
    #[inline]
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    ///
    /// As `self.trim_end_matches(char::is_whitespace)` (the backend finds the whitespace at once).
    #[ferric::intrinsic]
    pub fn trim_end(&self) -> &str;

    /// Returns a string slice with leading whitespace removed.
    #[inline]
    #[deprecated(since = "1.33.0", note = "superseded by `trim_start`", suggestion = "trim_start")]
    pub fn trim_left(&self) -> &str {
        self.trim_start()
    }

    /// Returns a string slice with trailing whitespace removed.
    #[inline]
    #[deprecated(since = "1.33.0", note = "superseded by `trim_end`", suggestion = "trim_end")]
    pub fn trim_right(&self) -> &str {
        self.trim_end()
    }

    /// Returns a string slice with all prefixes and suffixes that match a pattern
    /// repeatedly removed.
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str
    where
        for<'a> P::Searcher<'a>: DoubleEndedSearcher<'a>,
    {
        let mut i = 0;
        let mut j = 0;
        let mut matcher = pat.into_searcher(self);
        if let Some((a, b)) = matcher.next_reject() {
            i = a;
            j = b; // Remember earliest known match, correct it below if
            // last match is different
        }
        if let Some((_, b)) = matcher.next_reject_back() {
            j = b;
        }
        // SAFETY: `Searcher` is known to return valid indices.
        unsafe { self.get_unchecked(i..j) }
    }

    /// Returns a string slice with all prefixes that match a pattern repeatedly removed.
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut i = self.len();
        let mut matcher = pat.into_searcher(self);
        if let Some((a, _)) = matcher.next_reject() {
            i = a;
        }
        // SAFETY: `Searcher` is known to return valid indices.
        unsafe { self.get_unchecked(i..self.len()) }
    }

    /// Returns a string slice with the prefix removed.
    #[must_use = "this returns the remaining substring as a new slice, \
                  without modifying the original"]
    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        prefix.strip_prefix_of(self)
    }

    /// Returns a string slice with the suffix removed.
    #[must_use = "this returns the remaining substring as a new slice, \
                  without modifying the original"]
    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str>
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        suffix.strip_suffix_of(self)
    }

    /// Returns a string slice with all suffixes that match a pattern repeatedly removed.
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        let mut j = 0;
        let mut matcher = pat.into_searcher(self);
        if let Some((_, b)) = matcher.next_reject_back() {
            j = b;
        }
        // SAFETY: `Searcher` is known to return valid indices.
        unsafe { self.get_unchecked(0..j) }
    }

    /// Returns a string slice with all prefixes that match a pattern repeatedly removed.
    #[deprecated(since = "1.33.0", note = "superseded by `trim_start_matches`", suggestion = "trim_start_matches")]
    pub fn trim_left_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_start_matches(pat)
    }

    /// Returns a string slice with all suffixes that match a pattern repeatedly removed.
    #[deprecated(since = "1.33.0", note = "superseded by `trim_end_matches`", suggestion = "trim_end_matches")]
    pub fn trim_right_matches<P: Pattern>(&self, pat: P) -> &str
    where
        for<'a> P::Searcher<'a>: ReverseSearcher<'a>,
    {
        self.trim_end_matches(pat)
    }

    /// Parses this string slice into another type.
    #[inline]
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        FromStr::from_str(self)
    }

    /// Checks if all characters in this string are within the ASCII range.
    #[must_use]
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        // We can treat each byte as character here: all multibyte characters
        // start with a byte that is not in the ASCII range, so we will stop
        // there already.
        self.as_bytes().is_ascii()
    }

    /// Checks that two strings are an ASCII case-insensitive match.
    #[must_use]
    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        self.as_bytes().eq_ignore_ascii_case(other.as_bytes())
    }

    /// Converts this string to its ASCII upper case equivalent in-place.
    #[inline]
    pub const fn make_ascii_uppercase(&mut self) {
        // SAFETY: changing ASCII letters only does not invalidate UTF-8.
        let me = unsafe { self.as_bytes_mut() };
        me.make_ascii_uppercase()
    }

    /// Converts this string to its ASCII lower case equivalent in-place.
    #[inline]
    pub const fn make_ascii_lowercase(&mut self) {
        // SAFETY: changing ASCII letters only does not invalidate UTF-8.
        let me = unsafe { self.as_bytes_mut() };
        me.make_ascii_lowercase()
    }

    /// Returns a string slice with leading ASCII whitespace removed.
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    #[inline]
    pub const fn trim_ascii_start(&self) -> &str {
        // SAFETY: Removing ASCII characters from a `&str` does not invalidate
        // UTF-8.
        unsafe { from_utf8_unchecked(self.as_bytes().trim_ascii_start()) }
    }

    /// Returns a string slice with trailing ASCII whitespace removed.
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    #[inline]
    pub const fn trim_ascii_end(&self) -> &str {
        // SAFETY: Removing ASCII characters from a `&str` does not invalidate
        // UTF-8.
        unsafe { from_utf8_unchecked(self.as_bytes().trim_ascii_end()) }
    }

    /// Returns a string slice with leading and trailing ASCII whitespace removed.
    #[must_use = "this returns the trimmed string as a new slice, \
                  without modifying the original"]
    #[inline]
    pub const fn trim_ascii(&self) -> &str {
        // SAFETY: Removing ASCII characters from a `&str` does not invalidate
        // UTF-8.
        unsafe { from_utf8_unchecked(self.as_bytes().trim_ascii()) }
    }

    /// Returns an iterator that escapes each char in `self` with `char::escape_debug`.
    #[must_use = "this returns the escaped string as an iterator, \
                  without modifying the original"]
    pub fn escape_debug(&self) -> EscapeDebug<'_> {
        EscapeDebug { chars: self.chars(), first: true, current: None }
    }

    /// Returns an iterator that escapes each char in `self` with `char::escape_default`.
    #[must_use = "this returns the escaped string as an iterator, \
                  without modifying the original"]
    pub fn escape_default(&self) -> EscapeDefault<'_> {
        EscapeDefault { chars: self.chars(), current: None }
    }

    /// Returns an iterator that escapes each char in `self` with `char::escape_unicode`.
    #[must_use = "this returns the escaped string as an iterator, \
                  without modifying the original"]
    pub fn escape_unicode(&self) -> EscapeUnicode<'_> {
        EscapeUnicode { chars: self.chars(), current: None }
    }

    // ---------------------------------------------------------------------------------
    // From library/alloc/src/str.rs
    // ---------------------------------------------------------------------------------

    /// Converts a `Box<str>` into a `Box<[u8]>` without copying or allocating.
    #[must_use = "`self` will be dropped if the result is not used"]
    #[ferric::intrinsic]
    pub fn into_boxed_bytes(self: Box<str>) -> Box<[u8]>;

    /// Replaces all matches of a pattern with another string.
    #[must_use = "this returns the replaced string as a new allocation, \
                  without modifying the original"]
    #[inline]
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        let mut result = String::with_capacity(self.len());
        let mut last_end = 0;
        for (start, part) in self.match_indices(from) {
            result.push_str(unsafe { self.get_unchecked(last_end..start) });
            result.push_str(to);
            last_end = start + part.len();
        }
        result.push_str(unsafe { self.get_unchecked(last_end..self.len()) });
        result
    }

    /// Replaces first N matches of a pattern with another string.
    #[must_use = "this returns the replaced string as a new allocation, \
                  without modifying the original"]
    pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> String {
        // Hope to reduce the times of re-allocation
        let mut result = String::with_capacity(32);
        let mut last_end = 0;
        for (start, part) in self.match_indices(pat).take(count) {
            result.push_str(unsafe { self.get_unchecked(last_end..start) });
            result.push_str(to);
            last_end = start + part.len();
        }
        result.push_str(unsafe { self.get_unchecked(last_end..self.len()) });
        result
    }

    /// Returns the lowercase equivalent of this string slice, as a new `String`.
    #[must_use = "this returns the lowercase string as a new String, \
                  without modifying the original"]
    pub fn to_lowercase(&self) -> String {
        if let Some(s) = lowercase_without_sigma(self) {
            return s;
        }
        let mut s = String::with_capacity(self.len());
        let mut iter = self.char_indices();
        while let Some((i, c)) = iter.next() {
            if c == 'Σ' {
                // Σ maps to σ, except at the end of a word where it maps to ς.
                // This is the only conditional (contextual) but language-independent mapping
                // in `SpecialCasing.txt`,
                // so hard-code it rather than have a generic "condition" mechanism.
                // See https://github.com/rust-lang/rust/issues/26035
                let sigma_lowercase = map_uppercase_sigma(self, i);
                s.push(sigma_lowercase);
            } else {
                for lower in c.to_lowercase() {
                    s.push(lower);
                }
            }
        }
        return s;

        fn map_uppercase_sigma(from: &str, i: usize) -> char {
            // See https://www.unicode.org/versions/Unicode7.0.0/ch03.pdf#G33992
            // for the definition of `Final_Sigma`.
            debug_assert!('Σ'.len_utf8() == 2);
            let is_word_final = case_ignorable_then_cased(from[..i].chars().rev())
                && !case_ignorable_then_cased(from[i + 2..].chars());
            if is_word_final { 'ς' } else { 'σ' }
        }

        fn case_ignorable_then_cased<I: Iterator<Item = char>>(iter: I) -> bool {
            let mut iter = iter;
            loop {
                match iter.next() {
                    Some(c) if is_case_ignorable(c) => continue,
                    Some(c) => return is_cased(c),
                    None => return false,
                }
            }
        }

        fn is_cased(c: char) -> bool {
            if c.is_ascii() { c.is_ascii_alphabetic() } else { c.is_lowercase() || c.is_uppercase() }
        }

        fn is_case_ignorable(c: char) -> bool {
            if c.is_ascii() {
                matches!(c, '\'' | '.' | ':' | '^' | '`')
            } else {
                crate::char::unicode::grapheme_extend(c)
            }
        }
    }

    /// Returns the uppercase equivalent of this string slice, as a new `String`.
    #[must_use = "this returns the uppercase string as a new String, \
                  without modifying the original"]
    ///
    /// As `String::with_capacity(self.len())` with each char's `char::to_uppercase` pushed
    /// (the backend maps the whole text at once).
    #[ferric::intrinsic]
    pub fn to_uppercase(&self) -> String;

    /// Converts a `Box<str>` into a `String` without copying or allocating.
    #[must_use = "`self` will be dropped if the result is not used"]
    #[ferric::intrinsic]
    pub fn into_string(self: Box<str>) -> String;

    /// Creates a new `String` by repeating a string `n` times.
    #[must_use]
    #[ferric::rustc_location = "alloc/src/slice.rs:523:50"]
    pub fn repeat(&self, n: usize) -> String {
        let capacity = match self.len().checked_mul(n) {
            Some(c) => c,
            None => panic!("capacity overflow"),
        };
        let mut s = String::with_capacity(capacity);
        let mut i = 0;
        while i < n {
            s.push_str(self);
            i += 1;
        }
        s
    }

    /// Returns a copy of this string where each character is mapped to its ASCII upper case
    /// equivalent.
    #[must_use = "to uppercase the value in-place, use `make_ascii_uppercase()`"]
    #[inline]
    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::from(self);
        s.make_ascii_uppercase();
        s
    }

    /// Returns a copy of this string where each character is mapped to its ASCII lower case
    /// equivalent.
    #[must_use = "to lowercase the value in-place, use `make_ascii_lowercase()`"]
    #[inline]
    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::from(self);
        s.make_ascii_lowercase();
        s
    }
}

impl AsRef<[u8]> for str {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

use crate::convert::AsRef;

impl Default for &str {
    /// Creates an empty str
    #[inline]
    fn default() -> Self {
        ""
    }
}

impl Default for &mut str {
    /// Creates an empty mutable str
    #[inline]
    fn default() -> Self {
        // SAFETY: The empty string is valid UTF-8.
        unsafe { from_utf8_unchecked_mut(&mut []) }
    }
}

use crate::default::Default;

/// `str::to_lowercase` of a text without `'Σ'` (whose mapping depends on its
/// neighbours): `String::with_capacity(s.len())` with each char's `char::to_lowercase`
/// pushed (the backend maps the whole text at once); None when `s` has a `'Σ'`.
#[ferric::intrinsic]
fn lowercase_without_sigma(s: &str) -> Option<String>;
