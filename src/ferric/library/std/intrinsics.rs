//! Compiler intrinsics shared by the standard library (library/core/src/intrinsics/mod.rs).
//!
//! Every function here is body-less and `#[ferric::intrinsic]`: each backend implements
//! it (the Python runtime on Python objects, the native backend on memory). Names follow
//! rustc's `core::intrinsics` where rustc has the intrinsic; `ferric_*` names are ferric's
//! own (no rustc counterpart with that shape). Intrinsics that belong to one type are
//! declared where that type lives, as body-less methods (`<i32>::count_ones`,
//! `<f64>::sqrt`, `<[T]>::len` ...): see the table in `lib.rs`.

use crate::any::Any;
use crate::boxed::Box;
use crate::marker::{Copy, DiscriminantKind, Send, Sized};
use crate::ops::FnOnce;
use crate::panic::Location;
use crate::result::Result;

// ---------------------------------------------------------------------------------------
// Types and layout
// ---------------------------------------------------------------------------------------

/// The size of a type in bytes.
#[ferric::intrinsic]
pub const fn size_of<T>() -> usize;

/// The minimum alignment of a type.
#[ferric::intrinsic]
pub const fn align_of<T>() -> usize;

/// The size of the referenced value in bytes (`size_of::<T>()` for sized `T`, the length
/// times the element size for slices and `str`, from the vtable for `dyn Trait`).
#[ferric::intrinsic]
pub const unsafe fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;

/// The required alignment of the referenced value.
#[ferric::intrinsic]
pub const unsafe fn align_of_val<T: ?Sized>(ptr: *const T) -> usize;

/// Whether dropping a `T` runs any code (drop glue).
#[ferric::intrinsic]
pub const fn needs_drop<T: ?Sized>() -> bool;

/// The name of a type as a string slice, as rustc prints it (`alloc::vec::Vec<i32>`).
#[ferric::intrinsic]
pub const fn type_name<T: ?Sized>() -> &'static str;

/// A value unique to the type `T` (for `TypeId`): the same for the same type, in one run.
#[ferric::intrinsic]
pub const fn type_id<T: ?Sized + 'static>() -> u128;

/// The discriminant of the variant in `v` (of type `isize`-like for enums, `0` for other
/// types); used by `mem::discriminant` and `#[derive(PartialOrd, Ord, Hash)]` on enums.
#[ferric::intrinsic]
pub const fn discriminant_value<T>(v: &T) -> <T as DiscriminantKind>::Discriminant;

/// Reinterprets the bits of a value of one type as another type (same size).
#[ferric::intrinsic]
pub const unsafe fn transmute<Src, Dst>(src: Src) -> Dst;

/// Like `transmute`, without the check that both types have the same size (for types whose
/// size depends on generic parameters, e.g. `[T; N]` to `[MaybeUninit<T>; N]`).
#[ferric::intrinsic]
pub const unsafe fn transmute_unchecked<Src, Dst>(src: Src) -> Dst;

/// Takes ownership of a value without running its destructor.
#[ferric::intrinsic]
pub const fn forget<T>(arg: T);

/// Creates a value whose bytes are all zero (`mem::zeroed`).
#[ferric::intrinsic]
pub const unsafe fn init_zeroed<T>() -> T;

// ---------------------------------------------------------------------------------------
// Memory through raw pointers
// ---------------------------------------------------------------------------------------

/// Reads the value from `ptr` without moving it (a bitwise copy: `ptr::read`).
#[ferric::intrinsic]
pub const unsafe fn read_via_copy<T>(ptr: *const T) -> T;

/// Moves `value` into `ptr` without dropping the old value (`ptr::write`).
#[ferric::intrinsic]
pub const unsafe fn write_via_move<T>(ptr: *mut T, value: T);

/// Copies `count` values from `src` to `dst`; the regions must not overlap.
#[ferric::intrinsic]
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);

/// Copies `count` values from `src` to `dst`; the regions may overlap (memmove).
#[ferric::intrinsic]
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);

/// Sets `count` values starting at `dst` to bytes of value `val`.
#[ferric::intrinsic]
pub const unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);

/// Swaps the values at two pointers (which may be equal), without dropping either.
#[ferric::intrinsic]
pub const unsafe fn typed_swap_nonoverlapping<T>(x: *mut T, y: *mut T);

/// A pointer `count` elements after (or before, if negative) `ptr` (`ptr.offset(count)`).
#[ferric::intrinsic]
pub const unsafe fn offset<T>(ptr: *const T, count: isize) -> *const T;

/// A pointer `count` elements after `ptr` without the in-bounds requirement
/// (`ptr.wrapping_offset(count)`).
#[ferric::intrinsic]
pub const fn arith_offset<T>(ptr: *const T, count: isize) -> *const T;

/// The distance between two pointers into the same allocation, in elements
/// (`ptr.offset_from(origin)`).
#[ferric::intrinsic]
pub const unsafe fn ptr_offset_from<T>(ptr: *const T, base: *const T) -> isize;

/// The address of a pointer (`ptr.addr()`; a stable number per allocation + offset).
#[ferric::intrinsic]
pub fn ferric_ptr_addr<T: ?Sized>(ptr: *const T) -> usize;

/// The null pointer of a (possibly unsized, then with null metadata) pointee
/// (`ptr::null`, `ptr::null_mut`).
#[ferric::intrinsic]
pub const fn ferric_null<T>() -> *const T;

/// Whether the pointer is null.
#[ferric::intrinsic]
pub const fn ferric_is_null<T: ?Sized>(ptr: *const T) -> bool;

/// Runs the destructor (drop glue) of the pointed-to value (`ptr::drop_in_place`).
#[ferric::intrinsic]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T);

// ---------------------------------------------------------------------------------------
// Control
// ---------------------------------------------------------------------------------------

/// Aborts the process (`process::abort`, panics that cannot unwind).
#[ferric::intrinsic]
pub fn abort() -> !;

/// Unreachable code: undefined behaviour if reached (`hint::unreachable_unchecked`). A
/// debugging backend may panic instead.
#[ferric::intrinsic]
pub const unsafe fn unreachable() -> !;

/// An identity function that the optimiser must treat as opaque (`hint::black_box`).
#[ferric::intrinsic]
pub fn black_box<T>(dummy: T) -> T;

/// The location of the call to the innermost `#[track_caller]` function in the current
/// call chain (`Location::caller()`).
#[ferric::intrinsic]
pub const fn caller_location() -> &'static Location<'static>;

/// Starts unwinding the current thread with `payload` (the panic runtime's
/// `__rust_start_panic`). Unwinding runs drop glue of every live frame until the nearest
/// `ferric_catch_unwind` (a spawned thread's or `main`'s runtime frame included).
#[ferric::intrinsic]
pub fn ferric_start_unwind(payload: Box<dyn Any + Send>) -> !;

/// Calls `f`; if it unwinds, stops the unwinding and returns the payload
/// (`intrinsics::catch_unwind` with its `try`/`catch` functions folded in).
#[ferric::intrinsic]
pub fn ferric_catch_unwind<R, F: FnOnce() -> R>(f: F) -> Result<R, Box<dyn Any + Send>>;

/// The OS id of the current thread, as the panic message shows it
/// (`thread 'main' (12345) panicked at ...`).
#[ferric::intrinsic]
pub fn ferric_thread_os_id() -> u64;

// ---------------------------------------------------------------------------------------
// Integers: generic over the primitive integer types (`T` is always one of them).
// ---------------------------------------------------------------------------------------

/// Number of bits set (`count_ones`).
#[ferric::intrinsic]
pub const fn ctpop<T: Copy>(x: T) -> u32;

/// Number of leading zero bits (`leading_zeros`); the bit width for zero.
#[ferric::intrinsic]
pub const fn ctlz<T: Copy>(x: T) -> u32;

/// Number of trailing zero bits (`trailing_zeros`); the bit width for zero.
#[ferric::intrinsic]
pub const fn cttz<T: Copy>(x: T) -> u32;

/// Reverses the bytes (`swap_bytes`).
#[ferric::intrinsic]
pub const fn bswap<T: Copy>(x: T) -> T;

/// Reverses the bits (`reverse_bits`).
#[ferric::intrinsic]
pub const fn bitreverse<T: Copy>(x: T) -> T;

/// Rotates left by `shift` bits modulo the width (`rotate_left`).
#[ferric::intrinsic]
pub const fn rotate_left<T: Copy>(x: T, shift: u32) -> T;

/// Rotates right by `shift` bits modulo the width (`rotate_right`).
#[ferric::intrinsic]
pub const fn rotate_right<T: Copy>(x: T, shift: u32) -> T;

/// `x + y` wrapped to the width, and whether it overflowed (`overflowing_add`).
#[ferric::intrinsic]
pub const fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);

/// `x - y` wrapped to the width, and whether it overflowed (`overflowing_sub`).
#[ferric::intrinsic]
pub const fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);

/// `x * y` wrapped to the width, and whether it overflowed (`overflowing_mul`).
#[ferric::intrinsic]
pub const fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);

/// `x + y` wrapped to the width (`wrapping_add`).
#[ferric::intrinsic]
pub const fn wrapping_add<T: Copy>(x: T, y: T) -> T;

/// `x - y` wrapped to the width (`wrapping_sub`).
#[ferric::intrinsic]
pub const fn wrapping_sub<T: Copy>(x: T, y: T) -> T;

/// `x * y` wrapped to the width (`wrapping_mul`).
#[ferric::intrinsic]
pub const fn wrapping_mul<T: Copy>(x: T, y: T) -> T;

/// `x + y` clamped to the type's range (`saturating_add`).
#[ferric::intrinsic]
pub const fn saturating_add<T: Copy>(x: T, y: T) -> T;

/// `x - y` clamped to the type's range (`saturating_sub`).
#[ferric::intrinsic]
pub const fn saturating_sub<T: Copy>(x: T, y: T) -> T;

/// `x << (shift % width)`, the bits shifted out lost (`wrapping_shl`).
#[ferric::intrinsic]
pub const unsafe fn unchecked_shl<T: Copy, U: Copy>(x: T, shift: U) -> T;

/// `x >> (shift % width)`, arithmetic for signed types (`wrapping_shr`).
#[ferric::intrinsic]
pub const unsafe fn unchecked_shr<T: Copy, U: Copy>(x: T, shift: U) -> T;

// ---------------------------------------------------------------------------------------
// Floats: generic over `f32`/`f64` (`T` is one of them; f32 results are rounded to single
// precision).
// ---------------------------------------------------------------------------------------

/// Square root (`sqrt`); NaN for negative input.
#[ferric::intrinsic]
pub fn sqrtf<T: Copy>(x: T) -> T;

/// `x` raised to an integer power (`powi`).
#[ferric::intrinsic]
pub fn powif<T: Copy>(x: T, n: i32) -> T;

/// `x` raised to a float power (`powf`), following C's `pow` for special values.
#[ferric::intrinsic]
pub fn powf<T: Copy>(x: T, y: T) -> T;

/// `e^x` (`exp`).
#[ferric::intrinsic]
pub fn expf<T: Copy>(x: T) -> T;

/// `2^x` (`exp2`).
#[ferric::intrinsic]
pub fn exp2f<T: Copy>(x: T) -> T;

/// Natural logarithm (`ln`); -inf for 0, NaN for negative input.
#[ferric::intrinsic]
pub fn logf<T: Copy>(x: T) -> T;

/// Base-10 logarithm (`log10`).
#[ferric::intrinsic]
pub fn log10f<T: Copy>(x: T) -> T;

/// Base-2 logarithm (`log2`).
#[ferric::intrinsic]
pub fn log2f<T: Copy>(x: T) -> T;

/// Sine (`sin`).
#[ferric::intrinsic]
pub fn sinf<T: Copy>(x: T) -> T;

/// Cosine (`cos`).
#[ferric::intrinsic]
pub fn cosf<T: Copy>(x: T) -> T;

/// Fused multiply-add `x * y + z` with one rounding (`mul_add`).
#[ferric::intrinsic]
pub const fn fmaf<T: Copy>(x: T, y: T, z: T) -> T;

/// Largest integer not greater than `x` (`floor`).
#[ferric::intrinsic]
pub const fn floorf<T: Copy>(x: T) -> T;

/// Smallest integer not less than `x` (`ceil`).
#[ferric::intrinsic]
pub const fn ceilf<T: Copy>(x: T) -> T;

/// Integer part of `x` (`trunc`).
#[ferric::intrinsic]
pub const fn truncf<T: Copy>(x: T) -> T;

/// Nearest integer, ties away from zero (`round`).
#[ferric::intrinsic]
pub const fn roundf<T: Copy>(x: T) -> T;

/// Nearest integer, ties to even (`round_ties_even`).
#[ferric::intrinsic]
pub const fn round_ties_even_f<T: Copy>(x: T) -> T;

/// The C math library functions real std calls through `cmath` (no rustc intrinsic):
/// `name` is the libm function without the `f` suffix (`"tan"`, `"asin"`, `"acos"`,
/// `"atan"`, `"sinh"`, `"cosh"`, `"tanh"`, `"asinh"`, `"acosh"`, `"atanh"`, `"cbrt"`,
/// `"expm1"`, `"log1p"`, `"hypot"`, `"atan2"`, `"fdim"`, `"tgamma"`, `"lgamma"`);
/// unary functions ignore `y`.
#[ferric::intrinsic]
pub fn ferric_libm<T: Copy>(name: &'static str, x: T, y: T) -> T;

/// The decimal digits of a finite, non-negative float, for `Display`/`Debug`/`LowerExp`
/// (`core::fmt::float` and `core::num::flt2dec` in real core), without sign or padding. `T` is `f32` or `f64` (an `f32` uses
/// the shortest digits that round-trip through `f32`).
///
/// `mode`: 0 = shortest round-trip digits, positional (`1e21` → `1000000000000000000000`,
/// `1e-7` → `0.0000001`, `1.0` → `1`); 1 = positional with exactly `precision` fractional
/// digits, rounded half to even on the exact binary value (`{:.2}`); 2 = shortest, in
/// scientific notation (`1e21` → `1e21`, `1234.5` → `1.2345e3`, `1.0` → `1e0`); 3 =
/// scientific notation with exactly `precision` fractional digits (`{:.2e}`). The exponent
/// marker is `e`; `UpperExp` uppercases it.
#[ferric::intrinsic]
pub fn ferric_float_digits<T: Copy>(x: T, mode: u8, precision: usize) -> crate::string::String;

/// Parses the decimal (or `inf`/`infinity`/`nan`, case-insensitive) representation of a
/// float as Rust's `f64::from_str` accepts it (optional sign, digits with an optional
/// `.` and exponent, no `_`, no whitespace), rounding to nearest for `T`; `None` if the
/// syntax is invalid.
#[ferric::intrinsic]
pub fn ferric_parse_float<T: Copy>(src: &str) -> crate::option::Option<T>;
