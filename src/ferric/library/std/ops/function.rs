//! The closure traits `Fn`, `FnMut`, `FnOnce` (library/core/src/ops/function.rs).
//!
//! Real core declares the methods `extern "rust-call"` and takes the arguments as one tuple;
//! ferric keeps the tuple (`Args: Tuple`) and the plain Rust ABI. The type checker provides
//! the impls for closures, fn items and fn pointers.

use crate::marker::{Sized, Tuple};

/// The version of the call operator that takes an immutable receiver.
#[lang = "fn"]
#[rustc_on_unimplemented(
    on(
        Args = "()",
        note = "wrap the `{Self}` in a closure with no arguments: `|| {{ /* code */ }}`"
    ),
    on(
        Self = "unsafe fn",
        note = "unsafe function cannot be called generically without an unsafe block",
        // SAFETY: tidy is not smart enough to tell that the below unsafe block is a string
        label = "call the function in a closure: `|| unsafe {{ /* code */ }}`"
    ),
    message = "expected a `{Trait}` closure, found `{Self}`",
    label = "expected an `{Trait}` closure, found `{Self}`"
)]
#[fundamental] // so that regex can rely that `&str: !FnMut`
#[must_use = "closures are lazy and do nothing unless called"]
pub trait Fn<Args: Tuple>: FnMut<Args> {
    /// Performs the call operation.
    fn call(&self, args: Args) -> Self::Output;
}

/// The version of the call operator that takes a mutable receiver.
#[lang = "fn_mut"]
#[rustc_on_unimplemented(
    on(
        Args = "()",
        note = "wrap the `{Self}` in a closure with no arguments: `|| {{ /* code */ }}`"
    ),
    on(
        Self = "unsafe fn",
        note = "unsafe function cannot be called generically without an unsafe block",
        // SAFETY: tidy is not smart enough to tell that the below unsafe block is a string
        label = "call the function in a closure: `|| unsafe {{ /* code */ }}`"
    ),
    message = "expected a `{Trait}` closure, found `{Self}`",
    label = "expected an `{Trait}` closure, found `{Self}`"
)]
#[fundamental] // so that regex can rely that `&str: !FnMut`
#[must_use = "closures are lazy and do nothing unless called"]
pub trait FnMut<Args: Tuple>: FnOnce<Args> {
    /// Performs the call operation.
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

/// The version of the call operator that takes a by-value receiver.
#[lang = "fn_once"]
#[rustc_on_unimplemented(
    on(
        Args = "()",
        note = "wrap the `{Self}` in a closure with no arguments: `|| {{ /* code */ }}`"
    ),
    on(
        Self = "unsafe fn",
        note = "unsafe function cannot be called generically without an unsafe block",
        // SAFETY: tidy is not smart enough to tell that the below unsafe block is a string
        label = "call the function in a closure: `|| unsafe {{ /* code */ }}`"
    ),
    message = "expected a `{Trait}` closure, found `{Self}`",
    label = "expected an `{Trait}` closure, found `{Self}`"
)]
#[fundamental] // so that regex can rely that `&str: !FnMut`
#[must_use = "closures are lazy and do nothing unless called"]
pub trait FnOnce<Args: Tuple> {
    /// The returned type after the call operator is used.
    #[lang = "fn_once_output"]
    type Output;

    /// Performs the call operation.
    fn call_once(self, args: Args) -> Self::Output;
}

mod impls {
    use crate::marker::{Sized, Tuple};
    use crate::ops::{Fn, FnMut, FnOnce};

    impl<A: Tuple, F: ?Sized> Fn<A> for &F
    where
        F: Fn<A>,
    {
        fn call(&self, args: A) -> F::Output {
            (**self).call(args)
        }
    }

    impl<A: Tuple, F: ?Sized> FnMut<A> for &F
    where
        F: Fn<A>,
    {
        fn call_mut(&mut self, args: A) -> F::Output {
            (**self).call(args)
        }
    }

    impl<A: Tuple, F: ?Sized> FnOnce<A> for &F
    where
        F: Fn<A>,
    {
        type Output = F::Output;

        fn call_once(self, args: A) -> F::Output {
            (*self).call(args)
        }
    }

    impl<A: Tuple, F: ?Sized> FnMut<A> for &mut F
    where
        F: FnMut<A>,
    {
        fn call_mut(&mut self, args: A) -> F::Output {
            (*self).call_mut(args)
        }
    }

    impl<A: Tuple, F: ?Sized> FnOnce<A> for &mut F
    where
        F: FnMut<A>,
    {
        type Output = F::Output;
        fn call_once(self, args: A) -> F::Output {
            (*self).call_mut(args)
        }
    }
}
