//! Composable external iteration (library/core/src/iter/mod.rs).

mod accum;
mod adapters;
mod range;
mod sources;
mod traits;

pub use self::accum::{Product, Sum};
pub(crate) use self::accum::{try_process, GenericShunt};
pub use self::adapters::{chain, zip};
pub use self::adapters::{
    Chain, Cloned, Copied, Cycle, Enumerate, Filter, FilterMap, FlatMap, Flatten, Fuse, Inspect,
    Map, MapWhile, Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip,
};
pub use self::range::Step;
pub use self::sources::{empty, Empty};
pub use self::sources::{from_fn, FromFn};
pub use self::sources::{once, Once};
pub use self::sources::{once_with, OnceWith};
pub use self::sources::{repeat, Repeat};
pub use self::sources::{repeat_n, RepeatN};
pub use self::sources::{repeat_with, RepeatWith};
pub use self::sources::{successors, Successors};
pub use self::traits::{
    DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator,
    Iterator, TrustedLen,
};
