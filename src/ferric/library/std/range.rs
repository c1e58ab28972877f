//! `core::range` (unstable `new_range_api`): the `Copy` range types meant to replace
//! `ops::Range` and friends in a future edition.
//!
//! Declared, not implemented: real std has these public types, so rustc never trims the
//! names `Range`, `RangeFrom`, `RangeInclusive`, `RangeToInclusive` in diagnostics
//! (`std::ops::RangeFrom<u32>`); ferric's std counts names from its own items
//! (`resolve.visible`), so it declares them too.

pub use crate::ops::{Bound, RangeBounds, RangeFull, RangeTo};

#[unstable(feature = "new_range_api")]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[unstable(feature = "new_range_api")]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[unstable(feature = "new_range_api")]
pub struct RangeInclusive<Idx> {
    pub start: Idx,
    pub last: Idx,
}

#[unstable(feature = "new_range_api")]
pub struct RangeToInclusive<Idx> {
    pub last: Idx,
}
