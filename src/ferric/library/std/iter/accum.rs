//! `Sum` and `Product` (library/core/src/iter/traits/accum.rs), and `try_process`, the
//! helper behind collecting, summing and multiplying iterators of `Option`/`Result`
//! (library/core/src/iter/adapters/mod.rs).

use crate::iter::{FromIterator, Iterator};
use crate::marker::Sized;
use crate::num::{Saturating, Wrapping};
use crate::ops::{ControlFlow, FnMut, FromResidual, Residual, Try};
use crate::option::Option::{self, None, Some};
use crate::result::Result;

/// Trait to represent types that can be created by summing up an iterator.
#[diagnostic::on_unimplemented(
    message = "a value of type `{Self}` cannot be made by summing an iterator over elements of type `{A}`",
    label = "value of type `{Self}` cannot be made by summing a `std::iter::Iterator<Item={A}>`"
)]
pub trait Sum<A = Self>: Sized {
    /// Takes an iterator and generates `Self` from the elements by "summing up" the items.
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// Trait to represent types that can be created by multiplying elements of an iterator.
#[diagnostic::on_unimplemented(
    message = "a value of type `{Self}` cannot be made by multiplying all elements of type `{A}` from an iterator",
    label = "value of type `{Self}` cannot be made by multiplying all elements from a `std::iter::Iterator<Item={A}>`"
)]
pub trait Product<A = Self>: Sized {
    /// Takes an iterator and generates `Self` from the elements by multiplying the items.
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

// `$loc`: where rustc's core reports an overflow of these sums and products (the macro's
// invocation there; the Wrapping, Saturating and float ones never panic).
macro_rules! sum_product_impls {
    ($loc:literal, $zero:expr, $one:expr, $($a:ty)*) => ($(
        #[ferric::rustc_location = $loc]
        impl Sum for $a {
            fn sum<I: Iterator<Item=Self>>(iter: I) -> Self {
                iter.fold($zero, |a, b| a + b)
            }
        }

        #[ferric::rustc_location = $loc]
        impl Product for $a {
            fn product<I: Iterator<Item=Self>>(iter: I) -> Self {
                iter.fold($one, |a, b| a * b)
            }
        }

        #[ferric::rustc_location = $loc]
        impl<'a> Sum<&'a $a> for $a {
            fn sum<I: Iterator<Item=&'a Self>>(iter: I) -> Self {
                iter.fold($zero, |a, b| a + b)
            }
        }

        #[ferric::rustc_location = $loc]
        impl<'a> Product<&'a $a> for $a {
            fn product<I: Iterator<Item=&'a Self>>(iter: I) -> Self {
                iter.fold($one, |a, b| a * b)
            }
        }
    )*);
}

sum_product_impls! { "core/src/iter/traits/accum.rs:204:1", 0, 1, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }
sum_product_impls! {
    "core/src/iter/traits/accum.rs:205:1", Wrapping(0), Wrapping(1),
    Wrapping<i8> Wrapping<i16> Wrapping<i32> Wrapping<i64> Wrapping<i128> Wrapping<isize>
    Wrapping<u8> Wrapping<u16> Wrapping<u32> Wrapping<u64> Wrapping<u128> Wrapping<usize>
}
sum_product_impls! {
    "core/src/iter/traits/accum.rs:206:1", Saturating(0), Saturating(1),
    Saturating<i8> Saturating<i16> Saturating<i32> Saturating<i64> Saturating<i128> Saturating<isize>
    Saturating<u8> Saturating<u16> Saturating<u32> Saturating<u64> Saturating<u128> Saturating<usize>
}
// The sum of floats starts at -0.0 (the additive identity of IEEE 754), as real core does.
sum_product_impls! { "core/src/iter/traits/accum.rs:207:1", -0.0, 1.0, f32 f64 }

impl<T, U, E> Sum<Result<U, E>> for Result<T, E>
where
    T: Sum<U>,
{
    /// Takes each element in the `Iterator`: if it is an `Err`, no further elements are
    /// taken, and the `Err` is returned. Should no `Err` occur, the sum of all elements is
    /// returned.
    fn sum<I>(iter: I) -> Result<T, E>
    where
        I: Iterator<Item = Result<U, E>>,
    {
        try_process(iter, |i| i.sum())
    }
}

impl<T, U, E> Product<Result<U, E>> for Result<T, E>
where
    T: Product<U>,
{
    /// Takes each element in the `Iterator`: if it is an `Err`, no further elements are
    /// taken, and the `Err` is returned. Should no `Err` occur, the product of all
    /// elements is returned.
    fn product<I>(iter: I) -> Result<T, E>
    where
        I: Iterator<Item = Result<U, E>>,
    {
        try_process(iter, |i| i.product())
    }
}

impl<T, U> Sum<Option<U>> for Option<T>
where
    T: Sum<U>,
{
    /// Takes each element in the `Iterator`: if it is a `None`, no further elements are
    /// taken, and the `None` is returned. Should no `None` occur, the sum of all elements
    /// is returned.
    fn sum<I>(iter: I) -> Option<T>
    where
        I: Iterator<Item = Option<U>>,
    {
        try_process(iter, |i| i.sum())
    }
}

impl<T, U> Product<Option<U>> for Option<T>
where
    T: Product<U>,
{
    /// Takes each element in the `Iterator`: if it is a `None`, no further elements are
    /// taken, and the `None` is returned. Should no `None` occur, the product of all
    /// elements is returned.
    fn product<I>(iter: I) -> Option<T>
    where
        I: Iterator<Item = Option<U>>,
    {
        try_process(iter, |i| i.product())
    }
}

/// Processes the given iterator as if it yielded the item's `Try::Output` type instead.
/// Any `Try::Residual`s encountered will stop the inner iterator and be propagated back to
/// the overall result.
pub(crate) fn try_process<I, T, R, F, U>(iter: I, mut f: F) -> <R as Residual<U>>::TryType
where
    I: Iterator,
    I::Item: Try<Output = T, Residual = R>,
    for<'a> F: FnMut(GenericShunt<'a, I, R>) -> U,
    R: Residual<U>,
{
    let mut residual = None;
    let shunt = GenericShunt { iter, residual: &mut residual };
    let value = f(shunt);
    match residual {
        Some(r) => FromResidual::from_residual(r),
        None => Try::from_output(value),
    }
}

/// An iterator adapter that produces output as long as the underlying iterator produces
/// values where `Try::branch` says to `ControlFlow::Continue`.
///
/// If a `ControlFlow::Break` is encountered, the iterator stops and the residual is
/// stored.
pub(crate) struct GenericShunt<'a, I, R> {
    iter: I,
    residual: &'a mut Option<R>,
}

impl<I, R> Iterator for GenericShunt<'_, I, R>
where
    I: Iterator,
    I::Item: Try<Residual = R>,
{
    type Item = <I::Item as Try>::Output;

    fn next(&mut self) -> Option<Self::Item> {
        if self.residual.is_some() {
            return None;
        }
        match self.iter.next() {
            None => None,
            Some(x) => match Try::branch(x) {
                ControlFlow::Continue(output) => Some(output),
                ControlFlow::Break(residual) => {
                    *self.residual = Some(residual);
                    None
                }
            },
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.residual.is_some() {
            (0, Some(0))
        } else {
            let (_, upper) = self.iter.size_hint();
            (0, upper)
        }
    }
}
