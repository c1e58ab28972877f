//! The Rust prelude (library/std/src/prelude/, library/core/src/prelude/): the names every
//! module sees without importing them. Each edition's prelude is `rust_20xx`; `v1` is the
//! common part.
//!
//! The derive macros (`Clone`, `Copy`, `Debug`, `Default`, `Eq`, `Hash`, `Ord`,
//! `PartialEq`, `PartialOrd`) and the built-in attributes (`derive`, `test`, `bench`,
//! `global_allocator`, `cfg_accessible` ...) that real std also re-exports here are
//! `pub macro`s of real core, which ferric does not parse: the expander provides them.

/// The first version of the prelude of The Rust Standard Library.
pub mod v1 {
    // Re-exported core operators
    pub use crate::marker::{Send, Sized, Sync, Unpin};
    pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
    pub use crate::ops::{AsyncFn, AsyncFnMut, AsyncFnOnce};

    // Re-exported functions
    pub use crate::mem::drop;
    pub use crate::mem::{align_of, align_of_val, size_of, size_of_val};

    // Re-exported types and traits
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::convert::{AsMut, AsRef, From, Into};
    pub use crate::default::Default;
    pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator};
    pub use crate::iter::{Extend, IntoIterator, Iterator};
    pub use crate::marker::Copy;
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};

    // Re-exported built-in macros and traits
    #[allow(deprecated)]
    pub use crate::{
        assert, assert_eq, assert_ne, cfg, column, compile_error, concat, debug_assert,
        debug_assert_eq, debug_assert_ne, env, file, format_args, include, include_bytes,
        include_str, line, matches, module_path, option_env, panic, r#try, stringify, todo,
        unimplemented, unreachable, write, writeln,
    };

    // std's macros
    pub use crate::{dbg, eprint, eprintln, format, print, println, thread_local, vec};

    // The alloc half
    pub use crate::borrow::ToOwned;
    pub use crate::boxed::Box;
    pub use crate::string::{String, ToString};
    pub use crate::vec::Vec;
}

/// The 2015 version of the prelude of The Rust Standard Library.
pub mod rust_2015 {
    pub use super::v1::*;
}

/// The 2018 version of the prelude of The Rust Standard Library.
pub mod rust_2018 {
    pub use super::v1::*;
}

/// The 2021 version of the prelude of The Rust Standard Library.
pub mod rust_2021 {
    pub use super::v1::*;

    pub use crate::iter::FromIterator;

    pub use crate::convert::{TryFrom, TryInto};
}

/// The 2024 version of the prelude of The Rust Standard Library.
pub mod rust_2024 {
    pub use super::v1::*;

    pub use crate::iter::FromIterator;

    pub use crate::convert::{TryFrom, TryInto};

    pub use crate::future::{Future, IntoFuture};
}
