//! An ordered map based on a B-Tree in rustc; here, Rust over the opaque sorted store
//! `btree_store::SortedStore` (`std::collections::btree_map`).
//!
//! Positions in the store are the ranks of the keys, so iterators are pairs of positions
//! (front, back), ranges are resolved to positions with `search_by`, and entries remember
//! the position they found.

use crate::borrow::Borrow;
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::collections::btree_store::SortedStore;
use crate::convert::From;
use crate::default::Default;
use crate::fmt::{self, Debug};
use crate::hash::{Hash, Hasher};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::{Copy, PhantomData, Send, Sized, Sync};
use crate::mem::{self, drop};
use crate::ops::{Bound, Drop, FnMut, FnOnce, Index, RangeBounds};
use crate::option::Option::{self, None, Some};
use crate::ptr::NonNull;
use crate::result::Result::{self, Err, Ok};
use crate::vec::{self, Vec};

use self::Entry::*;

/// An ordered map based on a B-Tree.
pub struct BTreeMap<K, V> {
    store: SortedStore<K, V>,
}

impl<K, V> BTreeMap<K, V> {
    pub const fn new() -> BTreeMap<K, V> {
        BTreeMap { store: SortedStore::new() }
    }

    pub fn clear(&mut self) {
        // Dropped after `self` is emptied, as rustc does (`mem::replace` then drop).
        drop(BTreeMap { store: mem::replace(&mut self.store, SortedStore::new()) });
    }

    pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord,
    {
        match self.find(key) {
            Ok(i) => Some(self.store.get(i).1),
            Err(_) => None,
        }
    }

    pub fn get_key_value<Q: ?Sized>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q> + Ord,
        Q: Ord,
    {
        match self.find(k) {
            Ok(i) => Some(self.store.get(i)),
            Err(_) => None,
        }
    }

    pub fn first_key_value(&self) -> Option<(&K, &V)>
    where
        K: Ord,
    {
        if self.is_empty() { None } else { Some(self.store.get(0)) }
    }

    pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>>
    where
        K: Ord,
    {
        if self.is_empty() { None } else { Some(OccupiedEntry { index: 0, map: self }) }
    }

    pub fn pop_first(&mut self) -> Option<(K, V)>
    where
        K: Ord,
    {
        self.first_entry().map(|entry| entry.remove_entry())
    }

    pub fn last_key_value(&self) -> Option<(&K, &V)>
    where
        K: Ord,
    {
        let len = self.len();
        if len == 0 { None } else { Some(self.store.get(len - 1)) }
    }

    pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>>
    where
        K: Ord,
    {
        let len = self.len();
        if len == 0 { None } else { Some(OccupiedEntry { index: len - 1, map: self }) }
    }

    pub fn pop_last(&mut self) -> Option<(K, V)>
    where
        K: Ord,
    {
        self.last_entry().map(|entry| entry.remove_entry())
    }

    pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q> + Ord,
        Q: Ord,
    {
        self.find(key).is_ok()
    }

    pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord,
    {
        match self.find(key) {
            Ok(i) => Some(self.store.get_mut(i).1),
            Err(_) => None,
        }
    }

    #[rustc_confusables("push", "put", "set")]
    pub fn insert(&mut self, key: K, value: V) -> Option<V>
    where
        K: Ord,
    {
        match self.entry(key) {
            Occupied(mut entry) => Some(entry.insert(value)),
            Vacant(entry) => {
                entry.insert(value);
                None
            }
        }
    }

    /// Tries to insert a key-value pair into the map (unstable in rustc).
    pub fn try_insert(&mut self, key: K, value: V) -> Result<&mut V, OccupiedError<'_, K, V>>
    where
        K: Ord,
    {
        match self.entry(key) {
            Occupied(entry) => Err(OccupiedError { entry, value }),
            Vacant(entry) => Ok(entry.insert(value)),
        }
    }

    #[rustc_confusables("delete")]
    pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord,
    {
        self.remove_entry(key).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: ?Sized>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q> + Ord,
        Q: Ord,
    {
        match self.find(key) {
            Ok(i) => Some(self.store.remove(i)),
            Err(_) => None,
        }
    }

    pub fn retain<F>(&mut self, mut f: F)
    where
        K: Ord,
        F: FnMut(&K, &mut V) -> bool,
    {
        self.extract_if(.., |k, v| !f(k, v)).for_each(drop);
    }

    pub fn append(&mut self, other: &mut Self)
    where
        K: Ord,
    {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            mem::swap(self, other);
            return;
        }
        // Merge both sorted sequences; on equal keys the pair from `other` wins.
        let mine = mem::replace(&mut self.store, SortedStore::new()).into_vec();
        let theirs = mem::replace(&mut other.store, SortedStore::new()).into_vec();
        let mut merged = Vec::with_capacity(mine.len() + theirs.len());
        let mut a = mine.into_iter().peekable();
        let mut b = theirs.into_iter().peekable();
        loop {
            let order = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => x.0.cmp(&y.0),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => break,
            };
            match order {
                Ordering::Less => merged.push(a.next().unwrap()),
                Ordering::Greater => merged.push(b.next().unwrap()),
                Ordering::Equal => {
                    drop(a.next());
                    merged.push(b.next().unwrap());
                }
            }
        }
        self.store = SortedStore::from_sorted_vec(merged);
    }

    pub fn range<T: ?Sized, R>(&self, range: R) -> Range<'_, K, V>
    where
        T: Ord,
        K: Borrow<T> + Ord,
        R: RangeBounds<T>,
    {
        let (front, back) = self.range_positions(&range, false);
        Range { inner: Iter { store: Some(&self.store), front, back } }
    }

    pub fn range_mut<T: ?Sized, R>(&mut self, range: R) -> RangeMut<'_, K, V>
    where
        T: Ord,
        K: Borrow<T> + Ord,
        R: RangeBounds<T>,
    {
        let (front, back) = self.range_positions(&range, false);
        RangeMut { inner: IterMut { store: Some(NonNull::from(&mut self.store)), front, back, marker: PhantomData } }
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V>
    where
        K: Ord,
    {
        match self.store.search_by(|k| k.cmp(&key)) {
            Ok(index) => Occupied(OccupiedEntry { index, map: self }),
            Err(index) => Vacant(VacantEntry { key, index, map: self }),
        }
    }

    pub fn split_off<Q: ?Sized + Ord>(&mut self, key: &Q) -> Self
    where
        K: Borrow<Q> + Ord,
    {
        let at = match self.find(key) {
            Ok(i) => i,
            Err(i) => i,
        };
        BTreeMap { store: self.store.split_off(at) }
    }

    pub fn extract_if<F, R>(&mut self, range: R, pred: F) -> ExtractIf<'_, K, V, R, F>
    where
        K: Ord,
        R: RangeBounds<K>,
        F: FnMut(&K, &mut V) -> bool,
    {
        let (front, _) = self.range_positions(&range, false);
        ExtractIf { map: self, index: front, range, pred }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.into_iter() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.into_iter() }
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { store: Some(&self.store), front: 0, back: self.len() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        let back = self.len();
        IterMut { store: Some(NonNull::from(&mut self.store)), front: 0, back, marker: PhantomData }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    #[rustc_confusables("length", "size")]
    pub const fn len(&self) -> usize {
        self.store.len()
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // The position of `key`, or where it would be inserted.
    fn find<Q: ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
        Q: Ord,
    {
        self.store.search_by(|k| k.borrow().cmp(key))
    }

    // Resolves `range` to positions `front..back`, with rustc's panics for inverted
    // ranges (checked only when the map is not empty, as rustc does).
    pub(super) fn range_positions<T: ?Sized, R>(&self, range: &R, is_set: bool) -> (usize, usize)
    where
        T: Ord,
        K: Borrow<T>,
        R: RangeBounds<T>,
    {
        if self.is_empty() {
            return (0, 0);
        }
        let (start, end) = (range.start_bound(), range.end_bound());
        match (start, end) {
            (Bound::Excluded(s), Bound::Excluded(e)) if s == e => {
                if is_set {
                    panic!("range start and end are equal and excluded in BTreeSet")
                } else {
                    panic!("range start and end are equal and excluded in BTreeMap")
                }
            }
            (Bound::Included(s) | Bound::Excluded(s), Bound::Included(e) | Bound::Excluded(e)) if s > e => {
                if is_set {
                    panic!("range start is greater than range end in BTreeSet")
                } else {
                    panic!("range start is greater than range end in BTreeMap")
                }
            }
            _ => {}
        }
        let front = match start {
            Bound::Included(s) => match self.find(s) {
                Ok(i) | Err(i) => i,
            },
            Bound::Excluded(s) => match self.find(s) {
                Ok(i) => i + 1,
                Err(i) => i,
            },
            Bound::Unbounded => 0,
        };
        let back = match end {
            Bound::Included(e) => match self.find(e) {
                Ok(i) => i + 1,
                Err(i) => i,
            },
            Bound::Excluded(e) => match self.find(e) {
                Ok(i) | Err(i) => i,
            },
            Bound::Unbounded => self.len(),
        };
        if front > back { (front, front) } else { (front, back) }
    }

    // One step of `extract_if`: from position `*index`, the first pair within `range`'s
    // end bound for which `pred` holds is removed and returned.
    pub(super) fn extract_step<R, F>(&mut self, index: &mut usize, range: &R, pred: &mut F) -> Option<(K, V)>
    where
        K: PartialOrd,
        R: RangeBounds<K>,
        F: FnMut(&K, &mut V) -> bool,
    {
        while *index < self.len() {
            let (k, v) = self.store.get_mut(*index);
            let in_range = match range.end_bound() {
                Bound::Included(end) => *k <= *end,
                Bound::Excluded(end) => *k < *end,
                Bound::Unbounded => true,
            };
            if !in_range {
                *index = self.len();
                return None;
            }
            if pred(k, v) {
                return Some(self.store.remove(*index));
            }
            *index += 1;
        }
        None
    }

    // Replaces an equal key (for `BTreeSet::replace`), or inserts `(key, value)`.
    pub(super) fn replace_key(&mut self, key: K, value: V) -> Option<K>
    where
        K: Ord,
    {
        match self.store.search_by(|k| k.cmp(&key)) {
            Ok(i) => Some(self.store.replace_key(i, key)),
            Err(i) => {
                self.store.insert(i, key, value);
                None
            }
        }
    }

    // The key equal to `key`, inserting `(key, value)` if absent (for `BTreeSet`).
    pub(super) fn get_key_or_insert(&mut self, key: K, value: V) -> &K
    where
        K: Ord,
    {
        let i = match self.store.search_by(|k| k.cmp(&key)) {
            Ok(i) => i,
            Err(i) => {
                self.store.insert(i, key, value);
                i
            }
        };
        self.store.get(i).0
    }
}

impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self.iter() {
            pairs.push((k.clone(), v.clone()));
        }
        BTreeMap { store: SortedStore::from_sorted_vec(pairs) }
    }
}

impl<K: Hash, V: Hash> Hash for BTreeMap<K, V> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for elt in self {
            elt.hash(state);
        }
    }
}

impl<K, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b)
    }
}

impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}

impl<K: PartialOrd, V: PartialOrd> PartialOrd for BTreeMap<K, V> {
    fn partial_cmp(&self, other: &BTreeMap<K, V>) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<K: Ord, V: Ord> Ord for BTreeMap<K, V> {
    fn cmp(&self, other: &BTreeMap<K, V>) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, Q: ?Sized, V> Index<&Q> for BTreeMap<K, V>
where
    K: Borrow<Q> + Ord,
    Q: Ord,
{
    type Output = V;

    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {
    fn from(arr: [(K, V); N]) -> Self {
        BTreeMap::from_iter(arr)
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> BTreeMap<K, V> {
        let mut map = BTreeMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        iter.into_iter().for_each(move |(k, v)| {
            self.insert(k, v);
        });
    }
}

impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for BTreeMap<K, V> {
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        self.extend(iter.into_iter().map(|(&key, &value)| (key, value)));
    }
}

// ---------------------------------------------------------------------------------------
// Entry API

/// A view into a single entry in a map, which may either be vacant or occupied.
pub enum Entry<'a, K: 'a, V: 'a> {
    /// A vacant entry.
    Vacant(VacantEntry<'a, K, V>),

    /// An occupied entry.
    Occupied(OccupiedEntry<'a, K, V>),
}

impl<K: Debug + Ord, V: Debug> Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Vacant(ref v) => f.debug_tuple("Entry").field(v).finish(),
            Occupied(ref o) => f.debug_tuple("Entry").field(o).finish(),
        }
    }
}

/// A view into a vacant entry in a `BTreeMap`.
pub struct VacantEntry<'a, K, V> {
    key: K,
    index: usize,
    map: &'a mut BTreeMap<K, V>,
}

impl<K: Debug + Ord, V> Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

/// A view into an occupied entry in a `BTreeMap`.
pub struct OccupiedEntry<'a, K, V> {
    index: usize,
    map: &'a mut BTreeMap<K, V>,
}

impl<K: Debug + Ord, V: Debug> Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish()
    }
}

/// The error returned by `try_insert` when the key already exists (unstable in rustc).
pub struct OccupiedError<'a, K: 'a, V: 'a> {
    /// The entry in the map that was already occupied.
    pub entry: OccupiedEntry<'a, K, V>,
    /// The value which was not inserted, because the entry was already occupied.
    pub value: V,
}

impl<K: Debug + Ord, V: Debug> Debug for OccupiedError<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedError")
            .field("key", self.entry.key())
            .field("old_value", self.entry.get())
            .field("new_value", &self.value)
            .finish()
    }
}

impl<'a, K: Debug + Ord, V: Debug> fmt::Display for OccupiedError<'a, K, V> {
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

impl<'a, K: Debug + Ord, V: Debug> crate::error::Error for OccupiedError<'a, K, V> {}

impl<'a, K: Ord, V> Entry<'a, K, V> {
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

impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Occupied(entry) => entry.into_mut(),
            Vacant(entry) => entry.insert(Default::default()),
        }
    }
}

impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        self.insert_entry(value).into_mut()
    }

    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let map = self.map;
        map.store.insert(self.index, self.key, value);
        OccupiedEntry { index: self.index, map }
    }
}

impl<'a, K: Ord, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        self.map.store.get(self.index).0
    }

    pub fn remove_entry(self) -> (K, V) {
        self.map.store.remove(self.index)
    }

    pub fn get(&self) -> &V {
        self.map.store.get(self.index).1
    }

    pub fn get_mut(&mut self) -> &mut V {
        self.map.store.get_mut(self.index).1
    }

    pub fn into_mut(self) -> &'a mut V {
        self.map.store.get_mut(self.index).1
    }

    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }
}

// ---------------------------------------------------------------------------------------
// Iterators

/// An iterator over the entries of a `BTreeMap` (`BTreeMap::iter`).
pub struct Iter<'a, K: 'a, V: 'a> {
    store: Option<&'a SortedStore<K, V>>,
    front: usize,
    back: usize,
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<'a, K: 'a, V: 'a> Default for Iter<'a, K, V> {
    fn default() -> Self {
        Iter { store: None, front: 0, back: 0 }
    }
}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { store: self.store, front: self.front, back: self.back }
    }
}

impl<'a, K: 'a, V: 'a> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        if self.front == self.back {
            return None;
        }
        let store = self.store?;
        let i = self.front;
        self.front += 1;
        Some(store.get(i))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        (len, Some(len))
    }

    fn last(mut self) -> Option<(&'a K, &'a V)> {
        self.next_back()
    }
}

impl<'a, K: 'a, V: 'a> DoubleEndedIterator for Iter<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        if self.front == self.back {
            return None;
        }
        let store = self.store?;
        self.back -= 1;
        Some(store.get(self.back))
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

impl<K, V> FusedIterator for Iter<'_, K, V> {}

/// A mutable iterator over the entries of a `BTreeMap` (`BTreeMap::iter_mut`).
pub struct IterMut<'a, K: 'a, V: 'a> {
    store: Option<NonNull<SortedStore<K, V>>>,
    front: usize,
    back: usize,
    marker: PhantomData<&'a mut (K, V)>,
}

unsafe impl<K: Sync, V: Sync> Sync for IterMut<'_, K, V> {}

unsafe impl<K: Send, V: Send> Send for IterMut<'_, K, V> {}

impl<'a, K, V> IterMut<'a, K, V> {
    fn iter(&self) -> Iter<'_, K, V> {
        match self.store {
            Some(store) => Iter { store: Some(unsafe { store.as_ref() }), front: self.front, back: self.back },
            None => Iter::default(),
        }
    }

    fn pair(&self, i: usize) -> (&'a K, &'a mut V) {
        let store = unsafe { self.store.unwrap().as_ref() };
        let (k, v) = store.pair_ptr(i);
        unsafe { (&*k, &mut *v) }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for IterMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a, K: 'a, V: 'a> Default for IterMut<'a, K, V> {
    fn default() -> Self {
        IterMut { store: None, front: 0, back: 0, marker: PhantomData }
    }
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        Some(self.pair(i))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        (len, Some(len))
    }

    fn last(mut self) -> Option<(&'a K, &'a mut V)> {
        self.next_back()
    }
}

impl<'a, K, V> DoubleEndedIterator for IterMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(self.pair(self.back))
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

impl<K, V> FusedIterator for IterMut<'_, K, V> {}

/// An owning iterator over the entries of a `BTreeMap`, sorted by key.
pub struct IntoIter<K, V> {
    inner: vec::IntoIter<(K, V)>,
}

impl<K: Debug, V: Debug> Debug for IntoIter<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.as_slice().iter().map(|(k, v)| (k, v))).finish()
    }
}

impl<K, V> Default for IntoIter<K, V> {
    fn default() -> Self {
        IntoIter { inner: Vec::new().into_iter() }
    }
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for IntoIter<K, V> {
    fn next_back(&mut self) -> Option<(K, V)> {
        self.inner.next_back()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IntoIter<K, V> {}

impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { inner: self.store.into_vec().into_iter() }
    }
}

/// An iterator over the keys of a `BTreeMap`.
pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K: fmt::Debug, V> fmt::Debug for Keys<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// An iterator over the values of a `BTreeMap`.
pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K, V: fmt::Debug> fmt::Debug for Values<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// A mutable iterator over the values of a `BTreeMap`.
pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<K, V: fmt::Debug> fmt::Debug for ValuesMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.iter().map(|(_, val)| val)).finish()
    }
}

/// An owning iterator over the keys of a `BTreeMap`.
pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K: fmt::Debug, V> fmt::Debug for IntoKeys<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.inner.as_slice().iter().map(|(key, _)| key)).finish()
    }
}

/// An owning iterator over the values of a `BTreeMap`.
pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V: fmt::Debug> fmt::Debug for IntoValues<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.inner.as_slice().iter().map(|(_, val)| val)).finish()
    }
}

/// An iterator over a sub-range of entries in a `BTreeMap`.
pub struct Range<'a, K: 'a, V: 'a> {
    inner: Iter<'a, K, V>,
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Range<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// A mutable iterator over a sub-range of entries in a `BTreeMap`.
pub struct RangeMut<'a, K: 'a, V: 'a> {
    inner: IterMut<'a, K, V>,
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for RangeMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.inner.iter()).finish()
    }
}

/// An iterator produced by calling `extract_if` on `BTreeMap`.
pub struct ExtractIf<'a, K, V, R, F> {
    map: &'a mut BTreeMap<K, V>,
    index: usize,
    range: R,
    pred: F,
}

impl<K, V, R, F> fmt::Debug for ExtractIf<'_, K, V, R, F>
where
    K: fmt::Debug,
    V: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peek = if self.index < self.map.len() { Some(self.map.store.get(self.index)) } else { None };
        f.debug_tuple("ExtractIf").field(&peek).finish()
    }
}

impl<K, V, R, F> Iterator for ExtractIf<'_, K, V, R, F>
where
    K: PartialOrd,
    R: RangeBounds<K>,
    F: FnMut(&K, &mut V) -> bool,
{
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.map.extract_step(&mut self.index, &self.range, &mut self.pred)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.map.len() - self.index))
    }
}

impl<K, V, R, F> FusedIterator for ExtractIf<'_, K, V, R, F>
where
    K: PartialOrd,
    R: RangeBounds<K>,
    F: FnMut(&K, &mut V) -> bool,
{
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    fn next(&mut self) -> Option<&'a K> {
        self.inner.next().map(|(k, _)| k)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn last(mut self) -> Option<&'a K> {
        self.next_back()
    }

    fn min(mut self) -> Option<&'a K>
    where
        &'a K: Ord,
    {
        self.next()
    }

    fn max(mut self) -> Option<&'a K>
    where
        &'a K: Ord,
    {
        self.next_back()
    }
}

impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a K> {
        self.inner.next_back().map(|(k, _)| k)
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Keys<'_, K, V> {}

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

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        self.inner.next().map(|(_, v)| v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn last(mut self) -> Option<&'a V> {
        self.next_back()
    }
}

impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a V> {
        self.inner.next_back().map(|(_, v)| v)
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Values<'_, K, V> {}

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

impl<'a, K, V> Iterator for Range<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        self.inner.next()
    }

    fn last(mut self) -> Option<(&'a K, &'a V)> {
        self.next_back()
    }
}

impl<K, V> Default for Range<'_, K, V> {
    fn default() -> Self {
        Range { inner: Default::default() }
    }
}

impl<K, V> Default for RangeMut<'_, K, V> {
    fn default() -> Self {
        RangeMut { inner: Default::default() }
    }
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        self.inner.next().map(|(_, v)| v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn last(mut self) -> Option<&'a mut V> {
        self.next_back()
    }
}

impl<'a, K, V> DoubleEndedIterator for ValuesMut<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a mut V> {
        self.inner.next_back().map(|(_, v)| v)
    }
}

impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}

impl<K, V> Default for ValuesMut<'_, K, V> {
    fn default() -> Self {
        ValuesMut { inner: Default::default() }
    }
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        self.inner.next().map(|(k, _)| k)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn last(mut self) -> Option<K> {
        self.next_back()
    }
}

impl<K, V> DoubleEndedIterator for IntoKeys<K, V> {
    fn next_back(&mut self) -> Option<K> {
        self.inner.next_back().map(|(k, _)| k)
    }
}

impl<K, V> ExactSizeIterator for IntoKeys<K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IntoKeys<K, V> {}

impl<K, V> Default for IntoKeys<K, V> {
    fn default() -> Self {
        IntoKeys { inner: Default::default() }
    }
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        self.inner.next().map(|(_, v)| v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    fn last(mut self) -> Option<V> {
        self.next_back()
    }
}

impl<K, V> DoubleEndedIterator for IntoValues<K, V> {
    fn next_back(&mut self) -> Option<V> {
        self.inner.next_back().map(|(_, v)| v)
    }
}

impl<K, V> ExactSizeIterator for IntoValues<K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IntoValues<K, V> {}

impl<K, V> Default for IntoValues<K, V> {
    fn default() -> Self {
        IntoValues { inner: Default::default() }
    }
}

impl<'a, K, V> DoubleEndedIterator for Range<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        self.inner.next_back()
    }
}

impl<K, V> FusedIterator for Range<'_, K, V> {}

impl<K, V> Clone for Range<'_, K, V> {
    fn clone(&self) -> Self {
        Range { inner: self.inner.clone() }
    }
}

impl<'a, K, V> Iterator for RangeMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        self.inner.next()
    }

    fn last(mut self) -> Option<(&'a K, &'a mut V)> {
        self.next_back()
    }
}

impl<'a, K, V> DoubleEndedIterator for RangeMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        self.inner.next_back()
    }
}

impl<K, V> FusedIterator for RangeMut<'_, K, V> {}

// Set values: `BTreeSet<T>` is a `BTreeMap<T, SetValZST>`.
#[derive(Debug, Eq, PartialEq, Ord, PartialOrd, Hash, Clone, Copy, Default)]
pub(super) struct SetValZST;
