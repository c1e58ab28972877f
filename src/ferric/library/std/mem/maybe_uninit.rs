//! `MaybeUninit` (library/core/src/mem/maybe_uninit.rs).

use crate::clone::Clone;
use crate::fmt;
use crate::intrinsics;
use crate::marker::{Copy, Sized};
use crate::mem::ManuallyDrop;
use crate::ptr;

/// A wrapper type to construct uninitialized instances of `T`.
// Lang item so we can wrap other types in it. This is useful for coroutines.
#[lang = "maybe_uninit"]
#[derive(Copy)]
#[repr(transparent)]
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}

impl<T: Copy> Clone for MaybeUninit<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        // Not calling `T::clone()`, we cannot know if we are initialized enough for that.
        *self
    }
}

impl<T> fmt::Debug for MaybeUninit<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // NB: there is no `.pad_fmt` so we can't use a simpler `format_args!("MaybeUninit<{..}>").
        let full_name = crate::any::type_name::<Self>();
        let prefix_len = full_name.find("MaybeUninit").unwrap();
        f.pad(&full_name[prefix_len..])
    }
}

impl<T> MaybeUninit<T> {
    /// Creates a new `MaybeUninit<T>` initialized with the given value.
    #[must_use = "use `forget` to avoid running Drop code"]
    pub const fn new(val: T) -> MaybeUninit<T> {
        MaybeUninit { value: ManuallyDrop::new(val) }
    }

    /// Creates a new `MaybeUninit<T>` in an uninitialized state.
    #[must_use]
    pub const fn uninit() -> MaybeUninit<T> {
        MaybeUninit { uninit: () }
    }

    /// Creates a new `MaybeUninit<T>` in an uninitialized state, with the memory being
    /// filled with `0` bytes.
    #[must_use]
    pub const fn zeroed() -> MaybeUninit<T> {
        // SAFETY: an all-zero `MaybeUninit<T>` is a valid (possibly uninitialized) value.
        MaybeUninit { value: ManuallyDrop::new(unsafe { intrinsics::init_zeroed::<T>() }) }
    }

    /// Sets the value of the `MaybeUninit<T>`, returning a mutable reference to it.
    pub const fn write(&mut self, val: T) -> &mut T {
        *self = MaybeUninit::new(val);
        // SAFETY: We just initialized this value.
        unsafe { self.assume_init_mut() }
    }

    /// Gets a pointer to the contained value.
    pub const fn as_ptr(&self) -> *const T {
        // `MaybeUninit<T>` is `repr(transparent)`: the value is at the same address.
        self as *const MaybeUninit<T> as *const T
    }

    /// Gets a mutable pointer to the contained value.
    pub const fn as_mut_ptr(&mut self) -> *mut T {
        // `MaybeUninit<T>` is `repr(transparent)`: the value is at the same address.
        self as *mut MaybeUninit<T> as *mut T
    }

    /// Extracts the value from the `MaybeUninit<T>` container.
    #[track_caller]
    pub const unsafe fn assume_init(self) -> T {
        // SAFETY: the caller must guarantee that `self` is initialized.
        unsafe { ManuallyDrop::into_inner(self.value) }
    }

    /// Reads the value from the `MaybeUninit<T>` container (a bitwise copy).
    #[track_caller]
    pub const unsafe fn assume_init_read(&self) -> T {
        // SAFETY: the caller must guarantee that `self` is initialized.
        unsafe { self.as_ptr().read() }
    }

    /// Drops the contained value in place.
    pub unsafe fn assume_init_drop(&mut self) {
        // SAFETY: the caller must guarantee that `self` is initialized.
        unsafe { ptr::drop_in_place(self.as_mut_ptr()) }
    }

    /// Gets a shared reference to the contained value.
    pub const unsafe fn assume_init_ref(&self) -> &T {
        // SAFETY: the caller must guarantee that `self` is initialized.
        unsafe { &*self.as_ptr() }
    }

    /// Gets a mutable (unique) reference to the contained value.
    pub const unsafe fn assume_init_mut(&mut self) -> &mut T {
        // SAFETY: the caller must guarantee that `self` is initialized.
        unsafe { &mut *self.as_mut_ptr() }
    }
}
