//! Utilities for comparing and ordering values (library/core/src/cmp.rs): `PartialEq`,
//! `Eq`, `PartialOrd`, `Ord`, `Ordering`, `Reverse`, `min`/`max` and friends.
//!
//! The comparison impls for primitive types (`<i32 as PartialOrd>::lt` ...) are backend
//! intrinsics (real core writes `*self < *other`, the built-in operator). The impls for
//! tuples are in `primitive::tuple`, for arrays in `array`, for slices in `slice`, for `str`
//! in `str`.

use self::Ordering::*;
use crate::clone::Clone;
use crate::default::Default;
use crate::fmt;
use crate::hash::Hash;
use crate::marker::{Copy, Sized};
use crate::ops::{FnMut, FnOnce};
use crate::option::Option::{self, None, Some};

#[lang = "eq"]
#[rustc_on_unimplemented(
    message = "can't compare `{Self}` with `{Rhs}`",
    label = "no implementation for `{Self} == {Rhs}`",
    append_const_msg
)]
pub trait PartialEq<Rhs: ?Sized = Self> {
    #[must_use]
    fn eq(&self, other: &Rhs) -> bool;

    #[must_use]
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

pub trait Eq: PartialEq<Self> {
    // This method was used solely by `#[derive(Eq)]` to assert that every component of a
    // type implements `Eq` itself.
    //
    // This should never be implemented by hand.
    #[doc(hidden)]
    fn assert_receiver_is_total_eq(&self) {}

    // This method is used solely by `#[derive(Eq)]` (rustc 1.95) to assert that every
    // component of a type implements `Eq` itself.
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {}
}

// FIXME: this struct is used solely by #[derive] to
// assert that every component of a type implements Eq.
//
// This struct should never appear in user code.
#[doc(hidden)]
pub struct AssertParamIsEq<T: Eq + ?Sized> {
    _field: crate::marker::PhantomData<T>,
}

#[derive(Clone, Copy, Eq, PartialOrd, Ord, PartialEq, Debug, Hash)]
// This is a lang item only so that `BinOp::Cmp` in MIR can return it.
// It has no special behavior, but does require that the three variants
// `Less`/`Equal`/`Greater` remain `-1_i8`/`0_i8`/`+1_i8` respectively.
#[lang = "Ordering"]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    fn as_raw(self) -> i8 {
        self as i8
    }

    #[must_use]
    pub fn is_eq(self) -> bool {
        // All the `is_*` methods are implemented as comparisons against zero
        // to follow how clang's libcxx implements their equivalents in
        // <https://github.com/llvm/llvm-project/blob/60486292b79885b7800b082754153202bef5b1f0/libcxx/include/__compare/is_eq.h#L23-L28>

        self.as_raw() == 0
    }

    #[must_use]
    pub fn is_ne(self) -> bool {
        self.as_raw() != 0
    }

    #[must_use]
    pub fn is_lt(self) -> bool {
        self.as_raw() < 0
    }

    #[must_use]
    pub fn is_gt(self) -> bool {
        self.as_raw() > 0
    }

    #[must_use]
    pub fn is_le(self) -> bool {
        self.as_raw() <= 0
    }

    #[must_use]
    pub fn is_ge(self) -> bool {
        self.as_raw() >= 0
    }

    #[must_use]
    pub fn reverse(self) -> Ordering {
        match self {
            Less => Greater,
            Equal => Equal,
            Greater => Less,
        }
    }

    #[must_use]
    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Equal => other,
            _ => self,
        }
    }

    #[must_use]
    pub fn then_with<F>(self, f: F) -> Ordering
    where
        F: FnOnce() -> Ordering,
    {
        match self {
            Equal => f(),
            _ => self,
        }
    }
}

#[derive(PartialEq, Eq, Debug, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }

    fn lt(&self, other: &Self) -> bool {
        other.0 < self.0
    }
    fn le(&self, other: &Self) -> bool {
        other.0 <= self.0
    }
    fn gt(&self, other: &Self) -> bool {
        other.0 > self.0
    }
    fn ge(&self, other: &Self) -> bool {
        other.0 >= self.0
    }
}

impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl<T: Clone> Clone for Reverse<T> {
    fn clone(&self) -> Reverse<T> {
        Reverse(self.0.clone())
    }

    fn clone_from(&mut self, source: &Self) {
        self.0.clone_from(&source.0)
    }
}

/*@ core/src/cmp.rs:981:0 */
pub trait Ord: Eq + PartialOrd<Self> {
    #[must_use]
    fn cmp(&self, other: &Self) -> Ordering;

    #[must_use]
    fn max(self, other: Self) -> Self
    where
        Self: Sized,
    {
        if other < self { self } else { other }
    }

    #[must_use]
    fn min(self, other: Self) -> Self
    where
        Self: Sized,
    {
        if other < self { other } else { self }
    }

    #[must_use]
    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized,
    {
        assert!(min <= max);
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}

#[lang = "partial_ord"]
#[rustc_on_unimplemented(
    message = "can't compare `{Self}` with `{Rhs}`",
    label = "no implementation for `{Self} < {Rhs}` and `{Self} > {Rhs}`",
    append_const_msg
)]
pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
    #[must_use]
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    #[must_use]
    fn lt(&self, other: &Rhs) -> bool {
        self.partial_cmp(other).is_some_and(Ordering::is_lt)
    }

    #[must_use]
    /*@ core/src/cmp.rs:1428:4 */
    fn le(&self, other: &Rhs) -> bool {
        self.partial_cmp(other).is_some_and(Ordering::is_le)
    }

    #[must_use]
    fn gt(&self, other: &Rhs) -> bool {
        self.partial_cmp(other).is_some_and(Ordering::is_gt)
    }

    #[must_use]
    fn ge(&self, other: &Rhs) -> bool {
        self.partial_cmp(other).is_some_and(Ordering::is_ge)
    }
}

#[must_use]
pub fn min<T: Ord>(v1: T, v2: T) -> T {
    v1.min(v2)
}

#[must_use]
pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(
    v1: T,
    v2: T,
    compare: F,
) -> T {
    if compare(&v1, &v2).is_le() { v1 } else { v2 }
}

#[must_use]
pub fn min_by_key<T, F, K>(v1: T, v2: T, mut f: F) -> T
where
    F: FnMut(&T) -> K,
    K: Ord,
{
    if f(&v2) < f(&v1) { v2 } else { v1 }
}

#[must_use]
pub fn max<T: Ord>(v1: T, v2: T) -> T {
    v1.max(v2)
}

#[must_use]
pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(
    v1: T,
    v2: T,
    compare: F,
) -> T {
    if compare(&v1, &v2).is_gt() { v1 } else { v2 }
}

#[must_use]
pub fn max_by_key<T, F, K>(v1: T, v2: T, mut f: F) -> T
where
    F: FnMut(&T) -> K,
    K: Ord,
{
    if f(&v2) < f(&v1) { v1 } else { v2 }
}

// Implementation of PartialEq, Eq, PartialOrd and Ord for primitive types
mod impls {
    use crate::cmp::Ordering::{self, Equal, Greater, Less};
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::marker::Sized;
    use crate::option::Option::{self, None, Some};

    macro_rules! partial_eq_impl {
        ($($t:ty)*) => ($(
            impl PartialEq for $t {
                #[ferric::intrinsic]
                fn eq(&self, other: &Self) -> bool;
                #[ferric::intrinsic]
                fn ne(&self, other: &Self) -> bool;
            }
        )*)
    }

    impl PartialEq for () {
        fn eq(&self, _other: &()) -> bool {
            true
        }
        fn ne(&self, _other: &()) -> bool {
            false
        }
    }

    partial_eq_impl! {
        bool char usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64
    }

    macro_rules! eq_impl {
        ($($t:ty)*) => ($(
            impl Eq for $t {}
        )*)
    }

    eq_impl! { () bool char usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

    macro_rules! partial_ord_methods_primitive_impl {
        () => {
            #[ferric::intrinsic]
            fn lt(&self, other: &Self) -> bool;
            #[ferric::intrinsic]
            fn le(&self, other: &Self) -> bool;
            #[ferric::intrinsic]
            fn gt(&self, other: &Self) -> bool;
            #[ferric::intrinsic]
            fn ge(&self, other: &Self) -> bool;
        };
    }

    macro_rules! partial_ord_impl {
        ($($t:ty)*) => ($(
            impl PartialOrd for $t {
                fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                    match (*self <= *other, *self >= *other) {
                        (false, false) => None,
                        (false, true) => Some(Greater),
                        (true, false) => Some(Less),
                        (true, true) => Some(Equal),
                    }
                }

                partial_ord_methods_primitive_impl!();
            }
        )*)
    }

    impl PartialOrd for () {
        fn partial_cmp(&self, _: &()) -> Option<Ordering> {
            Some(Equal)
        }
    }

    impl PartialOrd for bool {
        fn partial_cmp(&self, other: &bool) -> Option<Ordering> {
            Some(self.cmp(other))
        }

        partial_ord_methods_primitive_impl!();
    }

    partial_ord_impl! { f32 f64 }

    macro_rules! ord_impl {
        ($($t:ty)*) => ($(
            impl PartialOrd for $t {
                fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                    Some(Ord::cmp(self, other))
                }

                partial_ord_methods_primitive_impl!();
            }

            impl Ord for $t {
                #[ferric::intrinsic]
                fn cmp(&self, other: &Self) -> Ordering;

                #[track_caller]
                fn clamp(self, min: Self, max: Self) -> Self {
                    if !(min <= max) {
                        crate::panicking::panic_fmt(format_args!("min > max. min = {:?}, max = {:?}", min, max));
                    }
                    if self < min {
                        min
                    } else if self > max {
                        max
                    } else {
                        self
                    }
                }
            }
        )*)
    }

    impl Ord for () {
        fn cmp(&self, _other: &()) -> Ordering {
            Equal
        }
    }

    impl Ord for bool {
        fn cmp(&self, other: &bool) -> Ordering {
            match (*self, *other) {
                (false, true) => Less,
                (true, false) => Greater,
                _ => Equal,
            }
        }

        fn min(self, other: bool) -> bool {
            self & other
        }

        fn max(self, other: bool) -> bool {
            self | other
        }

        fn clamp(self, min: bool, max: bool) -> bool {
            assert!(min <= max);
            self.max(min).min(max)
        }
    }

    ord_impl! { char usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

    impl PartialEq for ! {
        fn eq(&self, _: &!) -> bool {
            *self
        }
    }

    impl Eq for ! {}

    impl PartialOrd for ! {
        fn partial_cmp(&self, _: &!) -> Option<Ordering> {
            *self
        }
    }

    impl Ord for ! {
        fn cmp(&self, _: &!) -> Ordering {
            *self
        }
    }

    // & pointers

    impl<A: ?Sized, B: ?Sized> PartialEq<&B> for &A
    where
        A: PartialEq<B>,
    {
        fn eq(&self, other: &&B) -> bool {
            PartialEq::eq(*self, *other)
        }
        fn ne(&self, other: &&B) -> bool {
            PartialEq::ne(*self, *other)
        }
    }
    impl<A: ?Sized, B: ?Sized> PartialOrd<&B> for &A
    where
        A: PartialOrd<B>,
    {
        fn partial_cmp(&self, other: &&B) -> Option<Ordering> {
            PartialOrd::partial_cmp(*self, *other)
        }
        fn lt(&self, other: &&B) -> bool {
            PartialOrd::lt(*self, *other)
        }
        fn le(&self, other: &&B) -> bool {
            PartialOrd::le(*self, *other)
        }
        fn gt(&self, other: &&B) -> bool {
            PartialOrd::gt(*self, *other)
        }
        fn ge(&self, other: &&B) -> bool {
            PartialOrd::ge(*self, *other)
        }
    }
    impl<A: ?Sized> Ord for &A
    where
        A: Ord,
    {
        fn cmp(&self, other: &Self) -> Ordering {
            Ord::cmp(*self, *other)
        }
    }
    impl<A: ?Sized> Eq for &A where A: Eq {}

    // &mut pointers

    impl<A: ?Sized, B: ?Sized> PartialEq<&mut B> for &mut A
    where
        A: PartialEq<B>,
    {
        fn eq(&self, other: &&mut B) -> bool {
            PartialEq::eq(*self, *other)
        }
        fn ne(&self, other: &&mut B) -> bool {
            PartialEq::ne(*self, *other)
        }
    }
    impl<A: ?Sized, B: ?Sized> PartialOrd<&mut B> for &mut A
    where
        A: PartialOrd<B>,
    {
        fn partial_cmp(&self, other: &&mut B) -> Option<Ordering> {
            PartialOrd::partial_cmp(*self, *other)
        }
        fn lt(&self, other: &&mut B) -> bool {
            PartialOrd::lt(*self, *other)
        }
        fn le(&self, other: &&mut B) -> bool {
            PartialOrd::le(*self, *other)
        }
        fn gt(&self, other: &&mut B) -> bool {
            PartialOrd::gt(*self, *other)
        }
        fn ge(&self, other: &&mut B) -> bool {
            PartialOrd::ge(*self, *other)
        }
    }
    impl<A: ?Sized> Ord for &mut A
    where
        A: Ord,
    {
        fn cmp(&self, other: &Self) -> Ordering {
            Ord::cmp(*self, *other)
        }
    }
    impl<A: ?Sized> Eq for &mut A where A: Eq {}

    impl<A: ?Sized, B: ?Sized> PartialEq<&mut B> for &A
    where
        A: PartialEq<B>,
    {
        fn eq(&self, other: &&mut B) -> bool {
            PartialEq::eq(*self, *other)
        }
        fn ne(&self, other: &&mut B) -> bool {
            PartialEq::ne(*self, *other)
        }
    }

    impl<A: ?Sized, B: ?Sized> PartialEq<&B> for &mut A
    where
        A: PartialEq<B>,
    {
        fn eq(&self, other: &&B) -> bool {
            PartialEq::eq(*self, *other)
        }
        fn ne(&self, other: &&B) -> bool {
            PartialEq::ne(*self, *other)
        }
    }
}
