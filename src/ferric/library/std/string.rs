//! A UTF-8–encoded, growable string (`std::string`): `String`, `ToString`, `FromUtf8Error`,
//! `FromUtf16Error`, `Drain`.
//!
//! `String` is `#[ferric::opaque]` (UTF-8 bytes owned by the backend). The intrinsics are
//! the allocation-level operations (`new`, `with_capacity`, `reserve`, `shrink_*`,
//! `capacity`), the views (`as_str`, `as_mut_str`, `as_mut_vec`), the conversions to and
//! from `Vec<u8>`/`Box<str>`, `push_str`, and one general edit, `replace_bytes_unchecked`
//! (replace a byte range by a `&str`); every other method is Rust over those, with rustc's
//! assertions. Capacity follows `Vec<u8>`'s policy (minimum non-zero capacity 8).
//!
//! ferric-specific lang item: `#[lang = "String"]` (rustc: diagnostic item `String`).

use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::char::{decode_utf16, REPLACEMENT_CHARACTER};
use crate::collections::TryReserveError;
use crate::error::Error;
use crate::fmt;
use crate::hash;
use crate::iter::{FromIterator, FusedIterator};
use crate::marker::PhantomData;
use crate::mem;
use crate::ops::{self, Add, AddAssign, Range, RangeBounds};
use crate::slice::SliceIndex;
use crate::str::pattern::{Pattern, ReverseSearcher};
use crate::str::{self, Chars, FromStr, Utf8Error};
use crate::vec::{self, Vec};
use crate::cmp::{Ord, PartialEq, PartialOrd};
use crate::convert::{AsMut, AsRef, From, TryFrom};
use crate::iter::{DoubleEndedIterator, Extend, IntoIterator, Iterator};
use crate::marker::{Send, Sized, Sync};
use crate::ops::{Drop, FnMut};
use crate::option::Option::{self, Some};
use crate::result::Result::{self, Err, Ok};
use crate::clone::Clone;
use crate::cmp::Eq;
use crate::default::Default;
use crate::option::Option::None;

/// A UTF-8–encoded, growable string.
#[lang = "String"]
#[ferric::opaque]
/*@ alloc/src/string.rs:353:0 */
pub struct String {
    vec: PhantomData<Vec<u8>>,
}

/// A possible error value when converting a `String` from a UTF-8 byte vector.
#[derive(Debug, PartialEq, Eq, Clone)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

/// A possible error value when converting a `String` from a UTF-16 byte slice.
#[derive(Debug)]
pub struct FromUtf16Error(());

impl String {
    /// An empty string with capacity 0.
    #[ferric::intrinsic]
    pub const fn new() -> String;

    /// An empty string with capacity exactly `capacity`.
    #[ferric::intrinsic]
    pub fn with_capacity(capacity: usize) -> String;

    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match str::from_utf8(&vec) {
            Ok(..) => Ok(unsafe { String::from_utf8_unchecked(vec) }),
            Err(e) => Err(FromUtf8Error { bytes: vec, error: e }),
        }
    }

    pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str> {
        let first_error = match str::from_utf8(v) {
            Ok(valid) => return Cow::Borrowed(valid),
            Err(e) => e,
        };

        let mut res = String::with_capacity(v.len());
        push_lossy(&mut res, v, first_error);
        Cow::Owned(res)
    }

    pub fn from_utf16(v: &[u16]) -> Result<String, FromUtf16Error> {
        let mut ret = String::with_capacity(v.len());
        for c in decode_utf16(v.iter().cloned()) {
            if let Ok(c) = c {
                ret.push(c);
            } else {
                return Err(FromUtf16Error(()));
            }
        }
        Ok(ret)
    }

    pub fn from_utf16_lossy(v: &[u16]) -> String {
        decode_utf16(v.iter().cloned()).map(|r| r.unwrap_or(REPLACEMENT_CHARACTER)).collect()
    }

    pub fn into_raw_parts(self) -> (*mut u8, usize, usize) {
        self.into_bytes().into_raw_parts()
    }

    pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String {
        unsafe { String::from_utf8_unchecked(Vec::from_raw_parts(buf, length, capacity)) }
    }

    /// Takes over the bytes of `bytes` (same length and capacity) without checking UTF-8.
    #[ferric::intrinsic]
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String;

    /// Gives up the string's bytes as a `Vec<u8>` (same length and capacity).
    #[ferric::intrinsic]
    pub const fn into_bytes(/*@ alloc/src/string.rs:1034:28 */ self) -> Vec<u8>;

    /// The whole string as a `&str`.
    #[ferric::intrinsic]
    pub const fn as_str(&self) -> &str;

    /// The whole string as a `&mut str`.
    #[ferric::intrinsic]
    pub const fn as_mut_str(&mut self) -> &mut str;

    /// Appends `string` (growing as `reserve(string.len())`).
    #[rustc_confusables("append")]
    #[ferric::intrinsic]
    pub fn push_str(&mut self, string: &str);

    #[track_caller]
    pub fn extend_from_within<R>(&mut self, src: R)
    where
        R: RangeBounds<usize>,
    {
        let Range { start, end } = vec::slice_range(src, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let piece = String::from(&self[start..end]);
        self.push_str(&piece);
    }

    /// The capacity in bytes.
    #[ferric::intrinsic]
    pub const fn capacity(&self) -> usize;

    /// As `Vec::reserve` on the bytes.
    #[ferric::intrinsic]
    pub fn reserve(&mut self, additional: usize);

    /// As `Vec::reserve_exact` on the bytes.
    #[ferric::intrinsic]
    pub fn reserve_exact(&mut self, additional: usize);

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.len().checked_add(additional) {
            Some(needed) if needed <= isize::MAX as usize => {
                self.reserve(additional);
                Ok(())
            }
            _ => Err(TryReserveError::capacity_overflow()),
        }
    }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.len().checked_add(additional) {
            Some(needed) if needed <= isize::MAX as usize => {
                self.reserve_exact(additional);
                Ok(())
            }
            _ => Err(TryReserveError::capacity_overflow()),
        }
    }

    /// Reduces the capacity to the length.
    #[ferric::intrinsic]
    pub fn shrink_to_fit(&mut self);

    /// Reduces the capacity to `max(len, min_capacity)` if it is larger.
    #[ferric::intrinsic]
    pub fn shrink_to(&mut self, min_capacity: usize);

    /// `self.push_str(ch.encode_utf8(&mut [0; 4]))`.
    #[ferric::intrinsic]
    pub fn push(&mut self, ch: char);

    pub const fn as_bytes(&self) -> &[u8] {
        self.as_str().as_bytes()
    }

    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.is_char_boundary(new_len));
            let len = self.len();
            unsafe { self.replace_bytes_unchecked(new_len, len, "") }
        }
    }

    pub fn pop(&mut self) -> Option<char> {
        let ch = self.chars().rev().next()?;
        let len = self.len();
        let newlen = len - ch.len_utf8();
        unsafe { self.replace_bytes_unchecked(newlen, len, "") }
        Some(ch)
    }

    #[rustc_confusables("delete")]
    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let ch = match self[idx..].chars().next() {
            Some(ch) => ch,
            None => panic!("cannot remove a char from the end of a string"),
        };

        let next = idx + ch.len_utf8();
        unsafe { self.replace_bytes_unchecked(idx, next, "") }
        ch
    }

    pub fn retain<F>(&mut self, mut f: F)
    where
        F: FnMut(char) -> bool,
    {
        let old = mem::take(self);
        self.reserve_exact(old.capacity());
        for ch in old.chars() {
            if f(ch) {
                self.push(ch);
            }
        }
    }

    #[rustc_confusables("set")]
    #[track_caller]
    pub fn insert(&mut self, idx: usize, ch: char) {
        assert!(self.is_char_boundary(idx));
        let mut bits = [0; 4];
        let bits = ch.encode_utf8(&mut bits);
        unsafe { self.replace_bytes_unchecked(idx, idx, bits) }
    }

    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, string: &str) {
        assert!(self.is_char_boundary(idx));
        unsafe { self.replace_bytes_unchecked(idx, idx, string) }
    }

    /// The bytes of the string as a mutable `Vec<u8>`, sharing the string's storage.
    #[ferric::intrinsic]
    pub const unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8>;

    #[rustc_confusables("length", "size")]
    pub const fn len(&self) -> usize {
        self.as_str().len()
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        let other = String::from(&self[at..]);
        let len = self.len();
        unsafe { self.replace_bytes_unchecked(at, len, "") }
        other
    }

    pub fn clear(&mut self) {
        let len = self.len();
        unsafe { self.replace_bytes_unchecked(0, len, "") }
    }

    #[track_caller]
    pub fn drain<R>(&mut self, range: R) -> Drain<'_>
    where
        R: RangeBounds<usize>,
    {
        let Range { start, end } = vec::slice_range(range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));

        // Two simultaneous borrows: the `&mut String` is not used until `Drain::drop`.
        let self_ptr = self as *mut String;
        let chars_iter = unsafe { (*self_ptr).get_unchecked(start..end) }.chars();

        Drain { start, end, iter: chars_iter, string: self_ptr }
    }

    #[track_caller]
    pub fn replace_range<R>(&mut self, range: R, replace_with: &str)
    where
        R: RangeBounds<usize>,
    {
        let checked_range = vec::slice_range(range, self.len());

        assert!(self.is_char_boundary(checked_range.start), "start of range should be a character boundary");
        assert!(self.is_char_boundary(checked_range.end), "end of range should be a character boundary");

        unsafe { self.replace_bytes_unchecked(checked_range.start, checked_range.end, replace_with) }
    }

    /// Replaces the bytes `[start, end)` by `replace_with` (`start <= end <= len`, both on
    /// char boundaries), growing as `reserve` when needed; the capacity never shrinks.
    #[ferric::intrinsic]
    unsafe fn replace_bytes_unchecked(&mut self, start: usize, end: usize, replace_with: &str);

    /// Converts into a `Box<str>`, dropping excess capacity.
    #[ferric::intrinsic]
    pub fn into_boxed_str(self) -> Box<str>;

    pub fn leak<'a>(self) -> &'a mut str {
        Box::leak(self.into_boxed_str())
    }
}

// Appends `v` to `res` with each invalid UTF-8 sequence replaced by U+FFFD (as
// `Utf8Chunks` splits it); `error` is the first error of `v`.
fn push_lossy(res: &mut String, mut v: &[u8], mut error: Utf8Error) {
    const REPLACEMENT: &str = "\u{FFFD}";
    loop {
        let valid_up_to = error.valid_up_to();
        res.push_str(unsafe { str::from_utf8_unchecked(&v[..valid_up_to]) });
        res.push_str(REPLACEMENT);
        match error.error_len() {
            Some(len) => v = &v[valid_up_to + len..],
            None => return,
        }
        match str::from_utf8(v) {
            Ok(valid) => {
                res.push_str(valid);
                return;
            }
            Err(e) => error = e,
        }
    }
}

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..]
    }

    /// Converts the bytes into a `String` lossily (unstable in rustc).
    pub fn into_utf8_lossy(self) -> String {
        let mut res = {
            let mut v = Vec::with_capacity(self.bytes.len());
            v.extend_from_slice(&self.bytes[..self.error.valid_up_to()]);
            unsafe { String::from_utf8_unchecked(v) }
        };

        let rest = &self.bytes[self.error.valid_up_to()..];
        match str::from_utf8(rest) {
            Ok(valid) => res.push_str(valid),
            Err(e) => push_lossy(&mut res, rest, e),
        }

        res
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl fmt::Display for FromUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("invalid utf-16: lone surrogate found", f)
    }
}

impl Error for FromUtf8Error {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        "invalid utf-8"
    }
}

impl Error for FromUtf16Error {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        "invalid utf-16"
    }
}

impl Clone for String {
    fn clone(&self) -> Self {
        String::from(self.as_str())
    }

    fn clone_from(&mut self, source: &Self) {
        self.clear();
        self.push_str(source);
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut iterator = iter.into_iter();

        // Reuse the first String as the buffer.
        match iterator.next() {
            None => String::new(),
            Some(mut buf) => {
                buf.extend(iterator);
                buf
            }
        }
    }
}

impl FromIterator<Box<str>> for String {
    fn from_iter<I: IntoIterator<Item = Box<str>>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = Cow<'a, str>>>(iter: I) -> String {
        let mut iterator = iter.into_iter();

        match iterator.next() {
            None => String::new(),
            Some(cow) => {
                let mut buf = cow.into_owned();
                buf.extend(iterator);
                buf
            }
        }
    }
}

impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        let iterator = iter.into_iter();
        let (lower_bound, _) = iterator.size_hint();
        self.reserve(lower_bound);
        iterator.for_each(move |c| self.push(c));
    }
}

impl<'a> Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) {
        self.extend(iter.into_iter().cloned());
    }
}

impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        iter.into_iter().for_each(move |s| self.push_str(s));
    }
}

impl Extend<Box<str>> for String {
    fn extend<I: IntoIterator<Item = Box<str>>>(&mut self, iter: I) {
        iter.into_iter().for_each(move |s| self.push_str(&s));
    }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        iter.into_iter().for_each(move |s| self.push_str(&s));
    }
}

impl<'a> Extend<Cow<'a, str>> for String {
    fn extend<I: IntoIterator<Item = Cow<'a, str>>>(&mut self, iter: I) {
        iter.into_iter().for_each(move |s| self.push_str(&s));
    }
}

impl<'b> Pattern for &'b String {
    type Searcher<'a> = <&'b str as Pattern>::Searcher<'a>;

    fn into_searcher(self, haystack: &str) -> <&'b str as Pattern>::Searcher<'_> {
        self[..].into_searcher(haystack)
    }

    fn is_contained_in(self, haystack: &str) -> bool {
        self[..].is_contained_in(haystack)
    }

    fn is_prefix_of(self, haystack: &str) -> bool {
        self[..].is_prefix_of(haystack)
    }

    fn strip_prefix_of(self, haystack: &str) -> Option<&str> {
        self[..].strip_prefix_of(haystack)
    }

    fn is_suffix_of<'a>(self, haystack: &'a str) -> bool
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        self[..].is_suffix_of(haystack)
    }

    fn strip_suffix_of<'a>(self, haystack: &'a str) -> Option<&'a str>
    where
        Self::Searcher<'a>: ReverseSearcher<'a>,
    {
        self[..].strip_suffix_of(haystack)
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        PartialEq::eq(self.as_bytes(), other.as_bytes())
    }
}

impl Eq for String {}

impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<crate::cmp::Ordering> {
        PartialOrd::partial_cmp(self.as_bytes(), other.as_bytes())
    }
}

impl Ord for String {
    fn cmp(&self, other: &String) -> crate::cmp::Ordering {
        Ord::cmp(self.as_bytes(), other.as_bytes())
    }
}

macro_rules! impl_eq {
    ($lhs:ty, $rhs: ty) => {
        impl PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool {
                PartialEq::eq(&self[..], &other[..])
            }
            fn ne(&self, other: &$rhs) -> bool {
                PartialEq::ne(&self[..], &other[..])
            }
        }

        impl PartialEq<$lhs> for $rhs {
            fn eq(&self, other: &$lhs) -> bool {
                PartialEq::eq(&self[..], &other[..])
            }
            fn ne(&self, other: &$lhs) -> bool {
                PartialEq::ne(&self[..], &other[..])
            }
        }
    };
}

impl_eq! { String, str }
impl_eq! { String, &str }
impl_eq! { Cow<'_, str>, str }
impl_eq! { Cow<'_, str>, &'_ str }
impl_eq! { Cow<'_, str>, String }

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl fmt::Display for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl fmt::Debug for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl hash::Hash for String {
    fn hash<H: hash::Hasher>(&self, hasher: &mut H) {
        (**self).hash(hasher)
    }
}

impl Add<&str> for String {
    type Output = String;

    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}

impl<I> ops::Index<I> for String
where
    I: SliceIndex<str>,
{
    type Output = I::Output;

    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        index.index(self.as_str())
    }
}

impl<I> ops::IndexMut<I> for String
where
    I: SliceIndex<str>,
{
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        index.index_mut(self.as_mut_str())
    }
}

impl ops::Deref for String {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl ops::DerefMut for String {
    fn deref_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

/// A type alias for `Infallible`: the error of parsing a `String` (real alloc's
/// `string::ParseError`).
pub type ParseError = crate::convert::Infallible;

impl FromStr for String {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<String, Self::Err> {
        Ok(String::from(s))
    }
}

/// A trait for converting a value to a `String`; implemented for every `Display` type.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        let args = format_args!("{}", self);
        let mut buf = String::new();
        if !fmt_plain_into(&mut buf, &args) {
            fmt::Write::write_fmt(&mut buf, args)
                .expect("a Display implementation returned an error unexpectedly");
        }
        set_to_string_capacity::<T>(&mut buf);
        buf
    }
}

/// rustc specializes `ToString` for strings, `char`, `bool` and the integers, whose
/// results have exact capacities: the text's length, or for a signed integer the most
/// digits of its type (`i8`: 3, `i32`: 10, one more when negative ...). This sets that
/// capacity for `T` (decided when `T` is known), and does nothing for other types.
#[ferric::intrinsic]
fn set_to_string_capacity<T: ?Sized>(buf: &mut String);

/// `String`'s `write_fmt` when `args` holds only text (literal pieces and `{}` of
/// integers, `bool`, `char`, strings): appends it write by write and returns `true`;
/// otherwise writes nothing and returns `false`.
#[ferric::intrinsic]
fn fmt_plain_into(s: &mut String, args: &fmt::Arguments<'_>) -> bool;

impl AsRef<str> for String {
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsMut<str> for String {
    fn as_mut(&mut self) -> &mut str {
        self
    }
}

impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

// rustc: alloc/src/str.rs
impl ToOwned for str {
    type Owned = String;

    fn to_owned(&self) -> String {
        String::from(self)
    }

    fn clone_into(&self, target: &mut String) {
        target.clear();
        target.push_str(self);
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        let mut string = String::with_capacity(s.len());
        string.push_str(s);
        string
    }
}

impl From<&mut str> for String {
    fn from(s: &mut str) -> String {
        String::from(&*s)
    }
}

impl From<&String> for String {
    fn from(s: &String) -> String {
        s.clone()
    }
}

impl From<Box<str>> for String {
    fn from(s: Box<str>) -> String {
        String::from(&*s)
    }
}

impl From<String> for Box<str> {
    fn from(s: String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl<'a> From<Cow<'a, str>> for String {
    fn from(s: Cow<'a, str>) -> String {
        s.into_owned()
    }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    fn from(s: &'a String) -> Cow<'a, str> {
        Cow::Borrowed(s.as_str())
    }
}

impl<'a> FromIterator<char> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = char>>(it: I) -> Cow<'a, str> {
        Cow::Owned(FromIterator::from_iter(it))
    }
}

impl<'a, 'b> FromIterator<&'b str> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = &'b str>>(it: I) -> Cow<'a, str> {
        Cow::Owned(FromIterator::from_iter(it))
    }
}

impl<'a> FromIterator<String> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = String>>(it: I) -> Cow<'a, str> {
        Cow::Owned(FromIterator::from_iter(it))
    }
}

impl From<String> for Vec<u8> {
    fn from(string: String) -> Vec<u8> {
        string.into_bytes()
    }
}

impl TryFrom<Vec<u8>> for String {
    type Error = FromUtf8Error;

    fn try_from(bytes: Vec<u8>) -> Result<Self, Self::Error> {
        Self::from_utf8(bytes)
    }
}

impl fmt::Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> fmt::Result {
        if fmt_plain_into(self, &args) {
            return Ok(());
        }
        fmt::write(self, args)
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        self.push(c);
        Ok(())
    }
}

impl From<char> for String {
    fn from(c: char) -> Self {
        let mut buf = [0; 4];
        String::from(&*c.encode_utf8(&mut buf))
    }
}

/// A draining iterator for `String` (`String::drain`). The range is removed when the
/// `Drain` is dropped.
pub struct Drain<'a> {
    string: *mut String,
    start: usize,
    end: usize,
    iter: Chars<'a>,
}

impl fmt::Debug for Drain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_str()).finish()
    }
}

unsafe impl Sync for Drain<'_> {}
unsafe impl Send for Drain<'_> {}

impl Drop for Drain<'_> {
    fn drop(&mut self) {
        unsafe {
            let string = &mut *self.string;
            if self.start <= self.end && self.end <= string.len() {
                string.replace_bytes_unchecked(self.start, self.end, "");
            }
        }
    }
}

impl<'a> Drain<'a> {
    pub fn as_str(&self) -> &str {
        self.iter.as_str()
    }
}

impl<'a> AsRef<str> for Drain<'a> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl<'a> AsRef<[u8]> for Drain<'a> {
    fn as_ref(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
}

impl Iterator for Drain<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn last(mut self) -> Option<char> {
        self.next_back()
    }
}

impl DoubleEndedIterator for Drain<'_> {
    fn next_back(&mut self) -> Option<char> {
        self.iter.next_back()
    }
}

impl FusedIterator for Drain<'_> {}
