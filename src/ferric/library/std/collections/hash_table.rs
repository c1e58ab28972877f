//! The hash table under `HashMap`/`HashSet` (private; hashbrown's `RawTable` in rustc).
//!
//! `RawTable<T>` is `#[ferric::opaque]`: a set of slots holding values of type `T`, each
//! remembered with the `u64` hash it was inserted with. Hashing and key comparison stay
//! in Rust: lookups pass the hash and an equality closure, so the map's `BuildHasher`,
//! `Hash` and `Eq` impls are the ones that run.
//!
//! Slots are `usize` indices. A slot index stays valid until the next `insert`,
//! `reserve`, `shrink_to` or `clear`; `remove` only invalidates the removed slot. Iteration
//! visits the occupied slots in increasing index order via `next_slot` (the order is
//! unspecified, as rustc's).
//!
//! `capacity()` follows hashbrown: with `b` buckets (a power of two, or 0), the capacity
//! is `b - 1` when `b < 8`, else `b / 8 * 7`; `with_capacity(n)`/growth pick the smallest
//! `b` whose capacity is at least the needed number of elements (`n == 0`: `b = 0`;
//! otherwise `b >= 4` when `n < 4`, `b = 8` when `n < 8`, else the next power of two of
//! `n * 8 / 7`). Insertion into a full table doubles the capacity as hashbrown's
//! `reserve(1)` does.

use crate::convert::From;
use crate::iter::{ExactSizeIterator, FusedIterator, Iterator};
use crate::marker::PhantomData;
use crate::ops::{Drop, FnMut};
use crate::option::Option::{self, None, Some};
use crate::ptr::NonNull;

#[ferric::opaque]
pub(crate) struct RawTable<T> {
    marker: PhantomData<T>,
}

impl<T> RawTable<T> {
    /// An empty table with no buckets (capacity 0).
    #[ferric::intrinsic]
    pub(crate) const fn new() -> Self;

    /// An empty table able to hold `capacity` elements without growing.
    #[ferric::intrinsic]
    pub(crate) fn with_capacity(capacity: usize) -> Self;

    /// The number of elements.
    #[ferric::intrinsic]
    pub(crate) fn len(&self) -> usize;

    /// The number of elements the table can hold without growing (see the module docs).
    #[ferric::intrinsic]
    pub(crate) fn capacity(&self) -> usize;

    /// Grows so that `additional` more elements fit without growing.
    #[ferric::intrinsic]
    pub(crate) fn reserve(&mut self, additional: usize);

    /// Shrinks the capacity as much as possible, keeping at least `min_size`.
    #[ferric::intrinsic]
    pub(crate) fn shrink_to(&mut self, min_size: usize);

    /// Drops every element (in slot order); the capacity is kept.
    #[ferric::intrinsic]
    pub(crate) fn clear(&mut self);

    /// The slot of an element inserted with hash `hash` for which `eq` returns true
    /// (`eq` is only called on elements with that hash), or `None`.
    #[ferric::intrinsic]
    pub(crate) fn find(&self, hash: u64, eq: impl FnMut(&T) -> bool) -> Option<usize>;

    /// Inserts `value` with hash `hash` (no check for an equal element) and returns its
    /// slot; grows first if the table is full.
    #[ferric::intrinsic]
    pub(crate) fn insert(&mut self, hash: u64, value: T) -> usize;

    /// Removes and returns the element in an occupied `slot`.
    #[ferric::intrinsic]
    pub(crate) fn remove(&mut self, slot: usize) -> T;

    /// The element in an occupied `slot`.
    #[ferric::intrinsic]
    pub(crate) fn get(&self, slot: usize) -> &T;

    /// The element in an occupied `slot`, mutably.
    #[ferric::intrinsic]
    pub(crate) fn get_mut(&mut self, slot: usize) -> &mut T;

    /// A raw pointer to the element in an occupied `slot` (for iterators handing out
    /// `&mut` to several elements).
    #[ferric::intrinsic]
    pub(crate) fn slot_ptr(&self, slot: usize) -> *mut T;

    /// The hash the element in an occupied `slot` was inserted with.
    #[ferric::intrinsic]
    pub(crate) fn hash_of(&self, slot: usize) -> u64;

    /// The smallest occupied slot `>= start`, or `None`.
    #[ferric::intrinsic]
    pub(crate) fn next_slot(&self, start: usize) -> Option<usize>;

    pub(crate) fn iter(&self) -> RawIter<'_, T> {
        RawIter { table: Some(self), next: 0, remaining: self.len() }
    }

    pub(crate) fn iter_mut(&mut self) -> RawIterMut<'_, T> {
        let remaining = self.len();
        RawIterMut { table: Some(NonNull::from(self)), next: 0, remaining, marker: PhantomData }
    }

    /// Removes the first element in a slot `>= *cursor` and moves the cursor past it
    /// (for draining in slot order).
    pub(crate) fn pop_from(&mut self, cursor: &mut usize) -> Option<T> {
        let slot = self.next_slot(*cursor)?;
        *cursor = slot + 1;
        Some(self.remove(slot))
    }
}

unsafe impl<#[may_dangle] T> Drop for RawTable<T> {
    /// Drops every element (in slot order) and frees the table.
    #[ferric::intrinsic]
    fn drop(&mut self);
}

/// Shared iteration over the elements of a table, in slot order.
pub(crate) struct RawIter<'a, T> {
    table: Option<&'a RawTable<T>>,
    next: usize,
    remaining: usize,
}

impl<'a, T> RawIter<'a, T> {
    pub(crate) const fn empty() -> Self {
        RawIter { table: None, next: 0, remaining: 0 }
    }
}

impl<'a, T> crate::clone::Clone for RawIter<'a, T> {
    fn clone(&self) -> Self {
        RawIter { table: self.table, next: self.next, remaining: self.remaining }
    }
}

impl<'a, T> Iterator for RawIter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        let table = self.table?;
        if self.remaining == 0 {
            return None;
        }
        let slot = table.next_slot(self.next)?;
        self.next = slot + 1;
        self.remaining -= 1;
        Some(table.get(slot))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T> ExactSizeIterator for RawIter<'_, T> {}

impl<T> FusedIterator for RawIter<'_, T> {}

/// Mutable iteration over the elements of a table, in slot order.
pub(crate) struct RawIterMut<'a, T> {
    table: Option<NonNull<RawTable<T>>>,
    next: usize,
    remaining: usize,
    marker: PhantomData<&'a mut T>,
}

impl<'a, T> RawIterMut<'a, T> {
    pub(crate) const fn empty() -> Self {
        RawIterMut { table: None, next: 0, remaining: 0, marker: PhantomData }
    }

    /// A shared iterator over the remaining elements.
    pub(crate) fn iter(&self) -> RawIter<'_, T> {
        match self.table {
            Some(table) => RawIter { table: Some(unsafe { table.as_ref() }), next: self.next, remaining: self.remaining },
            None => RawIter::empty(),
        }
    }
}

impl<'a, T> Iterator for RawIterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        let table = unsafe { self.table?.as_ref() };
        if self.remaining == 0 {
            return None;
        }
        let slot = table.next_slot(self.next)?;
        self.next = slot + 1;
        self.remaining -= 1;
        Some(unsafe { &mut *table.slot_ptr(slot) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T> ExactSizeIterator for RawIterMut<'_, T> {}

impl<T> FusedIterator for RawIterMut<'_, T> {}

unsafe impl<T: crate::marker::Sync> crate::marker::Sync for RawIterMut<'_, T> {}

unsafe impl<T: crate::marker::Send> crate::marker::Send for RawIterMut<'_, T> {}

/// Owning iteration (removes the elements one by one in slot order).
pub(crate) struct RawIntoIter<T> {
    table: RawTable<T>,
    cursor: usize,
}

impl<T> RawIntoIter<T> {
    pub(crate) fn new(table: RawTable<T>) -> Self {
        RawIntoIter { table, cursor: 0 }
    }

    pub(crate) fn iter(&self) -> RawIter<'_, T> {
        self.table.iter()
    }
}

impl<T> Iterator for RawIntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.table.pop_from(&mut self.cursor)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.table.len();
        (len, Some(len))
    }
}

impl<T> ExactSizeIterator for RawIntoIter<T> {}

impl<T> FusedIterator for RawIntoIter<T> {}

/// Draining iteration: removes the elements one by one; the rest are removed when it is
/// dropped. The table keeps its capacity.
pub(crate) struct RawDrain<'a, T> {
    table: &'a mut RawTable<T>,
    cursor: usize,
}

impl<'a, T> RawDrain<'a, T> {
    pub(crate) fn new(table: &'a mut RawTable<T>) -> Self {
        RawDrain { table, cursor: 0 }
    }

    pub(crate) fn iter(&self) -> RawIter<'_, T> {
        self.table.iter()
    }
}

impl<T> Iterator for RawDrain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.table.pop_from(&mut self.cursor)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.table.len();
        (len, Some(len))
    }
}

impl<T> ExactSizeIterator for RawDrain<'_, T> {}

impl<T> FusedIterator for RawDrain<'_, T> {}

impl<T> Drop for RawDrain<'_, T> {
    fn drop(&mut self) {
        self.table.clear();
    }
}
