//! Doc tests, one crate each (edition 2021).

/// Triples.
///
/// ```
/// assert_eq!(doc_old::triple(2), 7);
/// ```
///
/// ```
/// let n: i32 = "x".parse()?;
/// # Ok::<(), std::num::ParseIntError>(())
/// ```
///
/// ```should_panic
/// let _ = doc_old::triple(1);
/// ```
///
/// ```compile_fail
/// let x: i32 = 5;
/// ```
///
/// ```
/// let y: i32 = true;
/// ```
///
/// ```no_run
/// println!("{}", doc_old::triple(1));
/// ```
///
/// ```ignore
/// nothing
/// ```
pub fn triple(x: i32) -> i32 {
    x * 3
}
