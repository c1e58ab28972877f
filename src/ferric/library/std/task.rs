//! Types and traits for working with asynchronous tasks (library/core/src/task/ and
//! library/alloc/src/task.rs): `Poll`, `Context`, `Waker`, `RawWaker`, `RawWakerVTable`,
//! the `Wake` trait and the `ready!` macro.
//!
//! The unstable `LocalWaker`, `ContextBuilder` and `Context::ext` are not declared, so
//! `Context` holds only its waker.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
use crate::convert::{self, From};
use crate::fmt;
use crate::hash::Hash;
use crate::marker::{Copy, PhantomData, Send, Sized, Sync, Unpin};
use crate::mem::ManuallyDrop;
use crate::ops::{self, ControlFlow, Drop, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::ptr;
use crate::result::Result::{self, Err, Ok};
use crate::sync::Arc;

// ---------------------------------------------------------------------------------------
// Poll
// ---------------------------------------------------------------------------------------

/// Indicates whether a value is available or if the current task has been scheduled to
/// receive a wakeup instead.
#[must_use = "this `Poll` may be a `Pending` variant, which should be handled"]
#[derive(Copy, Clone, Debug, Eq, PartialEq, Ord, PartialOrd, Hash)]
#[lang = "Poll"]
pub enum Poll<T> {
    /// Represents that a value is immediately ready.
    #[lang = "Ready"]
    Ready(T),

    /// Represents that a value is not ready yet.
    #[lang = "Pending"]
    Pending,
}

impl<T> Poll<T> {
    /// Maps a `Poll<T>` to `Poll<U>` by applying a function to a contained value.
    #[inline]
    pub fn map<U, F>(self, f: F) -> Poll<U>
    where
        F: FnOnce(T) -> U,
    {
        match self {
            Poll::Ready(t) => Poll::Ready(f(t)),
            Poll::Pending => Poll::Pending,
        }
    }

    /// Returns `true` if the poll is a `Poll::Ready` value.
    #[inline]
    pub const fn is_ready(&self) -> bool {
        matches!(*self, Poll::Ready(_))
    }

    /// Returns `true` if the poll is a `Pending` value.
    #[inline]
    pub const fn is_pending(&self) -> bool {
        !self.is_ready()
    }
}

impl<T, E> Poll<Result<T, E>> {
    /// Maps a `Poll<Result<T, E>>` to `Poll<Result<U, E>>` by applying a function to a
    /// contained `Poll::Ready(Ok)` value.
    #[inline]
    pub fn map_ok<U, F>(self, f: F) -> Poll<Result<U, E>>
    where
        F: FnOnce(T) -> U,
    {
        match self {
            Poll::Ready(Ok(t)) => Poll::Ready(Ok(f(t))),
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => Poll::Pending,
        }
    }

    /// Maps a `Poll::Ready<Result<T, E>>` to `Poll::Ready<Result<T, F>>` by applying a
    /// function to a contained `Poll::Ready(Err)` value.
    #[inline]
    pub fn map_err<U, F>(self, f: F) -> Poll<Result<T, U>>
    where
        F: FnOnce(E) -> U,
    {
        match self {
            Poll::Ready(Ok(t)) => Poll::Ready(Ok(t)),
            Poll::Ready(Err(e)) => Poll::Ready(Err(f(e))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T, E> Poll<Option<Result<T, E>>> {
    /// Maps a `Poll<Option<Result<T, E>>>` to `Poll<Option<Result<U, E>>>` by applying a
    /// function to a contained `Poll::Ready(Some(Ok))` value.
    #[inline]
    pub fn map_ok<U, F>(self, f: F) -> Poll<Option<Result<U, E>>>
    where
        F: FnOnce(T) -> U,
    {
        match self {
            Poll::Ready(Some(Ok(t))) => Poll::Ready(Some(Ok(f(t)))),
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }

    /// Maps a `Poll::Ready<Option<Result<T, E>>>` to `Poll::Ready<Option<Result<T, F>>>`
    /// by applying a function to a contained `Poll::Ready(Some(Err))` value.
    #[inline]
    pub fn map_err<U, F>(self, f: F) -> Poll<Option<Result<T, U>>>
    where
        F: FnOnce(E) -> U,
    {
        match self {
            Poll::Ready(Some(Ok(t))) => Poll::Ready(Some(Ok(t))),
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(f(e)))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T> From<T> for Poll<T> {
    /// Moves the value into a `Poll::Ready` to make a `Poll<T>`.
    fn from(t: T) -> Poll<T> {
        Poll::Ready(t)
    }
}

impl<T, E> ops::Try for Poll<Result<T, E>> {
    type Output = Poll<T>;
    type Residual = Result<convert::Infallible, E>;

    #[inline]
    fn from_output(c: Self::Output) -> Self {
        c.map(Ok)
    }

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output> {
        match self {
            Poll::Ready(Ok(x)) => ControlFlow::Continue(Poll::Ready(x)),
            Poll::Ready(Err(e)) => ControlFlow::Break(Err(e)),
            Poll::Pending => ControlFlow::Continue(Poll::Pending),
        }
    }
}

impl<T, E, F: From<E>> ops::FromResidual<Result<convert::Infallible, E>> for Poll<Result<T, F>> {
    #[inline]
    fn from_residual(x: Result<convert::Infallible, E>) -> Self {
        match x {
            Err(e) => Poll::Ready(Err(From::from(e))),
        }
    }
}

impl<T, E> ops::Try for Poll<Option<Result<T, E>>> {
    type Output = Poll<Option<T>>;
    type Residual = Result<convert::Infallible, E>;

    #[inline]
    fn from_output(c: Self::Output) -> Self {
        c.map(|x| x.map(Ok))
    }

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output> {
        match self {
            Poll::Ready(Some(Ok(x))) => ControlFlow::Continue(Poll::Ready(Some(x))),
            Poll::Ready(Some(Err(e))) => ControlFlow::Break(Err(e)),
            Poll::Ready(None) => ControlFlow::Continue(Poll::Ready(None)),
            Poll::Pending => ControlFlow::Continue(Poll::Pending),
        }
    }
}

impl<T, E, F: From<E>> ops::FromResidual<Result<convert::Infallible, E>>
    for Poll<Option<Result<T, F>>>
{
    #[inline]
    fn from_residual(x: Result<convert::Infallible, E>) -> Self {
        match x {
            Err(e) => Poll::Ready(Some(Err(From::from(e)))),
        }
    }
}

/// Extracts the successful type of a `Poll<T>`, propagating `Poll::Pending`
/// (`std::task::ready!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __task_ready {
    ($e:expr $(,)?) => {
        match $e {
            $crate::task::Poll::Ready(t) => t,
            $crate::task::Poll::Pending => {
                return $crate::task::Poll::Pending;
            }
        }
    };
}

#[doc(inline)]
pub use crate::__task_ready as ready;

// ---------------------------------------------------------------------------------------
// RawWaker, RawWakerVTable
// ---------------------------------------------------------------------------------------

/// A `RawWaker` allows the implementor of a task executor to create a `Waker`.
#[derive(PartialEq, Debug)]
pub struct RawWaker {
    data: *const (),
    vtable: &'static RawWakerVTable,
}

impl RawWaker {
    /// Creates a new `RawWaker` from the provided `data` pointer and `vtable`.
    #[inline]
    #[must_use]
    pub const fn new(data: *const (), vtable: &'static RawWakerVTable) -> RawWaker {
        RawWaker { data, vtable }
    }

    const NOOP: RawWaker = {
        const VTABLE: RawWakerVTable = RawWakerVTable::new(
            // Cloning just returns a new no-op raw waker
            |_| RawWaker::NOOP,
            // `wake` does nothing
            |_| {},
            // `wake_by_ref` does nothing
            |_| {},
            // Dropping does nothing as we don't allocate anything
            |_| {},
        );
        RawWaker::new(ptr::null(), &VTABLE)
    };
}

/// A virtual function pointer table that specifies the behavior of a `RawWaker`.
#[derive(PartialEq, Copy, Clone, Debug)]
#[allow(unpredictable_function_pointer_comparisons)]
pub struct RawWakerVTable {
    clone: unsafe fn(*const ()) -> RawWaker,
    wake: unsafe fn(*const ()),
    wake_by_ref: unsafe fn(*const ()),
    drop: unsafe fn(*const ()),
}

impl RawWakerVTable {
    /// Creates a new `RawWakerVTable` from the provided `clone`, `wake`, `wake_by_ref`,
    /// and `drop` functions.
    pub const fn new(
        clone: unsafe fn(*const ()) -> RawWaker,
        wake: unsafe fn(*const ()),
        wake_by_ref: unsafe fn(*const ()),
        drop: unsafe fn(*const ()),
    ) -> Self {
        Self { clone, wake, wake_by_ref, drop }
    }
}

// ---------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------

/// The context of an asynchronous task.
#[lang = "Context"]
pub struct Context<'a> {
    waker: &'a Waker,
    // Invariant in `'a`.
    _marker: PhantomData<fn(&'a ()) -> &'a ()>,
    // `!Send` and `!Sync`.
    _marker2: PhantomData<*mut ()>,
}

impl<'a> Context<'a> {
    /// Creates a new `Context` from a `&Waker`.
    #[must_use]
    #[inline]
    pub const fn from_waker(waker: &'a Waker) -> Self {
        Context { waker, _marker: PhantomData, _marker2: PhantomData }
    }

    /// Returns a reference to the `Waker` for the current task.
    #[inline]
    #[must_use]
    pub const fn waker(&self) -> &'a Waker {
        &self.waker
    }
}

impl fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context").field("waker", &self.waker).finish()
    }
}

// ---------------------------------------------------------------------------------------
// Waker
// ---------------------------------------------------------------------------------------

/// A `Waker` is a handle for waking up a task by notifying its executor that it is ready
/// to be run.
pub struct Waker {
    waker: RawWaker,
}

impl Unpin for Waker {}
unsafe impl Send for Waker {}
unsafe impl Sync for Waker {}

impl Waker {
    /// Wakes up the task associated with this `Waker`.
    #[inline]
    pub fn wake(self) {
        // Don't call `drop` -- the waker will be consumed by `wake`.
        let this = ManuallyDrop::new(self);

        // SAFETY: `Waker::from_raw` is the only way to initialize `wake` and `data`.
        unsafe { (this.waker.vtable.wake)(this.waker.data) };
    }

    /// Wakes up the task associated with this `Waker` without consuming the `Waker`.
    #[inline]
    pub fn wake_by_ref(&self) {
        // SAFETY: see `wake`
        unsafe { (self.waker.vtable.wake_by_ref)(self.waker.data) }
    }

    /// Returns `true` if this `Waker` and another `Waker` would awake the same task.
    #[inline]
    #[must_use]
    pub fn will_wake(&self, other: &Waker) -> bool {
        let RawWaker { data: a_data, vtable: a_vtable } = self.waker;
        let RawWaker { data: b_data, vtable: b_vtable } = other.waker;
        a_data == b_data && ptr::eq(a_vtable, b_vtable)
    }

    /// Creates a new `Waker` from a pointer and a `RawWakerVTable`.
    #[inline]
    #[must_use]
    pub const unsafe fn new(data: *const (), vtable: &'static RawWakerVTable) -> Self {
        Waker { waker: RawWaker { data, vtable } }
    }

    /// Creates a new `Waker` from a `RawWaker`.
    #[inline]
    #[must_use]
    pub const unsafe fn from_raw(waker: RawWaker) -> Waker {
        Waker { waker }
    }

    /// Returns a reference to a `Waker` that does nothing when used.
    #[inline]
    #[must_use]
    pub const fn noop() -> &'static Waker {
        const WAKER: &Waker = &Waker { waker: RawWaker::NOOP };
        WAKER
    }

    /// Gets the `data` pointer used to create this `Waker`.
    #[inline]
    #[must_use]
    pub fn data(&self) -> *const () {
        self.waker.data
    }

    /// Gets the `vtable` pointer used to create this `Waker`.
    #[inline]
    #[must_use]
    pub fn vtable(&self) -> &'static RawWakerVTable {
        self.waker.vtable
    }
}

impl Clone for Waker {
    #[inline]
    fn clone(&self) -> Self {
        Waker {
            // SAFETY: `Waker::from_raw` is the only way to initialize `clone` and `data`.
            waker: unsafe { (self.waker.vtable.clone)(self.waker.data) },
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        if !self.will_wake(source) {
            *self = source.clone();
        }
    }
}

impl Drop for Waker {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: `Waker::from_raw` is the only way to initialize `drop` and `data`.
        unsafe { (self.waker.vtable.drop)(self.waker.data) }
    }
}

impl fmt::Debug for Waker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let vtable_ptr = self.waker.vtable as *const RawWakerVTable;
        f.debug_struct("Waker")
            .field("data", &self.waker.data)
            .field("vtable", &vtable_ptr)
            .finish()
    }
}

// ---------------------------------------------------------------------------------------
// Wake (real: alloc/src/task.rs)
// ---------------------------------------------------------------------------------------

/// The implementation of waking a task on an executor, turned into a `Waker` with
/// `Waker::from(Arc<W>)`.
pub trait Wake {
    /// Wake this task.
    fn wake(self: Arc<Self>);

    /// Wake this task without consuming the waker.
    fn wake_by_ref(self: &Arc<Self>) {
        self.clone().wake();
    }
}

impl<W: Wake + Send + Sync + 'static> From<Arc<W>> for Waker {
    /// Use a `Wake`-able type as a `Waker`.
    fn from(waker: Arc<W>) -> Waker {
        // SAFETY: This is safe because raw_waker safely constructs
        // a RawWaker from Arc<W>.
        unsafe { Waker::from_raw(raw_waker(waker)) }
    }
}

impl<W: Wake + Send + Sync + 'static> From<Arc<W>> for RawWaker {
    /// Use a `Wake`-able type as a `RawWaker`.
    fn from(waker: Arc<W>) -> RawWaker {
        raw_waker(waker)
    }
}

// The vtable of the wakers made from `Arc<W>` (real alloc relies on the promotion of
// `&RawWakerVTable::new(..)`, `#[rustc_promotable]`; an associated const is promoted
// without it).
struct ArcWakerVTable<W>(PhantomData<W>);

impl<W: Wake + Send + Sync + 'static> ArcWakerVTable<W> {
    const VTABLE: RawWakerVTable =
        RawWakerVTable::new(clone_waker::<W>, wake::<W>, wake_by_ref::<W>, drop_waker::<W>);
}

// Increment the reference count of the arc to clone it.
unsafe fn clone_waker<W: Wake + Send + Sync + 'static>(waker: *const ()) -> RawWaker {
    unsafe { Arc::increment_strong_count(waker as *const W) };
    RawWaker::new(waker, &ArcWakerVTable::<W>::VTABLE)
}

// Wake by value, moving the Arc into the Wake::wake function
unsafe fn wake<W: Wake + Send + Sync + 'static>(waker: *const ()) {
    let waker = unsafe { Arc::from_raw(waker as *const W) };
    <W as Wake>::wake(waker);
}

// Wake by reference, wrap the waker in ManuallyDrop to avoid dropping it
unsafe fn wake_by_ref<W: Wake + Send + Sync + 'static>(waker: *const ()) {
    let waker = unsafe { ManuallyDrop::new(Arc::from_raw(waker as *const W)) };
    <W as Wake>::wake_by_ref(&waker);
}

// Decrement the reference count of the Arc on drop
unsafe fn drop_waker<W: Wake + Send + Sync + 'static>(waker: *const ()) {
    unsafe { Arc::decrement_strong_count(waker as *const W) };
}

fn raw_waker<W: Wake + Send + Sync + 'static>(waker: Arc<W>) -> RawWaker {
    RawWaker::new(Arc::into_raw(waker) as *const (), &ArcWakerVTable::<W>::VTABLE)
}
