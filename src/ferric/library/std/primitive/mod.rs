//! This module reexports the primitive types to allow usage that is not possibly shadowed
//! by other declared types (library/core/src/primitive.rs), and holds ferric's inherent
//! impls and trait impls of the primitive types: integers (`int_common`, `int`, `uint`),
//! floats (`float`), `bool` (`bool_impl`), tuples (`tuple`). `char` is in `crate::char`,
//! `str` in `crate::str`, slices in `crate::slice`, arrays in `crate::array`.

#[macro_use]
mod int_common;
mod bool_impl;
mod float;
mod int;
mod tuple;
mod uint;

pub use bool;
pub use char;
pub use f32;
pub use f64;
pub use i128;
pub use i16;
pub use i32;
pub use i64;
pub use i8;
pub use isize;
pub use str;
pub use u128;
pub use u16;
pub use u32;
pub use u64;
pub use u8;
pub use usize;
