//! Compatibility aliases for the C types (`std::os::raw`): the same types as
//! `std::ffi::{c_char, c_int, ...}` (x86_64 Linux: `c_char` is `i8`, `c_long` is `i64`),
//! kept under this older path. New code can name them from `std::ffi` (or `core::ffi`).

pub use crate::ffi::{c_char, c_double, c_float, c_int, c_long, c_longlong, c_schar};
pub use crate::ffi::{c_short, c_uchar, c_uint, c_ulong, c_ulonglong, c_ushort};
pub use crate::ffi::c_void;
