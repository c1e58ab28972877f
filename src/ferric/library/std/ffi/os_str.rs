//! `OsString` and `OsStr` (`std::ffi::os_str`), Unix flavour: an `OsStr` is a byte
//! slice (`repr(transparent)` over `[u8]`, as rustc's `sys::os_str::bytes::Slice`), an
//! `OsString` a `Vec<u8>`. All Rust.

use crate::borrow::{Borrow, Cow, ToOwned};
use crate::boxed::Box;
use crate::clone::Clone;
use crate::cmp::{self, Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::collections::TryReserveError;
use crate::convert::{AsRef, From, Infallible};
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::{Extend, FromIterator, IntoIterator, Iterator};
use crate::marker::Sized;
use crate::ops::{Deref, DerefMut, Index, IndexMut, RangeFull};
use crate::option::Option::{self, None, Some};
use crate::rc::Rc;
use crate::result::Result::{self, Err, Ok};
use crate::str::{self, FromStr};
use crate::string::String;
use crate::sync::Arc;
use crate::vec::Vec;

/// A type that can represent owned, mutable platform-native strings, but is cheaply
/// inter-convertible with Rust strings.
pub struct OsString {
    inner: Vec<u8>,
}

/// Borrowed reference to an OS string (see `OsString`).
#[repr(transparent)]
pub struct OsStr {
    inner: [u8],
}

impl OsString {
    pub const fn new() -> OsString {
        OsString { inner: Vec::new() }
    }

    pub unsafe fn from_encoded_bytes_unchecked(bytes: Vec<u8>) -> Self {
        OsString { inner: bytes }
    }

    pub fn as_os_str(&self) -> &OsStr {
        self
    }

    pub fn into_encoded_bytes(self) -> Vec<u8> {
        self.inner
    }

    pub fn into_string(self) -> Result<String, OsString> {
        String::from_utf8(self.inner).map_err(|e| OsString { inner: e.into_bytes() })
    }

    #[rustc_confusables("put")]
    pub fn push<T: AsRef<OsStr>>(&mut self, s: T) {
        self.inner.extend_from_slice(&s.as_ref().inner)
    }

    pub fn with_capacity(capacity: usize) -> OsString {
        OsString { inner: Vec::with_capacity(capacity) }
    }

    pub fn clear(&mut self) {
        self.inner.clear()
    }

    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner.try_reserve(additional)
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        self.inner.reserve_exact(additional)
    }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner.try_reserve_exact(additional)
    }

    pub fn shrink_to_fit(&mut self) {
        self.inner.shrink_to_fit()
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }

    pub fn into_boxed_os_str(self) -> Box<OsStr> {
        let rw = Box::into_raw(self.inner.into_boxed_slice()) as *mut OsStr;
        unsafe { Box::from_raw(rw) }
    }

    pub fn leak<'a>(self) -> &'a mut OsStr {
        OsStr::from_inner_mut(self.inner.leak())
    }

    /// Truncate the `OsString` to the specified length (unstable in rustc).
    #[track_caller]
    pub fn truncate(&mut self, len: usize) {
        self.inner.truncate(len)
    }

    pub(crate) fn extend_from_slice_unchecked(&mut self, other: &[u8]) {
        self.inner.extend_from_slice(other)
    }
}

impl From<String> for OsString {
    fn from(s: String) -> OsString {
        OsString { inner: s.into_bytes() }
    }
}

impl<T: ?Sized + AsRef<OsStr>> From<&T> for OsString {
    fn from(s: &T) -> OsString {
        s.as_ref().to_os_string()
    }
}

impl Index<RangeFull> for OsString {
    type Output = OsStr;

    fn index(&self, _index: RangeFull) -> &OsStr {
        OsStr::from_inner(&self.inner)
    }
}

impl IndexMut<RangeFull> for OsString {
    fn index_mut(&mut self, _index: RangeFull) -> &mut OsStr {
        OsStr::from_inner_mut(&mut self.inner)
    }
}

impl Deref for OsString {
    type Target = OsStr;

    fn deref(&self) -> &OsStr {
        &self[..]
    }
}

impl DerefMut for OsString {
    fn deref_mut(&mut self) -> &mut OsStr {
        &mut self[..]
    }
}

impl Default for OsString {
    fn default() -> OsString {
        OsString::new()
    }
}

impl Clone for OsString {
    fn clone(&self) -> Self {
        OsString { inner: self.inner.clone() }
    }

    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl fmt::Debug for OsString {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, formatter)
    }
}

impl PartialEq for OsString {
    fn eq(&self, other: &OsString) -> bool {
        &**self == &**other
    }
}

impl PartialEq<str> for OsString {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<OsString> for str {
    fn eq(&self, other: &OsString) -> bool {
        &**other == self
    }
}

impl PartialEq<&str> for OsString {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl<'a> PartialEq<OsString> for &'a str {
    fn eq(&self, other: &OsString) -> bool {
        **other == **self
    }
}

impl Eq for OsString {}

impl PartialOrd for OsString {
    fn partial_cmp(&self, other: &OsString) -> Option<Ordering> {
        (&**self).partial_cmp(&**other)
    }
}

impl PartialOrd<str> for OsString {
    fn partial_cmp(&self, other: &str) -> Option<Ordering> {
        (&**self).partial_cmp(other)
    }
}

impl Ord for OsString {
    fn cmp(&self, other: &OsString) -> Ordering {
        (&**self).cmp(&**other)
    }
}

impl Hash for OsString {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (&**self).hash(state)
    }
}

impl fmt::Write for OsString {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s);
        Ok(())
    }
}

impl OsStr {
    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &OsStr {
        s.as_ref()
    }

    pub unsafe fn from_encoded_bytes_unchecked(bytes: &[u8]) -> &Self {
        Self::from_inner(bytes)
    }

    fn from_inner(inner: &[u8]) -> &OsStr {
        unsafe { &*(inner as *const [u8] as *const OsStr) }
    }

    fn from_inner_mut(inner: &mut [u8]) -> &mut OsStr {
        unsafe { &mut *(inner as *mut [u8] as *mut OsStr) }
    }

    pub fn to_str(&self) -> Option<&str> {
        str::from_utf8(&self.inner).ok()
    }

    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.inner)
    }

    pub fn to_os_string(&self) -> OsString {
        OsString { inner: Vec::from(&self.inner) }
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn into_os_string(self: Box<OsStr>) -> OsString {
        let boxed = unsafe { Box::from_raw(Box::into_raw(self) as *mut [u8]) };
        OsString { inner: Vec::from(boxed) }
    }

    pub fn as_encoded_bytes(&self) -> &[u8] {
        &self.inner
    }

    pub fn make_ascii_lowercase(&mut self) {
        self.inner.make_ascii_lowercase()
    }

    pub fn make_ascii_uppercase(&mut self) {
        self.inner.make_ascii_uppercase()
    }

    pub fn to_ascii_lowercase(&self) -> OsString {
        OsString { inner: self.inner.to_ascii_lowercase() }
    }

    pub fn to_ascii_uppercase(&self) -> OsString {
        OsString { inner: self.inner.to_ascii_uppercase() }
    }

    pub fn is_ascii(&self) -> bool {
        self.inner.is_ascii()
    }

    pub fn eq_ignore_ascii_case<S: AsRef<OsStr>>(&self, other: S) -> bool {
        self.inner.eq_ignore_ascii_case(&other.as_ref().inner)
    }

    pub fn display(&self) -> Display<'_> {
        Display { os_str: self }
    }
}

impl From<&OsStr> for Box<OsStr> {
    fn from(s: &OsStr) -> Box<OsStr> {
        s.to_os_string().into_boxed_os_str()
    }
}

impl From<Box<OsStr>> for OsString {
    fn from(boxed: Box<OsStr>) -> OsString {
        boxed.into_os_string()
    }
}

impl From<OsString> for Box<OsStr> {
    fn from(s: OsString) -> Box<OsStr> {
        s.into_boxed_os_str()
    }
}

impl Clone for Box<OsStr> {
    fn clone(&self) -> Self {
        self.to_os_string().into_boxed_os_str()
    }
}

impl From<OsString> for Arc<OsStr> {
    fn from(s: OsString) -> Arc<OsStr> {
        Arc::from(s.into_boxed_os_str())
    }
}

impl From<&OsStr> for Arc<OsStr> {
    fn from(s: &OsStr) -> Arc<OsStr> {
        Arc::from(s.to_os_string().into_boxed_os_str())
    }
}

impl From<OsString> for Rc<OsStr> {
    fn from(s: OsString) -> Rc<OsStr> {
        Rc::from(s.into_boxed_os_str())
    }
}

impl From<&OsStr> for Rc<OsStr> {
    fn from(s: &OsStr) -> Rc<OsStr> {
        Rc::from(s.to_os_string().into_boxed_os_str())
    }
}

impl<'a> From<OsString> for Cow<'a, OsStr> {
    fn from(s: OsString) -> Cow<'a, OsStr> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a OsStr> for Cow<'a, OsStr> {
    fn from(s: &'a OsStr) -> Cow<'a, OsStr> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<&'a OsString> for Cow<'a, OsStr> {
    fn from(s: &'a OsString) -> Cow<'a, OsStr> {
        Cow::Borrowed(s.as_os_str())
    }
}

impl<'a> From<Cow<'a, OsStr>> for OsString {
    fn from(s: Cow<'a, OsStr>) -> Self {
        s.into_owned()
    }
}

impl Default for Box<OsStr> {
    fn default() -> Box<OsStr> {
        OsString::new().into_boxed_os_str()
    }
}

impl Default for &OsStr {
    fn default() -> Self {
        OsStr::new("")
    }
}

impl PartialEq for OsStr {
    fn eq(&self, other: &OsStr) -> bool {
        self.inner == other.inner
    }
}

impl PartialEq<str> for OsStr {
    fn eq(&self, other: &str) -> bool {
        *self == *OsStr::new(other)
    }
}

impl PartialEq<OsStr> for str {
    fn eq(&self, other: &OsStr) -> bool {
        *other == *OsStr::new(self)
    }
}

impl Eq for OsStr {}

impl PartialOrd for OsStr {
    fn partial_cmp(&self, other: &OsStr) -> Option<Ordering> {
        self.inner.partial_cmp(&other.inner)
    }
}

impl PartialOrd<str> for OsStr {
    fn partial_cmp(&self, other: &str) -> Option<Ordering> {
        self.partial_cmp(OsStr::new(other))
    }
}

impl Ord for OsStr {
    fn cmp(&self, other: &OsStr) -> Ordering {
        self.inner.cmp(&other.inner)
    }
}

macro_rules! impl_cmp {
    ($lhs:ty, $rhs: ty) => {
        impl<'a, 'b> PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool {
                <OsStr as PartialEq>::eq(self, other)
            }
        }

        impl<'a, 'b> PartialEq<$lhs> for $rhs {
            fn eq(&self, other: &$lhs) -> bool {
                <OsStr as PartialEq>::eq(self, other)
            }
        }

        impl<'a, 'b> PartialOrd<$rhs> for $lhs {
            fn partial_cmp(&self, other: &$rhs) -> Option<cmp::Ordering> {
                <OsStr as PartialOrd>::partial_cmp(self, other)
            }
        }

        impl<'a, 'b> PartialOrd<$lhs> for $rhs {
            fn partial_cmp(&self, other: &$lhs) -> Option<cmp::Ordering> {
                <OsStr as PartialOrd>::partial_cmp(self, other)
            }
        }
    };
}

impl_cmp!(OsString, OsStr);
impl_cmp!(OsString, &'a OsStr);
impl_cmp!(Cow<'a, OsStr>, OsStr);
impl_cmp!(Cow<'a, OsStr>, &'b OsStr);
impl_cmp!(Cow<'a, OsStr>, OsString);

impl Hash for OsStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.hash(state)
    }
}

impl fmt::Debug for OsStr {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.to_string_lossy(), formatter)
    }
}

/// Helper struct for safely printing an `OsStr` with `format!` and `{}`.
pub struct Display<'a> {
    os_str: &'a OsStr,
}

impl fmt::Debug for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.os_str, f)
    }
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.os_str.to_string_lossy(), f)
    }
}

impl<S: Borrow<OsStr>> crate::slice::Join<&OsStr> for [S] {
    type Output = OsString;

    fn join(slice: &Self, sep: &OsStr) -> OsString {
        let Some((first, suffix)) = slice.split_first() else {
            return OsString::new();
        };
        let first_owned = first.borrow().to_owned();
        suffix.iter().fold(first_owned, |mut a, b| {
            a.push(sep);
            a.push(b.borrow());
            a
        })
    }
}

impl Borrow<OsStr> for OsString {
    fn borrow(&self) -> &OsStr {
        &self[..]
    }
}

impl ToOwned for OsStr {
    type Owned = OsString;

    fn to_owned(&self) -> OsString {
        self.to_os_string()
    }

    fn clone_into(&self, target: &mut OsString) {
        target.inner.clone_from_slice_into_vec(&self.inner)
    }
}

trait CloneIntoVec {
    fn clone_from_slice_into_vec(&mut self, source: &[u8]);
}

impl CloneIntoVec for Vec<u8> {
    fn clone_from_slice_into_vec(&mut self, source: &[u8]) {
        self.clear();
        self.extend_from_slice(source);
    }
}

impl AsRef<OsStr> for OsStr {
    fn as_ref(&self) -> &OsStr {
        self
    }
}

impl AsRef<OsStr> for OsString {
    fn as_ref(&self) -> &OsStr {
        self
    }
}

impl AsRef<OsStr> for str {
    fn as_ref(&self) -> &OsStr {
        OsStr::from_inner(self.as_bytes())
    }
}

impl AsRef<OsStr> for String {
    fn as_ref(&self) -> &OsStr {
        (&**self).as_ref()
    }
}

impl FromStr for OsString {
    type Err = Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(OsString::from(s))
    }
}

impl Extend<OsString> for OsString {
    fn extend<T: IntoIterator<Item = OsString>>(&mut self, iter: T) {
        for s in iter {
            self.push(&s);
        }
    }
}

impl<'a> Extend<&'a OsStr> for OsString {
    fn extend<T: IntoIterator<Item = &'a OsStr>>(&mut self, iter: T) {
        for s in iter {
            self.push(s);
        }
    }
}

impl<'a> Extend<Cow<'a, OsStr>> for OsString {
    fn extend<T: IntoIterator<Item = Cow<'a, OsStr>>>(&mut self, iter: T) {
        for s in iter {
            self.push(&s);
        }
    }
}

impl FromIterator<OsString> for OsString {
    fn from_iter<I: IntoIterator<Item = OsString>>(iter: I) -> Self {
        let mut iterator = iter.into_iter();

        // Reuse the allocation of the first `OsString`.
        match iterator.next() {
            None => OsString::new(),
            Some(mut buf) => {
                buf.extend(iterator);
                buf
            }
        }
    }
}

impl<'a> FromIterator<&'a OsStr> for OsString {
    fn from_iter<I: IntoIterator<Item = &'a OsStr>>(iter: I) -> Self {
        let mut buf = Self::new();
        for s in iter {
            buf.push(s);
        }
        buf
    }
}

impl<'a> FromIterator<Cow<'a, OsStr>> for OsString {
    fn from_iter<I: IntoIterator<Item = Cow<'a, OsStr>>>(iter: I) -> Self {
        let mut buf = Self::new();
        for s in iter {
            buf.push(&s);
        }
        buf
    }
}
