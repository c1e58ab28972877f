//! `std::sync::mpmc` (unstable `mpmc_channel`): multi-producer, multi-consumer channels.
//!
//! Declared, not implemented: real std has these public types, so rustc never trims the
//! names `Sender`, `Receiver`, `Iter`, `TryIter`, `IntoIter` of `mpsc` in diagnostics
//! (`std::sync::mpsc::Receiver<u32>`); ferric's std counts names from its own items
//! (`resolve.visible`), so it declares them too.

#[unstable(feature = "mpmc_channel")]
pub struct Sender<T> {
    _data: crate::marker::PhantomData<T>,
}

#[unstable(feature = "mpmc_channel")]
pub struct Receiver<T> {
    _data: crate::marker::PhantomData<T>,
}

#[unstable(feature = "mpmc_channel")]
pub struct Iter<'a, T: 'a> {
    _rx: &'a Receiver<T>,
}

#[unstable(feature = "mpmc_channel")]
pub struct TryIter<'a, T: 'a> {
    _rx: &'a Receiver<T>,
}

#[unstable(feature = "mpmc_channel")]
pub struct IntoIter<T> {
    _rx: Receiver<T>,
}
