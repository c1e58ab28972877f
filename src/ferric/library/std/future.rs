//! Asynchronous basic functionality (library/core/src/future/): `Future`, `IntoFuture`,
//! `ready`, `pending`, `poll_fn`, and the lang items the `async`/`.await` lowering uses
//! (`ResumeTy`, `get_context`).
//!
//! `impl Future for Box<F>` (real: alloc/src/boxed.rs) is here too. The unstable `join!`
//! is not declared; the unstable `AsyncDrop` and `async_drop_in_place` are, as lang items
//! rustc's coroutine lowering requires.

use crate::boxed::Box;
use crate::clone::Clone;
use crate::fmt::{self, Debug};
use crate::marker::{self, Copy, Send, Sized, Sync, Unpin};
use crate::ops::{self, FnMut};
use crate::option::Option::{self, Some};
use crate::pin::Pin;
use crate::ptr::NonNull;
use crate::task::{Context, Poll};

// ---------------------------------------------------------------------------------------
// Future, IntoFuture
// ---------------------------------------------------------------------------------------

/// A future represents an asynchronous computation obtained by use of `async`.
#[must_use = "futures do nothing unless you `.await` or poll them"]
#[lang = "future_trait"]
#[diagnostic::on_unimplemented(
    label = "`{Self}` is not a future",
    message = "`{Self}` is not a future"
)]
pub trait Future {
    /// The type of value produced on completion.
    #[lang = "future_output"]
    type Output;

    /// Attempts to resolve the future to a final value, registering the current task for
    /// wakeup if the value is not yet available.
    #[lang = "poll"]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
}

impl<F: ?Sized + Future + Unpin> Future for &mut F {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        F::poll(Pin::new(&mut **self), cx)
    }
}

impl<P> Future for Pin<P>
where
    P: ops::DerefMut<Target: Future>,
{
    type Output = <<P as ops::Deref>::Target as Future>::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        <P::Target as Future>::poll(self.as_deref_mut(), cx)
    }
}

// real: alloc/src/boxed.rs
impl<F: ?Sized + Future + Unpin> Future for Box<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        F::poll(Pin::new(&mut *self), cx)
    }
}

/// Conversion into a `Future` (what `.await` calls first).
#[diagnostic::on_unimplemented(
    label = "`{Self}` is not a future",
    message = "`{Self}` is not a future",
    note = "{Self} must be a future or must implement `IntoFuture` to be awaited"
)]
pub trait IntoFuture {
    /// The output that the future will produce on completion.
    type Output;

    /// Which kind of future are we turning this into?
    type IntoFuture: Future<Output = Self::Output>;

    /// Creates a future from a value.
    #[lang = "into_future"]
    fn into_future(self) -> Self::IntoFuture;
}

impl<F: Future> IntoFuture for F {
    type Output = F::Output;
    type IntoFuture = F;

    fn into_future(self) -> Self::IntoFuture {
        self
    }
}

// ---------------------------------------------------------------------------------------
// The async lowering's lang items
// ---------------------------------------------------------------------------------------

/// The type of the resume argument of the coroutine an `async` body lowers to: a pointer
/// to the `Context` passed to `poll`.
#[doc(hidden)]
#[lang = "ResumeTy"]
#[derive(Debug, Copy, Clone)]
pub struct ResumeTy(NonNull<Context<'static>>);

unsafe impl Send for ResumeTy {}

unsafe impl Sync for ResumeTy {}

/// The `Context` of the current poll, inside an `async` body (used by `.await`).
#[doc(hidden)]
#[lang = "get_context"]
#[must_use]
#[inline]
pub unsafe fn get_context<'a, 'b>(cx: ResumeTy) -> &'a mut Context<'b> {
    // SAFETY: the caller must guarantee that `cx.0` is a valid pointer
    // that fulfills all the requirements for a mutable reference.
    unsafe { &mut *cx.0.as_ptr().cast() }
}

/// Custom code within the asynchronous destructor (unstable `async_drop`).
#[doc(hidden)]
#[lang = "async_drop"]
#[allow(async_fn_in_trait)]
#[unstable(feature = "asyncdrop")]
pub trait AsyncDrop {
    /// Executes the async destructor for this type.
    async fn drop(self: Pin<&mut Self>);
}

/// Asynchronously drops a value by running `AsyncDrop::drop` on a value and its fields
/// (unstable `async_drop`). The body is replaced by the compiler.
#[doc(hidden)]
#[lang = "async_drop_in_place"]
pub async unsafe fn async_drop_in_place<T: ?Sized>(_to_drop: *mut T) {}

// ---------------------------------------------------------------------------------------
// ready, pending, poll_fn
// ---------------------------------------------------------------------------------------

/// A future that is immediately ready with a value (created by `ready`).
#[derive(Debug, Clone)]
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct Ready<T>(Option<T>);

impl<T> Unpin for Ready<T> {}

impl<T> Future for Ready<T> {
    type Output = T;

    #[inline]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T> {
        Poll::Ready(self.0.take().expect("`Ready` polled after completion"))
    }
}

impl<T> Ready<T> {
    /// Consumes the `Ready`, returning the wrapped value.
    #[must_use]
    #[inline]
    pub fn into_inner(self) -> T {
        self.0.expect("Called `into_inner()` on `Ready` after completion")
    }
}

/// Creates a future that is immediately ready with a value.
pub fn ready<T>(t: T) -> Ready<T> {
    Ready(Some(t))
}

/// A future which never resolves (created by `pending`).
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct Pending<T> {
    _data: marker::PhantomData<fn() -> T>,
}

/// Creates a future which never resolves, representing a computation that never finishes.
pub fn pending<T>() -> Pending<T> {
    Pending { _data: marker::PhantomData }
}

impl<T> Future for Pending<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<T> {
        Poll::Pending
    }
}

impl<T> Debug for Pending<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pending").finish()
    }
}

impl<T> Clone for Pending<T> {
    fn clone(&self) -> Self {
        pending()
    }
}

/// Creates a future that wraps a function returning `Poll`.
pub fn poll_fn<T, F>(f: F) -> PollFn<F>
where
    F: FnMut(&mut Context<'_>) -> Poll<T>,
{
    PollFn { f }
}

/// A Future that wraps a function returning `Poll` (created by `poll_fn`).
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct PollFn<F> {
    f: F,
}

impl<F: Unpin> Unpin for PollFn<F> {}

impl<F> fmt::Debug for PollFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PollFn").finish()
    }
}

impl<T, F> Future for PollFn<F>
where
    F: FnMut(&mut Context<'_>) -> Poll<T>,
{
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        // SAFETY: We are not moving out of the pinned field.
        (unsafe { &mut self.get_unchecked_mut().f })(cx)
    }
}
