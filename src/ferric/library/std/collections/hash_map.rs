//! A hash map implemented with quadratic probing and SIMD lookup in rustc; here, Rust over
//! the opaque `RawTable` (`std::collections::hash_map`).
//!
//! Every key is hashed by `make_hash`: with the map's `BuildHasher` (`hash_one`), except
//! that `RandomState`'s unobservable SipHash is replaced by `StreamHasher` (Python's hash
//! of the bytes `Hash` writes). The table only stores `(K, V)` pairs with their hashes and
//! calls back `Eq` through closures.

use crate::borrow::Borrow;
use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::collections::hash_table::{RawDrain, RawIntoIter, RawIter, RawIterMut, RawTable};
use crate::collections::TryReserveError;
use crate::convert::From;
use crate::default::Default;
use crate::fmt::{self, Debug};
use crate::hash::{BuildHasher, Hash, Hasher};
use crate::vec::Vec;
use crate::iter::{ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::{Copy, Sized};
use crate::mem;
use crate::ops::{FnMut, FnOnce, Index};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

pub use crate::hash::{DefaultHasher, RandomState};

use self::Entry::*;

/// A hash map implemented with quadratic probing and SIMD lookup.
pub struct HashMap<K, V, S = RandomState> {
    base: RawTable<(K, V)>,
    hash_builder: S,
}

fn make_hash<Q: Hash + ?Sized, S: BuildHasher>(hash_builder: &S, val: &Q) -> u64 {
    if hashes_by_stream::<S>() {
        if hashes_directly::<Q>() {
            return direct_stream_hash(val);
        }
        let mut state = StreamHasher { bytes: Vec::new() };
        val.hash(&mut state);
        return state.finish();
    }
    hash_builder.hash_one(val)
}

/// Whether `S` is `RandomState`, whose hashes a program cannot predict (rustc seeds it
/// from the OS): ferric's table then hashes keys with `StreamHasher` instead of SipHash.
/// A table's hashes never leave std, and `RandomState`'s own `hash_one` is unchanged.
#[ferric::intrinsic]
fn hashes_by_stream<S>() -> bool;

/// Whether the backend computes `StreamHasher`'s hash of a `Q` without running `Hash`
/// (`str`, `String` and the integers, behind any references).
#[ferric::intrinsic]
fn hashes_directly<Q: ?Sized>() -> bool;

/// `StreamHasher`'s hash of `val` (when `hashes_directly::<Q>()`): Python's hash of the
/// bytes `Q`'s `Hash` writes.
#[ferric::intrinsic]
fn direct_stream_hash<Q: ?Sized>(val: &Q) -> u64;

/// A `Hasher` whose result is a function of the bytes written (as SipHash's is), computed
/// by the backend in one step (`finish`: Python's hash of the bytes). Keys that `Borrow`
/// each other write the same bytes, so they hash alike, as with SipHash.
struct StreamHasher {
    bytes: Vec<u8>,
}

impl Hasher for StreamHasher {
    #[ferric::intrinsic]
    fn finish(&self) -> u64;
    #[ferric::intrinsic]
    fn write(&mut self, bytes: &[u8]);
    #[ferric::intrinsic]
    fn write_u8(&mut self, i: u8);
    #[ferric::intrinsic]
    fn write_u16(&mut self, i: u16);
    #[ferric::intrinsic]
    fn write_u32(&mut self, i: u32);
    #[ferric::intrinsic]
    fn write_u64(&mut self, i: u64);
    #[ferric::intrinsic]
    fn write_u128(&mut self, i: u128);
    #[ferric::intrinsic]
    fn write_usize(&mut self, i: usize);
    #[ferric::intrinsic]
    fn write_i8(&mut self, i: i8);
    #[ferric::intrinsic]
    fn write_i16(&mut self, i: i16);
    #[ferric::intrinsic]
    fn write_i32(&mut self, i: i32);
    #[ferric::intrinsic]
    fn write_i64(&mut self, i: i64);
    #[ferric::intrinsic]
    fn write_i128(&mut self, i: i128);
    #[ferric::intrinsic]
    fn write_isize(&mut self, i: isize);
    #[ferric::intrinsic]
    fn write_length_prefix(&mut self, len: usize);
    #[ferric::intrinsic]
    fn write_str(&mut self, s: &str);
}

fn equivalent_key<K, Q, V>(k: &Q) -> impl Fn(&(K, V)) -> bool + '_
where
    K: Borrow<Q>,
    Q: ?Sized + Eq,
{
    move |x| k == x.0.borrow()
}

use crate::ops::Fn;

impl<K, V> HashMap<K, V, RandomState> {
    pub fn new() -> HashMap<K, V, RandomState> {
        Default::default()
    }

    pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState> {
        HashMap::with_capacity_and_hasher(capacity, Default::default())
    }
}

impl<K, V, S> HashMap<K, V, S> {
    pub const fn with_hasher(hash_builder: S) -> HashMap<K, V, S> {
        HashMap { base: RawTable::new(), hash_builder }
    }

    pub fn with_capacity_and_hasher(capacity: usize, hasher: S) -> HashMap<K, V, S> {
        HashMap { base: RawTable::with_capacity(capacity), hash_builder: hasher }
    }

    pub fn capacity(&self) -> usize {
        self.base.capacity()
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.into_iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.into_iter() }
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { base: self.base.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { base: self.base.iter_mut() }
    }

    pub fn len(&self) -> usize {
        self.base.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn drain(&mut self) -> Drain<'_, K, V> {
        Drain { base: RawDrain::new(&mut self.base) }
    }

    pub fn extract_if<F>(&mut self, pred: F) -> ExtractIf<'_, K, V, F>
    where
        F: FnMut(&K, &mut V) -> bool,
    {
        ExtractIf { table: &mut self.base, next: 0, pred }
    }

    pub fn retain<F>(&mut self, mut f: F)
    where
        F: FnMut(&K, &mut V) -> bool,
    {
        let mut next = 0;
        while let Some(slot) = self.base.next_slot(next) {
            next = slot + 1;
            let (k, v) = self.base.get_mut(slot);
            if !f(k, v) {
                drop(self.base.remove(slot));
            }
        }
    }

    pub fn clear(&mut self) {
        self.base.clear();
    }

    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    pub(super) fn raw_table_mut(&mut self) -> &mut RawTable<(K, V)> {
        &mut self.base
    }
}

use crate::mem::drop;

impl<K, V, S> HashMap<K, V, S>
where
    K: Eq + Hash,
    S: BuildHasher,
{
    pub fn reserve(&mut self, additional: usize) {
        self.base.reserve(additional)
    }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.len().checked_add(additional) {
            Some(n) if n <= isize::MAX as usize / 8 => {
                self.base.reserve(additional);
                Ok(())
            }
            _ => Err(TryReserveError::capacity_overflow()),
        }
    }

    pub fn shrink_to_fit(&mut self) {
        self.base.shrink_to(0);
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.base.shrink_to(min_capacity);
    }

    /*@ std/src/collections/hash/map.rs:975:4 */
    pub fn /*@ std/src/collections/hash/map.rs:975:11 */ entry(&mut self, key: K) -> Entry<'_, K, V> {
        let hash = make_hash::<K, S>(&self.hash_builder, &key);
        match self.base.find(hash, equivalent_key(&key)) {
            Some(slot) => Occupied(OccupiedEntry { table: &mut self.base, slot }),
            None => Vacant(VacantEntry { hash, key, table: &mut self.base }),
        }
    }

    pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        match self.get_inner(k) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    pub fn get_key_value<Q: ?Sized>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        match self.get_inner(k) {
            Some((key, value)) => Some((key, value)),
            None => None,
        }
    }

    fn get_inner<Q: ?Sized>(&self, k: &Q) -> Option<&(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        if self.base.len() == 0 {
            return None;
        }
        let hash = make_hash::<Q, S>(&self.hash_builder, k);
        let slot = self.base.find(hash, equivalent_key(k))?;
        Some(self.base.get(slot))
    }

    pub fn get_disjoint_mut<Q: ?Sized, const N: usize>(&mut self, ks: [&Q; N]) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        let slots: [Option<usize>; N] = crate::array::from_fn(|i| {
            let hash = make_hash::<Q, S>(&self.hash_builder, ks[i]);
            self.base.find(hash, equivalent_key(ks[i]))
        });
        let mut i = 0;
        while i < N {
            let mut j = 0;
            while j < i {
                if slots[i].is_some() && slots[i] == slots[j] {
                    panic!("duplicate keys found");
                }
                j += 1;
            }
            i += 1;
        }
        let table = &self.base;
        crate::array::from_fn(|i| match slots[i] {
            Some(slot) => Some(unsafe { &mut (*table.slot_ptr(slot)).1 }),
            None => None,
        })
    }

    pub unsafe fn get_disjoint_unchecked_mut<Q: ?Sized, const N: usize>(
        &mut self,
        ks: [&Q; N],
    ) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        self.get_disjoint_mut(ks)
    }

    pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        self.get_inner(k).is_some()
    }

    pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        if self.base.len() == 0 {
            return None;
        }
        let hash = make_hash::<Q, S>(&self.hash_builder, k);
        let slot = self.base.find(hash, equivalent_key(k))?;
        Some(&mut self.base.get_mut(slot).1)
    }

    #[rustc_confusables("push", "append", "put")]
    /*@ std/src/collections/hash/map.rs:1295:4 */
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let hash = make_hash::<K, S>(&self.hash_builder, &k);
        match self.base.find(hash, equivalent_key(&k)) {
            // The key already present is kept; the new one is dropped.
            Some(slot) => Some(mem::replace(&mut self.base.get_mut(slot).1, v)),
            None => {
                self.base.insert(hash, (k, v));
                None
            }
        }
    }

    // For `HashSet::replace`: replaces an equal key (returning it) or inserts `(k, v)`.
    pub(super) fn replace_key(&mut self, k: K, v: V) -> Option<K> {
        let hash = make_hash::<K, S>(&self.hash_builder, &k);
        match self.base.find(hash, equivalent_key(&k)) {
            Some(slot) => Some(mem::replace(&mut self.base.get_mut(slot).0, k)),
            None => {
                self.base.insert(hash, (k, v));
                None
            }
        }
    }

    // For `HashSet::get_or_insert`: the key equal to `k`, inserting `(k, v)` if absent.
    pub(super) fn get_key_or_insert(&mut self, k: K, v: V) -> &K {
        let hash = make_hash::<K, S>(&self.hash_builder, &k);
        let slot = match self.base.find(hash, equivalent_key(&k)) {
            Some(slot) => slot,
            None => self.base.insert(hash, (k, v)),
        };
        &self.base.get(slot).0
    }

    /// Tries to insert a key-value pair into the map (unstable in rustc).
    pub fn try_insert(&mut self, key: K, value: V) -> Result<&mut V, OccupiedError<'_, K, V>> {
        match self.entry(key) {
            Occupied(entry) => Err(OccupiedError { entry, value }),
            Vacant(entry) => Ok(entry.insert(value)),
        }
    }

    #[rustc_confusables("delete")]
    pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        match self.remove_entry(k) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    pub fn remove_entry<Q: ?Sized>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq,
    {
        if self.base.len() == 0 {
            return None;
        }
        let hash = make_hash::<Q, S>(&self.hash_builder, k);
        let slot = self.base.find(hash, equivalent_key(k))?;
        Some(self.base.remove(slot))
    }
}

impl<K, V, S> Clone for HashMap<K, V, S>
where
    K: Clone,
    V: Clone,
    S: Clone,
{
    fn clone(&self) -> Self {
        let mut base = RawTable::with_capacity(self.base.capacity());
        let mut next = 0;
        while let Some(slot) = self.base.next_slot(next) {
            next = slot + 1;
            let (k, v) = self.base.get(slot);
            base.insert(self.base.hash_of(slot), (k.clone(), v.clone()));
        }
        HashMap { base, hash_builder: self.hash_builder.clone() }
    }
}

impl<K, V, S> PartialEq for HashMap<K, V, S>
where
    K: Eq + Hash,
    V: PartialEq,
    S: BuildHasher,
{
    fn eq(&self, other: &HashMap<K, V, S>) -> bool {
        if self.len() != other.len() {
            return false;
        }

        self.iter().all(|(key, value)| other.get(key).map_or(false, |v| *value == *v))
    }
}

impl<K, V, S> Eq for HashMap<K, V, S>
where
    K: Eq + Hash,
    V: Eq,
    S: BuildHasher,
{
}

impl<K, V, S> Debug for HashMap<K, V, S>
where
    K: Debug,
    V: Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V, S> Default for HashMap<K, V, S>
where
    S: Default,
{
    fn default() -> HashMap<K, V, S> {
        HashMap::with_hasher(Default::default())
    }
}

impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S>
where
    K: Eq + Hash + Borrow<Q>,
    Q: Eq + Hash,
    S: BuildHasher,
{
    type Output = V;

    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K, V, const N: usize> From<[(K, V); N]> for HashMap<K, V, RandomState>
where
    K: Eq + Hash,
{
    fn from(arr: [(K, V); N]) -> Self {
        Self::from_iter(arr)
    }
}

// ---------------------------------------------------------------------------------------
// Iterators

/// An iterator over the entries of a `HashMap` (`HashMap::iter`).
pub struct Iter<'a, K: 'a, V: 'a> {
    base: RawIter<'a, (K, V)>,
}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { base: self.base.clone() }
    }
}

impl<K, V> Default for Iter<'_, K, V> {
    fn default() -> Self {
        Iter { base: RawIter::empty() }
    }
}

impl<K: Debug, V: Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// A mutable iterator over the entries of a `HashMap` (`HashMap::iter_mut`).
pub struct IterMut<'a, K: 'a, V: 'a> {
    base: RawIterMut<'a, (K, V)>,
}

impl<'a, K, V> IterMut<'a, K, V> {
    fn iter(&self) -> Iter<'_, K, V> {
        Iter { base: self.base.iter() }
    }
}

impl<K, V> Default for IterMut<'_, K, V> {
    fn default() -> Self {
        IterMut { base: RawIterMut::empty() }
    }
}

/// An owning iterator over the entries of a `HashMap` (`into_iter`).
pub struct IntoIter<K, V> {
    base: RawIntoIter<(K, V)>,
}

impl<K, V> IntoIter<K, V> {
    fn iter(&self) -> Iter<'_, K, V> {
        Iter { base: self.base.iter() }
    }
}

impl<K, V> Default for IntoIter<K, V> {
    fn default() -> Self {
        IntoIter { base: RawIntoIter::new(RawTable::new()) }
    }
}

/// An iterator over the keys of a `HashMap` (`HashMap::keys`).
pub struct Keys<'a, K: 'a, V: 'a> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { inner: self.inner.clone() }
    }
}

impl<K, V> Default for Keys<'_, K, V> {
    fn default() -> Self {
        Keys { inner: Default::default() }
    }
}

impl<K: Debug, V> fmt::Debug for Keys<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// An iterator over the values of a `HashMap` (`HashMap::values`).
pub struct Values<'a, K: 'a, V: 'a> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values { inner: self.inner.clone() }
    }
}

impl<K, V> Default for Values<'_, K, V> {
    fn default() -> Self {
        Values { inner: Default::default() }
    }
}

impl<K, V: Debug> fmt::Debug for Values<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// A draining iterator over the entries of a `HashMap` (`HashMap::drain`).
pub struct Drain<'a, K: 'a, V: 'a> {
    base: RawDrain<'a, (K, V)>,
}

impl<'a, K, V> Drain<'a, K, V> {
    fn iter(&self) -> Iter<'_, K, V> {
        Iter { base: self.base.iter() }
    }
}

/// A draining, filtering iterator over the entries of a `HashMap` (`extract_if`).
pub struct ExtractIf<'a, K, V, F> {
    table: &'a mut RawTable<(K, V)>,
    next: usize,
    pred: F,
}

/// A mutable iterator over the values of a `HashMap` (`HashMap::values_mut`).
pub struct ValuesMut<'a, K: 'a, V: 'a> {
    inner: IterMut<'a, K, V>,
}

impl<K, V> Default for ValuesMut<'_, K, V> {
    fn default() -> Self {
        ValuesMut { inner: Default::default() }
    }
}

/// An owning iterator over the keys of a `HashMap` (`HashMap::into_keys`).
pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Default for IntoKeys<K, V> {
    fn default() -> Self {
        IntoKeys { inner: Default::default() }
    }
}

/// An owning iterator over the values of a `HashMap` (`HashMap::into_values`).
pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Default for IntoValues<K, V> {
    fn default() -> Self {
        IntoValues { inner: Default::default() }
    }
}

impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut HashMap<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V, S> IntoIterator for HashMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { base: RawIntoIter::new(self.base) }
    }
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        let (k, v) = self.base.next()?;
        Some((k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.base.size_hint()
    }

    fn count(self) -> usize {
        self.base.len()
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {
    fn len(&self) -> usize {
        self.base.len()
    }
}

impl<K, V> FusedIterator for Iter<'_, K, V> {}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        let (k, v) = self.base.next()?;
        Some((&*k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.base.size_hint()
    }

    fn count(self) -> usize {
        self.base.len()
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {
    fn len(&self) -> usize {
        self.base.len()
    }
}

impl<K, V> FusedIterator for IterMut<'_, K, V> {}

impl<K, V> fmt::Debug for IterMut<'_, K, V>
where
    K: fmt::Debug,
    V: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.base.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.base.size_hint()
    }

    fn count(self) -> usize {
        self.base.len()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {
    fn len(&self) -> usize {
        self.base.len()
    }
}

impl<K, V> FusedIterator for IntoIter<K, V> {}

impl<K: Debug, V: Debug> fmt::Debug for IntoIter<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    fn next(&mut self) -> Option<&'a K> {
        let (k, _) = self.inner.next()?;
        Some(k)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn count(self) -> usize {
        self.inner.len()
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Keys<'_, K, V> {}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        let (_, v) = self.inner.next()?;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn count(self) -> usize {
        self.inner.len()
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Values<'_, K, V> {}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        let (_, v) = self.inner.next()?;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn count(self) -> usize {
        self.inner.len()
    }
}

impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}

impl<K, V: fmt::Debug> fmt::Debug for ValuesMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.iter().map(|(_, val)| val)).finish()
    }
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        let (k, _) = self.inner.next()?;
        Some(k)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn count(self) -> usize {
        self.inner.len()
    }
}

impl<K, V> ExactSizeIterator for IntoKeys<K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IntoKeys<K, V> {}

impl<K: Debug, V> fmt::Debug for IntoKeys<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.iter().map(|(k, _)| k)).finish()
    }
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        let (_, v) = self.inner.next()?;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn count(self) -> usize {
        self.inner.len()
    }
}

impl<K, V> ExactSizeIterator for IntoValues<K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IntoValues<K, V> {}

impl<K, V: Debug> fmt::Debug for IntoValues<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.iter().map(|(_, v)| v)).finish()
    }
}

impl<'a, K, V> Iterator for Drain<'a, K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.base.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.base.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Drain<'_, K, V> {
    fn len(&self) -> usize {
        self.base.len()
    }
}

impl<K, V> FusedIterator for Drain<'_, K, V> {}

impl<K, V> fmt::Debug for Drain<'_, K, V>
where
    K: fmt::Debug,
    V: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<K, V, F> Iterator for ExtractIf<'_, K, V, F>
where
    F: FnMut(&K, &mut V) -> bool,
{
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        while let Some(slot) = self.table.next_slot(self.next) {
            self.next = slot + 1;
            let (k, v) = self.table.get_mut(slot);
            if (self.pred)(k, v) {
                return Some(self.table.remove(slot));
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.table.len()))
    }
}

impl<K, V, F> FusedIterator for ExtractIf<'_, K, V, F> where F: FnMut(&K, &mut V) -> bool {}

impl<K, V, F> fmt::Debug for ExtractIf<'_, K, V, F>
where
    K: fmt::Debug,
    V: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").finish_non_exhaustive()
    }
}

// ---------------------------------------------------------------------------------------
// Entry API

/// A view into a single entry in a map, which may either be vacant or occupied.
pub enum Entry<'a, K: 'a, V: 'a> {
    /// An occupied entry.
    Occupied(OccupiedEntry<'a, K, V>),

    /// A vacant entry.
    Vacant(VacantEntry<'a, K, V>),
}

impl<K: Debug, V: Debug> Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Vacant(ref v) => f.debug_tuple("Entry").field(v).finish(),
            Occupied(ref o) => f.debug_tuple("Entry").field(o).finish(),
        }
    }
}

/// A view into an occupied entry in a `HashMap`.
pub struct OccupiedEntry<'a, K: 'a, V: 'a> {
    table: &'a mut RawTable<(K, V)>,
    slot: usize,
}

impl<K: Debug, V: Debug> Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish_non_exhaustive()
    }
}

/// A view into a vacant entry in a `HashMap`.
pub struct VacantEntry<'a, K: 'a, V: 'a> {
    hash: u64,
    key: K,
    table: &'a mut RawTable<(K, V)>,
}

impl<K: Debug, V> Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

/// The error returned by `try_insert` when the key already exists (unstable in rustc).
pub struct OccupiedError<'a, K: 'a, V: 'a> {
    /// The entry in the map that was already occupied.
    pub entry: OccupiedEntry<'a, K, V>,
    /// The value which was not inserted, because the entry was already occupied.
    pub value: V,
}

impl<K: Debug, V: Debug> Debug for OccupiedError<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedError")
            .field("key", self.entry.key())
            .field("old_value", self.entry.get())
            .field("new_value", &self.value)
            .finish_non_exhaustive()
    }
}

impl<'a, K: Debug, V: Debug> fmt::Display for OccupiedError<'a, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "failed to insert {:?}, key {:?} already exists with value {:?}",
            self.value,
            self.entry.key(),
            self.entry.get(),
        )
    }
}

impl<'a, K: Debug, V: Debug> crate::error::Error for OccupiedError<'a, K, V> {}

impl<'a, K, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Occupied(entry) => entry.into_mut(),
            Vacant(entry) => entry.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Occupied(entry) => entry.into_mut(),
            Vacant(entry) => entry.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Occupied(entry) => entry.into_mut(),
            Vacant(entry) => {
                let value = default(entry.key());
                entry.insert(value)
            }
        }
    }

    pub fn key(&self) -> &K {
        match *self {
            Occupied(ref entry) => entry.key(),
            Vacant(ref entry) => entry.key(),
        }
    }

    pub fn and_modify<F>(self, f: F) -> Self
    where
        F: FnOnce(&mut V),
    {
        match self {
            Occupied(mut entry) => {
                f(entry.get_mut());
                Occupied(entry)
            }
            Vacant(entry) => Vacant(entry),
        }
    }

    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        match self {
            Occupied(mut entry) => {
                entry.insert(value);
                entry
            }
            Vacant(entry) => entry.insert_entry(value),
        }
    }
}

impl<'a, K, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Occupied(entry) => entry.into_mut(),
            Vacant(entry) => entry.insert(Default::default()),
        }
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.table.get(self.slot).0
    }

    pub fn remove_entry(self) -> (K, V) {
        self.table.remove(self.slot)
    }

    pub fn get(&self) -> &V {
        &self.table.get(self.slot).1
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut self.table.get_mut(self.slot).1
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut self.table.get_mut(self.slot).1
    }

    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }
}

impl<'a, K: 'a, V: 'a> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        let table = self.table;
        let slot = table.insert(self.hash, (self.key, value));
        &mut table.get_mut(slot).1
    }

    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let table = self.table;
        let slot = table.insert(self.hash, (self.key, value));
        OccupiedEntry { table, slot }
    }
}

impl<K, V, S> FromIterator<(K, V)> for HashMap<K, V, S>
where
    K: Eq + Hash,
    S: BuildHasher + Default,
{
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V, S> {
        let mut map = HashMap::with_hasher(Default::default());
        map.extend(iter);
        map
    }
}

impl<K, V, S> Extend<(K, V)> for HashMap<K, V, S>
where
    K: Eq + Hash,
    S: BuildHasher,
{
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        // hashbrown's heuristic: reserve the whole hint when empty, half of it otherwise.
        let iter = iter.into_iter();
        let reserve = if self.is_empty() { iter.size_hint().0 } else { (iter.size_hint().0 + 1) / 2 };
        self.reserve(reserve);
        iter.for_each(move |(k, v)| {
            self.insert(k, v);
        });
    }
}

impl<'a, K, V, S> Extend<(&'a K, &'a V)> for HashMap<K, V, S>
where
    K: Eq + Hash + Copy,
    V: Copy,
    S: BuildHasher,
{
    fn extend<T: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: T) {
        self.extend(iter.into_iter().map(|(&key, &value)| (key, value)));
    }
}

#[allow(dead_code)]
fn assert_covariance() {
    fn map_key<'new>(v: HashMap<&'static str, u8>) -> HashMap<&'new str, u8> {
        v
    }
    fn map_val<'new>(v: HashMap<u8, &'static str>) -> HashMap<u8, &'new str> {
        v
    }
    fn iter_key<'a, 'new>(v: Iter<'a, &'static str, u8>) -> Iter<'a, &'new str, u8> {
        v
    }
    fn into_iter_key<'new>(v: IntoIter<&'static str, u8>) -> IntoIter<&'new str, u8> {
        v
    }
    fn keys_key<'a, 'new>(v: Keys<'a, &'static str, u8>) -> Keys<'a, &'new str, u8> {
        v
    }
    fn values_val<'a, 'new>(v: Values<'a, u8, &'static str>) -> Values<'a, u8, &'new str> {
        v
    }
}
