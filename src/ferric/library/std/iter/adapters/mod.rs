//! Iterator adapters (library/core/src/iter/adapters/): the structs returned by
//! `Iterator::map`, `filter`, `zip`, `chain`, ... with their `Iterator`,
//! `DoubleEndedIterator`, `ExactSizeIterator` and `FusedIterator` impls.
//!
//! Bodies are the plain `next`-based versions of real core's adapters (no
//! `TrustedRandomAccess` or `try_fold` specialisations); the observable behaviour —
//! which elements are produced, how often the closures run, `size_hint` — is the same.

mod map;
mod take;
mod zip;

pub use self::map::{Enumerate, Filter, FilterMap, Map, MapWhile, Peekable, SkipWhile, TakeWhile};
pub use self::take::{Cycle, Fuse, Inspect, Rev, Scan, Skip, StepBy, Take};
pub use self::zip::{chain, zip, Chain, Cloned, Copied, FlatMap, Flatten, Zip};
