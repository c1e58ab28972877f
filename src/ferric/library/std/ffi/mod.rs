//! Platform-specific types for talking to foreign code (`std::ffi`).
//!
//! - The C scalar types `c_char`, `c_int`, `c_long`, ... (`primitives`, x86_64 Linux) and
//!   `c_void`, C's `void` behind a pointer.
//! - C strings (`c_str`): the borrowed, unsized `CStr` (the type of `c"..."` literals,
//!   `#[lang = "CStr"]`) and the owned `CString`, with their error types.
//! - OS strings (`os_str`, Unix: arbitrary bytes, usually UTF-8): `OsStr` and `OsString`.
//!
//! All Rust. rustc's `VaList` and the unstable `c_size_t`/`c_ssize_t`/`c_ptrdiff_t` are
//! not declared.

use crate::fmt;

pub mod c_str;
pub mod os_str;
mod primitives;

pub use self::c_str::{CStr, FromBytesUntilNulError, FromBytesWithNulError};
pub use self::c_str::{CString, FromVecWithNulError, IntoStringError, NulError};
pub use self::os_str::{OsStr, OsString};
pub use self::primitives::{c_char, c_double, c_float, c_int, c_long, c_longlong, c_schar};
pub use self::primitives::{c_short, c_uchar, c_uint, c_ulong, c_ulonglong, c_ushort};

/// C's `void` when it is the pointee of a pointer: `*const c_void` is C's `const void*`,
/// `*mut c_void` is `void*`.
///
/// It is not C's `void` as a return type: a Rust function returning nothing returns `()`.
/// Values of `c_void` are never made by Rust code; the type exists so that pointers to
/// opaque foreign data have a type of their own. It is an enum with two hidden variants (a
/// one-byte type that cannot be constructed outside std) so that it is neither a
/// zero-sized type nor the uninhabited `!`, either of which the optimizer would treat
/// specially.
#[lang = "c_void"]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum c_void {
    #[doc(hidden)]
    __variant1,
    #[doc(hidden)]
    __variant2,
}

impl fmt::Debug for c_void {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("c_void").finish()
    }
}
