//! Multi-producer, single-consumer FIFO queue communication primitives
//! (`std::sync::mpsc`): `channel`, `sync_channel`, `Sender`, `SyncSender`, `Receiver` and
//! their errors.
//!
//! Written in Rust over `Mutex` + `Condvar` (rustc uses lock-free lists and arrays): one
//! shared state holds the queue, the number of live senders, whether the receiver is
//! alive and the bound of a `sync_channel`. Semantics kept from rustc: messages sent
//! before the last sender is dropped can still be received; dropping the receiver drops
//! the queued messages and makes `send` fail with the message returned; a
//! `sync_channel(0)` send waits until its message has been received.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::collections::VecDeque;
use crate::convert::From;
use crate::error;
use crate::fmt;
use crate::iter::{IntoIterator, Iterator};
use crate::marker::{Copy, Send, Sync};
use crate::mem::drop;
use crate::ops::Drop;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use crate::time::{Duration, Instant};

struct State<T> {
    queue: VecDeque<T>,
    senders: usize,
    receiver_alive: bool,
    // `None` for `channel`, `Some(bound)` for `sync_channel`.
    bound: Option<usize>,
    // Receivers currently blocked in `recv` (a zero-capacity `try_send` needs one).
    waiting_receivers: usize,
    // Messages sent and received so far (a rendezvous send waits for its ticket).
    sent: u64,
    received: u64,
}

struct Shared<T> {
    state: Mutex<State<T>>,
    // Signalled on every change of `state`.
    changed: Condvar,
}

impl<T> Shared<T> {
    fn new(bound: Option<usize>) -> Arc<Shared<T>> {
        Arc::new(Shared {
            state: Mutex::new(State {
                queue: VecDeque::new(),
                senders: 1,
                receiver_alive: true,
                bound,
                waiting_receivers: 0,
                sent: 0,
                received: 0,
            }),
            changed: Condvar::new(),
        })
    }

    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State<T>>) -> MutexGuard<'a, State<T>> {
        self.changed.wait(guard).unwrap_or_else(PoisonError::into_inner)
    }

    fn add_sender(&self) {
        self.lock().senders += 1;
    }

    fn drop_sender(&self) {
        let mut state = self.lock();
        state.senders -= 1;
        if state.senders == 0 {
            self.changed.notify_all();
        }
    }

    // Sends `t`, waiting for room (and, for a rendezvous channel, for the receiver to
    // take it) when `block` is set.
    fn send(&self, t: T, block: bool) -> Result<(), TrySendError<T>> {
        let mut state = self.lock();
        loop {
            if !state.receiver_alive {
                return Err(TrySendError::Disconnected(t));
            }
            let has_room = match state.bound {
                None => true,
                Some(0) => !block && state.waiting_receivers > state.queue.len(),
                Some(bound) => state.queue.len() < bound,
            };
            if has_room || (block && state.bound == Some(0)) {
                break;
            }
            if !block {
                return Err(TrySendError::Full(t));
            }
            state = self.wait(state);
        }
        state.queue.push_back(t);
        let ticket = state.sent;
        state.sent += 1;
        self.changed.notify_all();
        if block && state.bound == Some(0) {
            while state.received <= ticket && state.receiver_alive {
                state = self.wait(state);
            }
        }
        Ok(())
    }

    fn try_recv(&self) -> Result<T, TryRecvError> {
        let mut state = self.lock();
        match state.queue.pop_front() {
            Some(t) => {
                state.received += 1;
                self.changed.notify_all();
                Ok(t)
            }
            None if state.senders == 0 => Err(TryRecvError::Disconnected),
            None => Err(TryRecvError::Empty),
        }
    }

    fn recv(&self, deadline: Option<Instant>) -> Result<T, RecvTimeoutError> {
        let mut state = self.lock();
        state.waiting_receivers += 1;
        self.changed.notify_all();
        let result = loop {
            if let Some(t) = state.queue.pop_front() {
                state.received += 1;
                break Ok(t);
            }
            if state.senders == 0 {
                break Err(RecvTimeoutError::Disconnected);
            }
            match deadline {
                None => state = self.wait(state),
                Some(deadline) => {
                    let now = Instant::now();
                    if now >= deadline {
                        break Err(RecvTimeoutError::Timeout);
                    }
                    state = match self.changed.wait_timeout(state, deadline - now) {
                        Ok((guard, _)) => guard,
                        Err(poisoned) => poisoned.into_inner().0,
                    };
                }
            }
        };
        state.waiting_receivers -= 1;
        self.changed.notify_all();
        result
    }

    fn drop_receiver(&self) {
        let mut state = self.lock();
        state.receiver_alive = false;
        let discarded = crate::mem::take(&mut state.queue);
        self.changed.notify_all();
        drop(state);
        // The queued messages are dropped without the lock held.
        drop(discarded);
    }
}

/// The receiving half of a channel.
pub struct Receiver<T> {
    inner: Arc<Shared<T>>,
}

unsafe impl<T: Send> Send for Receiver<T> {}

impl<T> !Sync for Receiver<T> {}

/// An iterator over messages on a `Receiver`, created by `iter`.
#[derive(Debug)]
pub struct Iter<'a, T: 'a> {
    rx: &'a Receiver<T>,
}

/// An iterator that attempts to yield all pending values for a `Receiver`, created by
/// `try_iter`.
#[derive(Debug)]
pub struct TryIter<'a, T: 'a> {
    rx: &'a Receiver<T>,
}

/// An owning iterator over messages on a `Receiver`, created by `into_iter`.
#[derive(Debug)]
pub struct IntoIter<T> {
    rx: Receiver<T>,
}

/// The sending-half of Rust's asynchronous `channel` type.
pub struct Sender<T> {
    inner: Arc<Shared<T>>,
}

unsafe impl<T: Send> Send for Sender<T> {}

unsafe impl<T: Send> Sync for Sender<T> {}

/// The sending-half of Rust's synchronous `sync_channel` type.
pub struct SyncSender<T> {
    inner: Arc<Shared<T>>,
}

unsafe impl<T: Send> Send for SyncSender<T> {}

/// An error returned from the `Sender::send` or `SyncSender::send` function on channels.
#[derive(PartialEq, Eq, Clone, Copy)]
pub struct SendError<T>(pub T);

/// An error returned from the `recv` function on a `Receiver`.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub struct RecvError;

/// This enumeration is the list of the possible reasons that `try_recv` could not return
/// data when called.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub enum TryRecvError {
    /// This channel is currently empty, but the sender(s) have not yet disconnected.
    Empty,
    /// The channel's sending half has become disconnected.
    Disconnected,
}

/// This enumeration is the list of possible errors that made `recv_timeout` unable to
/// return data when called.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub enum RecvTimeoutError {
    /// This channel is currently empty, but the sender(s) have not yet disconnected.
    Timeout,
    /// The channel's sending half has become disconnected.
    Disconnected,
}

/// This enumeration is the list of the possible error outcomes for the `try_send` method.
#[derive(PartialEq, Eq, Clone, Copy)]
pub enum TrySendError<T> {
    /// The data could not be sent on the `sync_channel` because it would require that the
    /// callee block to send the data.
    Full(T),
    /// This `sync_channel`'s receiving half has disconnected.
    Disconnected(T),
}

pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    let shared = Shared::new(None);
    (Sender { inner: shared.clone() }, Receiver { inner: shared })
}

pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>) {
    let shared = Shared::new(Some(bound));
    (SyncSender { inner: shared.clone() }, Receiver { inner: shared })
}

impl<T> Sender<T> {
    pub fn send(&self, t: T) -> Result<(), SendError<T>> {
        match self.inner.send(t, true) {
            Ok(()) => Ok(()),
            Err(TrySendError::Disconnected(t)) | Err(TrySendError::Full(t)) => Err(SendError(t)),
        }
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Sender<T> {
        self.inner.add_sender();
        Sender { inner: self.inner.clone() }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        self.inner.drop_sender();
    }
}

impl<T> fmt::Debug for Sender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sender").finish_non_exhaustive()
    }
}

impl<T> SyncSender<T> {
    pub fn send(&self, t: T) -> Result<(), SendError<T>> {
        match self.inner.send(t, true) {
            Ok(()) => Ok(()),
            Err(TrySendError::Disconnected(t)) | Err(TrySendError::Full(t)) => Err(SendError(t)),
        }
    }

    pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>> {
        self.inner.send(t, false)
    }
}

impl<T> Clone for SyncSender<T> {
    fn clone(&self) -> SyncSender<T> {
        self.inner.add_sender();
        SyncSender { inner: self.inner.clone() }
    }
}

impl<T> Drop for SyncSender<T> {
    fn drop(&mut self) {
        self.inner.drop_sender();
    }
}

impl<T> fmt::Debug for SyncSender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncSender").finish_non_exhaustive()
    }
}

impl<T> Receiver<T> {
    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        self.inner.try_recv()
    }

    pub fn recv(&self) -> Result<T, RecvError> {
        match self.inner.recv(None) {
            Ok(t) => Ok(t),
            Err(_) => Err(RecvError),
        }
    }

    pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError> {
        match Instant::now().checked_add(timeout) {
            Some(deadline) => self.inner.recv(Some(deadline)),
            // So far in the future that it's practically the same as waiting indefinitely.
            None => self.inner.recv(None),
        }
    }

    /// Attempts to wait for a value on this receiver until `deadline` (unstable in rustc).
    pub fn recv_deadline(&self, deadline: Instant) -> Result<T, RecvTimeoutError> {
        self.inner.recv(Some(deadline))
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { rx: self }
    }

    pub fn try_iter(&self) -> TryIter<'_, T> {
        TryIter { rx: self }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.inner.drop_receiver();
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<'a, T> Iterator for TryIter<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.try_recv().ok()
    }
}

impl<'a, T> IntoIterator for &'a Receiver<T> {
    type Item = T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<T> IntoIterator for Receiver<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { rx: self }
    }
}

impl<T> fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver").finish_non_exhaustive()
    }
}

impl<T> fmt::Debug for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("sending on a closed channel", f)
    }
}

impl<T> error::Error for SendError<T> {}

impl<T> fmt::Debug for TrySendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TrySendError::Full(..) => f.debug_tuple("TrySendError::Full").finish_non_exhaustive(),
            TrySendError::Disconnected(..) => f.debug_tuple("TrySendError::Disconnected").finish_non_exhaustive(),
        }
    }
}

impl<T> fmt::Display for TrySendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TrySendError::Full(..) => fmt::Display::fmt("sending on a full channel", f),
            TrySendError::Disconnected(..) => fmt::Display::fmt("sending on a closed channel", f),
        }
    }
}

impl<T> error::Error for TrySendError<T> {}

impl<T> From<SendError<T>> for TrySendError<T> {
    fn from(err: SendError<T>) -> TrySendError<T> {
        match err {
            SendError(t) => TrySendError::Disconnected(t),
        }
    }
}

impl fmt::Display for RecvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("receiving on a closed channel", f)
    }
}

impl error::Error for RecvError {}

impl fmt::Display for TryRecvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TryRecvError::Empty => fmt::Display::fmt("receiving on an empty channel", f),
            TryRecvError::Disconnected => fmt::Display::fmt("receiving on a closed channel", f),
        }
    }
}

impl error::Error for TryRecvError {}

impl From<RecvError> for TryRecvError {
    fn from(err: RecvError) -> TryRecvError {
        match err {
            RecvError => TryRecvError::Disconnected,
        }
    }
}

impl fmt::Display for RecvTimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            RecvTimeoutError::Timeout => fmt::Display::fmt("timed out waiting on channel", f),
            RecvTimeoutError::Disconnected => fmt::Display::fmt("channel is empty and sending half is closed", f),
        }
    }
}

impl error::Error for RecvTimeoutError {}

impl From<RecvError> for RecvTimeoutError {
    fn from(err: RecvError) -> RecvTimeoutError {
        match err {
            RecvError => RecvTimeoutError::Disconnected,
        }
    }
}
