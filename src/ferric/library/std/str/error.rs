//! Defines utf8 error type (library/core/src/str/error.rs).

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::error::Error;
use crate::fmt;
use crate::marker::Copy;
use crate::option::Option::{self, None, Some};

/// Errors which can occur when attempting to interpret a sequence of `u8` as a string.
#[derive(Copy, Eq, PartialEq, Clone, Debug)]
pub struct Utf8Error {
    pub(super) valid_up_to: usize,
    pub(super) error_len: Option<u8>,
}

impl Utf8Error {
    /// Returns the index in the given string up to which valid UTF-8 was verified.
    #[must_use]
    #[inline]
    pub const fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    /// Provides more information about the failure: `None` if the end of the input was
    /// reached unexpectedly, `Some(len)` for an unexpected byte sequence of `len` bytes.
    #[must_use]
    #[inline]
    pub const fn error_len(&self) -> Option<usize> {
        // FIXME(const-hack): This should become `map` again, once it's `const`
        match self.error_len {
            Some(len) => Some(len as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(error_len) = self.error_len {
            write!(
                f,
                "invalid utf-8 sequence of {} bytes from index {}",
                error_len, self.valid_up_to
            )
        } else {
            write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to)
        }
    }
}

impl Error for Utf8Error {}

/// An error returned when parsing a `bool` using `from_str` fails
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseBoolError;

impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("provided string was not `true` or `false`", f)
    }
}

impl Error for ParseBoolError {}
