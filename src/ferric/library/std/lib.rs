//! ferric's standard library: the Rust `std` (and `core`/`alloc`, which name this same crate),
//! declared in Rust with real signatures and type-checked like user code.
//!
//! Conventions (see src/ferric/library/__init__.py):
//! - `#[lang = "..."]` marks the items the compiler must know (rustc's lang item names).
//! - `#[ferric::intrinsic]` marks body-less functions and methods implemented by the backend.
//! - `#[ferric::opaque]` marks types whose representation belongs to the backend; their
//!   fields exist only to give the right variance and auto traits (Send/Sync).
//! - Bodies are written in Rust wherever that is natural.
//! - `#[ferric::rustc_location = "core/src/time.rs:1201:31"]` on a std function that is not
//!   `#[track_caller]` (or on the impl block holding it: the methods a macro makes, which
//!   rustc's std reports at that macro's invocation) says where rustc's std reports the
//!   panics raised in its body (`/rustc/<commit>/library/` + the value); a function whose
//!   panics sit on different lines in rustc's std calls one helper per site.
//! - `#[rustc_confusables("push_back", ..)]` on a method: the names E0599 answers with
//!   "you might have meant to use `push`" (real std's lists, checked against rustc).
//! - Public items real std has but ferric does not implement are declared anyway where
//!   their names matter to diagnostics (`range`, `sync::mpmc`, `sync::nonpoison`: rustc
//!   prints `std::sync::MutexGuard` because a second `MutexGuard` exists); public modules
//!   of core that std does not re-export are `#[doc(hidden)]` (`resolve.visible`).
//! - `/*@ core/src/option.rs:600:9 */` before a token: where that token is in rustc's std
//!   (`diag.foreign`), for the location-only notes rustc prints about std items. Marked
//!   where diagnostics point: an item's start (`pub fn`, rustc's `def_span`, also where
//!   "required by a bound in" points for std items), its name, a variant, a `self`.
//!
//! Module layout follows real std. `#[macro_use] mod macros` comes first so every later
//! module can use the macros (textual scoping).
//!
//! ## ferric-specific lang items (rustc has no lang item for these)
//!
//! | lang item      | item                           | used for                                       |
//! |----------------|--------------------------------|------------------------------------------------|
//! | `Result`       | `result::Result`               | `?`, `main`'s return type (rustc: diagnostic item) |
//! | `send`         | `marker::Send`                 | the auto trait (rustc: diagnostic item)        |
//! | `IntoIterator` | `iter::IntoIterator`           | `for` loops (rustc: only the `into_iter` method) |
//! | `String`, `Vec`, `Rc`, `Arc` | the alloc half's types | see those modules                    |
//! | `ferric_test_start` | `rt::test_start`          | running one `#[test]` fn (ferric's libtest)   |
//! | `ferric_capacity_overflow` | `vec::capacity_overflow` | the backend's allocation-size check   |
//!
//! Every other `#[lang]` uses rustc's name. Notes for the front end:
//! - `panicking::panic_const::*` (`panic_const_add_overflow` ...) get their lang items from
//!   a macro, `#[lang = stringify!($lang)]`, as in real core: attribute values need macro
//!   expansion.
//! - `marker::{Sized, Unsize, Tuple, FnPtr, Destruct, DiscriminantKind,
//!   BikeshedGuaranteedNoDrop}` carry `#[rustc_deny_explicit_impl]`: only the type checker
//!   implements them. Coherence must use that (rustc: `with_negative_coherence`) to accept
//!   `impl<F: FnPtr> PartialEq for F` beside `impl PartialEq<&B> for &A` (`ptr/mod.rs`).
//! - `#[rustc_do_not_const_check]` marks `const fn`s whose runtime path formats a panic
//!   message (`panic_fmt`, `panic_display`, `slice_error_fail`, `len_mismatch_fail`, ...):
//!   const-checking must skip their bodies, const-eval reports the panic.
//! - `const fn`s rely on precise drop tracking (rustc: `const_precise_live_drops`), e.g.
//!   `Option::unwrap(self)` moves out of `self` in every arm.
//!
//! ## Implemented by the type checker (not declared here)
//!
//! `Clone`/`Copy` for tuples, closures, fn items and fn pointers; `Sized`, `Unsize`,
//! `Tuple`, `FnPtr`, `DiscriminantKind`, `Destruct`, `BikeshedGuaranteedNoDrop`, `Freeze`
//! structurally; `Fn*`/`AsyncFn*` for closures, fn items and fn pointers; `CoerceUnsized`
//! and `DispatchFromDyn` as declared in `ops::unsize`; the derive macros (real core's
//! `pub macro`s, which ferric does not parse) come from the expander.
//!
//! ## Backend intrinsics (`#[ferric::intrinsic]`, body-less)
//!
//! - `intrinsics`: rustc-named intrinsics (`size_of`, `transmute`, `copy_nonoverlapping`,
//!   `ctpop`, `add_with_overflow`, `sqrtf` ... the float ones generic over `f32`/`f64`) and
//!   ferric's own `ferric_*` (pointer address/null, unwinding start/catch, thread id, libm
//!   functions by name, float printing and parsing); each is documented in that file.
//! - Primitive operators: `Add`/`Sub`/`Mul`/`Div`/`Rem`/`Neg` for integers and floats,
//!   `Not`/`BitAnd`/`BitOr`/`BitXor`/`Shl`/`Shr` for integers (and `bool` for the bit
//!   ops), `PartialEq`/`PartialOrd`/`Ord` methods for the primitives (`ops/arith.rs`,
//!   `ops/bit.rs`, `cmp.rs`). In `impl Add for i32`, `self + rhs` would call itself: the
//!   type checker treats operators on primitives as built-in, and these methods serve the
//!   generic calls (`Add::add(a, b)`, `a.cmp(&b)` ...). Overflow behavior is the operator's
//!   (panic in debug builds, wrap in release).
//! - Floats: `f32`/`f64::to_bits`/`from_bits`.
//! - Slices: `<[T]>::{len, as_ptr, as_mut_ptr, as_array, as_mut_array,
//!   split_at_mut_unchecked, into_vec}`; crate-private `slice::{elem, elem_mut, subslice,
//!   subslice_mut}` (element and sub-slice views); `slice::{from_raw_parts,
//!   from_raw_parts_mut, from_ref, from_mut}`; `array::{from_ref, from_mut}`;
//!   `<*const [T]>::{len, as_ptr}`, `<*mut [T]>::{len, as_mut_ptr}`. Everything else about
//!   slices (iteration, search, sorting ...) is Rust over these.
//! - `str`: `str::{from_utf8_unchecked, from_utf8_unchecked_mut, from_boxed_utf8_unchecked}`,
//!   `<str>::{as_bytes, as_bytes_mut, into_boxed_bytes, into_string}`; the rest is Rust over
//!   the bytes.
//! - Raw pointers: `PartialEq for *const T`/`*mut T` (address and metadata),
//!   `ptr::{slice_from_raw_parts, slice_from_raw_parts_mut, without_provenance,
//!   without_provenance_mut}`.
//! - `fmt`: `fmt::write(&mut dyn Write, Arguments)` (the backend owns the representation of
//!   `Arguments`, `#[ferric::opaque]`), `Arguments::{from_str, as_str, estimated_capacity}`.
//! - `char::unicode::{alphabetic, lowercase, uppercase, white_space, n, grapheme_extend,
//!   is_printable, to_lower, to_upper}`: the Unicode tables.
//! - `hash::random::hashmap_random_keys`, `num::nonzero::intrinsics_is_zero`.
//! - The alloc half lists its own (`box_new`, `Box::from_raw` ...) in its modules.

#[macro_use]
mod macros;

pub mod marker;
pub mod ops;
pub mod range;
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
pub mod ascii;
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
#[doc(hidden)] // core's; std does not re-export it
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
pub mod os;
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
