//! The `Error` trait (`std::error`, `core::error`), the downcasting methods on
//! `dyn Error`, and the impls rustc keeps in core/src/error.rs (`!`, `&T`, `fmt::Error`).
//! Every other error type implements `Error` beside its declaration, as in rustc.
//!
//! The unstable generic member access (`provide`, `Request`) is not declared.

use crate::any::TypeId;
use crate::fmt::{self, Debug, Display};
use crate::iter::Iterator;
use crate::marker::{Send, Sized, Sync};
use crate::option::Option::{self, None, Some};

/// `Error` is a trait representing the basic expectations for error values, i.e., values
/// of type `E` in `Result<T, E>`.
pub trait Error: Debug + Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    #[doc(hidden)]
    fn type_id(&self, _: private::Internal) -> TypeId
    where
        Self: 'static,
    {
        TypeId::of::<Self>()
    }

    #[deprecated(since = "1.42.0", note = "use the Display impl or to_string()")]
    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }

    #[deprecated(since = "1.33.0", note = "replaced by Error::source, which can support downcasting")]
    #[allow(missing_docs)]
    fn cause(&self) -> Option<&dyn Error> {
        self.source()
    }
}

mod private {
    // Prevents `type_id` from being overridden by `Error` implementations, since that
    // could enable unsound downcasting.
    #[derive(Debug)]
    pub struct Internal;
}

impl Error for ! {}

// FIXME(parser): rustc writes `impl dyn Error + 'static {`; ferric's parser rejects a `+`
// in an impl's self type ("ambiguous `+` in a type"), so the types are parenthesized.
impl (dyn Error + 'static) {
    pub fn is<T: Error + 'static>(&self) -> bool {
        let t = TypeId::of::<T>();
        let concrete = self.type_id(private::Internal);
        t == concrete
    }

    pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T> {
        if self.is::<T>() { unsafe { Some(&*(self as *const dyn Error as *const T)) } } else { None }
    }

    pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T> {
        if self.is::<T>() { unsafe { Some(&mut *(self as *mut dyn Error as *mut T)) } } else { None }
    }
}

impl (dyn Error + 'static + Send) {
    pub fn is<T: Error + 'static>(&self) -> bool {
        <dyn Error + 'static>::is::<T>(self)
    }

    pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T> {
        <dyn Error + 'static>::downcast_ref::<T>(self)
    }

    pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T> {
        <dyn Error + 'static>::downcast_mut::<T>(self)
    }
}

impl (dyn Error + 'static + Send + Sync) {
    pub fn is<T: Error + 'static>(&self) -> bool {
        <dyn Error + 'static>::is::<T>(self)
    }

    pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T> {
        <dyn Error + 'static>::downcast_ref::<T>(self)
    }

    pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T> {
        <dyn Error + 'static>::downcast_mut::<T>(self)
    }
}

impl dyn Error {
    /// An iterator over this error and its sources (unstable in rustc: `error_iter`).
    pub fn sources(&self) -> Source<'_> {
        Source { current: Some(self) }
    }
}

/// An iterator over an [`Error`] and its sources (unstable in rustc: `error_iter`).
#[derive(Clone, Debug)]
pub struct Source<'a> {
    current: Option<&'a (dyn Error + 'static)>,
}

impl<'a> Iterator for Source<'a> {
    type Item = &'a (dyn Error + 'static);

    fn next(&mut self) -> Option<Self::Item> {
        let current = self.current;
        self.current = self.current.and_then(Error::source);
        current
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.current.is_some() { (1, None) } else { (0, Some(0)) }
    }
}

impl<'a> crate::iter::FusedIterator for Source<'a> {}

impl<'a, T: Error + ?Sized> Error for &'a T {
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn Error> {
        Error::cause(&**self)
    }

    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}

// ---------------------------------------------------------------------------------------
// As in rustc's core/src/error.rs; the other error types of the core half implement
// `Error` beside their declarations (num, char, str, array, convert), and those of this
// half in their own modules (cell, time, string, io, sync, ...).

impl Error for crate::fmt::Error {}
