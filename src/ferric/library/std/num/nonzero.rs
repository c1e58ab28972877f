//! Definitions of integer that is known not to equal zero (library/core/src/num/nonzero.rs).

use super::{IntErrorKind, ParseIntError};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::From;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Copy, Sized, StructuralPartialEq};
use crate::ops::{BitOr, BitOrAssign, Div, DivAssign, Neg, Rem, RemAssign};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

mod private {
    pub trait Sealed {}
}

/// A marker trait for primitive types which can be zero.
///
/// This is an implementation detail for `NonZero<T>` which may disappear or be replaced at
/// any time.
#[unstable(feature = "zeroableprimitive")]
pub unsafe trait ZeroablePrimitive: Sized + Copy + private::Sealed {}

macro_rules! impl_zeroable_primitive {
    ($($primitive:ty),+ $(,)?) => {
        $(
            impl private::Sealed for $primitive {}

            unsafe impl ZeroablePrimitive for $primitive {}
        )+
    };
}

impl_zeroable_primitive!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, char);

/// A value that is known not to equal zero.
///
/// This enables some memory layout optimization. For example, `Option<NonZero<u32>>` is the
/// same size as `u32`.
#[derive(Copy)]
#[repr(transparent)]
pub struct NonZero<T: ZeroablePrimitive>(T);

macro_rules! impl_nonzero_fmt {
    ($(#[$Attribute:meta] $Trait:ident)*) => {
        $(
            #[$Attribute]
            impl<T> fmt::$Trait for NonZero<T>
            where
                T: ZeroablePrimitive + fmt::$Trait,
            {
                #[inline]
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.get().fmt(f)
                }
            }
        )*
    };
}

impl_nonzero_fmt! {
    #[doc = "Formats the value."] Debug
    #[doc = "Formats the value."] Display
    #[doc = "Formats the value."] Binary
    #[doc = "Formats the value."] Octal
    #[doc = "Formats the value."] LowerExp
    #[doc = "Formats the value."] LowerHex
    #[doc = "Formats the value."] UpperExp
    #[doc = "Formats the value."] UpperHex
}

impl<T> Clone for NonZero<T>
where
    T: ZeroablePrimitive,
{
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> PartialEq for NonZero<T>
where
    T: ZeroablePrimitive + PartialEq,
{
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }

    #[inline]
    fn ne(&self, other: &Self) -> bool {
        self.get() != other.get()
    }
}

impl<T> StructuralPartialEq for NonZero<T> where T: ZeroablePrimitive + StructuralPartialEq {}

impl<T> Eq for NonZero<T> where T: ZeroablePrimitive + Eq {}

impl<T> PartialOrd for NonZero<T>
where
    T: ZeroablePrimitive + PartialOrd,
{
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.get().partial_cmp(&other.get())
    }

    #[inline]
    fn lt(&self, other: &Self) -> bool {
        self.get() < other.get()
    }

    #[inline]
    fn le(&self, other: &Self) -> bool {
        self.get() <= other.get()
    }

    #[inline]
    fn gt(&self, other: &Self) -> bool {
        self.get() > other.get()
    }

    #[inline]
    fn ge(&self, other: &Self) -> bool {
        self.get() >= other.get()
    }
}

impl<T> Ord for NonZero<T>
where
    T: ZeroablePrimitive + Ord,
{
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.get().cmp(&other.get())
    }

    #[inline]
    fn max(self, other: Self) -> Self {
        // SAFETY: The maximum of two non-zero values is still non-zero.
        unsafe { Self::new_unchecked(self.get().max(other.get())) }
    }

    #[inline]
    fn min(self, other: Self) -> Self {
        // SAFETY: The minimum of two non-zero values is still non-zero.
        unsafe { Self::new_unchecked(self.get().min(other.get())) }
    }

    #[inline]
    fn clamp(self, min: Self, max: Self) -> Self {
        // SAFETY: A non-zero value clamped between two non-zero values is still non-zero.
        unsafe { Self::new_unchecked(self.get().clamp(min.get(), max.get())) }
    }
}

impl<T> Hash for NonZero<T>
where
    T: ZeroablePrimitive + Hash,
{
    #[inline]
    fn hash<H>(&self, state: &mut H)
    where
        H: Hasher,
    {
        self.get().hash(state)
    }
}

impl<T> From<NonZero<T>> for T
where
    T: ZeroablePrimitive,
{
    #[inline]
    fn from(nonzero: NonZero<T>) -> Self {
        nonzero.get()
    }
}

impl<T> BitOr for NonZero<T>
where
    T: ZeroablePrimitive + BitOr<Output = T>,
{
    type Output = Self;

    #[inline]
    fn bitor(self, rhs: Self) -> Self::Output {
        // SAFETY: Bitwise OR of two non-zero values is still non-zero.
        unsafe { Self::new_unchecked(self.get() | rhs.get()) }
    }
}

impl<T> BitOr<T> for NonZero<T>
where
    T: ZeroablePrimitive + BitOr<Output = T>,
{
    type Output = Self;

    #[inline]
    fn bitor(self, rhs: T) -> Self::Output {
        // SAFETY: Bitwise OR of a non-zero value with anything is still non-zero.
        unsafe { Self::new_unchecked(self.get() | rhs) }
    }
}

impl<T> BitOrAssign for NonZero<T>
where
    T: ZeroablePrimitive,
    Self: BitOr<Output = Self>,
{
    #[inline]
    fn bitor_assign(&mut self, rhs: Self) {
        *self = *self | rhs;
    }
}

impl<T> BitOrAssign<T> for NonZero<T>
where
    T: ZeroablePrimitive,
    Self: BitOr<T, Output = Self>,
{
    #[inline]
    fn bitor_assign(&mut self, rhs: T) {
        *self = *self | rhs;
    }
}

impl<T> NonZero<T>
where
    T: ZeroablePrimitive,
{
    /// Creates a non-zero if the given value is not zero.
    #[must_use]
    #[inline]
    pub const fn new(n: T) -> Option<Self> {
        if intrinsics_is_zero(&n) { None } else { Some(NonZero(n)) }
    }

    /// Creates a non-zero without checking whether the value is non-zero.
    /// This results in undefined behavior if the value is zero.
    #[must_use]
    #[inline]
    #[track_caller]
    pub const unsafe fn new_unchecked(n: T) -> Self {
        NonZero(n)
    }

    /// Returns the contained value as a primitive type.
    #[inline]
    pub const fn get(self) -> T {
        self.0
    }
}

/// Whether a `ZeroablePrimitive` value is zero (all its bits are 0).
#[ferric::intrinsic]
const fn intrinsics_is_zero<T: ZeroablePrimitive>(n: &T) -> bool;

macro_rules! nonzero_integer {
    (
        Self = $Ty:ident,
        Primitive = $signedness:ident $Int:ident,
        SignedPrimitive = $Sint:ident,
        UnsignedPrimitive = $Uint:ty,
    ) => {
        /// An integer that is known not to equal zero.
        pub type $Ty = NonZero<$Int>;

        impl NonZero<$Int> {
            /// The size of this non-zero integer type in bits.
            pub const BITS: u32 = <$Int>::BITS;

            /// Returns the number of leading zeros in the binary representation of `self`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn leading_zeros(self) -> u32 {
                self.get().leading_zeros()
            }

            /// Returns the number of trailing zeros in the binary representation of `self`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn trailing_zeros(self) -> u32 {
                self.get().trailing_zeros()
            }

            /// Returns the number of ones in the binary representation of `self`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn count_ones(self) -> NonZero<u32> {
                // SAFETY: `self` is non-zero, so it has at least one bit set.
                unsafe { NonZero::new_unchecked(self.get().count_ones()) }
            }

            /// Multiplies two non-zero integers together, returning `None` on overflow.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_mul(self, other: Self) -> Option<Self> {
                match self.get().checked_mul(other.get()) {
                    // SAFETY: the product of two non-zero values is non-zero when it does
                    // not overflow.
                    Some(result) => Some(unsafe { Self::new_unchecked(result) }),
                    None => None,
                }
            }

            /// Multiplies two non-zero integers together, saturating at the numeric bounds.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_mul(self, other: Self) -> Self {
                // SAFETY: the saturated product of two non-zero values is non-zero.
                unsafe { Self::new_unchecked(self.get().saturating_mul(other.get())) }
            }

            /// Raises non-zero value to an integer power, returning `None` on overflow.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_pow(self, other: u32) -> Option<Self> {
                match self.get().checked_pow(other) {
                    // SAFETY: a power of a non-zero value is non-zero when it does not
                    // overflow.
                    Some(result) => Some(unsafe { Self::new_unchecked(result) }),
                    None => None,
                }
            }

            /// Raises non-zero value to an integer power, saturating at the numeric bounds.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_pow(self, other: u32) -> Self {
                // SAFETY: the saturated power of a non-zero value is non-zero.
                unsafe { Self::new_unchecked(self.get().saturating_pow(other)) }
            }
        }

        impl FromStr for NonZero<$Int> {
            type Err = ParseIntError;
            fn from_str(src: &str) -> Result<Self, Self::Err> {
                match Self::new(<$Int>::from_str_radix(src, 10)?) {
                    Some(n) => Ok(n),
                    None => Err(ParseIntError { kind: IntErrorKind::Zero }),
                }
            }
        }

        nonzero_integer_signedness_dependent_impls!($signedness $Int $Sint $Uint);
    };
}

macro_rules! nonzero_integer_signedness_dependent_impls {
    (unsigned $Int:ident $Sint:ident $Uint:ty) => {
        impl Div<NonZero<$Int>> for $Int {
            type Output = $Int;

            /// Same as `self / other.get()`, but because `other` is a `NonZero<_>`,
            /// there's never a runtime check for division-by-zero.
            #[inline]
            fn div(self, other: NonZero<$Int>) -> $Int {
                self / other.get()
            }
        }

        impl DivAssign<NonZero<$Int>> for $Int {
            /// Same as `self /= other.get()`, but without a check for division-by-zero.
            #[inline]
            fn div_assign(&mut self, other: NonZero<$Int>) {
                *self = *self / other;
            }
        }

        impl Rem<NonZero<$Int>> for $Int {
            type Output = $Int;

            /// This operation satisfies `n % d == n - (n / d) * d`, and cannot panic.
            #[inline]
            fn rem(self, other: NonZero<$Int>) -> $Int {
                self % other.get()
            }
        }

        impl RemAssign<NonZero<$Int>> for $Int {
            /// This operation satisfies `n % d == n - (n / d) * d`, and cannot panic.
            #[inline]
            fn rem_assign(&mut self, other: NonZero<$Int>) {
                *self = *self % other;
            }
        }

        impl NonZero<$Int> {
            /// Calculates the quotient of `self` and `rhs`, rounding the result towards
            /// positive infinity.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn div_ceil(self, rhs: Self) -> Self {
                let v = self.get().div_ceil(rhs.get());
                // SAFETY: ceiled division of two positive integers can never be zero.
                unsafe { Self::new_unchecked(v) }
            }

            /// Returns the bit pattern of `self` reinterpreted as a signed integer of the
            /// same size.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn cast_signed(self) -> NonZero<$Sint> {
                // SAFETY: `self.get()` can't be zero
                unsafe { NonZero::new_unchecked(self.get().cast_signed()) }
            }

            /// The smallest value that can be represented by this non-zero integer type, 1.
            pub const MIN: Self = match Self::new(1) {
                Some(n) => n,
                None => panic!("1 is zero"),
            };

            /// The largest value that can be represented by this non-zero integer type.
            pub const MAX: Self = match Self::new(<$Int>::MAX) {
                Some(n) => n,
                None => panic!("MAX is zero"),
            };

            /// Adds an unsigned integer to a non-zero value, returning `None` on overflow.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_add(self, other: $Int) -> Option<Self> {
                match self.get().checked_add(other) {
                    // SAFETY: `self` is non-zero and `other` is non-negative.
                    Some(result) => Some(unsafe { Self::new_unchecked(result) }),
                    None => None,
                }
            }

            /// Adds an unsigned integer to a non-zero value, saturating at the maximum.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_add(self, other: $Int) -> Self {
                // SAFETY: `self` is non-zero and `other` is non-negative.
                unsafe { Self::new_unchecked(self.get().saturating_add(other)) }
            }

            /// Returns the smallest power of two greater than or equal to `self`; `None` if
            /// the next power of two is greater than the type's maximum value.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_next_power_of_two(self) -> Option<Self> {
                match self.get().checked_next_power_of_two() {
                    // SAFETY: a power of two is non-zero.
                    Some(nz) => Some(unsafe { Self::new_unchecked(nz) }),
                    None => None,
                }
            }

            /// Returns the base 2 logarithm of the number, rounded down.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn ilog2(self) -> u32 {
                Self::BITS - 1 - self.get().leading_zeros()
            }

            /// Returns the base 10 logarithm of the number, rounded down.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn ilog10(self) -> u32 {
                self.get().ilog10()
            }

            /// Calculates the midpoint (average) between `self` and `rhs`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn midpoint(self, rhs: Self) -> Self {
                // SAFETY: the midpoint of two non-zero unsigned values is non-zero.
                unsafe { Self::new_unchecked(self.get().midpoint(rhs.get())) }
            }

            /// Returns `true` if and only if `self == (1 << k)` for some `k`.
            #[must_use]
            #[inline]
            pub const fn is_power_of_two(self) -> bool {
                self.get().is_power_of_two()
            }

            /// Returns the square root of the number, rounded down.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn isqrt(self) -> Self {
                // SAFETY: the square root of a positive value is positive.
                unsafe { Self::new_unchecked(self.get().isqrt()) }
            }
        }
    };

    (signed $Int:ident $Sint:ident $Uint:ty) => {
        impl Neg for NonZero<$Int> {
            type Output = Self;

            #[inline]
            fn neg(self) -> Self {
                // SAFETY: negation of nonzero cannot yield zero values.
                unsafe { Self::new_unchecked(self.get().neg()) }
            }
        }

        forward_ref_unop! { impl Neg, neg for NonZero<$Int> }

        impl NonZero<$Int> {
            /// Checked absolute value: the result and whether it overflowed
            /// (`self == NonZero::<$Int>::MIN`).
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn overflowing_abs(self) -> (Self, bool) {
                let (nz, flag) = self.get().overflowing_abs();
                // SAFETY: absolute value of nonzero cannot yield zero values.
                (unsafe { Self::new_unchecked(nz) }, flag)
            }

            /// Saturating absolute value.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn saturating_abs(self) -> Self {
                // SAFETY: absolute value of nonzero cannot yield zero values.
                unsafe { Self::new_unchecked(self.get().saturating_abs()) }
            }

            /// Wrapping absolute value.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn wrapping_abs(self) -> Self {
                // SAFETY: absolute value of nonzero cannot yield zero values.
                unsafe { Self::new_unchecked(self.get().wrapping_abs()) }
            }

            /// Negates self, overflowing if this is equal to the minimum value.
            #[inline]
            pub const fn overflowing_neg(self) -> (Self, bool) {
                let (result, overflow) = self.get().overflowing_neg();
                // SAFETY: negation of nonzero cannot yield zero values.
                ((unsafe { Self::new_unchecked(result) }), overflow)
            }

            /// Saturating negation.
            #[inline]
            pub const fn saturating_neg(self) -> Self {
                if let Some(result) = self.checked_neg() {
                    return result;
                }
                Self::MAX
            }

            /// Returns the bit pattern of `self` reinterpreted as an unsigned integer of the
            /// same size.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn cast_unsigned(self) -> NonZero<$Uint> {
                // SAFETY: `self.get()` can't be zero
                unsafe { NonZero::new_unchecked(self.get().cast_unsigned()) }
            }

            /// The smallest value that can be represented by this non-zero integer type.
            pub const MIN: Self = match Self::new(<$Int>::MIN) {
                Some(n) => n,
                None => panic!("MIN is zero"),
            };

            /// The largest value that can be represented by this non-zero integer type.
            pub const MAX: Self = match Self::new(<$Int>::MAX) {
                Some(n) => n,
                None => panic!("MAX is zero"),
            };

            /// Computes the absolute value of self.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            #[track_caller]
            pub const fn abs(self) -> Self {
                // SAFETY: the absolute value of a non-zero value is non-zero.
                unsafe { Self::new_unchecked(self.get().abs()) }
            }

            /// Checked absolute value; `None` if `self == NonZero::<$Int>::MIN`.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn checked_abs(self) -> Option<Self> {
                match self.get().checked_abs() {
                    // SAFETY: the absolute value of a non-zero value is non-zero.
                    Some(nz) => Some(unsafe { Self::new_unchecked(nz) }),
                    None => None,
                }
            }

            /// Computes the absolute value of self without any wrapping or panicking.
            #[must_use = "this returns the result of the operation, without modifying the original"]
            #[inline]
            pub const fn unsigned_abs(self) -> NonZero<$Uint> {
                // SAFETY: the absolute value of a non-zero value is non-zero.
                unsafe { NonZero::new_unchecked(self.get().unsigned_abs()) }
            }

            /// Returns `true` if `self` is positive and `false` if the number is negative.
            #[must_use]
            #[inline]
            pub const fn is_positive(self) -> bool {
                self.get().is_positive()
            }

            /// Returns `true` if `self` is negative and `false` if the number is positive.
            #[must_use]
            #[inline]
            pub const fn is_negative(self) -> bool {
                self.get().is_negative()
            }

            /// Checked negation; `None` if `self == NonZero::<$Int>::MIN`.
            #[inline]
            pub const fn checked_neg(self) -> Option<Self> {
                match self.get().checked_neg() {
                    // SAFETY: the negation of a non-zero value is non-zero.
                    Some(result) => Some(unsafe { Self::new_unchecked(result) }),
                    None => None,
                }
            }

            /// Wrapping (modular) negation.
            #[inline]
            pub const fn wrapping_neg(self) -> Self {
                // SAFETY: the wrapping negation of a non-zero value is non-zero.
                unsafe { Self::new_unchecked(self.get().wrapping_neg()) }
            }
        }
    };
}

nonzero_integer! { Self = NonZeroU8, Primitive = unsigned u8, SignedPrimitive = i8, UnsignedPrimitive = u8, }
nonzero_integer! { Self = NonZeroU16, Primitive = unsigned u16, SignedPrimitive = i16, UnsignedPrimitive = u16, }
nonzero_integer! { Self = NonZeroU32, Primitive = unsigned u32, SignedPrimitive = i32, UnsignedPrimitive = u32, }
nonzero_integer! { Self = NonZeroU64, Primitive = unsigned u64, SignedPrimitive = i64, UnsignedPrimitive = u64, }
nonzero_integer! { Self = NonZeroU128, Primitive = unsigned u128, SignedPrimitive = i128, UnsignedPrimitive = u128, }
nonzero_integer! { Self = NonZeroUsize, Primitive = unsigned usize, SignedPrimitive = isize, UnsignedPrimitive = usize, }
nonzero_integer! { Self = NonZeroI8, Primitive = signed i8, SignedPrimitive = i8, UnsignedPrimitive = u8, }
nonzero_integer! { Self = NonZeroI16, Primitive = signed i16, SignedPrimitive = i16, UnsignedPrimitive = u16, }
nonzero_integer! { Self = NonZeroI32, Primitive = signed i32, SignedPrimitive = i32, UnsignedPrimitive = u32, }
nonzero_integer! { Self = NonZeroI64, Primitive = signed i64, SignedPrimitive = i64, UnsignedPrimitive = u64, }
nonzero_integer! { Self = NonZeroI128, Primitive = signed i128, SignedPrimitive = i128, UnsignedPrimitive = u128, }
nonzero_integer! { Self = NonZeroIsize, Primitive = signed isize, SignedPrimitive = isize, UnsignedPrimitive = usize, }

