//! Inherent methods of the primitive integer types (library/core/src/num/int_macros.rs,
//! uint_macros.rs, mod.rs), generated for every width by `int_impl!` (in `int`) and
//! `uint_impl!` (in `uint`) from the shared `common_int_methods!` here.
//!
//! Bit-level operations (`count_ones`, `leading_zeros`, `rotate_left`, `swap_bytes`,
//! `overflowing_add` ...) go through the generic integer intrinsics of `crate::intrinsics`;
//! everything else is Rust. Inside these impls, `+ - * / % << >>` on the primitive types
//! are the built-in operators (they panic on overflow in debug builds, as in real core).

use crate::intrinsics;
use crate::num::{IntErrorKind, ParseIntError};
use crate::option::Option::{self, None, Some};
use crate::panicking::panic_const;
use crate::result::Result::{self, Err, Ok};

/// Panics of the integer square root and logarithm (library/core/src/num/int_sqrt.rs,
/// int_log10.rs).
#[track_caller]
pub(super) const fn panic_for_negative_argument() -> ! {
    panic!("argument of integer square root cannot be negative")
}

#[track_caller]
pub(super) const fn panic_for_nonpositive_argument() -> ! {
    panic!("argument of integer logarithm must be positive")
}

#[track_caller]
#[rustc_do_not_const_check] // the runtime message is formatted
pub(super) const fn from_ascii_radix_panic(radix: u32) -> ! {
    panic!("from_ascii_radix: radix must lie in the range `[2, 36]` - found {}", radix)
}

/// Parses `src` in `radix` into an integer of the type `$int_ty` (shared by both macros).
macro_rules! from_str_radix_body {
    ($int_ty:ty, $src:expr, $radix:expr) => {{
        let src: &[u8] = $src;
        let radix: u32 = $radix;
        if 2 > radix || radix > 36 {
            from_ascii_radix_panic(radix);
        }

        if src.is_empty() {
            return Err(ParseIntError { kind: IntErrorKind::Empty });
        }

        #[allow(unused_comparisons)]
        let is_signed_ty = 0 > <$int_ty>::MIN;

        let (is_positive, mut digits) = match src {
            [b'+' | b'-'] => {
                return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
            }
            [b'+', rest @ ..] => (true, rest),
            [b'-', rest @ ..] if is_signed_ty => (false, rest),
            _ => (true, src),
        };

        let mut result: $int_ty = 0;
        while let [c, rest @ ..] = digits {
            let mul = result.checked_mul(radix as $int_ty);
            let x = match (*c as char).to_digit(radix) {
                Some(x) => x as $int_ty,
                None => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
            };
            result = match mul {
                Some(m) => m,
                None => {
                    return Err(ParseIntError {
                        kind: if is_positive { IntErrorKind::PosOverflow } else { IntErrorKind::NegOverflow },
                    });
                }
            };
            let next = if is_positive { result.checked_add(x) } else { result.checked_sub(x) };
            result = match next {
                Some(r) => r,
                None => {
                    return Err(ParseIntError {
                        kind: if is_positive { IntErrorKind::PosOverflow } else { IntErrorKind::NegOverflow },
                    });
                }
            };
            digits = rest;
        }
        Ok(result)
    }};
}

/// Methods shared by signed and unsigned integers.
macro_rules! common_int_methods {
    ($SelfT:ident, $UnsignedT:ident, $BITS:literal, $BYTES:literal) => {
        /// The size of this integer type in bits.
        pub const BITS: u32 = $BITS;

        /// Returns the number of ones in the binary representation of `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn count_ones(self) -> u32 {
            intrinsics::ctpop(self as $UnsignedT)
        }

        /// Returns the number of zeros in the binary representation of `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn count_zeros(self) -> u32 {
            (!self).count_ones()
        }

        /// Returns the number of leading zeros in the binary representation of `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn leading_zeros(self) -> u32 {
            intrinsics::ctlz(self as $UnsignedT)
        }

        /// Returns the number of trailing zeros in the binary representation of `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn trailing_zeros(self) -> u32 {
            intrinsics::cttz(self as $UnsignedT)
        }

        /// Returns the number of leading ones in the binary representation of `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn leading_ones(self) -> u32 {
            (!self).leading_zeros()
        }

        /// Returns the number of trailing ones in the binary representation of `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn trailing_ones(self) -> u32 {
            (!self).trailing_zeros()
        }

        /// Shifts the bits to the left by a specified amount, `n`, wrapping the truncated
        /// bits to the end of the resulting integer.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn rotate_left(self, n: u32) -> Self {
            intrinsics::rotate_left(self as $UnsignedT, n) as Self
        }

        /// Shifts the bits to the right by a specified amount, `n`, wrapping the truncated
        /// bits to the beginning of the resulting integer.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn rotate_right(self, n: u32) -> Self {
            intrinsics::rotate_right(self as $UnsignedT, n) as Self
        }

        /// Reverses the byte order of the integer.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn swap_bytes(self) -> Self {
            intrinsics::bswap(self as $UnsignedT) as Self
        }

        /// Reverses the order of bits in the integer.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn reverse_bits(self) -> Self {
            intrinsics::bitreverse(self as $UnsignedT) as Self
        }

        /// Converts an integer from big endian to the target's endianness.
        #[must_use]
        #[inline]
        pub const fn from_be(x: Self) -> Self {
            x.swap_bytes()
        }

        /// Converts an integer from little endian to the target's endianness.
        #[must_use]
        #[inline]
        pub const fn from_le(x: Self) -> Self {
            x
        }

        /// Converts `self` to big endian from the target's endianness.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn to_be(self) -> Self {
            self.swap_bytes()
        }

        /// Converts `self` to little endian from the target's endianness.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn to_le(self) -> Self {
            self
        }

        /// Checked integer addition. Computes `self + rhs`, returning `None` if overflow
        /// occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_add(self, rhs: Self) -> Option<Self> {
            let (a, b) = self.overflowing_add(rhs);
            if b { None } else { Some(a) }
        }

        /// Strict integer addition. Computes `self + rhs`, panicking if overflow occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_add(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_add(rhs);
            if b { panic_const::panic_const_add_overflow() } else { a }
        }

        /// Unchecked integer addition. Computes `self + rhs`, assuming overflow cannot
        /// occur.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        #[track_caller]
        pub const unsafe fn unchecked_add(self, rhs: Self) -> Self {
            intrinsics::wrapping_add(self, rhs)
        }

        /// Checked integer subtraction. Computes `self - rhs`, returning `None` if overflow
        /// occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_sub(self, rhs: Self) -> Option<Self> {
            let (a, b) = self.overflowing_sub(rhs);
            if b { None } else { Some(a) }
        }

        /// Strict integer subtraction. Computes `self - rhs`, panicking if overflow
        /// occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_sub(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_sub(rhs);
            if b { panic_const::panic_const_sub_overflow() } else { a }
        }

        /// Unchecked integer subtraction. Computes `self - rhs`, assuming overflow cannot
        /// occur.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        #[track_caller]
        pub const unsafe fn unchecked_sub(self, rhs: Self) -> Self {
            intrinsics::wrapping_sub(self, rhs)
        }

        /// Checked integer multiplication. Computes `self * rhs`, returning `None` if
        /// overflow occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_mul(self, rhs: Self) -> Option<Self> {
            let (a, b) = self.overflowing_mul(rhs);
            if b { None } else { Some(a) }
        }

        /// Strict integer multiplication. Computes `self * rhs`, panicking if overflow
        /// occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_mul(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_mul(rhs);
            if b { panic_const::panic_const_mul_overflow() } else { a }
        }

        /// Unchecked integer multiplication. Computes `self * rhs`, assuming overflow
        /// cannot occur.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        #[track_caller]
        pub const unsafe fn unchecked_mul(self, rhs: Self) -> Self {
            intrinsics::wrapping_mul(self, rhs)
        }

        /// Checked integer division. Computes `self / rhs`, returning `None` if `rhs == 0`
        /// or the division results in overflow.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_div(self, rhs: Self) -> Option<Self> {
            if rhs == 0 {
                None
            } else {
                let (a, b) = self.overflowing_div(rhs);
                if b { None } else { Some(a) }
            }
        }

        /// Strict integer division. Computes `self / rhs`, panicking if overflow occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_div(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_div(rhs);
            if b { panic_const::panic_const_div_overflow() } else { a }
        }

        /// Checked Euclidean division. Computes `self.div_euclid(rhs)`, returning `None`
        /// if `rhs == 0` or the division results in overflow.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_div_euclid(self, rhs: Self) -> Option<Self> {
            if rhs == 0 {
                None
            } else {
                let (a, b) = self.overflowing_div_euclid(rhs);
                if b { None } else { Some(a) }
            }
        }

        /// Strict Euclidean division. Computes `self.div_euclid(rhs)`, panicking if
        /// overflow occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_div_euclid(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_div_euclid(rhs);
            if b { panic_const::panic_const_div_overflow() } else { a }
        }

        /// Checked integer remainder. Computes `self % rhs`, returning `None` if `rhs == 0`
        /// or the division results in overflow.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_rem(self, rhs: Self) -> Option<Self> {
            if rhs == 0 {
                None
            } else {
                let (a, b) = self.overflowing_rem(rhs);
                if b { None } else { Some(a) }
            }
        }

        /// Strict integer remainder. Computes `self % rhs`, panicking if the division
        /// results in overflow.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_rem(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_rem(rhs);
            if b { panic_const::panic_const_rem_overflow() } else { a }
        }

        /// Checked Euclidean remainder. Computes `self.rem_euclid(rhs)`, returning `None`
        /// if `rhs == 0` or the division results in overflow.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_rem_euclid(self, rhs: Self) -> Option<Self> {
            if rhs == 0 {
                None
            } else {
                let (a, b) = self.overflowing_rem_euclid(rhs);
                if b { None } else { Some(a) }
            }
        }

        /// Strict Euclidean remainder. Computes `self.rem_euclid(rhs)`, panicking if the
        /// division results in overflow.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_rem_euclid(self, rhs: Self) -> Self {
            let (a, b) = self.overflowing_rem_euclid(rhs);
            if b { panic_const::panic_const_rem_overflow() } else { a }
        }

        /// Checked negation. Computes `-self`, returning `None` unless `self == 0` (for
        /// unsigned) or `self == MIN` (for signed).
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_neg(self) -> Option<Self> {
            let (a, b) = self.overflowing_neg();
            if b { None } else { Some(a) }
        }

        /// Strict negation. Computes `-self`, panicking if overflow occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_neg(self) -> Self {
            let (a, b) = self.overflowing_neg();
            if b { panic_const::panic_const_neg_overflow() } else { a }
        }

        /// Checked shift left. Computes `self << rhs`, returning `None` if `rhs` is larger
        /// than or equal to the number of bits in `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_shl(self, rhs: u32) -> Option<Self> {
            if rhs < Self::BITS { Some(self << rhs) } else { None }
        }

        /// Strict shift left. Computes `self << rhs`, panicking if `rhs` is larger than or
        /// equal to the number of bits in `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_shl(self, rhs: u32) -> Self {
            let (a, b) = self.overflowing_shl(rhs);
            if b { panic_const::panic_const_shl_overflow() } else { a }
        }

        /// Unchecked shift left. Computes `self << rhs`, assuming that `rhs` is less than
        /// the number of bits in `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        #[track_caller]
        pub const unsafe fn unchecked_shl(self, rhs: u32) -> Self {
            self.wrapping_shl(rhs)
        }

        /// Unbounded shift left. Computes `self << rhs`, without bounding the value of
        /// `rhs` (0 if `rhs >= BITS`).
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn unbounded_shl(self, rhs: u32) -> Self {
            if rhs < Self::BITS { self << rhs } else { 0 }
        }

        /// Checked shift right. Computes `self >> rhs`, returning `None` if `rhs` is larger
        /// than or equal to the number of bits in `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_shr(self, rhs: u32) -> Option<Self> {
            if rhs < Self::BITS { Some(self >> rhs) } else { None }
        }

        /// Strict shift right. Computes `self >> rhs`, panicking `rhs` is larger than or
        /// equal to the number of bits in `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_shr(self, rhs: u32) -> Self {
            let (a, b) = self.overflowing_shr(rhs);
            if b { panic_const::panic_const_shr_overflow() } else { a }
        }

        /// Unchecked shift right. Computes `self >> rhs`, assuming that `rhs` is less than
        /// the number of bits in `self`.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        #[track_caller]
        pub const unsafe fn unchecked_shr(self, rhs: u32) -> Self {
            self.wrapping_shr(rhs)
        }

        /// Checked exponentiation. Computes `self.pow(exp)`, returning `None` if overflow
        /// occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_pow(self, mut exp: u32) -> Option<Self> {
            if exp == 0 {
                return Some(1);
            }
            let mut base = self;
            let mut acc: Self = 1;

            loop {
                if (exp & 1) == 1 {
                    acc = match acc.checked_mul(base) {
                        Some(x) => x,
                        None => return None,
                    };
                    // since exp!=0, finally the exp must be 1.
                    if exp == 1 {
                        return Some(acc);
                    }
                }
                exp /= 2;
                base = match base.checked_mul(base) {
                    Some(x) => x,
                    None => return None,
                };
            }
        }

        /// Strict exponentiation. Computes `self.pow(exp)`, panicking if overflow occurred.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn strict_pow(self, exp: u32) -> Self {
            match self.checked_pow(exp) {
                Some(x) => x,
                None => panic_const::panic_const_mul_overflow(),
            }
        }

        /// Saturating integer addition. Computes `self + rhs`, saturating at the numeric
        /// bounds instead of overflowing.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn saturating_add(self, rhs: Self) -> Self {
            intrinsics::saturating_add(self, rhs)
        }

        /// Saturating integer subtraction. Computes `self - rhs`, saturating at the numeric
        /// bounds instead of overflowing.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn saturating_sub(self, rhs: Self) -> Self {
            intrinsics::saturating_sub(self, rhs)
        }

        /// Wrapping (modular) addition. Computes `self + rhs`, wrapping around at the
        /// boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn wrapping_add(self, rhs: Self) -> Self {
            intrinsics::wrapping_add(self, rhs)
        }

        /// Wrapping (modular) subtraction. Computes `self - rhs`, wrapping around at the
        /// boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn wrapping_sub(self, rhs: Self) -> Self {
            intrinsics::wrapping_sub(self, rhs)
        }

        /// Wrapping (modular) multiplication. Computes `self * rhs`, wrapping around at the
        /// boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn wrapping_mul(self, rhs: Self) -> Self {
            intrinsics::wrapping_mul(self, rhs)
        }

        /// Wrapping (modular) division. Computes `self / rhs`, wrapping around at the
        /// boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn wrapping_div(self, rhs: Self) -> Self {
            self.overflowing_div(rhs).0
        }

        /// Wrapping Euclidean division. Computes `self.div_euclid(rhs)`, wrapping around at
        /// the boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn wrapping_div_euclid(self, rhs: Self) -> Self {
            self.overflowing_div_euclid(rhs).0
        }

        /// Wrapping (modular) remainder. Computes `self % rhs`, wrapping around at the
        /// boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn wrapping_rem(self, rhs: Self) -> Self {
            self.overflowing_rem(rhs).0
        }

        /// Wrapping Euclidean modulo. Computes `self.rem_euclid(rhs)`, wrapping around at
        /// the boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn wrapping_rem_euclid(self, rhs: Self) -> Self {
            self.overflowing_rem_euclid(rhs).0
        }

        /// Wrapping (modular) negation. Computes `-self`, wrapping around at the boundary
        /// of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn wrapping_neg(self) -> Self {
            (0 as Self).wrapping_sub(self)
        }

        /// Panic-free bitwise shift-left; yields `self << mask(rhs)`, where `mask` removes
        /// any high-order bits of `rhs` that would cause the shift to exceed the bitwidth
        /// of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn wrapping_shl(self, rhs: u32) -> Self {
            self << (rhs & (Self::BITS - 1))
        }

        /// Panic-free bitwise shift-right; yields `self >> mask(rhs)`, where `mask` removes
        /// any high-order bits of `rhs` that would cause the shift to exceed the bitwidth
        /// of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn wrapping_shr(self, rhs: u32) -> Self {
            self >> (rhs & (Self::BITS - 1))
        }

        /// Wrapping (modular) exponentiation. Computes `self.pow(exp)`, wrapping around at
        /// the boundary of the type.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn wrapping_pow(self, mut exp: u32) -> Self {
            if exp == 0 {
                return 1;
            }
            let mut base = self;
            let mut acc: Self = 1;

            loop {
                if (exp & 1) == 1 {
                    acc = acc.wrapping_mul(base);
                    // since exp!=0, finally the exp must be 1.
                    if exp == 1 {
                        return acc;
                    }
                }
                exp /= 2;
                base = base.wrapping_mul(base);
            }
        }

        /// Calculates `self + rhs`. Returns a tuple of the addition along with a boolean
        /// indicating whether an arithmetic overflow would occur.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn overflowing_add(self, rhs: Self) -> (Self, bool) {
            intrinsics::add_with_overflow(self, rhs)
        }

        /// Calculates `self - rhs`. Returns a tuple of the subtraction along with a boolean
        /// indicating whether an arithmetic overflow would occur.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn overflowing_sub(self, rhs: Self) -> (Self, bool) {
            intrinsics::sub_with_overflow(self, rhs)
        }

        /// Calculates the multiplication of `self` and `rhs`. Returns a tuple of the
        /// multiplication along with a boolean indicating whether an arithmetic overflow
        /// would occur.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline(always)]
        pub const fn overflowing_mul(self, rhs: Self) -> (Self, bool) {
            intrinsics::mul_with_overflow(self, rhs)
        }

        /// Shifts self left by `rhs` bits. Returns a tuple of the shifted version of self
        /// along with a boolean indicating whether the shift value was larger than or equal
        /// to the number of bits.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn overflowing_shl(self, rhs: u32) -> (Self, bool) {
            (self.wrapping_shl(rhs), rhs >= Self::BITS)
        }

        /// Shifts self right by `rhs` bits. Returns a tuple of the shifted version of self
        /// along with a boolean indicating whether the shift value was larger than or equal
        /// to the number of bits.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn overflowing_shr(self, rhs: u32) -> (Self, bool) {
            (self.wrapping_shr(rhs), rhs >= Self::BITS)
        }

        /// Raises self to the power of `exp`, using exponentiation by squaring. Returns a
        /// tuple of the exponentiation along with a bool indicating whether an overflow
        /// happened.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn overflowing_pow(self, mut exp: u32) -> (Self, bool) {
            if exp == 0 {
                return (1, false);
            }
            let mut base = self;
            let mut acc: Self = 1;
            let mut overflown = false;
            // Scratch space for storing results of overflowing_mul.
            let mut r;

            loop {
                if (exp & 1) == 1 {
                    r = acc.overflowing_mul(base);
                    // since exp!=0, finally the exp must be 1.
                    if exp == 1 {
                        r.1 |= overflown;
                        return r;
                    }
                    acc = r.0;
                    overflown |= r.1;
                }
                exp /= 2;
                r = base.overflowing_mul(base);
                base = r.0;
                overflown |= r.1;
            }
        }

        /// Raises self to the power of `exp`, using exponentiation by squaring.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn pow(self, mut exp: u32) -> Self {
            if exp == 0 {
                return 1;
            }
            let mut base = self;
            let mut acc: Self = 1;

            loop {
                if (exp & 1) == 1 {
                    acc = acc * base;
                    // since exp!=0, finally the exp must be 1.
                    if exp == 1 {
                        return acc;
                    }
                }
                exp /= 2;
                base = base * base;
            }
        }

        /// Returns the logarithm of the number with respect to an arbitrary base, rounded
        /// down.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn ilog(self, base: Self) -> u32 {
            assert!(base >= 2, "base of integer logarithm must be at least 2");
            if let Some(log) = self.checked_ilog(base) {
                log
            } else {
                panic_for_nonpositive_argument()
            }
        }

        /// Returns the base 2 logarithm of the number, rounded down.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn ilog2(self) -> u32 {
            if let Some(log) = self.checked_ilog2() {
                log
            } else {
                panic_for_nonpositive_argument()
            }
        }

        /// Returns the base 10 logarithm of the number, rounded down.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        #[track_caller]
        pub const fn ilog10(self) -> u32 {
            if let Some(log) = self.checked_ilog10() {
                log
            } else {
                panic_for_nonpositive_argument()
            }
        }

        /// Returns the logarithm of the number with respect to an arbitrary base, rounded
        /// down; `None` if the number is not positive or the base is less than 2.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_ilog(self, base: Self) -> Option<u32> {
            if self <= 0 || base <= 1 {
                None
            } else {
                let mut n = 0;
                let mut r = self;
                while r >= base {
                    r /= base;
                    n += 1;
                }
                Some(n)
            }
        }

        /// Returns the base 2 logarithm of the number, rounded down; `None` if the number
        /// is not positive.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_ilog2(self) -> Option<u32> {
            if self <= 0 { None } else { Some(Self::BITS - 1 - self.leading_zeros()) }
        }

        /// Returns the base 10 logarithm of the number, rounded down; `None` if the number
        /// is not positive.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn checked_ilog10(self) -> Option<u32> {
            self.checked_ilog(10)
        }

        /// Returns the memory representation of this integer as a byte array in big-endian
        /// (network) byte order.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn to_be_bytes(self) -> [u8; $BYTES] {
            self.to_be().to_ne_bytes()
        }

        /// Returns the memory representation of this integer as a byte array in
        /// little-endian byte order.
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn to_le_bytes(self) -> [u8; $BYTES] {
            self.to_le().to_ne_bytes()
        }

        /// Returns the memory representation of this integer as a byte array in native byte
        /// order (little-endian for ferric's targets).
        #[must_use = "this returns the result of the operation, without modifying the original"]
        #[inline]
        pub const fn to_ne_bytes(self) -> [u8; $BYTES] {
            let mut bytes = [0u8; $BYTES];
            let v = self as $UnsignedT;
            let mut i = 0;
            while i < $BYTES {
                bytes[i] = (v >> (8 * i)) as u8;
                i += 1;
            }
            bytes
        }

        /// Creates an integer value from its representation as a byte array in big endian.
        #[must_use]
        #[inline]
        pub const fn from_be_bytes(bytes: [u8; $BYTES]) -> Self {
            Self::from_be(Self::from_ne_bytes(bytes))
        }

        /// Creates an integer value from its representation as a byte array in little
        /// endian.
        #[must_use]
        #[inline]
        pub const fn from_le_bytes(bytes: [u8; $BYTES]) -> Self {
            Self::from_le(Self::from_ne_bytes(bytes))
        }

        /// Creates an integer value from its memory representation as a byte array in
        /// native endianness.
        #[must_use]
        #[inline]
        pub const fn from_ne_bytes(bytes: [u8; $BYTES]) -> Self {
            let mut v: $UnsignedT = 0;
            let mut i = 0;
            while i < $BYTES {
                v |= (bytes[i] as $UnsignedT) << (8 * i);
                i += 1;
            }
            v as Self
        }

        /// New code should prefer to use `MIN` instead.
        #[inline(always)]
        #[deprecated(since = "TBD", note = "replaced by the `MIN` associated constant on this type")]
        pub const fn min_value() -> Self {
            Self::MIN
        }

        /// New code should prefer to use `MAX` instead.
        #[inline(always)]
        #[deprecated(since = "TBD", note = "replaced by the `MAX` associated constant on this type")]
        pub const fn max_value() -> Self {
            Self::MAX
        }

        /// Parses an integer from a string slice with digits in the given base.
        ///
        /// The string is expected to be an optional `+` (or `-` for signed types) sign
        /// followed by only digits. Leading and trailing non-digit characters (including
        /// whitespace) represent an error. Underscores (which are accepted in Rust
        /// literals) also represent an error.
        #[inline]
        #[ferric::rustc_location = "core/src/num/mod.rs:1802:1"]
        pub const fn from_str_radix(src: &str, radix: u32) -> Result<Self, ParseIntError> {
            from_str_radix_body!(Self, src.as_bytes(), radix)
        }
    };
}

