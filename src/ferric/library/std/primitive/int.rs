//! The signed integers: `impl i8` ... `impl isize`.

use crate::intrinsics;
use crate::num::{IntErrorKind, ParseIntError};
use crate::option::Option::{self, None, Some};
use crate::panicking::panic_const;
use crate::result::Result::{self, Err, Ok};
use super::int_common::{from_ascii_radix_panic, panic_for_negative_argument, panic_for_nonpositive_argument};

macro_rules! int_impl {
    ($SelfT:ident, $UnsignedT:ident, $BITS:literal, $BYTES:literal, $rustc_location:literal) => {
        #[ferric::rustc_location = $rustc_location]
        impl $SelfT {
            /// The smallest value that can be represented by this integer type.
            pub const MIN: Self = !Self::MAX;

            /// The largest value that can be represented by this integer type.
            pub const MAX: Self = ($UnsignedT::MAX >> 1) as Self;

            common_int_methods!($SelfT, $UnsignedT, $BITS, $BYTES);

            /// Returns the bit pattern of `self` reinterpreted as an unsigned integer of the
            /// same size.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            pub const fn cast_unsigned(self) -> $UnsignedT {
                self as $UnsignedT
            }

            /// Checked addition with an unsigned integer. Computes `self + rhs`, returning
            /// `None` if overflow occurred.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_add_unsigned(self, rhs: $UnsignedT) -> Option<Self> {
                let (a, b) = self.overflowing_add_unsigned(rhs);
                if b { None } else { Some(a) }
            }

            /// Strict addition with an unsigned integer. Computes `self + rhs`, panicking if
            /// overflow occurred.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn strict_add_unsigned(self, rhs: $UnsignedT) -> Self {
                let (a, b) = self.overflowing_add_unsigned(rhs);
                if b { panic_const::panic_const_add_overflow() } else { a }
            }

            /// Checked subtraction with an unsigned integer. Computes `self - rhs`,
            /// returning `None` if overflow occurred.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_sub_unsigned(self, rhs: $UnsignedT) -> Option<Self> {
                let (a, b) = self.overflowing_sub_unsigned(rhs);
                if b { None } else { Some(a) }
            }

            /// Strict subtraction with an unsigned integer. Computes `self - rhs`, panicking
            /// if overflow occurred.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn strict_sub_unsigned(self, rhs: $UnsignedT) -> Self {
                let (a, b) = self.overflowing_sub_unsigned(rhs);
                if b { panic_const::panic_const_sub_overflow() } else { a }
            }

            /// Unchecked negation. Computes `-self`, assuming overflow cannot occur.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            #[track_caller]
            pub const unsafe fn unchecked_neg(self) -> Self {
                self.wrapping_neg()
            }

            /// Unbounded shift right. Computes `self >> rhs`, without bounding the value of
            /// `rhs` (the sign fills every bit if `rhs >= BITS`).
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn unbounded_shr(self, rhs: u32) -> Self {
                if rhs < Self::BITS {
                    self >> rhs
                } else if self < 0 {
                    -1
                } else {
                    0
                }
            }

            /// Checked absolute value. Computes `self.abs()`, returning `None` if
            /// `self == MIN`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_abs(self) -> Option<Self> {
                if self.is_negative() { self.checked_neg() } else { Some(self) }
            }

            /// Strict absolute value. Computes `self.abs()`, panicking if `self == MIN`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn strict_abs(self) -> Self {
                if self.is_negative() { self.strict_neg() } else { self }
            }

            /// Returns the square root of the number, rounded down; `None` if `self` is
            /// negative.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_isqrt(self) -> Option<Self> {
                if self < 0 { None } else { Some((self as $UnsignedT).isqrt() as Self) }
            }

            /// Saturating addition with an unsigned integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_add_unsigned(self, rhs: $UnsignedT) -> Self {
                // Overflow can only happen at the upper bound
                match self.checked_add_unsigned(rhs) {
                    Some(x) => x,
                    None => Self::MAX,
                }
            }

            /// Saturating subtraction with an unsigned integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_sub_unsigned(self, rhs: $UnsignedT) -> Self {
                // Overflow can only happen at the lower bound
                match self.checked_sub_unsigned(rhs) {
                    Some(x) => x,
                    None => Self::MIN,
                }
            }

            /// Saturating integer negation. Computes `-self`, returning `MAX` if
            /// `self == MIN` instead of overflowing.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            pub const fn saturating_neg(self) -> Self {
                intrinsics::saturating_sub(0, self)
            }

            /// Saturating absolute value. Computes `self.abs()`, returning `MAX` if
            /// `self == MIN` instead of overflowing.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_abs(self) -> Self {
                if self.is_negative() { self.saturating_neg() } else { self }
            }

            /// Saturating integer multiplication.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_mul(self, rhs: Self) -> Self {
                match self.checked_mul(rhs) {
                    Some(x) => x,
                    None => if (self < 0) == (rhs < 0) { Self::MAX } else { Self::MIN },
                }
            }

            /// Saturating integer division.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn saturating_div(self, rhs: Self) -> Self {
                match self.overflowing_div(rhs) {
                    (result, false) => result,
                    (_result, true) => Self::MAX, // MIN / -1 is the only possible saturating overflow
                }
            }

            /// Saturating integer exponentiation.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_pow(self, exp: u32) -> Self {
                match self.checked_pow(exp) {
                    Some(x) => x,
                    None if self < 0 && exp % 2 == 1 => Self::MIN,
                    None => Self::MAX,
                }
            }

            /// Wrapping (modular) addition with an unsigned integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            pub const fn wrapping_add_unsigned(self, rhs: $UnsignedT) -> Self {
                self.wrapping_add(rhs as Self)
            }

            /// Wrapping (modular) subtraction with an unsigned integer.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            pub const fn wrapping_sub_unsigned(self, rhs: $UnsignedT) -> Self {
                self.wrapping_sub(rhs as Self)
            }

            /// Wrapping (modular) absolute value.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[allow(unused_attributes)]
            #[inline]
            pub const fn wrapping_abs(self) -> Self {
                if self.is_negative() { self.wrapping_neg() } else { self }
            }

            /// Computes the absolute value of `self` without any wrapping or panicking.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn unsigned_abs(self) -> $UnsignedT {
                self.wrapping_abs() as $UnsignedT
            }

            /// Calculates `self + rhs` with an unsigned `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn overflowing_add_unsigned(self, rhs: $UnsignedT) -> (Self, bool) {
                let rhs = rhs as Self;
                let (res, overflowed) = self.overflowing_add(rhs);
                (res, overflowed ^ (rhs < 0))
            }

            /// Calculates `self - rhs` with an unsigned `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn overflowing_sub_unsigned(self, rhs: $UnsignedT) -> (Self, bool) {
                let rhs = rhs as Self;
                let (res, overflowed) = self.overflowing_sub(rhs);
                (res, overflowed ^ (rhs < 0))
            }

            /// Calculates the divisor when `self` is divided by `rhs`.
            #[inline]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_div(self, rhs: Self) -> (Self, bool) {
                // Using `&` helps LLVM see that it is the same check made in division.
                if (self == Self::MIN) & (rhs == -1) {
                    (self, true)
                } else {
                    (self / rhs, false)
                }
            }

            /// Calculates the quotient of Euclidean division `self.div_euclid(rhs)`.
            #[inline]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_div_euclid(self, rhs: Self) -> (Self, bool) {
                // Using `&` helps LLVM see that it is the same check made in division.
                if (self == Self::MIN) & (rhs == -1) {
                    (self, true)
                } else {
                    (self.div_euclid(rhs), false)
                }
            }

            /// Calculates the remainder when `self` is divided by `rhs`.
            #[inline]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[track_caller]
            pub const fn overflowing_rem(self, rhs: Self) -> (Self, bool) {
                if rhs == -1 {
                    (0, self == Self::MIN)
                } else {
                    (self % rhs, false)
                }
            }

            /// Overflowing Euclidean remainder.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn overflowing_rem_euclid(self, rhs: Self) -> (Self, bool) {
                if rhs == -1 {
                    (0, self == Self::MIN)
                } else {
                    (self.rem_euclid(rhs), false)
                }
            }

            /// Negates self, overflowing if this is equal to the minimum value.
            #[inline]
            #[must_use = "this returns the result of the operation, without modifying the original"]
            pub const fn overflowing_neg(self) -> (Self, bool) {
                if self == Self::MIN {
                    (Self::MIN, true)
                } else {
                    (-self, false)
                }
            }

            /// Computes the absolute value of `self`, with an overflow flag.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn overflowing_abs(self) -> (Self, bool) {
                (self.wrapping_abs(), self == Self::MIN)
            }

            /// Returns the square root of the number, rounded down.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn isqrt(self) -> Self {
                match self.checked_isqrt() {
                    Some(sqrt) => sqrt,
                    None => panic_for_negative_argument(),
                }
            }

            /// Calculates the quotient of Euclidean division of `self` by `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn div_euclid(self, rhs: Self) -> Self {
                let q = self / rhs;
                if self % rhs < 0 {
                    return if rhs > 0 { q - 1 } else { q + 1 }
                }
                q
            }

            /// Calculates the least nonnegative remainder of `self (mod rhs)`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn rem_euclid(self, rhs: Self) -> Self {
                let r = self % rhs;
                if r < 0 {
                    // Semantically equivalent to `if rhs < 0 { r - rhs } else { r + rhs }`.
                    // If `rhs` is not `self::MIN`, then `r + abs(rhs)` will not overflow
                    // and is clearly equivalent, because `r` is negative.
                    // Otherwise, `rhs` is `Self::MIN`, then we have
                    // `r.wrapping_add(Self::MIN.wrapping_abs())`, which evaluates
                    // to `r.wrapping_add(Self::MIN)`, which is equivalent to
                    // `r - Self::MIN`, which is what we wanted (and will not overflow
                    // for negative `r`).
                    r.wrapping_add(rhs.wrapping_abs())
                } else {
                    r
                }
            }

            /// Computes the absolute value of `self`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn abs(self) -> Self {
                // Note that the #[rustc_inherit_overflow_checks] and #[inline]
                // above mean that the overflow semantics of the subtraction
                // depend on the crate we're being called from.
                if self.is_negative() { -self } else { self }
            }

            /// Computes the absolute difference between `self` and `other`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn abs_diff(self, other: Self) -> $UnsignedT {
                if self < other {
                    // Converting a non-negative x from signed to unsigned by using
                    // `x as U` is left unchanged, but a negative x is converted
                    // to value x + 2^N. Thus if `s` and `o` are binary variables
                    // respectively indicating whether `self` and `other` are
                    // negative, we are computing the mathematical value:
                    //
                    //    (other + o*2^N) - (self + s*2^N)    mod  2^N
                    //    other - self + (o-s)*2^N            mod  2^N
                    //    other - self                        mod  2^N
                    //
                    // Finally, taking the mod 2^N of the mathematical value of
                    // `other - self` does not change it as it already is
                    // in the range [0, 2^N).
                    (other as $UnsignedT).wrapping_sub(self as $UnsignedT)
                } else {
                    (self as $UnsignedT).wrapping_sub(other as $UnsignedT)
                }
            }

            /// Returns a number representing sign of `self`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline(always)]
            pub const fn signum(self) -> Self {
                if self > 0 {
                    1
                } else if self == 0 {
                    0
                } else {
                    -1
                }
            }

            /// Returns `true` if `self` is positive and `false` if the number is zero or
            /// negative.
            #[must_use]
            #[inline(always)]
            pub const fn is_positive(self) -> bool {
                self > 0
            }

            /// Returns `true` if `self` is negative and `false` if the number is zero or
            /// positive.
            #[must_use]
            #[inline(always)]
            pub const fn is_negative(self) -> bool {
                self < 0
            }

            /// Calculates the middle point of `self` and `rhs`, rounded towards zero.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn midpoint(self, rhs: Self) -> Self {
                // Use the well known branchless algorithm from Hacker's Delight to compute
                // `(a + b) / 2` without overflowing: `((a ^ b) >> 1) + (a & b)`.
                let t = ((self ^ rhs) >> 1) + (self & rhs);
                // Except that it fails for integers whose sum is an odd negative number as
                // their floor is one less than their average. So we adjust the result.
                t + (if t < 0 { 1 } else { 0 } & (self ^ rhs))
            }
        }
    };
}


int_impl! { i8, u8, 8, 1, "core/src/num/mod.rs:346:5" }
int_impl! { i16, u16, 16, 2, "core/src/num/mod.rs:370:5" }
int_impl! { i32, u32, 32, 4, "core/src/num/mod.rs:394:5" }
int_impl! { i64, u64, 64, 8, "core/src/num/mod.rs:418:5" }
int_impl! { i128, u128, 128, 16, "core/src/num/mod.rs:442:5" }
int_impl! { isize, usize, 64, 8, "core/src/num/mod.rs:519:5" }

