//! The unsigned integers: `impl u8` ... `impl usize`, and the ASCII methods of `u8`.

use crate::intrinsics;
use crate::num::{IntErrorKind, ParseIntError};
use crate::option::Option::{self, None, Some};
use crate::panicking::panic_const;
use crate::result::Result::{self, Err, Ok};
use super::int_common::{from_ascii_radix_panic, panic_for_negative_argument, panic_for_nonpositive_argument};

macro_rules! uint_impl {
    ($SelfT:ident, $SignedT:ident, $BITS:literal, $BYTES:literal, $rustc_location:literal) => {
        #[ferric::rustc_location = $rustc_location]
        impl $SelfT {
            /// The smallest value that can be represented by this integer type.
            pub const MIN: Self = 0;

            /// The largest value that can be represented by this integer type.
            pub const MAX: Self = !0;

            common_int_methods!($SelfT, $SelfT, $BITS, $BYTES);

            /// Returns the bit pattern of `self` reinterpreted as a signed integer of the
            /// same size.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            pub const fn cast_signed(self) -> $SignedT {
                self as $SignedT
            }

            /// Checked addition with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_add_signed(self, rhs: $SignedT) -> Option<Self> {
                let (a, b) = self.overflowing_add_signed(rhs);
                if b { None } else { Some(a) }
            }

            /// Strict addition with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn strict_add_signed(self, rhs: $SignedT) -> Self {
                let (a, b) = self.overflowing_add_signed(rhs);
                if b { panic_const::panic_const_add_overflow() } else { a }
            }

            /// Checked subtraction with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_sub_signed(self, rhs: $SignedT) -> Option<Self> {
                let (res, overflow) = self.overflowing_sub_signed(rhs);
                if !overflow { Some(res) } else { None }
            }

            /// Strict subtraction with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn strict_sub_signed(self, rhs: $SignedT) -> Self {
                let (a, b) = self.overflowing_sub_signed(rhs);
                if b { panic_const::panic_const_sub_overflow() } else { a }
            }

            /// Checked integer subtraction. Computes `self - rhs` and checks if the result
            /// fits into a signed integer of the same size.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_signed_diff(self, rhs: Self) -> Option<$SignedT> {
                let res = self.wrapping_sub(rhs) as $SignedT;
                let overflow = (self >= rhs) == (res < 0);

                if !overflow { Some(res) } else { None }
            }

            /// Saturating addition with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_add_signed(self, rhs: $SignedT) -> Self {
                let (res, overflow) = self.overflowing_add(rhs as Self);
                if overflow == (rhs < 0) {
                    res
                } else if overflow {
                    Self::MAX
                } else {
                    0
                }
            }

            /// Saturating subtraction with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_sub_signed(self, rhs: $SignedT) -> Self {
                let (res, overflow) = self.overflowing_sub_signed(rhs);

                if !overflow {
                    res
                } else if rhs < 0 {
                    Self::MAX
                } else {
                    0
                }
            }

            /// Saturating integer multiplication.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_mul(self, rhs: Self) -> Self {
                match self.checked_mul(rhs) {
                    Some(x) => x,
                    None => Self::MAX,
                }
            }

            /// Saturating integer division.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            #[track_caller]
            pub const fn saturating_div(self, rhs: Self) -> Self {
                // on unsigned types, there is no overflow in integer division
                self.wrapping_div(rhs)
            }

            /// Saturating integer exponentiation.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_pow(self, exp: u32) -> Self {
                match self.checked_pow(exp) {
                    Some(x) => x,
                    None => Self::MAX,
                }
            }

            /// Wrapping (modular) addition with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn wrapping_add_signed(self, rhs: $SignedT) -> Self {
                self.wrapping_add(rhs as Self)
            }

            /// Wrapping (modular) subtraction with a signed integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn wrapping_sub_signed(self, rhs: $SignedT) -> Self {
                self.wrapping_sub(rhs as Self)
            }

            /// Calculates `self + rhs + carry` and returns a tuple containing the sum and
            /// the output carry.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn carrying_add(self, rhs: Self, carry: bool) -> (Self, bool) {
                // note: longer-term this should be done via an intrinsic, but this has been
                //   shown to generate optimal code for now, and LLVM doesn't have an
                //   equivalent intrinsic
                let (a, c1) = self.overflowing_add(rhs);
                let (b, c2) = a.overflowing_add(carry as $SelfT);
                // Ideally LLVM would know this is disjoint without us telling them,
                // but it doesn't <https://github.com/llvm/llvm-project/issues/118162>
                (b, c1 | c2)
            }

            /// Calculates `self + rhs` with a signed `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn overflowing_add_signed(self, rhs: $SignedT) -> (Self, bool) {
                let (res, overflowed) = self.overflowing_add(rhs as Self);
                (res, overflowed ^ (rhs < 0))
            }

            /// Calculates `self` &minus; `rhs` &minus; `borrow` and returns a tuple
            /// containing the difference and the output borrow.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn borrowing_sub(self, rhs: Self, borrow: bool) -> (Self, bool) {
                // note: longer-term this should be done via an intrinsic, but this has been
                //   shown to generate optimal code for now, and LLVM doesn't have an
                //   equivalent intrinsic
                let (a, c1) = self.overflowing_sub(rhs);
                let (b, c2) = a.overflowing_sub(borrow as $SelfT);
                // Ideally LLVM would know this is disjoint without us telling them,
                // but it doesn't <https://github.com/llvm/llvm-project/issues/118162>
                (b, c1 | c2)
            }

            /// Calculates `self` - `rhs` with a signed `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn overflowing_sub_signed(self, rhs: $SignedT) -> (Self, bool) {
                let (res, overflow) = self.overflowing_sub(rhs as Self);

                (res, overflow ^ (rhs < 0))
            }

            /// Computes the absolute difference between `self` and `other`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn abs_diff(self, other: Self) -> Self {
                if self < other { other - self } else { self - other }
            }

            /// Calculates the "full multiplication" `self * rhs + carry` without the
            /// possibility to overflow: returns `(low, high)`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn carrying_mul(self, rhs: Self, carry: Self) -> (Self, Self) {
                self.carrying_mul_add(rhs, carry, 0)
            }

            /// Calculates the "full multiplication" `self * rhs + carry + add`: returns
            /// `(low, high)`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn carrying_mul_add(self, rhs: Self, carry: Self, add: Self) -> (Self, Self) {
                // Schoolbook multiplication on half-width digits.
                let half = Self::BITS / 2;
                let mask: Self = Self::MAX >> half;
                let (a0, a1) = (self & mask, self >> half);
                let (b0, b1) = (rhs & mask, rhs >> half);
                let p00 = a0 * b0;
                let p01 = a0 * b1;
                let p10 = a1 * b0;
                let p11 = a1 * b1;
                let mid = (p00 >> half) + (p01 & mask) + (p10 & mask);
                let lo = (p00 & mask) | ((mid & mask) << half);
                let hi = p11 + (p01 >> half) + (p10 >> half) + (mid >> half);
                let (lo, c1) = lo.overflowing_add(carry);
                let (lo, c2) = lo.overflowing_add(add);
                (lo, hi + c1 as Self + c2 as Self)
            }

            /// Calculates the divisor when `self` is divided by `rhs`.
            #[inline(always)]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_div(self, rhs: Self) -> (Self, bool) {
                (self / rhs, false)
            }

            /// Calculates the quotient of Euclidean division `self.div_euclid(rhs)`.
            #[inline(always)]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_div_euclid(self, rhs: Self) -> (Self, bool) {
                (self / rhs, false)
            }

            /// Calculates the remainder when `self` is divided by `rhs`.
            #[inline(always)]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_rem(self, rhs: Self) -> (Self, bool) {
                (self % rhs, false)
            }

            /// Calculates the remainder `self.rem_euclid(rhs)` as if by Euclidean division.
            #[inline(always)]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_rem_euclid(self, rhs: Self) -> (Self, bool) {
                (self % rhs, false)
            }

            /// Negates self in a wrapping fashion.
            #[inline(always)]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            pub const fn overflowing_neg(self) -> (Self, bool) {
                ((!self).wrapping_add(1), self != 0)
            }

            /// Returns the square root of the number, rounded down.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn isqrt(self) -> Self {
                // Digit-by-digit (base 4) integer square root.
                let mut op = self;
                let mut res: Self = 0;
                let mut one: Self = 1 << (Self::BITS - 2);
                while one > op {
                    one >>= 2;
                }
                while one != 0 {
                    if op >= res + one {
                        op -= res + one;
                        res = (res >> 1) + one;
                    } else {
                        res >>= 1;
                    }
                    one >>= 2;
                }
                res
            }

            /// Performs Euclidean division (the same as `self / rhs` for unsigned types).
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            #[track_caller]
            pub const fn div_euclid(self, rhs: Self) -> Self {
                self / rhs
            }

            /// Calculates the least remainder of `self (mod rhs)` (the same as `self % rhs`
            /// for unsigned types).
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            #[track_caller]
            pub const fn rem_euclid(self, rhs: Self) -> Self {
                self % rhs
            }

            /// Calculates the quotient of `self` and `rhs`, rounding the result towards
            /// negative infinity (unstable `int_roundings`; the same as `self / rhs`).
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn div_floor(self, rhs: Self) -> Self {
                self / rhs
            }

            /// Calculates the quotient of `self` and `rhs`, rounding the result towards
            /// positive infinity.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn div_ceil(self, rhs: Self) -> Self {
                let d = self / rhs;
                let r = self % rhs;
                if r > 0 { d + 1 } else { d }
            }

            /// Calculates the smallest value greater than or equal to `self` that is a
            /// multiple of `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn next_multiple_of(self, rhs: Self) -> Self {
                match self % rhs {
                    0 => self,
                    r => self + (rhs - r),
                }
            }

            /// Calculates the smallest value greater than or equal to `self` that is a
            /// multiple of `rhs`; `None` if `rhs` is zero or the operation would overflow.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_next_multiple_of(self, rhs: Self) -> Option<Self> {
                match self.checked_rem(rhs) {
                    None => None,
                    Some(0) => Some(self),
                    // rhs - r cannot overflow because r is smaller than rhs
                    Some(r) => self.checked_add(rhs - r),
                }
            }

            /// Returns `true` if `self` is an integer multiple of `rhs`, and false
            /// otherwise.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn is_multiple_of(self, rhs: Self) -> bool {
                match rhs {
                    0 => self == 0,
                    _ => self % rhs == 0,
                }
            }

            /// Returns `true` if and only if `self == 2^k` for some unsigned integer `k`.
            #[must_use]
            #[inline(always)]
            pub const fn is_power_of_two(self) -> bool {
                self.count_ones() == 1
            }

            // Returns one less than next power of two.
            // (For 8u8 next power of two is 8u8 and for 6u8 it is 8u8)
            #[inline]
            const fn one_less_than_next_power_of_two(self) -> Self {
                if self <= 1 {
                    return 0;
                }

                let p = self - 1;
                let z = p.leading_zeros();
                Self::MAX >> z
            }

            /// Returns the smallest power of two greater than or equal to `self`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn next_power_of_two(self) -> Self {
                self.one_less_than_next_power_of_two() + 1
            }

            /// Returns the smallest power of two greater than or equal to `self`; `None` if
            /// the next power of two is greater than the type's maximum value.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_next_power_of_two(self) -> Option<Self> {
                self.one_less_than_next_power_of_two().checked_add(1)
            }

            /// Calculates the middle point of `self` and `rhs`, rounded down.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn midpoint(self, rhs: Self) -> Self {
                ((self ^ rhs) >> 1) + (self & rhs)
            }
        }
    };
}


uint_impl! { u8, i8, 8, 1, "core/src/num/mod.rs:546:5" }
uint_impl! { u16, i16, 16, 2, "core/src/num/mod.rs:1188:5" }
uint_impl! { u32, i32, 32, 4, "core/src/num/mod.rs:1243:5" }
uint_impl! { u64, i64, 64, 8, "core/src/num/mod.rs:1274:5" }
uint_impl! { u128, i128, 128, 16, "core/src/num/mod.rs:1305:5" }
uint_impl! { usize, isize, 64, 8, "core/src/num/mod.rs:1400:5" }

impl u8 {
    /// Checks if the value is within the ASCII range.
    #[must_use]
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        *self <= 127
    }

    /// Makes a copy of the value in its ASCII upper case equivalent.
    #[must_use = "to uppercase the value in-place, use `make_ascii_uppercase()`"]
    #[inline]
    pub const fn to_ascii_uppercase(&self) -> u8 {
        // Toggle the 6th bit if this is a lowercase letter
        *self ^ ((self.is_ascii_lowercase() as u8) * ASCII_CASE_MASK)
    }

    /// Makes a copy of the value in its ASCII lower case equivalent.
    #[must_use = "to lowercase the value in-place, use `make_ascii_lowercase()`"]
    #[inline]
    pub const fn to_ascii_lowercase(&self) -> u8 {
        // Set the 6th bit if this is an uppercase letter
        *self | (self.is_ascii_uppercase() as u8 * ASCII_CASE_MASK)
    }

    /// Checks that two values are an ASCII case-insensitive match.
    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    /// Returns an iterator that produces an escaped version of a `u8`, treating it as an
    /// ASCII character (the same as `ascii::escape_default`).
    #[must_use = "this returns the escaped byte as an iterator, without modifying the original"]
    #[inline]
    pub fn escape_ascii(self) -> crate::ascii::EscapeDefault {
        crate::ascii::escape_default(self)
    }

    /// Converts this value to its ASCII upper case equivalent in-place.
    #[inline]
    pub const fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    /// Converts this value to its ASCII lower case equivalent in-place.
    #[inline]
    pub const fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    /// Checks if the value is an ASCII alphabetic character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, b'A'..=b'Z' | b'a'..=b'z')
    }

    /// Checks if the value is an ASCII uppercase character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, b'A'..=b'Z')
    }

    /// Checks if the value is an ASCII lowercase character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, b'a'..=b'z')
    }

    /// Checks if the value is an ASCII alphanumeric character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, b'0'..=b'9') | matches!(*self, b'A'..=b'Z') | matches!(*self, b'a'..=b'z')
    }

    /// Checks if the value is an ASCII decimal digit.
    #[must_use]
    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, b'0'..=b'9')
    }

    /// Checks if the value is an ASCII hexadecimal digit.
    #[must_use]
    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, b'0'..=b'9') | matches!(*self, b'A'..=b'F') | matches!(*self, b'a'..=b'f')
    }

    /// Checks if the value is an ASCII punctuation character.
    #[must_use]
    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, b'!'..=b'/')
            | matches!(*self, b':'..=b'@')
            | matches!(*self, b'['..=b'`')
            | matches!(*self, b'{'..=b'~')
    }

    /// Checks if the value is an ASCII graphic character: U+0021 '!' ..= U+007E '~'.
    #[must_use]
    #[inline]
    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, b'!'..=b'~')
    }

    /// Checks if the value is an ASCII whitespace character: U+0020 SPACE, U+0009
    /// HORIZONTAL TAB, U+000A LINE FEED, U+000C FORM FEED, or U+000D CARRIAGE RETURN.
    #[must_use]
    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
    }

    /// Checks if the value is an ASCII control character: U+0000 NUL ..= U+001F UNIT
    /// SEPARATOR, or U+007F DELETE.
    #[must_use]
    #[inline]
    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, b'\0'..=b'\x1F' | b'\x7F')
    }

    /// Whether the byte starts a UTF-8 character (is not a continuation byte).
    #[inline]
    pub(crate) const fn is_utf8_char_boundary(self) -> bool {
        // This is bit magic equivalent to: b < 128 || b >= 192
        (self as i8) >= -0x40
    }
}

/// If 6th bit is set ascii is lower case.
const ASCII_CASE_MASK: u8 = 0b0010_0000;
