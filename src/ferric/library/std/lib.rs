//! ferric's standard library: the Rust `std` (and `core`/`alloc`, which name this same crate),
//! declared in Rust with real signatures and type-checked like user code.
//!
//! Conventions (see src/ferric/library/__init__.py):
//! - `#[lang = "..."]` marks the items the compiler must know (rustc's lang item names).
//! - `#[ferric::intrinsic]` marks body-less functions and methods implemented by the backend.
//! - `#[ferric::opaque]` marks types whose representation belongs to the backend; their
//!   fields exist only to give the right variance and auto traits (Send/Sync).
//! - Bodies are written in Rust wherever that is natural.
//!
//! Module layout follows real std. `#[macro_use] mod macros` comes first so every later
//! module can use the macros (textual scoping).

#[macro_use]
mod macros;

pub mod marker;
pub mod ops;
pub mod cmp;
pub mod clone;
pub mod default;
pub mod convert;
pub mod option;
pub mod result;
pub mod mem;
pub mod ptr;
pub mod intrinsics;
pub mod num;
pub mod primitive;
pub mod char;
pub mod str;
pub mod slice;
pub mod array;
pub mod iter;
pub mod fmt;
pub mod hash;
pub mod any;
pub mod borrow;
pub mod error;
pub mod panic;
pub mod panicking;
pub mod alloc;
pub mod boxed;
pub mod rc;
pub mod cell;
pub mod string;
pub mod vec;
pub mod collections;
pub mod sync;
pub mod thread;
pub mod io;
pub mod fs;
pub mod path;
pub mod ffi;
pub mod env;
pub mod process;
pub mod time;
pub mod f32;
pub mod f64;
pub mod hint;
pub mod pin;
pub mod future;
pub mod task;
pub mod prelude;
pub mod rt;
