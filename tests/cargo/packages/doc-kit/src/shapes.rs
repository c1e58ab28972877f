//! Shapes.

/// A shape.
///
/// ```
/// fn main() {
///     println!("own main");
/// }
/// ```
pub trait Shape {
    /// The area.
    ///
    /// ```rust,should_panic
    /// panic!("boom");
    /// ```
    fn area(&self) -> f64;
}

/// A square.
pub struct Square(pub f64);

/// Squares are shapes.
///
/// ```should_panic
/// let x = 1;
/// ```
impl Shape for Square {
    /// Side squared.
    ///
    /// ```
    /// use doc_kit::shapes::{Shape, Square};
    /// let n: i32 = "x".parse()?;
    /// assert_eq!(Square(2.0).area(), 4.0);
    /// # Ok::<(), std::num::ParseIntError>(())
    /// ```
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
