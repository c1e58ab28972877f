//! Numeric traits and functions for the built-in numeric types (library/core/src/num/):
//! the error types of parsing and conversions, `FpCategory`, `Wrapping`, `Saturating`,
//! `NonZero`, and `FromStr` for the numbers. The inherent methods of the number types are
//! in `crate::primitive`.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::convert::{From, Infallible};
use crate::error::Error;
use crate::fmt;
use crate::hash::Hash;
use crate::marker::Copy;
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

mod nonzero;
mod saturating;
mod wrapping;

pub use nonzero::{NonZero, ZeroablePrimitive};
pub use nonzero::{NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI128, NonZeroIsize};
pub use nonzero::{NonZeroU8, NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU128, NonZeroUsize};
pub use saturating::Saturating;
pub use wrapping::Wrapping;

/// The error type returned when a checked integral type conversion fails.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("out of range integral type conversion attempted", f)
    }
}

impl Error for TryFromIntError {}

impl From<Infallible> for TryFromIntError {
    fn from(x: Infallible) -> TryFromIntError {
        match x {}
    }
}

impl From<!> for TryFromIntError {
    #[inline]
    fn from(never: !) -> TryFromIntError {
        // Match rather than coerce to make sure that code like
        // `From<Infallible> for TryFromIntError` above will keep working
        // when `Infallible` becomes an alias to `!`.
        match never {}
    }
}

/// An error which can be returned when parsing an integer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    pub(crate) kind: IntErrorKind,
}

/// Enum to store the various types of errors that can cause parsing an integer to fail.
#[derive(Debug, Clone, PartialEq, Eq, Copy, Hash)]
#[non_exhaustive]
pub enum IntErrorKind {
    /// Value being parsed is empty.
    Empty,
    /// Contains an invalid digit in its context.
    InvalidDigit,
    /// Integer is too large to store in target integer type.
    PosOverflow,
    /// Integer is too small to store in target integer type.
    NegOverflow,
    /// Value was Zero
    Zero,
}

impl ParseIntError {
    /// Outputs the detailed cause of parsing an integer failing.
    #[must_use]
    pub const fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        };
        fmt::Display::fmt(s, f)
    }
}

impl Error for ParseIntError {}

/// An error which can be returned when parsing a float.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl Error for ParseFloatError {}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        };
        fmt::Display::fmt(s, f)
    }
}

/// A classification of floating point numbers.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FpCategory {
    /// NaN (not a number): this value results from calculations like `(-1.0).sqrt()`.
    Nan,
    /// Positive or negative infinity, which often results from dividing a nonzero number by
    /// zero.
    Infinite,
    /// Positive or negative zero.
    Zero,
    /// "Subnormal" or "denormal" floating point representation (less precise, relative to
    /// their magnitude, than `Normal`).
    Subnormal,
    /// A regular floating point number, not any of the exceptional categories.
    Normal,
}

/// `T::from_str_radix(src, 10)` (an optional sign, then ASCII digits; the first error
/// met reading left to right) as the value and 0, or an error: 1 empty, 2 invalid digit,
/// 3 positive overflow, 4 negative overflow.
#[ferric::intrinsic]
fn parse_decimal<T>(src: &str) -> (T, u8);

macro_rules! from_str_int_impl {
    ($($int_ty:ty)+) => {$(
        impl FromStr for $int_ty {
            type Err = ParseIntError;

            /// Parses an integer from a string slice with decimal digits: as
            /// `from_str_radix(src, 10)`, the digits read by the backend at once.
            #[inline]
            fn from_str(src: &str) -> Result<$int_ty, ParseIntError> {
                let (value, error) = parse_decimal::<$int_ty>(src);
                match error {
                    0 => Ok(value),
                    1 => Err(ParseIntError { kind: IntErrorKind::Empty }),
                    2 => Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
                    3 => Err(ParseIntError { kind: IntErrorKind::PosOverflow }),
                    _ => Err(ParseIntError { kind: IntErrorKind::NegOverflow }),
                }
            }
        }
    )*}
}

from_str_int_impl! { isize i8 i16 i32 i64 i128 usize u8 u16 u32 u64 u128 }

macro_rules! from_str_float_impl {
    ($t:ty) => {
        impl FromStr for $t {
            type Err = ParseFloatError;

            /// Converts a string in base 10 to a float (`dec2flt` in real core: an optional
            /// sign, then `inf`, `infinity`, `nan` in any case, or decimal digits with an
            /// optional `.` and exponent; leading and trailing whitespace is an error).
            #[inline]
            fn from_str(src: &str) -> Result<Self, ParseFloatError> {
                let bytes = src.as_bytes();
                if bytes.is_empty() {
                    return Err(ParseFloatError { kind: FloatErrorKind::Empty });
                }
                if bytes.len() == 1 && (bytes[0] == b'+' || bytes[0] == b'-') {
                    return Err(ParseFloatError { kind: FloatErrorKind::Invalid });
                }
                match crate::intrinsics::ferric_parse_float::<$t>(src) {
                    crate::option::Option::Some(value) => Ok(value),
                    crate::option::Option::None => Err(ParseFloatError { kind: FloatErrorKind::Invalid }),
                }
            }
        }
    };
}

from_str_float_impl!(f32);
from_str_float_impl!(f64);
