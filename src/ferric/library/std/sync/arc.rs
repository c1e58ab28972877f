//! Thread-safe reference-counting pointers (`std::sync::Arc`, `std::sync::Weak`).
//!
//! Both are `#[ferric::opaque]`: the allocation (strong count, weak count, value) is the
//! backend's. Intrinsics: `Arc::new`, `Arc::as_ptr`, the counts, `Clone`/`Drop` of both
//! pointers, `downgrade`/`upgrade`, `Weak::new`, raw-pointer conversions, `take_inner`
//! (move the value out of a unique `Arc`), `from_box` (take over a box's value, sized or
//! not), and the two halves of `new_cyclic`. The rest is Rust.
//!
//! Counting rules (as rustc's): `strong_count` is the number of `Arc`s; `weak_count` the
//! number of `Weak`s (not counting the implicit one); `Weak::strong_count` is 0 for a
//! dangling or dead `Weak`; `Weak::weak_count` is 0 when no strong pointer remains.
//! Dropping the last `Arc` drops the value (even while `Weak`s remain).
//!
//! The counts are atomic in rustc; the backend updates them atomically.
//! `Arc<T>` and `Weak<T>` are `Send`/`Sync` exactly when `T: Send + Sync`, as in rustc.
//! ferric-specific lang item: `#[lang = "Arc"]` (rustc: diagnostic item `Arc`).

use crate::any::Any;
use crate::borrow::{self, Cow, ToOwned};
use crate::boxed::Box;
use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::FromIterator;
use crate::marker::{PhantomData, Unpin, Unsize};
use crate::mem::{self, ManuallyDrop, MaybeUninit};
use crate::ops::{CoerceUnsized, Deref, DispatchFromDyn};
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::ptr;
use crate::string::String;
use crate::vec::Vec;
use crate::convert::{AsRef, From, TryFrom};
use crate::default::Default;
use crate::iter::{IntoIterator, Iterator};
use crate::marker::{Send, Sized, Sync};
use crate::mem::drop;
use crate::ops::{Drop, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};

/// A thread-safe reference-counting pointer.
#[lang = "Arc"]
#[ferric::opaque]
pub struct Arc<T: ?Sized> {
    phantom: PhantomData<T>,
}

unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}

unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}

impl<T: RefUnwindSafe + ?Sized> UnwindSafe for Arc<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Arc<U>> for Arc<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Arc<U>> for Arc<T> {}

impl<T> Arc<T> {
    /// A new allocation holding `value`, with strong count 1 and weak count 0.
    #[ferric::intrinsic]
    pub fn new(value: T) -> Arc<T>;

    pub fn new_cyclic<F>(data_fn: F) -> Arc<T>
    where
        F: FnOnce(&Weak<T>) -> T,
    {
        let weak = unsafe { Weak::new_uninit_allocation() };
        let data = data_fn(&weak);
        unsafe { Arc::init_uninit_allocation(weak, data) }
    }

    /// Stores `data` in the allocation behind `weak` (made by `new_uninit_allocation`),
    /// sets its strong count to 1 and consumes `weak` (the weak count drops by one): the
    /// `Weak`s cloned from it during construction now upgrade.
    #[ferric::intrinsic]
    unsafe fn init_uninit_allocation(weak: Weak<T>, data: T) -> Arc<T>;

    pub fn new_uninit() -> Arc<MaybeUninit<T>> {
        Arc::new(MaybeUninit::uninit())
    }

    pub fn new_zeroed() -> Arc<MaybeUninit<T>> {
        Arc::new(MaybeUninit::zeroed())
    }

    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if Arc::strong_count(&this) == 1 { Ok(unsafe { Arc::take_inner(this) }) } else { Err(this) }
    }

    /// Moves the value out of an `Arc` whose strong count is 1; the allocation's strong
    /// count becomes 0 (remaining `Weak`s no longer upgrade) and it is freed when no
    /// `Weak` remains.
    #[ferric::intrinsic]
    unsafe fn take_inner(this: Self) -> T;

    pub fn into_inner(this: Self) -> Option<T> {
        Arc::try_unwrap(this).ok()
    }
}

impl<T> Arc<[T]> {
    pub fn new_uninit_slice(len: usize) -> Arc<[MaybeUninit<T>]> {
        Arc::from(Box::<[T]>::new_uninit_slice(len))
    }

    pub fn new_zeroed_slice(len: usize) -> Arc<[MaybeUninit<T>]> {
        Arc::from(Box::<[T]>::new_zeroed_slice(len))
    }
}

impl<T> Arc<MaybeUninit<T>> {
    pub unsafe fn assume_init(self) -> Arc<T> {
        unsafe { Arc::from_raw(Arc::into_raw(self) as *const T) }
    }
}

impl<T> Arc<[MaybeUninit<T>]> {
    pub unsafe fn assume_init(self) -> Arc<[T]> {
        unsafe { Arc::from_raw(Arc::into_raw(self) as *const [T]) }
    }
}

impl<T: ?Sized> Arc<T> {
    /// Takes back a pointer given by `Arc::into_raw` (no count changes).
    #[ferric::intrinsic]
    pub unsafe fn from_raw(ptr: *const T) -> Self;

    /// Gives up this `Arc` without decrementing the strong count; the pointer is the
    /// value's address (as `as_ptr`).
    #[ferric::intrinsic]
    pub fn into_raw(this: Self) -> *const T;

    pub unsafe fn increment_strong_count(ptr: *const T) {
        let rc = unsafe { ManuallyDrop::new(Arc::<T>::from_raw(ptr)) };
        let _rc_clone: ManuallyDrop<_> = rc.clone();
    }

    pub unsafe fn decrement_strong_count(ptr: *const T) {
        unsafe { drop(Arc::from_raw(ptr)) };
    }

    /// A raw pointer to the value.
    #[ferric::intrinsic]
    pub fn as_ptr(this: &Self) -> *const T;

    /// A new `Weak` to this allocation (weak count + 1).
    #[ferric::intrinsic]
    pub fn downgrade(this: &Self) -> Weak<T>;

    /// The number of `Weak` pointers to this allocation.
    #[ferric::intrinsic]
    pub fn weak_count(this: &Self) -> usize;

    /// The number of `Arc` pointers to this allocation.
    #[ferric::intrinsic]
    pub fn strong_count(this: &Self) -> usize;

    fn is_unique(this: &Self) -> bool {
        Arc::weak_count(this) == 0 && Arc::strong_count(this) == 1
    }

    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if Arc::is_unique(this) { unsafe { Some(Arc::get_mut_unchecked(this)) } } else { None }
    }

    /// Returns a mutable reference into the given `Arc`, without any check (unstable in
    /// rustc).
    pub unsafe fn get_mut_unchecked(this: &mut Self) -> &mut T {
        unsafe { &mut *(Arc::as_ptr(this) as *mut T) }
    }

    pub fn ptr_eq(this: &Self, other: &Self) -> bool {
        ptr::addr_eq(Arc::as_ptr(this), Arc::as_ptr(other))
    }

    /// Takes over the value of `b` (sized or not) into a new allocation with strong
    /// count 1.
    #[ferric::intrinsic]
    fn from_box(b: Box<T>) -> Arc<T>;
}

impl<T: Clone> Arc<T> {
    pub fn make_mut(this: &mut Self) -> &mut T {
        if Arc::strong_count(this) != 1 {
            // Other `Arc`s exist: clone the data.
            *this = Arc::new((**this).clone());
        } else if Arc::weak_count(this) != 0 {
            // Only `Weak`s remain: move the data to a new allocation, leaving them dead.
            unsafe {
                let old = ptr::read(this);
                let data = Arc::take_inner(old);
                ptr::write(this, Arc::new(data));
            }
        }
        unsafe { Arc::get_mut_unchecked(this) }
    }

    pub fn unwrap_or_clone(this: Self) -> T {
        Arc::try_unwrap(this).unwrap_or_else(|rc| (*rc).clone())
    }
}

impl Arc<dyn Any + Send + Sync> {
    pub fn downcast<T>(self) -> Result<Arc<T>, Self>
    where
        T: Any + Send + Sync,
    {
        if (*self).is::<T>() {
            unsafe {
                let ptr = Arc::into_raw(self) as *const T;
                Ok(Arc::from_raw(ptr))
            }
        } else {
            Err(self)
        }
    }
}

impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;

    fn deref(&self) -> &T {
        unsafe { &*Arc::as_ptr(self) }
    }
}

unsafe impl<#[may_dangle] T: ?Sized> Drop for Arc<T> {
    /// Decrements the strong count; at zero, drops the value, and frees the allocation
    /// when no `Weak` remains.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

impl<T: ?Sized> Clone for Arc<T> {
    /// Increments the strong count and returns another pointer to the same allocation.
    #[ferric::intrinsic]
    fn clone(&self) -> Self;
}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(Default::default())
    }
}

impl Default for Arc<str> {
    fn default() -> Self {
        Arc::from("")
    }
}

impl<T> Default for Arc<[T]> {
    fn default() -> Self {
        Arc::from(Vec::new())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }

    fn ne(&self, other: &Arc<T>) -> bool {
        **self != **other
    }
}

impl<T: ?Sized + Eq> Eq for Arc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {
    fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }

    fn lt(&self, other: &Arc<T>) -> bool {
        **self < **other
    }

    fn le(&self, other: &Arc<T>) -> bool {
        **self <= **other
    }

    fn gt(&self, other: &Arc<T>) -> bool {
        **self > **other
    }

    fn ge(&self, other: &Arc<T>) -> bool {
        **self >= **other
    }
}

impl<T: ?Sized + Ord> Ord for Arc<T> {
    fn cmp(&self, other: &Arc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Arc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Arc::as_ptr(self), f)
    }
}

impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Self {
        Arc::new(t)
    }
}

impl<T, const N: usize> From<[T; N]> for Arc<[T]> {
    fn from(v: [T; N]) -> Arc<[T]> {
        Arc::<[T; N]>::new(v)
    }
}

impl<T: Clone> From<&[T]> for Arc<[T]> {
    fn from(v: &[T]) -> Arc<[T]> {
        Arc::from(Vec::from(v))
    }
}

impl<T: Clone> From<&mut [T]> for Arc<[T]> {
    fn from(v: &mut [T]) -> Arc<[T]> {
        Arc::from(&*v)
    }
}

impl From<&str> for Arc<str> {
    fn from(v: &str) -> Arc<str> {
        Arc::from(String::from(v))
    }
}

impl From<&mut str> for Arc<str> {
    fn from(v: &mut str) -> Arc<str> {
        Arc::from(&*v)
    }
}

impl From<String> for Arc<str> {
    fn from(v: String) -> Arc<str> {
        Arc::from_box(v.into_boxed_str())
    }
}

impl<T: ?Sized> From<Box<T>> for Arc<T> {
    fn from(v: Box<T>) -> Arc<T> {
        Arc::from_box(v)
    }
}

impl<T> From<Vec<T>> for Arc<[T]> {
    fn from(v: Vec<T>) -> Arc<[T]> {
        Arc::from_box(v.into_boxed_slice())
    }
}

impl<'a, B> From<Cow<'a, B>> for Arc<B>
where
    B: ToOwned + ?Sized,
    Arc<B>: From<&'a B> + From<B::Owned>,
{
    fn from(cow: Cow<'a, B>) -> Arc<B> {
        match cow {
            Cow::Borrowed(s) => Arc::from(s),
            Cow::Owned(s) => Arc::from(s),
        }
    }
}

impl From<Arc<str>> for Arc<[u8]> {
    fn from(rc: Arc<str>) -> Self {
        Arc::from(rc.as_bytes())
    }
}

impl<T, const N: usize> TryFrom<Arc<[T]>> for Arc<[T; N]> {
    type Error = Arc<[T]>;

    fn try_from(boxed_slice: Arc<[T]>) -> Result<Self, Self::Error> {
        if boxed_slice.len() == N {
            let ptr = Arc::into_raw(boxed_slice) as *const [T; N];
            Ok(unsafe { Arc::from_raw(ptr) })
        } else {
            Err(boxed_slice)
        }
    }
}

impl<T> FromIterator<T> for Arc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Arc::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: ?Sized> borrow::Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Unpin for Arc<T> {}

impl<T: crate::error::Error + ?Sized> crate::error::Error for Arc<T> {
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn crate::error::Error> {
        crate::error::Error::cause(&**self)
    }

    fn source(&self) -> Option<&(dyn crate::error::Error + 'static)> {
        crate::error::Error::source(&**self)
    }
}

// ---------------------------------------------------------------------------------------
// Weak

/// `Weak` is a version of `Arc` that holds a non-owning reference to the managed allocation.
#[ferric::opaque]
pub struct Weak<T: ?Sized> {
    phantom: PhantomData<T>,
}

unsafe impl<T: ?Sized + Sync + Send> Send for Weak<T> {}

unsafe impl<T: ?Sized + Sync + Send> Sync for Weak<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Weak<U>> for Weak<T> {}

impl<T> Weak<T> {
    /// A `Weak` that points to no allocation: `upgrade` gives `None`, both counts are 0.
    #[ferric::intrinsic]
    pub const fn new() -> Weak<T>;

    /// A `Weak` to a new allocation whose value is not yet initialized (strong count 0,
    /// weak count 1); used by `Arc::new_cyclic`.
    #[ferric::intrinsic]
    unsafe fn new_uninit_allocation() -> Weak<T>;
}

impl<T: ?Sized> Weak<T> {
    /// Takes back a pointer given by `Weak::into_raw` (no count changes).
    #[ferric::intrinsic]
    pub unsafe fn from_raw(ptr: *const T) -> Self;

    /// Gives up this `Weak` without decrementing the weak count.
    #[ferric::intrinsic]
    pub fn into_raw(self) -> *const T;

    /// A raw pointer to the value (dangling for `Weak::new()`).
    #[ferric::intrinsic]
    pub fn as_ptr(&self) -> *const T;

    /// An `Arc` to the value if it is still alive (strong count + 1), else `None`.
    #[ferric::intrinsic]
    pub fn upgrade(&self) -> Option<Arc<T>>;

    /// The number of `Arc`s to the allocation (0 if dangling).
    #[ferric::intrinsic]
    pub fn strong_count(&self) -> usize;

    /// The number of `Weak`s to the allocation, or 0 if no `Arc` remains.
    #[ferric::intrinsic]
    pub fn weak_count(&self) -> usize;

    pub fn ptr_eq(&self, other: &Self) -> bool {
        ptr::addr_eq(self.as_ptr(), other.as_ptr())
    }
}

unsafe impl<#[may_dangle] T: ?Sized> Drop for Weak<T> {
    /// Decrements the weak count; frees the allocation when both counts are 0.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

impl<T: ?Sized> Clone for Weak<T> {
    /// Increments the weak count (no effect for a dangling `Weak`).
    #[ferric::intrinsic]
    fn clone(&self) -> Weak<T>;
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(Weak)")
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}
