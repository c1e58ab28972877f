//! Utilities for the `char` primitive type (library/core/src/char/): the free functions and
//! constants of `std::char`, the escape and case-mapping iterators, conversions and errors.
//! The inherent methods (`impl char`) are in `methods`; the Unicode property tables are
//! backend intrinsics (`unicode`).

mod convert;
mod decode;
mod methods;
pub(crate) mod unicode;

pub use self::convert::{CharTryFromError, ParseCharError, TryFromCharError};
pub use self::decode::{DecodeUtf16, DecodeUtf16Error};
pub(crate) use self::methods::EscapeDebugExtArgs;

use crate::clone::Clone;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::Copy;
use crate::option::Option::{self, None, Some};

/// The highest valid code point a `char` can have, `'\u{10FFFF}'`.
pub const MAX: char = char::MAX;

/// `U+FFFD REPLACEMENT CHARACTER` (�) is used in Unicode to represent a decoding error.
pub const REPLACEMENT_CHARACTER: char = char::REPLACEMENT_CHARACTER;

/// The version of Unicode that the Unicode parts of `char` and `str` methods are based on.
pub const UNICODE_VERSION: (u8, u8, u8) = char::UNICODE_VERSION;

/// Creates an iterator over the UTF-16 encoded code points in `iter`, returning unpaired
/// surrogates as `Err`s.
#[inline]
pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
    self::decode::decode_utf16(iter)
}

/// Converts a `u32` to a `char`.
#[must_use]
#[inline]
pub const fn from_u32(i: u32) -> Option<char> {
    self::convert::from_u32(i)
}

/// Converts a `u32` to a `char`, ignoring validity.
#[must_use]
#[inline]
pub const unsafe fn from_u32_unchecked(i: u32) -> char {
    // SAFETY: the safety contract must be upheld by the caller.
    unsafe { self::convert::from_u32_unchecked(i) }
}

/// Converts a digit in the given radix to a `char`.
#[must_use]
#[inline]
pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    self::convert::from_digit(num, radix)
}

/// The characters of an escape sequence (at most 10: `\u{10ffff}`).
#[derive(Clone, Debug)]
struct EscapeIterInner {
    data: [char; 10],
    start: usize,
    end: usize,
}

impl EscapeIterInner {
    fn printable(c: char) -> Self {
        let mut data = ['\0'; 10];
        data[0] = c;
        EscapeIterInner { data, start: 0, end: 1 }
    }

    fn backslash(c: char) -> Self {
        let mut data = ['\0'; 10];
        data[0] = '\\';
        data[1] = c;
        EscapeIterInner { data, start: 0, end: 2 }
    }

    fn unicode(c: char) -> Self {
        let mut data = ['\0'; 10];
        data[0] = '\\';
        data[1] = 'u';
        data[2] = '{';
        let code = c as u32;
        // The number of hex digits, at least 1.
        let mut digits = 1;
        while digits < 8 && (code >> (4 * digits)) != 0 {
            digits += 1;
        }
        let mut i = 0;
        while i < digits {
            let nibble = (code >> (4 * (digits - 1 - i))) & 0xf;
            data[3 + i] = match from_digit(nibble, 16) {
                Some(d) => d,
                None => '0',
            };
            i += 1;
        }
        data[3 + digits] = '}';
        EscapeIterInner { data, start: 0, end: 4 + digits }
    }

    fn len(&self) -> usize {
        self.end - self.start
    }

    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            let c = self.data[self.start];
            self.start += 1;
            Some(c)
        } else {
            None
        }
    }

    fn next_back(&mut self) -> Option<char> {
        if self.start < self.end {
            self.end -= 1;
            Some(self.data[self.end])
        } else {
            None
        }
    }
}

impl fmt::Display for EscapeIterInner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut i = self.start;
        while i < self.end {
            f.write_char(self.data[i])?;
            i += 1;
        }
        fmt::Result::Ok(())
    }
}

use crate::fmt::Write as _;

macro_rules! escape_iterator {
    ($(#[$attr:meta])* $Name:ident) => {
        $(#[$attr])*
        #[derive(Clone, Debug)]
        pub struct $Name(EscapeIterInner);

        impl Iterator for $Name {
            type Item = char;

            #[inline]
            fn next(&mut self) -> Option<char> {
                self.0.next()
            }

            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.0.len();
                (n, Some(n))
            }

            #[inline]
            fn count(self) -> usize {
                self.0.len()
            }

            #[inline]
            fn last(mut self) -> Option<char> {
                self.0.next_back()
            }
        }

        impl ExactSizeIterator for $Name {
            #[inline]
            fn len(&self) -> usize {
                self.0.len()
            }
        }

        impl FusedIterator for $Name {}

        impl fmt::Display for $Name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

escape_iterator! {
    /// Returns an iterator that yields the hexadecimal Unicode escape of a character, as
    /// `char`s (`char::escape_unicode`).
    EscapeUnicode
}

escape_iterator! {
    /// An iterator that yields the literal escape code of a `char`
    /// (`char::escape_default`).
    EscapeDefault
}

escape_iterator! {
    /// An iterator that yields the literal escape code of a `char` (`char::escape_debug`).
    EscapeDebug
}

impl EscapeDebug {
    pub(crate) fn is_single(&self) -> bool {
        self.0.len() == 1
    }
}

/// The case mapping of one `char`: one to three `char`s.
#[derive(Debug, Clone)]
struct CaseMappingIter {
    chars: [char; 3],
    start: usize,
    end: usize,
}

impl CaseMappingIter {
    fn new(chars: [char; 3]) -> CaseMappingIter {
        let end = if chars[2] != '\0' {
            3
        } else if chars[1] != '\0' {
            2
        } else {
            1
        };
        CaseMappingIter { chars, start: 0, end }
    }
}

macro_rules! casemappingiter_impls {
    ($(#[$attr:meta])* $ITER_NAME:ident) => {
        $(#[$attr])*
        #[derive(Debug, Clone)]
        pub struct $ITER_NAME(CaseMappingIter);

        impl Iterator for $ITER_NAME {
            type Item = char;
            fn next(&mut self) -> Option<char> {
                let it = &mut self.0;
                if it.start < it.end {
                    let c = it.chars[it.start];
                    it.start += 1;
                    Some(c)
                } else {
                    None
                }
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.0.end - self.0.start;
                (n, Some(n))
            }
        }

        impl DoubleEndedIterator for $ITER_NAME {
            fn next_back(&mut self) -> Option<char> {
                let it = &mut self.0;
                if it.start < it.end {
                    it.end -= 1;
                    Some(it.chars[it.end])
                } else {
                    None
                }
            }
        }

        impl FusedIterator for $ITER_NAME {}

        impl ExactSizeIterator for $ITER_NAME {
            fn len(&self) -> usize {
                self.0.end - self.0.start
            }
        }

        impl fmt::Display for $ITER_NAME {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut i = self.0.start;
                while i < self.0.end {
                    f.write_char(self.0.chars[i])?;
                    i += 1;
                }
                fmt::Result::Ok(())
            }
        }
    }
}

casemappingiter_impls! {
    /// Returns an iterator that yields the lowercase equivalent of a `char`
    /// (`char::to_lowercase`).
    ToLowercase
}

casemappingiter_impls! {
    /// Returns an iterator that yields the uppercase equivalent of a `char`
    /// (`char::to_uppercase`).
    ToUppercase
}
