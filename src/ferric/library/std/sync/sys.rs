//! The raw synchronization primitives under `Mutex`, `RwLock`, `Condvar` and `Once`
//! (private; rustc's `sys::sync`). Opaque, implemented by the backend; no data, no
//! poisoning (the Rust types above add both).

use crate::marker::PhantomData;
use crate::time::Duration;

/// A raw mutual-exclusion lock (not re-entrant: locking it again on the thread holding
/// it deadlocks, as rustc's does).
#[ferric::opaque]
pub(crate) struct Mutex {
    marker: PhantomData<()>,
}

impl Mutex {
    /// An unlocked mutex.
    #[ferric::intrinsic]
    pub(crate) const fn new() -> Mutex;

    /// Blocks until the lock is acquired.
    #[ferric::intrinsic]
    pub(crate) fn lock(&self);

    /// Acquires the lock if it is free; returns whether it did.
    #[ferric::intrinsic]
    pub(crate) fn try_lock(&self) -> bool;

    /// Releases the lock (held by the calling thread).
    #[ferric::intrinsic]
    pub(crate) unsafe fn unlock(&self);
}

/// A raw reader-writer lock.
#[ferric::opaque]
pub(crate) struct RwLock {
    marker: PhantomData<()>,
}

impl RwLock {
    /// An unlocked reader-writer lock.
    #[ferric::intrinsic]
    pub(crate) const fn new() -> RwLock;

    /// Blocks until shared access is acquired.
    #[ferric::intrinsic]
    pub(crate) fn read(&self);

    /// Acquires shared access if no writer holds the lock; returns whether it did.
    #[ferric::intrinsic]
    pub(crate) fn try_read(&self) -> bool;

    /// Blocks until exclusive access is acquired.
    #[ferric::intrinsic]
    pub(crate) fn write(&self);

    /// Acquires exclusive access if the lock is free; returns whether it did.
    #[ferric::intrinsic]
    pub(crate) fn try_write(&self) -> bool;

    /// Releases one shared access.
    #[ferric::intrinsic]
    pub(crate) unsafe fn read_unlock(&self);

    /// Releases exclusive access.
    #[ferric::intrinsic]
    pub(crate) unsafe fn write_unlock(&self);
}

/// A raw condition variable, used with a raw `Mutex`.
#[ferric::opaque]
pub(crate) struct Condvar {
    marker: PhantomData<()>,
}

impl Condvar {
    /// A condition variable with no waiters.
    #[ferric::intrinsic]
    pub(crate) const fn new() -> Condvar;

    /// Wakes up one blocked thread, if any.
    #[ferric::intrinsic]
    pub(crate) fn notify_one(&self);

    /// Wakes up all blocked threads.
    #[ferric::intrinsic]
    pub(crate) fn notify_all(&self);

    /// Atomically releases `mutex` (held by the caller) and blocks until notified (or a
    /// spurious wakeup), then re-acquires `mutex`.
    #[ferric::intrinsic]
    pub(crate) unsafe fn wait(&self, mutex: &Mutex);

    /// As `wait`, giving up after `dur`; returns `false` if it timed out.
    #[ferric::intrinsic]
    pub(crate) unsafe fn wait_timeout(&self, mutex: &Mutex, dur: Duration) -> bool;
}
