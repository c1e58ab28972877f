//! Utilities for dynamic typing or type reflection (library/core/src/any.rs).

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
use crate::marker::{Copy, Send, Sized, Sync};
use crate::option::Option::{self, None, Some};
use crate::{fmt, hash, intrinsics};

/// A trait to emulate dynamic typing.
pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId {
        TypeId::of::<T>()
    }
}

impl fmt::Debug for dyn Any {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Any").finish_non_exhaustive()
    }
}

impl fmt::Debug for dyn Any + Send {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Any").finish_non_exhaustive()
    }
}

impl fmt::Debug for dyn Any + Send + Sync {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Any").finish_non_exhaustive()
    }
}

impl dyn Any {
    pub fn is<T: Any>(&self) -> bool {
        let t = TypeId::of::<T>();

        let concrete = self.type_id();

        t == concrete
    }

    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        if self.is::<T>() {
            unsafe { Some(self.downcast_unchecked_ref()) }
        } else {
            None
        }
    }

    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        if self.is::<T>() {
            unsafe { Some(self.downcast_unchecked_mut()) }
        } else {
            None
        }
    }

    pub(crate) unsafe fn downcast_unchecked_ref<T: Any>(&self) -> &T {
        debug_assert!(self.is::<T>());
        unsafe { &*(self as *const dyn Any as *const T) }
    }

    pub(crate) unsafe fn downcast_unchecked_mut<T: Any>(&mut self) -> &mut T {
        debug_assert!(self.is::<T>());
        unsafe { &mut *(self as *mut dyn Any as *mut T) }
    }
}

impl (dyn Any + Send) {
    pub fn is<T: Any>(&self) -> bool {
        <dyn Any>::is::<T>(self)
    }

    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        <dyn Any>::downcast_ref::<T>(self)
    }

    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        <dyn Any>::downcast_mut::<T>(self)
    }

    pub(crate) unsafe fn downcast_unchecked_ref<T: Any>(&self) -> &T {
        unsafe { <dyn Any>::downcast_unchecked_ref::<T>(self) }
    }

    pub(crate) unsafe fn downcast_unchecked_mut<T: Any>(&mut self) -> &mut T {
        unsafe { <dyn Any>::downcast_unchecked_mut::<T>(self) }
    }
}

impl (dyn Any + Send + Sync) {
    pub fn is<T: Any>(&self) -> bool {
        <dyn Any>::is::<T>(self)
    }

    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        <dyn Any>::downcast_ref::<T>(self)
    }

    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        <dyn Any>::downcast_mut::<T>(self)
    }

    pub(crate) unsafe fn downcast_unchecked_ref<T: Any>(&self) -> &T {
        unsafe { <dyn Any>::downcast_unchecked_ref::<T>(self) }
    }

    pub(crate) unsafe fn downcast_unchecked_mut<T: Any>(&mut self) -> &mut T {
        unsafe { <dyn Any>::downcast_unchecked_mut::<T>(self) }
    }
}

/// A `TypeId` represents a globally unique identifier for a type.
#[derive(Clone, Copy, Eq, PartialEq, PartialOrd, Ord)]
#[lang = "type_id"]
pub struct TypeId {
    t: u128,
}

impl TypeId {
    /// Returns the `TypeId` of the generic type parameter.
    #[must_use]
    pub const fn of<T: ?Sized + 'static>() -> TypeId {
        TypeId { t: intrinsics::type_id::<T>() }
    }
}

impl hash::Hash for TypeId {
    #[inline]
    fn hash<H: hash::Hasher>(&self, state: &mut H) {
        // We only hash the lower 64 bits of our (128 bit) internal numeric ID,
        // because:
        // - The hashing algorithm which backs `TypeId` is expected to be
        //   unbiased and high quality, meaning further mixing would be somewhat
        //   redundant compared to choosing (the lower) 64 bits arbitrarily.
        // - `Hasher::finish` returns a u64 anyway, so the extra entropy we'd
        //   get from hashing the full value would probably not be useful
        //   (especially given the previous point about the lower 64 bits being
        //   high quality on their own).
        // - It is correct to do so -- only hashing a subset of `self` is still
        //   compatible with an `Eq` implementation that considers the entire
        //   value, as ours does.
        (self.t as u64).hash(state);
    }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeId({:#034x})", self.t)
    }
}

/// Returns the name of a type as a string slice.
#[must_use]
pub fn type_name<T: ?Sized>() -> &'static str {
    intrinsics::type_name::<T>()
}

/// Returns the type name of the pointed-to value as a string slice.
#[must_use]
pub fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str {
    type_name::<T>()
}
