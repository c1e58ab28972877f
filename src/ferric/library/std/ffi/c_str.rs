//! C strings (`std::ffi::c_str`): nul-terminated byte strings as C functions take and
//! return them.
//!
//! - the core half: `CStr`, an unsized view (`repr(transparent)` over `[c_char]`, the
//!   whole string including its terminating nul, as in rustc's core), the type of `c"..."`
//!   literals (`#[lang = "CStr"]`); its errors `FromBytesWithNulError` and
//!   `FromBytesUntilNulError`.
//! - the alloc half: `CString`, the owned string (a `Box<[u8]>` ending in its only nul
//!   byte); its errors `NulError`, `FromVecWithNulError`, `IntoStringError`; `CStr`'s
//!   allocating methods (`to_string_lossy`, `into_c_string`) and conversions to and from
//!   `Box`/`Rc`/`Arc`/`Cow`.
//!
//! All Rust. The length of a C string behind a raw pointer is found by scanning for the
//! nul (`strlen` below) rather than by calling libc.
//!
//! Invariant: a `CStr`'s `inner` ends with a nul byte and has no other; a `CString`'s
//! `inner` likewise (unsafe constructors can break the second half, never the first).

use crate::borrow::{Borrow, Cow, ToOwned};
use crate::boxed::Box;
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::{AsRef, From, Into, TryFrom};
use crate::default::Default;
use crate::error::Error;
use crate::ffi::c_char;
use crate::hash::Hash;
use crate::marker::Copy;
use crate::mem;
use crate::num::NonZero;
use crate::ops::{self, Deref, Drop};
use crate::option::Option::{self, None, Some};
use crate::ptr;
use crate::rc::Rc;
use crate::result::Result::{self, Err, Ok};
use crate::slice;
use crate::str::{self, FromStr, Utf8Error};
use crate::string::String;
use crate::sync::Arc;
use crate::vec::Vec;
use crate::{fmt, fmt::Write};

// =================================================================================================
// CStr (core)
// =================================================================================================

/// A borrowed C string: a dynamically sized view of bytes that end in a nul terminator and
/// contain no other nul.
///
/// `&CStr` is to `CString` what `&str` is to `String`. It is made safely from a byte
/// slice (`from_bytes_with_nul`, `from_bytes_until_nul`), unsafely from a
/// `*const c_char` that C code handed over (`from_ptr`), or written as a literal,
/// `c"text"` (of type `&'static CStr`). From it come a `*const c_char` for C
/// (`as_ptr`), the bytes with or without the terminator (`to_bytes_with_nul`,
/// `to_bytes`), a `&str` after UTF-8 validation (`to_str`, `to_string_lossy`), or an
/// owned `CString` (`to_owned`).
///
/// The layout is not guaranteed (the `repr(transparent)` is an implementation detail): do
/// not put `&CStr` in the signature of a foreign function; pass `as_ptr()` instead.
///
/// ```
/// use std::ffi::CStr;
/// use std::os::raw::c_char;
///
/// fn describe(s: &CStr) -> String {
///     format!("{} bytes: {}", s.count_bytes(), s.to_string_lossy())
/// }
///
/// let p: *const c_char = c"hello".as_ptr();
/// let s = unsafe { CStr::from_ptr(p) };
/// assert_eq!(describe(s), "5 bytes: hello");
/// ```
#[derive(Hash, PartialEq, Eq)]
#[lang = "CStr"]
#[repr(transparent)]
pub struct CStr {
    // The whole string, terminator included. rustc notes that this should some day be a
    // thin pointer to the first byte (with the length found by scanning); the public
    // methods are written so that such a change would not show.
    inner: [c_char],
}

/// The error of `CStr::from_bytes_with_nul`: the slice must hold exactly one nul byte, as
/// its last byte.
///
/// ```
/// use std::ffi::{CStr, FromBytesWithNulError};
///
/// assert_eq!(CStr::from_bytes_with_nul(b"a\0b\0"), Err(FromBytesWithNulError::InteriorNul { position: 1 }));
/// assert_eq!(CStr::from_bytes_with_nul(b"ab"), Err(FromBytesWithNulError::NotNulTerminated));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FromBytesWithNulError {
    /// A nul byte was found before the end of the data, at byte `position`.
    InteriorNul {
        /// Where the first nul byte is.
        position: usize,
    },
    /// The data does not end in a nul byte (and contains none).
    NotNulTerminated,
}

impl fmt::Display for FromBytesWithNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FromBytesWithNulError::InteriorNul { position } => {
                write!(f, "data provided contains an interior nul byte at byte position {}", position)
            }
            FromBytesWithNulError::NotNulTerminated => f.write_str("data provided is not nul terminated"),
        }
    }
}

impl Error for FromBytesWithNulError {}

/// The error of `CStr::from_bytes_until_nul`: the slice contains no nul byte at all.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FromBytesUntilNulError(());

impl fmt::Display for FromBytesUntilNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("data provided does not contain a nul")
    }
}

impl Error for FromBytesUntilNulError {}

/// Shows the bytes (without the terminator) as a string literal: valid UTF-8 as text, with
/// the escapes of `char::escape_debug` for non-ASCII characters and of `u8::escape_ascii`
/// for ASCII ones (so `'` shows as `\'`), and each byte of invalid UTF-8 as `\xNN`.
///
/// ```
/// assert_eq!(format!("{:?}", c"it's \xff ☃"), r#""it\'s \xff ☃""#);
/// ```
impl fmt::Debug for CStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        let mut rest = self.to_bytes();
        while !rest.is_empty() {
            let (valid, invalid_len) = match str::from_utf8(rest) {
                Ok(valid) => (valid, 0),
                Err(e) => {
                    let up_to = e.valid_up_to();
                    let bad = match e.error_len() {
                        Some(len) => len,
                        None => rest.len() - up_to,
                    };
                    (unsafe { str::from_utf8_unchecked(&rest[..up_to]) }, bad)
                }
            };
            for c in valid.chars() {
                if (c as u32) < 0x80 {
                    write!(f, "{}", (c as u8).escape_ascii())?;
                } else {
                    write!(f, "{}", c.escape_debug())?;
                }
            }
            let end = valid.len() + invalid_len;
            for b in &rest[valid.len()..end] {
                write!(f, "{}", b.escape_ascii())?;
            }
            rest = &rest[end..];
        }
        f.write_char('"')
    }
}

impl Default for &CStr {
    /// The empty C string, `c""`.
    fn default() -> Self {
        c""
    }
}

impl CStr {
    /// Wraps a C string that foreign code owns.
    ///
    /// The length is found by scanning for the nul terminator, as C's `strlen` does.
    ///
    /// # Safety
    ///
    /// - `ptr` must be non-null and point to a nul-terminated string, all of it inside
    ///   one allocation, readable up to and including the nul, which lies within
    ///   `isize::MAX` bytes of `ptr`;
    /// - the string must not be mutated while the returned reference lives.
    ///
    /// The lifetime `'a` is chosen by the caller and not checked against anything: tie it
    /// to whatever really keeps the string alive.
    ///
    /// ```
    /// use std::ffi::{c_char, CStr};
    ///
    /// let p: *const c_char = c"hello".as_ptr();
    /// assert_eq!(unsafe { CStr::from_ptr(p) }.to_str(), Ok("hello"));
    /// ```
    #[must_use]
    pub const unsafe fn from_ptr<'a>(ptr: *const c_char) -> &'a CStr {
        let len = unsafe { strlen(ptr) };
        unsafe { CStr::from_bytes_with_nul_unchecked(slice::from_raw_parts(ptr.cast::<u8>(), len + 1)) }
    }

    /// Wraps the bytes up to and including the first nul byte of `bytes`; bytes after it
    /// are ignored. Fails when `bytes` contains no nul.
    ///
    /// ```
    /// use std::ffi::CStr;
    ///
    /// let buffer = *b"abc\0\0\0junk";
    /// assert_eq!(CStr::from_bytes_until_nul(&buffer).unwrap().to_bytes(), b"abc");
    /// assert!(CStr::from_bytes_until_nul(b"no nul").is_err());
    /// ```
    pub const fn from_bytes_until_nul(bytes: &[u8]) -> Result<&CStr, FromBytesUntilNulError> {
        match first_nul(bytes) {
            Some(nul_pos) => {
                let with_nul = unsafe { slice::from_raw_parts(bytes.as_ptr(), nul_pos + 1) };
                Ok(unsafe { CStr::from_bytes_with_nul_unchecked(with_nul) })
            }
            None => Err(FromBytesUntilNulError(())),
        }
    }

    /// Wraps `bytes`, which must end in a nul byte and contain no other.
    ///
    /// ```
    /// use std::ffi::{CStr, FromBytesWithNulError};
    ///
    /// assert_eq!(CStr::from_bytes_with_nul(b"hi\0"), Ok(c"hi"));
    /// assert_eq!(CStr::from_bytes_with_nul(b"h\0i\0"), Err(FromBytesWithNulError::InteriorNul { position: 1 }));
    /// ```
    pub const fn from_bytes_with_nul(bytes: &[u8]) -> Result<&Self, FromBytesWithNulError> {
        match first_nul(bytes) {
            Some(nul_pos) if nul_pos + 1 == bytes.len() => Ok(unsafe { CStr::from_bytes_with_nul_unchecked(bytes) }),
            Some(position) => Err(FromBytesWithNulError::InteriorNul { position }),
            None => Err(FromBytesWithNulError::NotNulTerminated),
        }
    }

    /// Wraps `bytes` without checking it.
    ///
    /// # Safety
    ///
    /// `bytes` must end in a nul byte and contain no other.
    #[must_use]
    pub const unsafe fn from_bytes_with_nul_unchecked(bytes: &[u8]) -> &CStr {
        debug_assert!(!bytes.is_empty() && bytes[bytes.len() - 1] == 0);
        // A `CStr` is a `[c_char]` and `c_char` is one byte: the cast keeps the length.
        unsafe { &*(bytes as *const [u8] as *const CStr) }
    }

    /// A pointer to the first byte, for C functions that read a `const char*`. The string
    /// continues up to and including the nul terminator.
    ///
    /// The pointer carries no lifetime: it dangles once `self` is gone. In particular
    /// `CString::new(s).unwrap().as_ptr()` points into a temporary dropped at the end of
    /// the statement; bind the `CString` to a variable first. C code must not write
    /// through the pointer.
    #[must_use]
    pub const fn as_ptr(&self) -> *const c_char {
        self.inner.as_ptr()
    }

    /// The length in bytes, without the nul terminator (what C's `strlen` returns).
    ///
    /// ```
    /// assert_eq!(c"abc".count_bytes(), 3);
    /// assert_eq!(c"".count_bytes(), 0);
    /// ```
    #[must_use]
    pub const fn count_bytes(&self) -> usize {
        self.inner.len() - 1
    }

    /// Whether the string has no bytes before its terminator.
    ///
    /// ```
    /// assert!(c"".is_empty());
    /// assert!(!c"x".is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        // There is always at least the terminator to read.
        unsafe { *self.inner.as_ptr() == 0 }
    }

    /// The bytes without the nul terminator.
    ///
    /// ```
    /// assert_eq!(c"abc".to_bytes(), b"abc");
    /// ```
    #[must_use = "this returns the result of the operation, without modifying the original"]
    pub const fn to_bytes(&self) -> &[u8] {
        let bytes = self.to_bytes_with_nul();
        unsafe { slice::from_raw_parts(bytes.as_ptr(), bytes.len() - 1) }
    }

    /// The bytes including the nul terminator.
    ///
    /// ```
    /// assert_eq!(c"abc".to_bytes_with_nul(), b"abc\0");
    /// ```
    #[must_use = "this returns the result of the operation, without modifying the original"]
    pub const fn to_bytes_with_nul(&self) -> &[u8] {
        // `c_char` and `u8` have the same size: the slice keeps its length.
        unsafe { &*(&self.inner as *const [c_char] as *const [u8]) }
    }

    /// The string as a `&str` when its bytes (without the terminator) are valid UTF-8,
    /// else the error locating the first invalid sequence.
    ///
    /// ```
    /// assert_eq!(c"abc".to_str(), Ok("abc"));
    /// assert!(c"\xff".to_str().is_err());
    /// ```
    pub const fn to_str(&self) -> Result<&str, str::Utf8Error> {
        str::from_utf8(self.to_bytes())
    }
}

/// The index of the first nul byte of `bytes` (rustc: `memchr::memchr(0, bytes)`).
const fn first_nul(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0 {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The number of bytes before the first nul byte at `ptr`, as C's `strlen`.
///
/// # Safety
///
/// `ptr` must point to a readable nul-terminated string within `isize::MAX` bytes.
const unsafe fn strlen(ptr: *const c_char) -> usize {
    let mut len = 0;
    while unsafe { *ptr.add(len) } != 0 {
        len += 1;
    }
    len
}

impl PartialEq<&Self> for CStr {
    fn eq(&self, other: &&Self) -> bool {
        *self == **other
    }
}

// Ordered by the bytes as `u8` (`c_char` is `i8` here, which would order bytes >= 0x80
// first): not derived.
impl PartialOrd for CStr {
    fn partial_cmp(&self, other: &CStr) -> Option<Ordering> {
        self.to_bytes().partial_cmp(other.to_bytes())
    }
}

impl Ord for CStr {
    fn cmp(&self, other: &CStr) -> Ordering {
        self.to_bytes().cmp(other.to_bytes())
    }
}

impl ops::Index<ops::RangeFrom<usize>> for CStr {
    type Output = CStr;

    /// The tail of the string from byte `index.start`, which may be the terminator's
    /// index (giving the empty string) but not past it.
    fn index(&self, index: ops::RangeFrom<usize>) -> &CStr {
        let bytes = self.to_bytes_with_nul();
        if index.start < bytes.len() {
            // A non-empty tail of a C string is a C string.
            unsafe { CStr::from_bytes_with_nul_unchecked(&bytes[index.start..]) }
        } else {
            panic!("index out of bounds: the len is {} but the index is {}", bytes.len(), index.start);
        }
    }
}

impl AsRef<CStr> for CStr {
    fn as_ref(&self) -> &CStr {
        self
    }
}

// =================================================================================================
// CString (alloc)
// =================================================================================================

/// An owned C string: a heap buffer of bytes ending in a nul terminator, with no nul byte
/// before it.
///
/// `CString` is to `&CStr` what `String` is to `&str`. `CString::new` builds one from
/// anything convertible to a `Vec<u8>` (`&str`, `String`, `&[u8]`, `Vec<u8>` ...), adding
/// the terminator and rejecting interior nul bytes; `CString::from(c"text")` copies a
/// literal. It dereferences to `CStr`, which gives `as_ptr()` for C functions taking a
/// `const char*`; `as_bytes`/`as_bytes_with_nul` give the bytes.
///
/// Ownership can be handed to C code with `into_raw` and must come back through `from_raw`
/// to be freed (never with C's `free`).
///
/// ```
/// use std::ffi::CString;
///
/// let owned = CString::new("hello").expect("no interior nul");
/// assert_eq!(owned.as_bytes_with_nul(), b"hello\0");
/// assert!(CString::new("nul\0inside").is_err());
/// ```
#[derive(PartialEq, PartialOrd, Eq, Ord, Hash, Clone)]
pub struct CString {
    // Ends with the only nul byte (unsafe constructors may break "only", never "ends").
    inner: Box<[u8]>,
}

/// The error of `CString::new`: the data has a nul byte at `nul_position()`. It keeps the
/// data (`into_vec`).
///
/// ```
/// use std::ffi::CString;
///
/// let err = CString::new("a\0b").unwrap_err();
/// assert_eq!(err.nul_position(), 1);
/// assert_eq!(err.into_vec(), b"a\0b");
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct NulError(usize, Vec<u8>);

/// The error of `CString::from_vec_with_nul`: the vector does not end in its only nul byte.
/// It keeps the vector (`as_bytes`, `into_bytes`); its `Display` says what was wrong.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FromVecWithNulError {
    error_kind: FromBytesWithNulError,
    bytes: Vec<u8>,
}

/// The error of `CString::into_string`: the bytes are not valid UTF-8. It gives the
/// `CString` back (`into_cstring`) and the UTF-8 error (`utf8_error`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct IntoStringError {
    inner: CString,
    error: Utf8Error,
}

impl FromVecWithNulError {
    /// The bytes that could not be converted.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..]
    }

    /// The bytes that could not be converted, moved out of the error.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl CString {
    /// A C string of the bytes of `t` followed by a nul terminator (added here: `t` must
    /// not contain one). Fails, giving the bytes back, when `t` contains a nul byte.
    ///
    /// ```
    /// use std::ffi::CString;
    ///
    /// assert_eq!(CString::new("hi").unwrap().as_bytes_with_nul(), b"hi\0");
    /// assert_eq!(CString::new(vec![b'a', 0]).unwrap_err().nul_position(), 1);
    /// ```
    pub fn new<T: Into<Vec<u8>>>(t: T) -> Result<CString, NulError> {
        let bytes: Vec<u8> = t.into();
        match first_nul(&bytes) {
            Some(i) => Err(NulError(i, bytes)),
            None => Ok(unsafe { CString::_from_vec_unchecked(bytes) }),
        }
    }

    /// A C string of the bytes of `v` followed by a nul terminator, without looking for
    /// nul bytes in `v`.
    ///
    /// # Safety
    ///
    /// `v` must not contain a nul byte.
    #[must_use]
    pub unsafe fn from_vec_unchecked(v: Vec<u8>) -> Self {
        debug_assert!(first_nul(&v).is_none());
        unsafe { CString::_from_vec_unchecked(v) }
    }

    unsafe fn _from_vec_unchecked(mut v: Vec<u8>) -> Self {
        v.reserve_exact(1);
        v.push(0);
        CString { inner: v.into_boxed_slice() }
    }

    /// Takes back a string given away by `into_raw`; its length is found again by
    /// scanning for the nul terminator.
    ///
    /// # Safety
    ///
    /// `ptr` must come from `CString::into_raw` and be passed here once. Foreign code may
    /// have changed bytes but not the length: the first nul must still be the last byte of
    /// the original allocation. Strings allocated by C code must be freed by C code.
    #[must_use = "call `drop(from_raw(ptr))` if you intend to drop the `CString`"]
    pub unsafe fn from_raw(ptr: *mut c_char) -> CString {
        unsafe {
            let len = strlen(ptr) + 1;
            let with_nul = slice::from_raw_parts_mut(ptr, len);
            CString { inner: Box::from_raw(with_nul as *mut [c_char] as *mut [u8]) }
        }
    }

    /// Gives the string to foreign code as a `char*`. The memory leaks unless the
    /// pointer comes back to `CString::from_raw`; C's `free` must not be used on it, and
    /// the C side must not change the string's length.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_raw(self) -> *mut c_char {
        Box::into_raw(self.into_inner()) as *mut c_char
    }

    /// The string as a `String` when its bytes are valid UTF-8; otherwise the error,
    /// which gives the `CString` back.
    ///
    /// ```
    /// use std::ffi::CString;
    ///
    /// assert_eq!(CString::new("ok").unwrap().into_string().unwrap(), "ok");
    /// let err = CString::new(vec![b'a', 0xff]).unwrap().into_string().unwrap_err();
    /// assert_eq!(err.utf8_error().valid_up_to(), 1);
    /// ```
    pub fn into_string(self) -> Result<String, IntoStringError> {
        String::from_utf8(self.into_bytes()).map_err(|e| IntoStringError {
            error: e.utf8_error(),
            inner: unsafe { CString::_from_vec_unchecked(e.into_bytes()) },
        })
    }

    /// The bytes, without the nul terminator.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_bytes(self) -> Vec<u8> {
        let mut vec = self.into_inner().into_vec();
        let _nul = vec.pop();
        debug_assert_eq!(_nul, Some(0u8));
        vec
    }

    /// The bytes, with the nul terminator.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_bytes_with_nul(self) -> Vec<u8> {
        self.into_inner().into_vec()
    }

    /// The bytes without the nul terminator.
    ///
    /// ```
    /// use std::ffi::CString;
    ///
    /// assert_eq!(CString::new("ab").unwrap().as_bytes(), b"ab");
    /// ```
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.inner[..self.inner.len() - 1]
    }

    /// The bytes including the nul terminator.
    #[must_use]
    pub fn as_bytes_with_nul(&self) -> &[u8] {
        &self.inner
    }

    /// The whole string as a `&CStr` (what `Deref` gives).
    #[must_use]
    pub fn as_c_str(&self) -> &CStr {
        unsafe { CStr::from_bytes_with_nul_unchecked(self.as_bytes_with_nul()) }
    }

    /// The same buffer as a `Box<CStr>`, without copying.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_boxed_c_str(self) -> Box<CStr> {
        unsafe { Box::from_raw(Box::into_raw(self.into_inner()) as *mut CStr) }
    }

    // Moves the buffer out despite the `Drop` impl.
    fn into_inner(self) -> Box<[u8]> {
        let this = mem::ManuallyDrop::new(self);
        unsafe { ptr::read(&this.inner) }
    }

    /// A C string of `v` as it is, without checking it.
    ///
    /// # Safety
    ///
    /// `v` must end in a nul byte and contain no other.
    #[must_use]
    pub unsafe fn from_vec_with_nul_unchecked(v: Vec<u8>) -> Self {
        debug_assert!(first_nul(&v).map(|i| i + 1) == Some(v.len()));
        unsafe { CString::_from_vec_with_nul_unchecked(v) }
    }

    unsafe fn _from_vec_with_nul_unchecked(v: Vec<u8>) -> Self {
        CString { inner: v.into_boxed_slice() }
    }

    /// A C string of `v` as it is, which must end in its only nul byte.
    ///
    /// ```
    /// use std::ffi::CString;
    ///
    /// assert_eq!(CString::from_vec_with_nul(b"ab\0".to_vec()).unwrap(), CString::new("ab").unwrap());
    /// assert!(CString::from_vec_with_nul(b"a\0b".to_vec()).is_err());
    /// ```
    pub fn from_vec_with_nul(v: Vec<u8>) -> Result<Self, FromVecWithNulError> {
        match first_nul(&v) {
            Some(nul_pos) if nul_pos + 1 == v.len() => Ok(unsafe { CString::_from_vec_with_nul_unchecked(v) }),
            Some(nul_pos) => Err(FromVecWithNulError {
                error_kind: FromBytesWithNulError::InteriorNul { position: nul_pos },
                bytes: v,
            }),
            None => Err(FromVecWithNulError { error_kind: FromBytesWithNulError::NotNulTerminated, bytes: v }),
        }
    }
}

// Clears the first byte before the buffer is freed, so that a pointer kept from `as_ptr`
// reads an empty string rather than the old contents (rustc does the same).
impl Drop for CString {
    fn drop(&mut self) {
        unsafe {
            *self.inner.get_unchecked_mut(0) = 0;
        }
    }
}

impl Deref for CString {
    type Target = CStr;

    fn deref(&self) -> &CStr {
        self.as_c_str()
    }
}

/// As `CStr`'s `Debug`.
impl fmt::Debug for CString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_c_str(), f)
    }
}

impl From<CString> for Vec<u8> {
    /// The bytes, without the nul terminator.
    fn from(s: CString) -> Vec<u8> {
        s.into_bytes()
    }
}

impl Default for CString {
    /// The empty C string.
    fn default() -> CString {
        let empty: &CStr = Default::default();
        empty.to_owned()
    }
}

impl Borrow<CStr> for CString {
    fn borrow(&self) -> &CStr {
        self
    }
}

impl<'a> From<Cow<'a, CStr>> for CString {
    /// Moves an owned string out, copies a borrowed one.
    fn from(s: Cow<'a, CStr>) -> Self {
        s.into_owned()
    }
}

impl From<&CStr> for Box<CStr> {
    /// Copies the string into a new allocation.
    fn from(s: &CStr) -> Box<CStr> {
        let boxed: Box<[u8]> = Box::from(s.to_bytes_with_nul());
        unsafe { Box::from_raw(Box::into_raw(boxed) as *mut CStr) }
    }
}

impl From<&mut CStr> for Box<CStr> {
    /// Copies the string into a new allocation.
    fn from(s: &mut CStr) -> Box<CStr> {
        Box::from(&*s)
    }
}

impl From<Cow<'_, CStr>> for Box<CStr> {
    /// Moves an owned string, copies a borrowed one.
    fn from(cow: Cow<'_, CStr>) -> Box<CStr> {
        match cow {
            Cow::Borrowed(s) => Box::from(s),
            Cow::Owned(s) => Box::from(s),
        }
    }
}

impl From<Box<CStr>> for CString {
    /// Reuses the allocation.
    fn from(s: Box<CStr>) -> CString {
        let raw = Box::into_raw(s) as *mut [u8];
        CString { inner: unsafe { Box::from_raw(raw) } }
    }
}

impl From<Vec<NonZero<u8>>> for CString {
    /// Appends the terminator; the element type already rules out interior nul bytes.
    fn from(v: Vec<NonZero<u8>>) -> CString {
        unsafe {
            let (ptr, len, cap): (*mut NonZero<u8>, usize, usize) = Vec::into_raw_parts(v);
            let bytes: Vec<u8> = Vec::from_raw_parts(ptr.cast::<u8>(), len, cap);
            CString::_from_vec_unchecked(bytes)
        }
    }
}

impl FromStr for CString {
    type Err = NulError;

    /// As `CString::new(s)`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CString::new(s)
    }
}

impl TryFrom<CString> for String {
    type Error = IntoStringError;

    /// As `CString::into_string`.
    fn try_from(value: CString) -> Result<Self, Self::Error> {
        value.into_string()
    }
}

impl Clone for Box<CStr> {
    fn clone(&self) -> Self {
        (**self).into()
    }
}

impl From<CString> for Box<CStr> {
    /// Reuses the allocation.
    fn from(s: CString) -> Box<CStr> {
        s.into_boxed_c_str()
    }
}

impl<'a> From<CString> for Cow<'a, CStr> {
    fn from(s: CString) -> Cow<'a, CStr> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a CStr> for Cow<'a, CStr> {
    fn from(s: &'a CStr) -> Cow<'a, CStr> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<&'a CString> for Cow<'a, CStr> {
    fn from(s: &'a CString) -> Cow<'a, CStr> {
        Cow::Borrowed(s.as_c_str())
    }
}

impl From<CString> for Arc<CStr> {
    /// Moves the bytes into a new `Arc` allocation.
    fn from(s: CString) -> Arc<CStr> {
        let arc: Arc<[u8]> = Arc::from(s.into_inner());
        unsafe { Arc::from_raw(Arc::into_raw(arc) as *const CStr) }
    }
}

impl From<&CStr> for Arc<CStr> {
    /// Copies the bytes into a new `Arc` allocation.
    fn from(s: &CStr) -> Arc<CStr> {
        let arc: Arc<[u8]> = Arc::from(s.to_bytes_with_nul());
        unsafe { Arc::from_raw(Arc::into_raw(arc) as *const CStr) }
    }
}

impl From<&mut CStr> for Arc<CStr> {
    /// Copies the bytes into a new `Arc` allocation.
    fn from(s: &mut CStr) -> Arc<CStr> {
        Arc::from(&*s)
    }
}

impl Default for Arc<CStr> {
    /// An `Arc` of the empty C string.
    fn default() -> Self {
        Arc::from(c"")
    }
}

impl From<CString> for Rc<CStr> {
    /// Moves the bytes into a new `Rc` allocation.
    fn from(s: CString) -> Rc<CStr> {
        let rc: Rc<[u8]> = Rc::from(s.into_inner());
        unsafe { Rc::from_raw(Rc::into_raw(rc) as *const CStr) }
    }
}

impl From<&CStr> for Rc<CStr> {
    /// Copies the bytes into a new `Rc` allocation.
    fn from(s: &CStr) -> Rc<CStr> {
        let rc: Rc<[u8]> = Rc::from(s.to_bytes_with_nul());
        unsafe { Rc::from_raw(Rc::into_raw(rc) as *const CStr) }
    }
}

impl From<&mut CStr> for Rc<CStr> {
    /// Copies the bytes into a new `Rc` allocation.
    fn from(s: &mut CStr) -> Rc<CStr> {
        Rc::from(&*s)
    }
}

impl Default for Rc<CStr> {
    /// An `Rc` of the empty C string.
    fn default() -> Self {
        Rc::from(c"")
    }
}

impl Default for Box<CStr> {
    /// A box of the empty C string.
    fn default() -> Box<CStr> {
        Box::from(c"")
    }
}

impl NulError {
    /// Where the nul byte that made `CString::new` fail is.
    ///
    /// ```
    /// use std::ffi::CString;
    ///
    /// assert_eq!(CString::new("ab\0").unwrap_err().nul_position(), 2);
    /// ```
    #[must_use]
    pub fn nul_position(&self) -> usize {
        self.0
    }

    /// The bytes given to `CString::new`, moved out of the error.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_vec(self) -> Vec<u8> {
        self.1
    }
}

impl fmt::Display for NulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "nul byte found in provided data at position: {}", self.0)
    }
}

impl fmt::Display for FromVecWithNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error_kind, f)
    }
}

impl IntoStringError {
    /// The `CString` that was not valid UTF-8, moved out of the error.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_cstring(self) -> CString {
        self.inner
    }

    /// Where the UTF-8 validation failed.
    #[must_use]
    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for IntoStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("C string contained non-utf8 bytes", f)
    }
}

impl ToOwned for CStr {
    type Owned = CString;

    fn to_owned(&self) -> CString {
        CString { inner: self.to_bytes_with_nul().into() }
    }

    fn clone_into(&self, target: &mut CString) {
        let mut b = mem::take(&mut target.inner).into_vec();
        self.to_bytes_with_nul().clone_into(&mut b);
        target.inner = b.into_boxed_slice();
    }
}

impl From<&CStr> for CString {
    /// Copies the string into a new allocation.
    fn from(s: &CStr) -> CString {
        s.to_owned()
    }
}

impl PartialEq<CStr> for CString {
    fn eq(&self, other: &CStr) -> bool {
        **self == *other
    }
}

impl PartialEq<&CStr> for CString {
    fn eq(&self, other: &&CStr) -> bool {
        **self == **other
    }
}

impl PartialEq<Cow<'_, CStr>> for CString {
    fn eq(&self, other: &Cow<'_, CStr>) -> bool {
        **self == **other
    }
}

impl ops::Index<ops::RangeFull> for CString {
    type Output = CStr;

    fn index(&self, _index: ops::RangeFull) -> &CStr {
        self
    }
}

impl AsRef<CStr> for CString {
    fn as_ref(&self) -> &CStr {
        self
    }
}

impl CStr {
    /// The string as text: borrowed when its bytes are valid UTF-8, otherwise an owned
    /// copy with each invalid sequence replaced by U+FFFD (`�`).
    ///
    /// ```
    /// use std::borrow::Cow;
    ///
    /// assert_eq!(c"plain".to_string_lossy(), Cow::Borrowed("plain"));
    /// assert_eq!(c"bad \xff".to_string_lossy(), "bad \u{FFFD}");
    /// ```
    #[must_use = "this returns the result of the operation, without modifying the original"]
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(self.to_bytes())
    }

    /// The boxed string as a `CString`, reusing the allocation.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub fn into_c_string(self: Box<Self>) -> CString {
        CString::from(self)
    }
}

impl PartialEq<CString> for CStr {
    fn eq(&self, other: &CString) -> bool {
        *self == **other
    }
}

impl PartialEq<Cow<'_, Self>> for CStr {
    fn eq(&self, other: &Cow<'_, Self>) -> bool {
        *self == **other
    }
}

impl PartialEq<CStr> for Cow<'_, CStr> {
    fn eq(&self, other: &CStr) -> bool {
        **self == *other
    }
}

impl PartialEq<&CStr> for Cow<'_, CStr> {
    fn eq(&self, other: &&CStr) -> bool {
        **self == **other
    }
}

impl PartialEq<CString> for Cow<'_, CStr> {
    fn eq(&self, other: &CString) -> bool {
        **self == **other
    }
}

impl Error for NulError {}

impl Error for FromVecWithNulError {}

impl Error for IntoStringError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.error)
    }
}
