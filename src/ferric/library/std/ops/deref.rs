//! `Deref`, `DerefMut` and the receiver traits (library/core/src/ops/deref.rs).

use crate::marker::Sized;

/// Used for immutable dereferencing operations, like `*v`.
#[lang = "deref"]
pub trait Deref {
    /// The resulting type after dereferencing.
    #[lang = "deref_target"]
    type Target: ?Sized;

    /// Dereferences the value.
    #[must_use]
    fn deref(&self) -> &Self::Target;
}

impl<T: ?Sized> Deref for &T {
    type Target = T;

    fn deref(&self) -> &T {
        *self
    }
}

impl<T: ?Sized> !DerefMut for &T {}

impl<T: ?Sized> Deref for &mut T {
    type Target = T;

    fn deref(&self) -> &T {
        *self
    }
}

/// Used for mutable dereferencing operations, like in `*v = 1;`.
#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    /// Mutably dereferences the value.
    fn deref_mut(&mut self) -> &mut Self::Target;
}

impl<T: ?Sized> DerefMut for &mut T {
    fn deref_mut(&mut self) -> &mut T {
        *self
    }
}

/// Indicates that a struct can be used as a method receiver (`self: Box<Self>`,
/// `self: Rc<Self>`, `self: Pin<&mut Self>` ...): the receivers stable Rust accepts.
#[lang = "legacy_receiver"]
#[doc(hidden)]
#[unstable(feature = "legacyreceiver")]
pub trait LegacyReceiver {
    // Empty.
}

impl<T: ?Sized> LegacyReceiver for &T {}

impl<T: ?Sized> LegacyReceiver for &mut T {}

// The alloc half's smart pointers are valid method receivers (`self: Box<Self>`,
// `self: Rc<Self>`, `self: Arc<Self>`; real: alloc/src/boxed.rs, rc.rs, sync.rs).
impl<T: ?Sized> LegacyReceiver for crate::boxed::Box<T> {}

impl<T: ?Sized> LegacyReceiver for crate::rc::Rc<T> {}

impl<T: ?Sized> LegacyReceiver for crate::sync::Arc<T> {}
