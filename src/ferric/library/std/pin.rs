//! Types that pin data to a location in memory (library/core/src/pin.rs): `Pin<Ptr>` and
//! the `pin!` macro.
//!
//! Besides real core's contents, the pinning constructors of the alloc half's smart
//! pointers live here (`Box::pin`, `Box::into_pin`, `Rc::pin`, `Arc::pin`, real
//! alloc/src/boxed.rs, rc.rs, sync.rs) together with their `PinCoerceUnsized` impls.
//!
//! `pin!` is written as it was before `super let` (rustc 1.68-1.87): a struct expression
//! through the hidden public field `__pointer`, whose `&mut { $value }` is lifetime-extended.

use crate::boxed::Box;
use crate::clone::Clone;
use crate::cmp::{self, Eq, Ord, PartialEq, PartialOrd};
use crate::convert::From;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Copy, Sized, Unpin};
use crate::ops::{CoerceUnsized, Deref, DerefMut, DispatchFromDyn, FnOnce, LegacyReceiver};
use crate::option::Option;
use crate::rc::Rc;
use crate::sync::Arc;

/// A pointer which pins its pointee in place.
#[lang = "pin"]
#[fundamental]
#[repr(transparent)]
#[derive(Copy, Clone)]
pub struct Pin<Ptr> {
    // Public only for the `pin!` macro (real core: `#[unstable(feature = "unsafe_pin_internals")]`).
    #[doc(hidden)]
    pub __pointer: Ptr,
}

// The following implementations aren't derived in order to avoid soundness issues:
// `&self.__pointer` should not be accessible to untrusted trait implementations.

impl<Ptr: Deref, Q: Deref> PartialEq<Pin<Q>> for Pin<Ptr>
where
    Ptr::Target: PartialEq<Q::Target>,
{
    fn eq(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::eq(self, other)
    }

    fn ne(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::ne(self, other)
    }
}

impl<Ptr: Deref<Target: Eq>> Eq for Pin<Ptr> {}

impl<Ptr: Deref, Q: Deref> PartialOrd<Pin<Q>> for Pin<Ptr>
where
    Ptr::Target: PartialOrd<Q::Target>,
{
    fn partial_cmp(&self, other: &Pin<Q>) -> Option<cmp::Ordering> {
        Ptr::Target::partial_cmp(self, other)
    }

    fn lt(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::lt(self, other)
    }

    fn le(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::le(self, other)
    }

    fn gt(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::gt(self, other)
    }

    fn ge(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::ge(self, other)
    }
}

impl<Ptr: Deref<Target: Ord>> Ord for Pin<Ptr> {
    fn cmp(&self, other: &Self) -> cmp::Ordering {
        Ptr::Target::cmp(self, other)
    }
}

impl<Ptr: Deref<Target: Hash>> Hash for Pin<Ptr> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Ptr::Target::hash(self, state);
    }
}

impl<Ptr: Deref<Target: Unpin>> Pin<Ptr> {
    /// Constructs a new `Pin<Ptr>` around a pointer to some data of a type that
    /// implements `Unpin`.
    #[inline(always)]
    pub const fn new(pointer: Ptr) -> Pin<Ptr> {
        // SAFETY: the value pointed to is `Unpin`, and so has no requirements
        // around pinning.
        unsafe { Pin::new_unchecked(pointer) }
    }

    /// Unwraps this `Pin<Ptr>`, returning the underlying pointer.
    #[inline(always)]
    pub const fn into_inner(pin: Pin<Ptr>) -> Ptr {
        pin.__pointer
    }
}

impl<Ptr: Deref> Pin<Ptr> {
    /// Constructs a new `Pin<Ptr>` around a reference to some data of a type that may or
    /// may not implement `Unpin`.
    #[lang = "new_unchecked"]
    #[inline(always)]
    pub const unsafe fn new_unchecked(pointer: Ptr) -> Pin<Ptr> {
        Pin { __pointer: pointer }
    }

    /// Gets a shared reference to the pinned value this `Pin` points to.
    #[inline(always)]
    pub fn as_ref(&self) -> Pin<&Ptr::Target>
    where
        Ptr: Deref,
    {
        // SAFETY: see documentation on this function
        unsafe { Pin::new_unchecked(&*self.__pointer) }
    }
}

impl<Ptr: DerefMut> Pin<Ptr> {
    /// Gets a mutable reference to the pinned value this `Pin<Ptr>` points to.
    #[inline(always)]
    pub fn as_mut(&mut self) -> Pin<&mut Ptr::Target>
    where
        Ptr: DerefMut,
    {
        // SAFETY: see documentation on this function
        unsafe { Pin::new_unchecked(&mut *self.__pointer) }
    }

    /// Gets `Pin<&mut T>` to the underlying pinned value from this nested `Pin`-pointer.
    #[must_use = "`self` will be dropped if the result is not used"]
    #[inline(always)]
    pub fn as_deref_mut(self: Pin<&mut Self>) -> Pin<&mut Ptr::Target>
    where
        Ptr: DerefMut,
    {
        // SAFETY: a `Pin<&mut Ptr::Target>` gives out no access to the `Pin<Ptr>` itself.
        unsafe { self.get_unchecked_mut() }.as_mut()
    }

    /// Assigns a new value to the memory location pointed to by the `Pin<Ptr>`.
    #[inline(always)]
    pub fn set(&mut self, value: Ptr::Target)
    where
        Ptr::Target: Sized,
    {
        *(self.__pointer) = value;
    }
}

impl<Ptr: Deref> Pin<Ptr> {
    /// Unwraps this `Pin<Ptr>`, returning the underlying `Ptr`.
    #[inline(always)]
    pub const unsafe fn into_inner_unchecked(pin: Pin<Ptr>) -> Ptr {
        pin.__pointer
    }
}

impl<'a, T: ?Sized> Pin<&'a T> {
    /// Constructs a new pin by mapping the interior value.
    pub unsafe fn map_unchecked<U, F>(self, func: F) -> Pin<&'a U>
    where
        U: ?Sized,
        F: FnOnce(&T) -> &U,
    {
        let pointer = &*self.__pointer;
        let new_pointer = func(pointer);

        // SAFETY: the safety contract for `new_unchecked` must be
        // upheld by the caller.
        unsafe { Pin::new_unchecked(new_pointer) }
    }

    /// Gets a shared reference out of a pin.
    #[inline(always)]
    #[must_use]
    pub const fn get_ref(self) -> &'a T {
        self.__pointer
    }
}

impl<'a, T: ?Sized> Pin<&'a mut T> {
    /// Converts this `Pin<&mut T>` into a `Pin<&T>` with the same lifetime.
    #[inline(always)]
    #[must_use = "`self` will be dropped if the result is not used"]
    pub const fn into_ref(self) -> Pin<&'a T> {
        Pin { __pointer: self.__pointer }
    }

    /// Gets a mutable reference to the data inside of this `Pin`.
    #[inline(always)]
    #[must_use = "`self` will be dropped if the result is not used"]
    pub const fn get_mut(self) -> &'a mut T
    where
        T: Unpin,
    {
        self.__pointer
    }

    /// Gets a mutable reference to the data inside of this `Pin`.
    #[inline(always)]
    #[must_use = "`self` will be dropped if the result is not used"]
    pub const unsafe fn get_unchecked_mut(self) -> &'a mut T {
        self.__pointer
    }

    /// Constructs a new pin by mapping the interior value.
    #[must_use = "`self` will be dropped if the result is not used"]
    pub unsafe fn map_unchecked_mut<U, F>(self, func: F) -> Pin<&'a mut U>
    where
        U: ?Sized,
        F: FnOnce(&mut T) -> &mut U,
    {
        // SAFETY: the caller is responsible for not moving the
        // value out of this reference.
        let pointer = unsafe { Pin::get_unchecked_mut(self) };
        let new_pointer = func(pointer);
        // SAFETY: as the value of `this` is guaranteed to not have
        // been moved out, this call to `new_unchecked` is safe.
        unsafe { Pin::new_unchecked(new_pointer) }
    }
}

impl<T: ?Sized> Pin<&'static T> {
    /// Gets a pinning reference from a `&'static` reference.
    pub const fn static_ref(r: &'static T) -> Pin<&'static T> {
        // SAFETY: The 'static borrow guarantees the data will not be
        // moved/invalidated until it gets dropped (which is never).
        unsafe { Pin::new_unchecked(r) }
    }
}

impl<T: ?Sized> Pin<&'static mut T> {
    /// Gets a pinning mutable reference from a static mutable reference.
    pub const fn static_mut(r: &'static mut T) -> Pin<&'static mut T> {
        // SAFETY: The 'static borrow guarantees the data will not be
        // moved/invalidated until it gets dropped (which is never).
        unsafe { Pin::new_unchecked(r) }
    }
}

impl<Ptr: Deref> Deref for Pin<Ptr> {
    type Target = Ptr::Target;
    fn deref(&self) -> &Ptr::Target {
        Pin::get_ref(Pin::as_ref(self))
    }
}

// Real core routes this impl through a private helper trait (coherence with user
// `DerefMut` impls for `&LocalType`); the documented form is the same contract.
impl<Ptr> DerefMut for Pin<Ptr>
where
    Ptr: DerefMut,
    <Ptr as Deref>::Target: Unpin,
{
    fn deref_mut(&mut self) -> &mut Ptr::Target {
        Pin::get_mut(Pin::as_mut(self))
    }
}

impl<Ptr: LegacyReceiver> LegacyReceiver for Pin<Ptr> {}

impl<Ptr: fmt::Debug> fmt::Debug for Pin<Ptr> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.__pointer, f)
    }
}

impl<Ptr: fmt::Display> fmt::Display for Pin<Ptr> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.__pointer, f)
    }
}

impl<Ptr: fmt::Pointer> fmt::Pointer for Pin<Ptr> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.__pointer, f)
    }
}

impl<Ptr, U> CoerceUnsized<Pin<U>> for Pin<Ptr>
where
    Ptr: CoerceUnsized<U> + PinCoerceUnsized,
    U: PinCoerceUnsized,
{
}

impl<Ptr, U> DispatchFromDyn<Pin<U>> for Pin<Ptr>
where
    Ptr: DispatchFromDyn<U> + PinCoerceUnsized,
    U: PinCoerceUnsized,
{
}

/// Trait that indicates that this is a pointer or a wrapper for one, where unsizing can
/// be performed on the pointee when it is pinned.
#[unstable(feature = "pincoerceunsized")]
pub unsafe trait PinCoerceUnsized {}

unsafe impl<'a, T: ?Sized> PinCoerceUnsized for &'a T {}

unsafe impl<'a, T: ?Sized> PinCoerceUnsized for &'a mut T {}

unsafe impl<T: PinCoerceUnsized> PinCoerceUnsized for Pin<T> {}

unsafe impl<T: ?Sized> PinCoerceUnsized for *const T {}

unsafe impl<T: ?Sized> PinCoerceUnsized for *mut T {}

// ---------------------------------------------------------------------------------------
// The alloc half's pinning constructors (real: alloc/src/boxed.rs, rc.rs, sync.rs)
// ---------------------------------------------------------------------------------------

unsafe impl<T: ?Sized> PinCoerceUnsized for Box<T> {}

unsafe impl<T: ?Sized> PinCoerceUnsized for Rc<T> {}

unsafe impl<T: ?Sized> PinCoerceUnsized for Arc<T> {}

impl<T> Box<T> {
    /// Constructs a new `Pin<Box<T>>`. If `T` does not implement `Unpin`, then `x` will
    /// be pinned in memory and unable to be moved.
    #[must_use]
    #[inline(always)]
    pub fn pin(x: T) -> Pin<Box<T>> {
        Box::into_pin(Box::new(x))
    }
}

impl<T: ?Sized> Box<T> {
    /// Converts a `Box<T>` into a `Pin<Box<T>>`.
    pub fn into_pin(boxed: Self) -> Pin<Self> {
        // It's not possible to move or replace the insides of a `Pin<Box<T>>`
        // when `T: !Unpin`, so it's safe to pin it directly without any
        // additional requirements.
        unsafe { Pin::new_unchecked(boxed) }
    }
}

impl<T: ?Sized> From<Box<T>> for Pin<Box<T>> {
    /// Converts a `Box<T>` into a `Pin<Box<T>>`.
    fn from(boxed: Box<T>) -> Self {
        Box::into_pin(boxed)
    }
}

impl<T> Rc<T> {
    /// Constructs a new `Pin<Rc<T>>`.
    #[must_use]
    pub fn pin(value: T) -> Pin<Rc<T>> {
        unsafe { Pin::new_unchecked(Rc::new(value)) }
    }
}

impl<T> Arc<T> {
    /// Constructs a new `Pin<Arc<T>>`.
    #[must_use]
    pub fn pin(data: T) -> Pin<Arc<T>> {
        unsafe { Pin::new_unchecked(Arc::new(data)) }
    }
}

// ---------------------------------------------------------------------------------------
// pin!
// ---------------------------------------------------------------------------------------

/// Constructs a `Pin<&mut T>`, by pinning a `value: T` locally (`std::pin::pin!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __pin {
    ($value:expr $(,)?) => {
        $crate::pin::Pin::<&mut _> { __pointer: &mut { $value } }
    };
}

#[doc(inline)]
pub use crate::__pin as pin;
