//! `std::sync::nonpoison` (unstable `sync_nonpoison`): locks that do not poison.
//!
//! Declared, not implemented: real std has these public types, so rustc never trims the
//! names `Mutex`, `MutexGuard`, `RwLock`… in diagnostics (`std::sync::MutexGuard<'_, u32>`);
//! ferric's std counts names from its own items (`resolve.visible`), so it declares them too.

#[unstable(feature = "sync_nonpoison")]
pub struct Mutex<T: ?Sized> {
    _data: crate::marker::PhantomData<T>,
}

#[unstable(feature = "sync_nonpoison")]
pub struct MutexGuard<'a, T: ?Sized + 'a> {
    _lock: &'a Mutex<T>,
}

#[unstable(feature = "sync_nonpoison")]
pub struct RwLock<T: ?Sized> {
    _data: crate::marker::PhantomData<T>,
}

#[unstable(feature = "sync_nonpoison")]
pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {
    _lock: &'a RwLock<T>,
}

#[unstable(feature = "sync_nonpoison")]
pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {
    _lock: &'a RwLock<T>,
}

#[unstable(feature = "sync_nonpoison")]
pub struct Condvar {
    _private: (),
}
