//! Comparison traits for `[T]` (library/core/src/slice/cmp.rs).

use super::elem;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::option::Option::{self, Some};

impl<T, U> PartialEq<[U]> for [T]
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &[U]) -> bool {
        let len = self.len();
        if len != other.len() {
            return false;
        }
        let mut idx = 0;
        while idx < len {
            // SAFETY: `idx < len` for both slices.
            if unsafe { elem(self, idx) != elem(other, idx) } {
                return false;
            }
            idx += 1;
        }
        true
    }
}

impl<T: Eq> Eq for [T] {}

/// Implements comparison of slices lexicographically.
impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering {
        let l = crate::cmp::min(self.len(), other.len());
        let mut i = 0;
        while i < l {
            // SAFETY: `i < l <= len` for both slices.
            match unsafe { elem(self, i).cmp(elem(other, i)) } {
                Ordering::Equal => (),
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().cmp(&other.len())
    }
}

/// Implements comparison of slices lexicographically.
impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
        let l = crate::cmp::min(self.len(), other.len());
        let mut i = 0;
        while i < l {
            // SAFETY: `i < l <= len` for both slices.
            match unsafe { elem(self, i).partial_cmp(elem(other, i)) } {
                Some(Ordering::Equal) => (),
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().partial_cmp(&other.len())
    }
}
