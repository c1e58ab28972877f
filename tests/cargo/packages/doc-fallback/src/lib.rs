//! Edition 2024 merges doc tests into one crate; one that does not compile makes
//! rustdoc run every test as a crate of its own.

/// ```
/// assert_eq!(doc_fallback::one(), 1);
/// ```
///
/// ```
/// let x: i32 = true;
/// ```
pub fn one() -> i32 {
    1
}
