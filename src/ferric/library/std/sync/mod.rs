//! Synchronization primitives (`std::sync`).
//!
//! Layout: `Arc`/`Weak` (arc.rs, opaque, as `Rc` with atomic counts), the locks `Mutex`,
//! `RwLock`, `Condvar`, `Once` written in Rust over the raw primitives of `sys` (opaque,
//! the backend's), `Barrier`, `OnceLock`, `LazyLock` over those, the poisoning error
//! types (`poison`), `mpsc` channels over `Mutex` + `Condvar`, and `atomic`; `mpmc` and
//! `nonpoison` are declared only (their names count in diagnostics).

pub mod atomic;
pub mod mpmc;
pub mod mpsc;
pub mod nonpoison;
pub mod poison;

mod arc;
mod barrier;
mod condvar;
mod lazy_lock;
mod mutex;
mod once;
mod once_lock;
mod rwlock;
pub(crate) mod sys;

pub use self::arc::{Arc, Weak};
pub use self::barrier::{Barrier, BarrierWaitResult};
pub use self::condvar::{Condvar, WaitTimeoutResult};
pub use self::lazy_lock::LazyLock;
pub use self::mutex::{Mutex, MutexGuard};
#[allow(deprecated)]
pub use self::once::{Once, OnceState, ONCE_INIT};
pub use self::once_lock::OnceLock;
pub use self::poison::{LockResult, PoisonError, TryLockError, TryLockResult};
pub use self::rwlock::{RwLock, RwLockReadGuard, RwLockWriteGuard};
