//! Single-threaded reference-counting pointers (`std::rc`): `Rc<T>` and `Weak<T>`.
//!
//! Both are `#[ferric::opaque]`: the allocation (strong count, weak count, value) is the
//! backend's. Intrinsics: `Rc::new`, `Rc::as_ptr`, the counts, `Clone`/`Drop` of both
//! pointers, `downgrade`/`upgrade`, `Weak::new`, raw-pointer conversions, `take_inner`
//! (move the value out of a unique `Rc`), `from_box` (take over a box's value, sized or
//! not), and the two halves of `new_cyclic`. The rest is Rust.
//!
//! Counting rules (as rustc's): `strong_count` is the number of `Rc`s; `weak_count` the
//! number of `Weak`s (not counting the implicit one); `Weak::strong_count` is 0 for a
//! dangling or dead `Weak`; `Weak::weak_count` is 0 when no strong pointer remains.
//! Dropping the last `Rc` drops the value (even while `Weak`s remain).
//!
//! `Rc` and `Weak` are `!Send` and `!Sync`, as in rustc.
//! ferric-specific lang item: `#[lang = "Rc"]` (rustc: diagnostic item `Rc`).

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

/// A single-threaded reference-counting pointer.
#[lang = "Rc"]
#[ferric::opaque]
pub struct Rc<T: ?Sized> {
    phantom: PhantomData<T>,
}

impl<T: ?Sized> !Send for Rc<T> {}

impl<T: ?Sized> !Sync for Rc<T> {}

impl<T: RefUnwindSafe + ?Sized> UnwindSafe for Rc<T> {}

impl<T: RefUnwindSafe + ?Sized> RefUnwindSafe for Rc<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Rc<U>> for Rc<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Rc<U>> for Rc<T> {}

impl<T> Rc<T> {
    /// A new allocation holding `value`, with strong count 1 and weak count 0.
    #[ferric::intrinsic]
    pub fn new(value: T) -> Rc<T>;

    pub fn new_cyclic<F>(data_fn: F) -> Rc<T>
    where
        F: FnOnce(&Weak<T>) -> T,
    {
        let weak = unsafe { Weak::new_uninit_allocation() };
        let data = data_fn(&weak);
        unsafe { Rc::init_uninit_allocation(weak, data) }
    }

    /// Stores `data` in the allocation behind `weak` (made by `new_uninit_allocation`),
    /// sets its strong count to 1 and consumes `weak` (the weak count drops by one): the
    /// `Weak`s cloned from it during construction now upgrade.
    #[ferric::intrinsic]
    unsafe fn init_uninit_allocation(weak: Weak<T>, data: T) -> Rc<T>;

    pub fn new_uninit() -> Rc<MaybeUninit<T>> {
        Rc::new(MaybeUninit::uninit())
    }

    pub fn new_zeroed() -> Rc<MaybeUninit<T>> {
        Rc::new(MaybeUninit::zeroed())
    }

    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if Rc::strong_count(&this) == 1 { Ok(unsafe { Rc::take_inner(this) }) } else { Err(this) }
    }

    /// Moves the value out of an `Rc` whose strong count is 1; the allocation's strong
    /// count becomes 0 (remaining `Weak`s no longer upgrade) and it is freed when no
    /// `Weak` remains.
    #[ferric::intrinsic]
    unsafe fn take_inner(this: Self) -> T;

    pub fn into_inner(this: Self) -> Option<T> {
        Rc::try_unwrap(this).ok()
    }
}

impl<T> Rc<[T]> {
    pub fn new_uninit_slice(len: usize) -> Rc<[MaybeUninit<T>]> {
        Rc::from(Box::<[T]>::new_uninit_slice(len))
    }

    pub fn new_zeroed_slice(len: usize) -> Rc<[MaybeUninit<T>]> {
        Rc::from(Box::<[T]>::new_zeroed_slice(len))
    }
}

impl<T> Rc<MaybeUninit<T>> {
    pub unsafe fn assume_init(self) -> Rc<T> {
        unsafe { Rc::from_raw(Rc::into_raw(self) as *const T) }
    }
}

impl<T> Rc<[MaybeUninit<T>]> {
    pub unsafe fn assume_init(self) -> Rc<[T]> {
        unsafe { Rc::from_raw(Rc::into_raw(self) as *const [T]) }
    }
}

impl<T: ?Sized> Rc<T> {
    /// Takes back a pointer given by `Rc::into_raw` (no count changes).
    #[ferric::intrinsic]
    pub unsafe fn from_raw(ptr: *const T) -> Self;

    /// Gives up this `Rc` without decrementing the strong count; the pointer is the
    /// value's address (as `as_ptr`).
    #[ferric::intrinsic]
    pub fn into_raw(this: Self) -> *const T;

    pub unsafe fn increment_strong_count(ptr: *const T) {
        let rc = unsafe { ManuallyDrop::new(Rc::<T>::from_raw(ptr)) };
        let _rc_clone: ManuallyDrop<_> = rc.clone();
    }

    pub unsafe fn decrement_strong_count(ptr: *const T) {
        unsafe { drop(Rc::from_raw(ptr)) };
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

    /// The number of `Rc` pointers to this allocation.
    #[ferric::intrinsic]
    pub fn strong_count(this: &Self) -> usize;

    fn is_unique(this: &Self) -> bool {
        Rc::weak_count(this) == 0 && Rc::strong_count(this) == 1
    }

    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if Rc::is_unique(this) { unsafe { Some(Rc::get_mut_unchecked(this)) } } else { None }
    }

    /// Returns a mutable reference into the given `Rc`, without any check (unstable in
    /// rustc).
    pub unsafe fn get_mut_unchecked(this: &mut Self) -> &mut T {
        unsafe { &mut *(Rc::as_ptr(this) as *mut T) }
    }

    pub fn ptr_eq(this: &Self, other: &Self) -> bool {
        ptr::addr_eq(Rc::as_ptr(this), Rc::as_ptr(other))
    }

    /// Takes over the value of `b` (sized or not) into a new allocation with strong
    /// count 1.
    #[ferric::intrinsic]
    fn from_box(b: Box<T>) -> Rc<T>;
}

impl<T: Clone> Rc<T> {
    pub fn make_mut(this: &mut Self) -> &mut T {
        if Rc::strong_count(this) != 1 {
            // Other `Rc`s exist: clone the data.
            *this = Rc::new((**this).clone());
        } else if Rc::weak_count(this) != 0 {
            // Only `Weak`s remain: move the data to a new allocation, leaving them dead.
            unsafe {
                let old = ptr::read(this);
                let data = Rc::take_inner(old);
                ptr::write(this, Rc::new(data));
            }
        }
        unsafe { Rc::get_mut_unchecked(this) }
    }

    pub fn unwrap_or_clone(this: Self) -> T {
        Rc::try_unwrap(this).unwrap_or_else(|rc| (*rc).clone())
    }
}

impl Rc<dyn Any> {
    pub fn downcast<T: Any>(self) -> Result<Rc<T>, Self> {
        if (*self).is::<T>() {
            unsafe {
                let ptr = Rc::into_raw(self) as *const T;
                Ok(Rc::from_raw(ptr))
            }
        } else {
            Err(self)
        }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;

    fn deref(&self) -> &T {
        unsafe { &*Rc::as_ptr(self) }
    }
}

unsafe impl<#[may_dangle] T: ?Sized> Drop for Rc<T> {
    /// Decrements the strong count; at zero, drops the value, and frees the allocation
    /// when no `Weak` remains.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

impl<T: ?Sized> Clone for Rc<T> {
    /// Increments the strong count and returns another pointer to the same allocation.
    #[ferric::intrinsic]
    fn clone(&self) -> Self;
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> {
        Rc::new(Default::default())
    }
}

impl Default for Rc<str> {
    fn default() -> Self {
        Rc::from("")
    }
}

impl<T> Default for Rc<[T]> {
    fn default() -> Self {
        Rc::from(Vec::new())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }

    fn ne(&self, other: &Rc<T>) -> bool {
        **self != **other
    }
}

impl<T: ?Sized + Eq> Eq for Rc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }

    fn lt(&self, other: &Rc<T>) -> bool {
        **self < **other
    }

    fn le(&self, other: &Rc<T>) -> bool {
        **self <= **other
    }

    fn gt(&self, other: &Rc<T>) -> bool {
        **self > **other
    }

    fn ge(&self, other: &Rc<T>) -> bool {
        **self >= **other
    }
}

impl<T: ?Sized + Ord> Ord for Rc<T> {
    fn cmp(&self, other: &Rc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Rc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Rc::as_ptr(self), f)
    }
}

impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Self {
        Rc::new(t)
    }
}

impl<T, const N: usize> From<[T; N]> for Rc<[T]> {
    fn from(v: [T; N]) -> Rc<[T]> {
        Rc::<[T; N]>::new(v)
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(v: &[T]) -> Rc<[T]> {
        Rc::from(Vec::from(v))
    }
}

impl<T: Clone> From<&mut [T]> for Rc<[T]> {
    fn from(v: &mut [T]) -> Rc<[T]> {
        Rc::from(&*v)
    }
}

impl From<&str> for Rc<str> {
    fn from(v: &str) -> Rc<str> {
        Rc::from(String::from(v))
    }
}

impl From<&mut str> for Rc<str> {
    fn from(v: &mut str) -> Rc<str> {
        Rc::from(&*v)
    }
}

impl From<String> for Rc<str> {
    fn from(v: String) -> Rc<str> {
        Rc::from_box(v.into_boxed_str())
    }
}

impl<T: ?Sized> From<Box<T>> for Rc<T> {
    fn from(v: Box<T>) -> Rc<T> {
        Rc::from_box(v)
    }
}

impl<T> From<Vec<T>> for Rc<[T]> {
    fn from(v: Vec<T>) -> Rc<[T]> {
        Rc::from_box(v.into_boxed_slice())
    }
}

impl<'a, B> From<Cow<'a, B>> for Rc<B>
where
    B: ToOwned + ?Sized,
    Rc<B>: From<&'a B> + From<B::Owned>,
{
    fn from(cow: Cow<'a, B>) -> Rc<B> {
        match cow {
            Cow::Borrowed(s) => Rc::from(s),
            Cow::Owned(s) => Rc::from(s),
        }
    }
}

impl From<Rc<str>> for Rc<[u8]> {
    fn from(rc: Rc<str>) -> Self {
        Rc::from(rc.as_bytes())
    }
}

impl<T, const N: usize> TryFrom<Rc<[T]>> for Rc<[T; N]> {
    type Error = Rc<[T]>;

    fn try_from(boxed_slice: Rc<[T]>) -> Result<Self, Self::Error> {
        if boxed_slice.len() == N {
            let ptr = Rc::into_raw(boxed_slice) as *const [T; N];
            Ok(unsafe { Rc::from_raw(ptr) })
        } else {
            Err(boxed_slice)
        }
    }
}

impl<T> FromIterator<T> for Rc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Rc::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: ?Sized> borrow::Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Unpin for Rc<T> {}

// ---------------------------------------------------------------------------------------
// Weak

/// A version of `Rc` that holds a non-owning reference to the managed allocation.
#[ferric::opaque]
pub struct Weak<T: ?Sized> {
    phantom: PhantomData<T>,
}

impl<T: ?Sized> !Send for Weak<T> {}

impl<T: ?Sized> !Sync for Weak<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Weak<U>> for Weak<T> {}

impl<T> Weak<T> {
    /// A `Weak` that points to no allocation: `upgrade` gives `None`, both counts are 0.
    #[ferric::intrinsic]
    pub const fn new() -> Weak<T>;

    /// A `Weak` to a new allocation whose value is not yet initialized (strong count 0,
    /// weak count 1); used by `Rc::new_cyclic`.
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

    /// An `Rc` to the value if it is still alive (strong count + 1), else `None`.
    #[ferric::intrinsic]
    pub fn upgrade(&self) -> Option<Rc<T>>;

    /// The number of `Rc`s to the allocation (0 if dangling).
    #[ferric::intrinsic]
    pub fn strong_count(&self) -> usize;

    /// The number of `Weak`s to the allocation, or 0 if no `Rc` remains.
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
