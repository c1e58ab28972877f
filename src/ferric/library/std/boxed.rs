//! The `Box<T>` type for heap allocation (`std::boxed`).
//!
//! `Box` is the lang item `owned_box`: the compiler knows that `*b` is a place it may move
//! out of, that `Box<T>` unsizes to `Box<dyn Trait>`/`Box<[T]>`, and that dropping a box
//! drops its contents (drop glue) and then calls `Drop::drop`, which only frees the
//! allocation. The representation is the backend's (`#[ferric::opaque]`).
//!
//! Lang items used by the alloc/std half of ferric's library:
//! - rustc's names: `owned_box` (boxed::Box), `unsafe_cell` (cell::UnsafeCell),
//!   `alloc_layout` (alloc::Layout), `termination` (process::Termination), `start`
//!   (rt::lang_start).
//! - ferric-specific names (rustc has diagnostic items there): `Vec` (vec::Vec), `String`
//!   (string::String), `Rc` (rc::Rc), `Arc` (sync::Arc).
//!
//! Intrinsics here: `box_new`, `Box::from_raw`, `Box::into_raw`, `Drop for Box` (free).

use crate::any::Any;
use crate::borrow::{Borrow, BorrowMut, Cow};
use crate::cmp::Ordering;
use crate::error::Error;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::{FromIterator, FusedIterator};
use crate::marker::{PhantomData, Tuple, Unpin, Unsize};
use crate::mem::MaybeUninit;
use crate::ops::{CoerceUnsized, Deref, DerefMut, DispatchFromDyn};
use crate::slice;
use crate::string::String;
use crate::vec;
use crate::vec::Vec;
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
use crate::convert::{AsMut, AsRef, From, TryFrom};
use crate::default::Default;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::marker::{Send, Sized, Sync};
use crate::ops::{Drop, Fn, FnMut, FnOnce};
use crate::option::Option;
use crate::result::Result::{self, Err, Ok};

/// A pointer type that uniquely owns a heap allocation of type `T`.
#[lang = "owned_box"]
#[fundamental]
#[ferric::opaque]
pub struct /*@ alloc/src/boxed.rs:234:11 */ Box<T: ?Sized>(PhantomData<T>);

/// Moves `x` into a fresh heap allocation (what `Box::new` and the `vec!` macro use).
#[doc(hidden)]
#[ferric::intrinsic]
pub fn box_new<T>(x: T) -> Box<T>;

/// Helper for `vec!` (rustc 1.95's expansion of `vec![a, b, c]`).
#[doc(hidden)]
pub fn box_assume_init_into_vec_unsafe<T, const N: usize>(b: Box<MaybeUninit<[T; N]>>) -> Vec<T> {
    let b: Box<[T]> = unsafe { b.assume_init() };
    Vec::from(b)
}

impl<T> Box<T> {
    pub fn new(x: T) -> Self {
        box_new(x)
    }

    pub fn new_uninit() -> Box<MaybeUninit<T>> {
        box_new(MaybeUninit::uninit())
    }

    pub fn new_zeroed() -> Box<MaybeUninit<T>> {
        box_new(MaybeUninit::zeroed())
    }

    /// Converts a `Box<T>` into a `Box<[T]>` (unstable in rustc: `box_into_boxed_slice`).
    pub fn into_boxed_slice(boxed: Self) -> Box<[T]> {
        box_new([*boxed])
    }

    /// Consumes the box, returning the wrapped value (unstable in rustc: `box_into_inner`).
    pub fn into_inner(boxed: Self) -> T {
        *boxed
    }
}

impl<T> Box<[T]> {
    pub fn new_uninit_slice(len: usize) -> Box<[MaybeUninit<T>]> {
        let mut v: Vec<MaybeUninit<T>> = Vec::with_capacity(len);
        let mut i = 0;
        while i < len {
            v.push(MaybeUninit::uninit());
            i += 1;
        }
        v.into_boxed_slice()
    }

    pub fn new_zeroed_slice(len: usize) -> Box<[MaybeUninit<T>]> {
        let mut v: Vec<MaybeUninit<T>> = Vec::with_capacity(len);
        let mut i = 0;
        while i < len {
            v.push(MaybeUninit::zeroed());
            i += 1;
        }
        v.into_boxed_slice()
    }
}

impl<T> Box<MaybeUninit<T>> {
    pub unsafe fn assume_init(self) -> Box<T> {
        let raw = Box::into_raw(self);
        unsafe { Box::from_raw(raw as *mut T) }
    }

    pub fn write(mut boxed: Self, value: T) -> Box<T> {
        (*boxed).write(value);
        unsafe { boxed.assume_init() }
    }
}

impl<T> Box<[MaybeUninit<T>]> {
    pub unsafe fn assume_init(self) -> Box<[T]> {
        let raw = Box::into_raw(self);
        unsafe { Box::from_raw(raw as *mut [T]) }
    }
}

impl<T: ?Sized> Box<T> {
    /// Takes ownership of the allocation behind `raw` (which came from `Box::into_raw`).
    #[ferric::intrinsic]
    pub unsafe fn from_raw(raw: *mut T) -> Self;

    /// Gives up ownership of the allocation without dropping its contents.
    #[ferric::intrinsic]
    pub fn into_raw(b: Self) -> *mut T;

    pub fn leak<'a>(b: Self) -> &'a mut T
    where
        T: 'a,
    {
        unsafe { &mut *Box::into_raw(b) }
    }
}

unsafe impl<#[may_dangle] T: ?Sized> Drop for Box<T> {
    /// Frees the allocation; the compiler's drop glue has already dropped the contents.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

impl<T: Default> Default for Box<T> {
    fn default() -> Self {
        Box::new(T::default())
    }
}

impl<T> Default for Box<[T]> {
    fn default() -> Self {
        Vec::new().into_boxed_slice()
    }
}

impl Default for Box<str> {
    fn default() -> Self {
        String::new().into_boxed_str()
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Self {
        Box::new((**self).clone())
    }

    fn clone_from(&mut self, source: &Self) {
        (**self).clone_from(&(**source));
    }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Self {
        let mut v = Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v.into_boxed_slice()
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Self {
        String::from(&**self).into_boxed_str()
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Self) -> bool {
        PartialEq::eq(&**self, &**other)
    }
    fn ne(&self, other: &Self) -> bool {
        PartialEq::ne(&**self, &**other)
    }
}

impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
    fn lt(&self, other: &Self) -> bool {
        PartialOrd::lt(&**self, &**other)
    }
    fn le(&self, other: &Self) -> bool {
        PartialOrd::le(&**self, &**other)
    }
    fn ge(&self, other: &Self) -> bool {
        PartialOrd::ge(&**self, &**other)
    }
    fn gt(&self, other: &Self) -> bool {
        PartialOrd::gt(&**self, &**other)
    }
}

impl<T: ?Sized + Ord> Ord for Box<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Eq> Eq for Box<T> {}

impl<T: ?Sized + Hash> Hash for Box<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

impl<T: ?Sized + Hasher> Hasher for Box<T> {
    fn finish(&self) -> u64 {
        (**self).finish()
    }
    fn write(&mut self, bytes: &[u8]) {
        (**self).write(bytes)
    }
    fn write_u8(&mut self, i: u8) {
        (**self).write_u8(i)
    }
    fn write_u16(&mut self, i: u16) {
        (**self).write_u16(i)
    }
    fn write_u32(&mut self, i: u32) {
        (**self).write_u32(i)
    }
    fn write_u64(&mut self, i: u64) {
        (**self).write_u64(i)
    }
    fn write_u128(&mut self, i: u128) {
        (**self).write_u128(i)
    }
    fn write_usize(&mut self, i: usize) {
        (**self).write_usize(i)
    }
    fn write_i8(&mut self, i: i8) {
        (**self).write_i8(i)
    }
    fn write_i16(&mut self, i: i16) {
        (**self).write_i16(i)
    }
    fn write_i32(&mut self, i: i32) {
        (**self).write_i32(i)
    }
    fn write_i64(&mut self, i: i64) {
        (**self).write_i64(i)
    }
    fn write_i128(&mut self, i: i128) {
        (**self).write_i128(i)
    }
    fn write_isize(&mut self, i: isize) {
        (**self).write_isize(i)
    }
}

impl<T: fmt::Display + ?Sized> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: fmt::Debug + ?Sized> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ptr: *const T = &**self;
        fmt::Pointer::fmt(&ptr, f)
    }
}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<Args: Tuple, F: FnOnce<Args> + ?Sized> FnOnce<Args> for Box<F> {
    type Output = <F as FnOnce<Args>>::Output;

    fn call_once(self, args: Args) -> Self::Output {
        <F as FnOnce<Args>>::call_once(*self, args)
    }
}

impl<Args: Tuple, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {
    fn call_mut(&mut self, args: Args) -> Self::Output {
        <F as FnMut<Args>>::call_mut(self, args)
    }
}

impl<Args: Tuple, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {
    fn call(&self, args: Args) -> Self::Output {
        <F as Fn<Args>>::call(self, args)
    }
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Box<U>> for Box<T> {}

impl<T: ?Sized> Borrow<T> for Box<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> BorrowMut<T> for Box<T> {
    fn borrow_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> Unpin for Box<T> {}

impl<E: Error> Error for Box<E> {
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn Error> {
        Error::cause(&**self)
    }

    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}

// ---------------------------------------------------------------------------------------
// Iterators (alloc/src/boxed/iter.rs)

impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        (**self).nth(n)
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for Box<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }

    fn nth_back(&mut self, n: usize) -> Option<I::Item> {
        (**self).nth_back(n)
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for Box<I> {
    fn len(&self) -> usize {
        (**self).len()
    }
}

impl<I: FusedIterator + ?Sized> FusedIterator for Box<I> {}

impl<I> !Iterator for Box<[I]> {}

impl<'a, I> !Iterator for &'a Box<[I]> {}

impl<'a, I> !Iterator for &'a mut Box<[I]> {}

impl<I> IntoIterator for Box<[I]> {
    type IntoIter = vec::IntoIter<I>;
    type Item = I;

    fn into_iter(self) -> vec::IntoIter<I> {
        Vec::from(self).into_iter()
    }
}

impl<'a, I> IntoIterator for &'a Box<[I]> {
    type IntoIter = slice::Iter<'a, I>;
    type Item = &'a I;

    fn into_iter(self) -> slice::Iter<'a, I> {
        self.iter()
    }
}

impl<'a, I> IntoIterator for &'a mut Box<[I]> {
    type IntoIter = slice::IterMut<'a, I>;
    type Item = &'a mut I;

    fn into_iter(self) -> slice::IterMut<'a, I> {
        self.iter_mut()
    }
}

impl<I> FromIterator<I> for Box<[I]> {
    fn from_iter<T: IntoIterator<Item = I>>(iter: T) -> Self {
        iter.into_iter().collect::<Vec<_>>().into_boxed_slice()
    }
}

impl FromIterator<char> for Box<str> {
    fn from_iter<T: IntoIterator<Item = char>>(iter: T) -> Self {
        String::from_iter(iter).into_boxed_str()
    }
}

impl<'a> FromIterator<&'a str> for Box<str> {
    fn from_iter<T: IntoIterator<Item = &'a str>>(iter: T) -> Self {
        String::from_iter(iter).into_boxed_str()
    }
}

impl FromIterator<String> for Box<str> {
    fn from_iter<T: IntoIterator<Item = String>>(iter: T) -> Self {
        String::from_iter(iter).into_boxed_str()
    }
}

impl FromIterator<Box<str>> for Box<str> {
    fn from_iter<T: IntoIterator<Item = Box<str>>>(iter: T) -> Self {
        String::from_iter(iter).into_boxed_str()
    }
}

impl<'a> FromIterator<Cow<'a, str>> for Box<str> {
    fn from_iter<T: IntoIterator<Item = Cow<'a, str>>>(iter: T) -> Self {
        String::from_iter(iter).into_boxed_str()
    }
}

// ---------------------------------------------------------------------------------------
// Conversions (alloc/src/boxed/convert.rs)

impl<T> From<T> for Box<T> {
    fn from(t: T) -> Self {
        Box::new(t)
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(slice: &[T]) -> Box<[T]> {
        Vec::from(slice).into_boxed_slice()
    }
}

impl<T: Clone> From<&mut [T]> for Box<[T]> {
    fn from(slice: &mut [T]) -> Box<[T]> {
        Self::from(&*slice)
    }
}

impl<T: Clone> From<Cow<'_, [T]>> for Box<[T]> {
    fn from(cow: Cow<'_, [T]>) -> Box<[T]> {
        match cow {
            Cow::Borrowed(slice) => Box::from(slice),
            Cow::Owned(slice) => Box::from(slice),
        }
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        String::from(s).into_boxed_str()
    }
}

impl From<&mut str> for Box<str> {
    fn from(s: &mut str) -> Box<str> {
        Self::from(&*s)
    }
}

impl From<Cow<'_, str>> for Box<str> {
    fn from(cow: Cow<'_, str>) -> Box<str> {
        match cow {
            Cow::Borrowed(s) => Box::from(s),
            Cow::Owned(s) => Box::from(s),
        }
    }
}

impl From<Box<str>> for Box<[u8]> {
    fn from(s: Box<str>) -> Self {
        String::from(s).into_bytes().into_boxed_slice()
    }
}

impl<T, const N: usize> From<[T; N]> for Box<[T]> {
    fn from(array: [T; N]) -> Box<[T]> {
        Box::new(array)
    }
}

impl<T, const N: usize> TryFrom<Box<[T]>> for Box<[T; N]> {
    type Error = Box<[T]>;

    fn try_from(boxed_slice: Box<[T]>) -> Result<Self, Self::Error> {
        if boxed_slice.len() == N {
            Ok(unsafe { Box::from_raw(Box::into_raw(boxed_slice) as *mut [T; N]) })
        } else {
            Err(boxed_slice)
        }
    }
}

impl<T, const N: usize> TryFrom<Vec<T>> for Box<[T; N]> {
    type Error = Vec<T>;

    fn try_from(vec: Vec<T>) -> Result<Self, Self::Error> {
        if vec.len() == N {
            let boxed_slice = vec.into_boxed_slice();
            Ok(unsafe { Box::from_raw(Box::into_raw(boxed_slice) as *mut [T; N]) })
        } else {
            Err(vec)
        }
    }
}

impl Box<dyn Any> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if self.is::<T>() { unsafe { Ok(self.downcast_unchecked::<T>()) } } else { Err(self) }
    }

    pub unsafe fn downcast_unchecked<T: Any>(self) -> Box<T> {
        debug_assert!(self.is::<T>());
        unsafe {
            let raw: *mut dyn Any = Box::into_raw(self);
            Box::from_raw(raw as *mut T)
        }
    }
}

impl Box<dyn Any + Send> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if self.is::<T>() { unsafe { Ok(self.downcast_unchecked::<T>()) } } else { Err(self) }
    }

    pub unsafe fn downcast_unchecked<T: Any>(self) -> Box<T> {
        debug_assert!(self.is::<T>());
        unsafe {
            let raw: *mut (dyn Any + Send) = Box::into_raw(self);
            Box::from_raw(raw as *mut T)
        }
    }
}

impl Box<dyn Any + Send + Sync> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if self.is::<T>() { unsafe { Ok(self.downcast_unchecked::<T>()) } } else { Err(self) }
    }

    pub unsafe fn downcast_unchecked<T: Any>(self) -> Box<T> {
        debug_assert!(self.is::<T>());
        unsafe {
            let raw: *mut (dyn Any + Send + Sync) = Box::into_raw(self);
            Box::from_raw(raw as *mut T)
        }
    }
}

impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
    fn from(err: E) -> Box<dyn Error + 'a> {
        Box::new(err)
    }
}

impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: E) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(err)
    }
}

impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: String) -> Box<dyn Error + Send + Sync + 'a> {
        struct StringError(String);

        impl Error for StringError {
            #[allow(deprecated)]
            fn description(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for StringError {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        // Purposefully skip printing "StringError(..)": `Error: "boom"` from `main`.
        impl fmt::Debug for StringError {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        Box::new(StringError(err))
    }
}

impl<'a> From<String> for Box<dyn Error + 'a> {
    fn from(str_err: String) -> Box<dyn Error + 'a> {
        let err1: Box<dyn Error + Send + Sync> = From::from(str_err);
        let err2: Box<dyn Error> = err1;
        err2
    }
}

impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: &str) -> Box<dyn Error + Send + Sync + 'a> {
        From::from(String::from(err))
    }
}

impl<'a> From<&str> for Box<dyn Error + 'a> {
    fn from(err: &str) -> Box<dyn Error + 'a> {
        From::from(String::from(err))
    }
}

impl<'a, 'b> From<Cow<'b, str>> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: Cow<'b, str>) -> Box<dyn Error + Send + Sync + 'a> {
        From::from(String::from(err))
    }
}

impl<'a, 'b> From<Cow<'b, str>> for Box<dyn Error + 'a> {
    fn from(err: Cow<'b, str>) -> Box<dyn Error + 'a> {
        From::from(String::from(err))
    }
}

impl dyn Error {
    pub fn downcast<T: Error + 'static>(self: Box<Self>) -> Result<Box<T>, Box<dyn Error>> {
        if self.is::<T>() {
            unsafe {
                let raw: *mut dyn Error = Box::into_raw(self);
                Ok(Box::from_raw(raw as *mut T))
            }
        } else {
            Err(self)
        }
    }
}

// FIXME(parser): rustc writes `impl dyn Error + Send {`; ferric's parser rejects a `+`
// in an impl's self type ("ambiguous `+` in a type"), so the type is parenthesized.
impl (dyn Error + Send) {
    pub fn downcast<T: Error + 'static>(self: Box<Self>) -> Result<Box<T>, Box<dyn Error + Send>> {
        let err: Box<dyn Error> = self;
        <dyn Error>::downcast(err).map_err(|s| unsafe {
            // Reapply the `Send` marker.
            crate::mem::transmute::<Box<dyn Error>, Box<dyn Error + Send>>(s)
        })
    }
}

impl (dyn Error + Send + Sync) {
    pub fn downcast<T: Error + 'static>(self: Box<Self>) -> Result<Box<T>, Box<Self>> {
        let err: Box<dyn Error> = self;
        <dyn Error>::downcast(err).map_err(|s| unsafe {
            // Reapply the `Send + Sync` markers.
            crate::mem::transmute::<Box<dyn Error>, Box<dyn Error + Send + Sync>>(s)
        })
    }
}
