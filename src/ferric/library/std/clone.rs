//! The `Clone` trait (library/core/src/clone.rs).
//!
//! `Clone` for tuples, closures, fn items and fn pointers is provided by the type checker
//! (as rustc does); arrays' impl is in `array`.

use crate::marker::{PhantomData, Sized};

/// A common trait for the ability to explicitly duplicate an object.
#[lang = "clone"]
pub trait Clone: Sized {
    /// Returns a duplicate of the value.
    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    #[lang = "clone_fn"]
    fn clone(&self) -> Self;

    /// Performs copy-assignment from `source`.
    fn clone_from(&mut self, source: &Self) {
        *self = source.clone()
    }
}

/// Marker of the types whose `Clone` is a bitwise copy (what rustc's `#[derive(Clone)]`
/// implements alongside `Copy`).
#[doc(hidden)]
#[lang = "trivial_clone"]
#[unstable(feature = "trivialclone")]
pub unsafe trait TrivialClone: Clone {}

// FIXME(aburka): these structs are used solely by #[derive] to
// assert that every component of a type implements Clone or Copy.
//
// These structs should never appear in user code.
#[doc(hidden)]
pub struct AssertParamIsClone<T: Clone + ?Sized> {
    _field: PhantomData<T>,
}
#[doc(hidden)]
pub struct AssertParamIsCopy<T: crate::marker::Copy + ?Sized> {
    _field: PhantomData<T>,
}

/// Implementations of `Clone` for primitive types.
mod impls {
    use crate::clone::Clone;
    use crate::marker::Sized;

    macro_rules! impl_clone {
        ($($t:ty)*) => {
            $(
                impl Clone for $t {
                    #[inline(always)]
                    fn clone(&self) -> Self {
                        *self
                    }
                }
            )*
        }
    }

    impl_clone! {
        usize u8 u16 u32 u64 u128
        isize i8 i16 i32 i64 i128
        f32 f64
        bool char
    }

    impl Clone for ! {
        fn clone(&self) -> Self {
            *self
        }
    }

    impl<T: ?Sized> Clone for *const T {
        fn clone(&self) -> Self {
            *self
        }
    }

    impl<T: ?Sized> Clone for *mut T {
        fn clone(&self) -> Self {
            *self
        }
    }

    /// Shared references can be cloned, but mutable references *cannot*!
    impl<T: ?Sized> Clone for &T {
        fn clone(&self) -> Self {
            *self
        }
    }

    /// Shared references can be cloned, but mutable references *cannot*!
    impl<T: ?Sized> !Clone for &mut T {}
}
