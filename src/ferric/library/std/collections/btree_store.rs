//! The ordered storage under `BTreeMap`/`BTreeSet` (private; the B-tree in rustc).
//!
//! `SortedStore<K, V>` is `#[ferric::opaque]`: a sequence of `(K, V)` pairs kept in key
//! order, addressed by position (`0..len`). Ordering stays in Rust: `search_by` runs a
//! binary search driven by a comparison closure, so the keys' `Ord` impl is the one that
//! runs. Positions shift on `insert`/`remove`, as in a sorted array.

use crate::marker::PhantomData;
use crate::ops::{Drop, FnMut};
use crate::cmp::Ordering;
use crate::result::Result;
use crate::vec::Vec;

#[ferric::opaque]
pub(crate) struct SortedStore<K, V> {
    marker: PhantomData<(K, V)>,
}

impl<K, V> SortedStore<K, V> {
    /// An empty store.
    #[ferric::intrinsic]
    pub(crate) const fn new() -> Self;

    /// Takes over `pairs`, which are sorted by key with no two keys equal.
    #[ferric::intrinsic]
    pub(crate) fn from_sorted_vec(pairs: Vec<(K, V)>) -> Self;

    /// Gives up all pairs, in key order.
    #[ferric::intrinsic]
    pub(crate) fn into_vec(self) -> Vec<(K, V)>;

    /// The number of pairs.
    #[ferric::intrinsic]
    pub(crate) const fn len(&self) -> usize;

    /// Binary search with `f(key)` giving the ordering of `key` relative to the target:
    /// `Ok(i)` if the pair at `i` compares `Equal`, else `Err(i)` with `i` the position
    /// where the target would be inserted (as `slice::binary_search_by`; any position of
    /// an equal key may be returned, but keys are unique).
    #[ferric::intrinsic]
    pub(crate) fn search_by(&self, f: impl FnMut(&K) -> Ordering) -> Result<usize, usize>;

    /// The pair at position `i` (`i < len`).
    #[ferric::intrinsic]
    pub(crate) fn get(&self, i: usize) -> (&K, &V);

    /// The pair at position `i` (`i < len`), with the value mutable.
    #[ferric::intrinsic]
    pub(crate) fn get_mut(&mut self, i: usize) -> (&K, &mut V);

    /// Raw pointers to the key and value at position `i` (`i < len`), for iterators that
    /// hand out `&mut V` to several pairs.
    #[ferric::intrinsic]
    pub(crate) fn pair_ptr(&self, i: usize) -> (*const K, *mut V);

    /// Inserts `(key, value)` at position `i` (`i <= len`; the caller keeps the order).
    #[ferric::intrinsic]
    pub(crate) fn insert(&mut self, i: usize, key: K, value: V);

    /// Removes and returns the pair at position `i` (`i < len`).
    #[ferric::intrinsic]
    pub(crate) fn remove(&mut self, i: usize) -> (K, V);

    /// Replaces the key at position `i` (`i < len`; the caller keeps the order) and
    /// returns the old one.
    #[ferric::intrinsic]
    pub(crate) fn replace_key(&mut self, i: usize, key: K) -> K;

    /// Moves the pairs at positions `i..len` into a new store (`i <= len`).
    #[ferric::intrinsic]
    pub(crate) fn split_off(&mut self, i: usize) -> Self;

    /// Drops every pair, in key order.
    #[ferric::intrinsic]
    pub(crate) fn clear(&mut self);
}

unsafe impl<#[may_dangle] K, #[may_dangle] V> Drop for SortedStore<K, V> {
    /// Drops every pair, in key order.
    #[ferric::intrinsic]
    fn drop(&mut self);
}
