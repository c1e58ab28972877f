//! The C scalar types (`core::ffi::primitives`), as the C ABI of the one target ferric
//! describes, x86_64 Linux (LP64): `char` is signed, `long` is 64 bits. Re-exported by
//! `std::ffi` and `std::os::raw`.

/// C's `char`: one byte, signed on x86_64 Linux (`i8`). Other targets make it `u8`; code
/// that must be portable converts with `as` rather than assuming either.
#[allow(non_camel_case_types)]
pub type c_char = i8;

/// C's `signed char`: always an `i8`.
#[allow(non_camel_case_types)]
pub type c_schar = i8;

/// C's `unsigned char`: always a `u8`.
#[allow(non_camel_case_types)]
pub type c_uchar = u8;

/// C's `signed short` (`short`): an `i16`.
#[allow(non_camel_case_types)]
pub type c_short = i16;

/// C's `unsigned short`: a `u16`.
#[allow(non_camel_case_types)]
pub type c_ushort = u16;

/// C's `signed int` (`int`): an `i32` on every target Rust supports except 16-bit ones.
#[allow(non_camel_case_types)]
pub type c_int = i32;

/// C's `unsigned int`: a `u32` (16 bits on 16-bit targets).
#[allow(non_camel_case_types)]
pub type c_uint = u32;

/// C's `signed long` (`long`): pointer-sized on LP64 Unix targets, so an `i64` here (it is
/// 32 bits on Windows and on 32-bit targets).
#[allow(non_camel_case_types)]
pub type c_long = i64;

/// C's `unsigned long`: a `u64` here (see `c_long`).
#[allow(non_camel_case_types)]
pub type c_ulong = u64;

/// C's `signed long long` (`long long`): always an `i64`.
#[allow(non_camel_case_types)]
pub type c_longlong = i64;

/// C's `unsigned long long`: always a `u64`.
#[allow(non_camel_case_types)]
pub type c_ulonglong = u64;

/// C's `float`: an IEEE 754 single-precision `f32`.
#[allow(non_camel_case_types)]
pub type c_float = f32;

/// C's `double`: an IEEE 754 double-precision `f64`.
#[allow(non_camel_case_types)]
pub type c_double = f64;
