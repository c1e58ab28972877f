//! Collection types (`std::collections`).
//!
//! Layout as in rustc: `hash_map`, `hash_set`, `btree_map`, `btree_set`, `vec_deque`,
//! `binary_heap`, `linked_list` are public modules; the map/set types are re-exported here.
//!
//! Representation: `HashMap` is Rust over an opaque hash table (`hash_table::RawTable`,
//! keyed by `u64` hashes computed in Rust with the map's `BuildHasher`); `HashSet` is
//! a `HashMap<T, ()>`; `BTreeMap` is Rust over an opaque sorted store
//! (`btree_store::SortedStore`, searched with comparison closures); `BTreeSet` is a
//! `BTreeMap<T, SetValZST>`; `VecDeque` is opaque; `BinaryHeap` is a `Vec` with rustc's
//! sift algorithms (so its internal order, visible through `Debug`, matches rustc's);
//! `LinkedList` is a `VecDeque` underneath.

pub mod binary_heap;
mod btree_store;
pub mod btree_map;
pub mod btree_set;
mod hash_table;
pub mod hash_map;
pub mod hash_set;
pub mod linked_list;
pub mod vec_deque;

pub use self::binary_heap::BinaryHeap;
pub use self::btree_map::BTreeMap;
pub use self::btree_set::BTreeSet;
pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;
pub use self::linked_list::LinkedList;
pub use self::vec_deque::VecDeque;
pub use crate::ops::Bound;

use crate::alloc::{Layout, LayoutError};
use crate::fmt::{self, Display};
use crate::convert::From;

/// The error type for `try_reserve` methods.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TryReserveError {
    kind: TryReserveErrorKind,
}

impl TryReserveError {
    /// Details about the allocation that caused the error (unstable in rustc).
    pub const fn kind(&self) -> TryReserveErrorKind {
        match self.kind {
            TryReserveErrorKind::CapacityOverflow => TryReserveErrorKind::CapacityOverflow,
            TryReserveErrorKind::AllocError { layout, non_exhaustive: () } => {
                TryReserveErrorKind::AllocError { layout, non_exhaustive: () }
            }
        }
    }

    pub(crate) const fn capacity_overflow() -> TryReserveError {
        TryReserveError { kind: TryReserveErrorKind::CapacityOverflow }
    }
}

/// Details of the allocation that caused a `TryReserveError` (unstable in rustc).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TryReserveErrorKind {
    /// Error due to the computed capacity exceeding the collection's maximum
    /// (usually `isize::MAX` bytes).
    CapacityOverflow,
    /// The memory allocator returned an error.
    AllocError {
        /// The layout of allocation request that failed.
        layout: Layout,
        #[doc(hidden)]
        non_exhaustive: (),
    },
}

impl From<TryReserveErrorKind> for TryReserveError {
    fn from(kind: TryReserveErrorKind) -> Self {
        Self { kind }
    }
}

impl From<LayoutError> for TryReserveErrorKind {
    fn from(_: LayoutError) -> Self {
        TryReserveErrorKind::CapacityOverflow
    }
}

impl Display for TryReserveError {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.write_str("memory allocation failed")?;
        let reason = match self.kind {
            TryReserveErrorKind::CapacityOverflow => {
                " because the computed capacity exceeded the collection's maximum"
            }
            TryReserveErrorKind::AllocError { .. } => " because the memory allocator returned an error",
        };
        fmt.write_str(reason)
    }
}

impl crate::error::Error for TryReserveError {}
