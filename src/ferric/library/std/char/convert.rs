//! Character conversions (library/core/src/char/convert.rs).

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::convert::{From, TryFrom};
use crate::error::Error;
use crate::fmt;
use crate::iter::Iterator;
use crate::marker::Copy;
use crate::mem::transmute;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

#[must_use]
pub(super) const fn from_u32(i: u32) -> Option<char> {
    match char_try_from_u32(i) {
        Ok(c) => Some(c),
        Err(_) => None,
    }
}

#[must_use]
#[track_caller]
pub(super) const unsafe fn from_u32_unchecked(i: u32) -> char {
    // SAFETY: the caller must guarantee that `i` is a valid char value.
    // SAFETY: the caller guarantees that `i` is a valid char value.
    unsafe { transmute::<u32, char>(i) }
}

impl From<char> for u32 {
    fn from(c: char) -> Self {
        c as u32
    }
}

impl From<char> for u64 {
    fn from(c: char) -> Self {
        // The char is casted to the value of the code point, then zero-extended to 64 bit.
        // See [https://doc.rust-lang.org/reference/expressions/operator-expr.html#semantics]
        c as u64
    }
}

impl From<char> for u128 {
    fn from(c: char) -> Self {
        // The char is casted to the value of the code point, then zero-extended to 128 bit.
        // See [https://doc.rust-lang.org/reference/expressions/operator-expr.html#semantics]
        c as u128
    }
}

impl TryFrom<char> for u8 {
    type Error = TryFromCharError;

    fn try_from(c: char) -> Result<u8, Self::Error> {
        match u8::try_from(u32::from(c)) {
            Ok(b) => Ok(b),
            Err(_) => Err(TryFromCharError(())),
        }
    }
}

impl TryFrom<char> for u16 {
    type Error = TryFromCharError;

    fn try_from(c: char) -> Result<u16, Self::Error> {
        match u16::try_from(u32::from(c)) {
            Ok(x) => Ok(x),
            Err(_) => Err(TryFromCharError(())),
        }
    }
}

impl TryFrom<char> for usize {
    type Error = TryFromCharError;

    fn try_from(c: char) -> Result<usize, Self::Error> {
        match usize::try_from(u32::from(c)) {
            Ok(x) => Ok(x),
            Err(_) => Err(TryFromCharError(())),
        }
    }
}

impl From<u8> for char {
    fn from(i: u8) -> Self {
        i as char
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

impl Error for ParseCharError {}

impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        };
        fmt::Display::fmt(s, f)
    }
}

impl FromStr for char {
    type Err = ParseCharError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
        }
    }
}

const fn char_try_from_u32(i: u32) -> Result<char, CharTryFromError> {
    // This is an optimized version of the check
    // (i > MAX as u32) || (i >= 0xD800 && i <= 0xDFFF),
    // which can also be written as
    // i >= 0x110000 || (i >= 0xD800 && i < 0xE000).
    //
    // The XOR with 0xD800 permutes the ranges such that 0xD800..0xE000 is
    // mapped to 0x0000..0x0800, while keeping all the high bits outside 0xFFFF the same.
    // In particular, numbers >= 0x110000 stay in this range.
    //
    // Subtracting 0x800 causes 0x0000..0x0800 to wrap, meaning that a single
    // unsigned comparison against 0x110000 - 0x800 will detect both the wrapped
    // surrogate range as well as the numbers originally larger than 0x110000.
    if (i ^ 0xD800).wrapping_sub(0x800) >= 0x110000 - 0x800 {
        Err(CharTryFromError(()))
    } else {
        // SAFETY: checked that it's a legal unicode value
        Ok(unsafe { transmute::<u32, char>(i) })
    }
}

impl TryFrom<u32> for char {
    type Error = CharTryFromError;

    fn try_from(i: u32) -> Result<Self, Self::Error> {
        char_try_from_u32(i)
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CharTryFromError(());

impl fmt::Display for CharTryFromError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("converted integer out of range for `char`", f)
    }
}

#[must_use]
#[ferric::rustc_location = "core/src/char/convert.rs:332:9"]
pub(super) const fn from_digit(num: u32, radix: u32) -> Option<char> {
    if radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if num < radix {
        let num = num as u8;
        if num < 10 { Some((b'0' + num) as char) } else { Some((b'a' + num - 10) as char) }
    } else {
        None
    }
}

/// The error type returned when a checked char conversion fails.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromCharError(pub(crate) ());

impl fmt::Display for TryFromCharError {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("unicode code point out of range", fmt)
    }
}

impl Error for TryFromCharError {}

impl Error for CharTryFromError {}
