//! Primitive traits and types representing basic properties of types
//! (library/core/src/marker.rs).
//!
//! `Sized`, `Send`, `Sync`, `Copy`, `Unpin` are lang items the type checker knows. Besides
//! the impls below, the type checker provides the built-in impls rustc provides: `Sized` for
//! every type with a size known at compile time; `Copy` and `Clone` for tuples, arrays
//! (`[T; N]` is declared in `array`), closures, fn items, fn pointers and `!`; the auto
//! traits structurally.

use crate::clone::Clone;
use crate::cmp;
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::option::Option;

/// Implements a marker trait for a list of types, as real core's `marker_impls!`.
macro_rules! marker_impls {
    ( $(#[$($meta:tt)*])* $Trait:ident for $({$($bounds:tt)*})? $T:ty $(, $($rest:tt)*)? ) => {
        $(#[$($meta)*])* impl< $($($bounds)*)? > $Trait for $T {}
        marker_impls! { $(#[$($meta)*])* $Trait for $($($rest)*)? }
    };
    ( $(#[$($meta:tt)*])* $Trait:ident for ) => {};

    ( $(#[$($meta:tt)*])* unsafe $Trait:ident for $({$($bounds:tt)*})? $T:ty $(, $($rest:tt)*)? ) => {
        $(#[$($meta)*])* unsafe impl< $($($bounds)*)? > $Trait for $T {}
        marker_impls! { $(#[$($meta)*])* unsafe $Trait for $($($rest)*)? }
    };
    ( $(#[$($meta:tt)*])* unsafe $Trait:ident for ) => {};
}

/// Types that can be transferred across thread boundaries.
#[lang = "send"]
#[rustc_on_unimplemented(
    message = "`{Self}` cannot be sent between threads safely",
    label = "`{Self}` cannot be sent between threads safely"
)]
pub unsafe auto trait Send {
    // empty.
}

impl<T: ?Sized> !Send for *const T {}
impl<T: ?Sized> !Send for *mut T {}

// Most instances arise automatically, but this instance is needed to link up `T: Sync` with
// `&T: Send` (and it also removes the unsound default instance `T Send` -> `&T: Send` that
// would otherwise exist).
unsafe impl<T: Sync + ?Sized> Send for &T {}

/// Types with a constant size known at compile time.
#[lang = "sized"]
#[rustc_on_unimplemented(
    message = "the size for values of type `{Self}` cannot be known at compilation time",
    label = "doesn't have a size known at compile-time"
)]
#[fundamental]
#[rustc_specialization_trait]
#[rustc_deny_explicit_impl]
#[rustc_coinductive]
pub trait Sized {
    // Empty.
}

/// Types that can be "unsized" to a dynamically sized type (`[T; N]` to `[T]`, `T` to
/// `dyn Trait`). Implemented by the type checker only.
#[lang = "unsize"]
#[rustc_deny_explicit_impl]
#[unstable(feature = "unsize")]
pub trait Unsize<T: ?Sized> {
    // Empty.
}

/// Required trait for constants used in pattern matches (implemented by
/// `#[derive(PartialEq)]`).
#[lang = "structural_peq"]
#[doc(hidden)]
#[unstable(feature = "structuralpartialeq")]
pub trait StructuralPartialEq {
    // Empty.
}

marker_impls! {
    StructuralPartialEq for
        usize, u8, u16, u32, u64, u128,
        isize, i8, i16, i32, i64, i128,
        bool,
        char,
        str /* Technically requires `[u8]: StructuralPartialEq` */,
        (),
        {T, const N: usize} [T; N],
        {T} [T],
        {T: ?Sized} &T,
}

/// Types whose values can be duplicated simply by copying bits.
#[lang = "copy"]
#[rustc_on_unimplemented(
    message = "the trait bound `{Self}: Copy` is not satisfied",
    label = "the trait `Copy` is not implemented for `{Self}`"
)]
pub trait Copy: Clone {
    // Empty.
}

marker_impls! {
    Copy for
        usize, u8, u16, u32, u64, u128,
        isize, i8, i16, i32, i64, i128,
        f32, f64,
        bool, char,
        {T: ?Sized} *const T,
        {T: ?Sized} *mut T,
}

impl Copy for ! {}

/// Shared references can be copied, but mutable references *cannot*!
impl<T: ?Sized> Copy for &T {}

/// Types for which it is safe to share references between threads.
#[lang = "sync"]
#[rustc_on_unimplemented(
    message = "`{Self}` cannot be shared between threads safely",
    label = "`{Self}` cannot be shared between threads safely"
)]
pub unsafe auto trait Sync {
    // Empty
}

impl<T: ?Sized> !Sync for *const T {}
impl<T: ?Sized> !Sync for *mut T {}

/// Zero-sized type used to mark things that "act like" they own a `T`.
#[lang = "phantom_data"]
pub struct /*@ core/src/marker.rs:814:11 */ PhantomData<T: ?Sized>;

impl<T: ?Sized> Hash for PhantomData<T> {
    #[inline]
    fn hash<H: Hasher>(&self, _: &mut H) {}
}

impl<T: ?Sized> cmp::PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool {
        true
    }
}

impl<T: ?Sized> cmp::Eq for PhantomData<T> {}

impl<T: ?Sized> cmp::PartialOrd for PhantomData<T> {
    fn partial_cmp(&self, _other: &PhantomData<T>) -> Option<cmp::Ordering> {
        Option::Some(cmp::Ordering::Equal)
    }
}

impl<T: ?Sized> cmp::Ord for PhantomData<T> {
    fn cmp(&self, _other: &PhantomData<T>) -> cmp::Ordering {
        cmp::Ordering::Equal
    }
}

impl<T: ?Sized> Copy for PhantomData<T> {}

impl<T: ?Sized> Clone for PhantomData<T> {
    fn clone(&self) -> Self {
        Self
    }
}

impl<T: ?Sized> Default for PhantomData<T> {
    fn default() -> Self {
        Self
    }
}

impl<T: ?Sized> StructuralPartialEq for PhantomData<T> {}

impl<T: ?Sized> fmt::Debug for PhantomData<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhantomData<")?;
        f.write_str(crate::any::type_name::<T>())?;
        f.write_str(">")
    }
}

/// Types that do not require any pinning guarantees.
#[lang = "unpin"]
#[rustc_on_unimplemented(
    note = "consider using the `pin!` macro\nconsider using `Box::pin` if you need to access the pinned value outside of the current scope",
    message = "`{Self}` cannot be unpinned"
)]
pub auto trait Unpin {}

/// A marker type which does not implement `Unpin`.
pub struct PhantomPinned;

impl !Unpin for PhantomPinned {}

impl Clone for PhantomPinned {
    fn clone(&self) -> PhantomPinned {
        PhantomPinned
    }
}
impl Copy for PhantomPinned {}
impl Default for PhantomPinned {
    fn default() -> PhantomPinned {
        PhantomPinned
    }
}
impl cmp::PartialEq for PhantomPinned {
    fn eq(&self, _other: &PhantomPinned) -> bool {
        true
    }
}
impl cmp::Eq for PhantomPinned {}
impl cmp::PartialOrd for PhantomPinned {
    fn partial_cmp(&self, _other: &PhantomPinned) -> Option<cmp::Ordering> {
        Option::Some(cmp::Ordering::Equal)
    }
}
impl cmp::Ord for PhantomPinned {
    fn cmp(&self, _other: &PhantomPinned) -> cmp::Ordering {
        cmp::Ordering::Equal
    }
}
impl Hash for PhantomPinned {
    fn hash<H: Hasher>(&self, _: &mut H) {}
}
impl fmt::Debug for PhantomPinned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhantomPinned")
    }
}

marker_impls! {
    Unpin for
        {T: ?Sized} &T,
        {T: ?Sized} &mut T,
}

marker_impls! {
    Unpin for
        {T: ?Sized} *const T,
        {T: ?Sized} *mut T,
}

/// A marker for tuple types: the argument list of the `Fn*` traits. The type checker
/// implements it for every tuple type.
#[lang = "tuple_trait"]
#[rustc_deny_explicit_impl]
#[unstable(feature = "tuple")]
pub trait Tuple {}

/// A common trait implemented by all function pointers (implemented by the type checker).
#[lang = "fn_ptr_trait"]
#[rustc_deny_explicit_impl]
#[rustc_dyn_incompatible_trait]
#[unstable(feature = "fnptr")]
pub trait FnPtr: Copy + Clone {
    /// Returns the address of the function pointer.
    #[lang = "fn_ptr_addr"]
    fn addr(self) -> *const ();
}

/// Types allowed as union fields without `ManuallyDrop`: `&T`, `&mut T`, `ManuallyDrop<T>`,
/// tuples and arrays of such types, and `Copy` types. Implemented by the compiler.
#[lang = "bikeshed_guaranteed_no_drop"]
#[rustc_deny_explicit_impl]
#[rustc_dyn_incompatible_trait]
#[doc(hidden)]
#[unstable(feature = "bikeshedguaranteednodrop")]
pub trait BikeshedGuaranteedNoDrop {}

/// Types whose values may be dropped in a `const` context (every type, for ferric).
#[lang = "destruct"]
#[rustc_deny_explicit_impl]
#[unstable(feature = "destruct")]
pub trait Destruct {}

/// Types without interior mutability (implemented structurally; `UnsafeCell` opts out).
#[lang = "freeze"]
#[unstable(feature = "freeze")]
pub unsafe auto trait Freeze {}

impl<T: ?Sized> !Freeze for crate::cell::UnsafeCell<T> {}
marker_impls! {
    unsafe Freeze for
        {T: ?Sized} PhantomData<T>,
        {T: ?Sized} *const T,
        {T: ?Sized} *mut T,
        {T: ?Sized} &T,
        {T: ?Sized} &mut T,
}

/// Compiler-internal trait used to determine the type of a discriminant
/// (`mem::discriminant`). Implemented by the type checker for every type.
#[lang = "discriminant_kind"]
#[rustc_deny_explicit_impl]
#[unstable(feature = "discriminantkind")]
pub trait DiscriminantKind {
    /// The type of the discriminant, which must satisfy the trait
    /// bounds required by `mem::Discriminant`.
    #[lang = "discriminant_type"]
    type Discriminant: Clone + Copy + fmt::Debug + cmp::Eq + cmp::PartialEq + Hash + Send + Sync + Unpin;
}
