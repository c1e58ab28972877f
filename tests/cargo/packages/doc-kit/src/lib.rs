//! Doc kit: a crate whose documentation is tested.
//!
//! ```
//! assert_eq!(doc_kit::add(1, 1), 2);
//! ```

pub mod shapes;

/// Adds two numbers.
///
/// # Examples
///
/// ```
/// let x = doc_kit::add(2, 3);
/// assert_eq!(x, 5);
/// ```
pub fn add(left: u64, right: u64) -> u64 {
    left + right
}

/// Divides, panicking on zero.
///
/// ```should_panic
/// doc_kit::div(1, 0);
/// ```
///
/// ```no_run
/// loop {}
/// ```
///
/// ```ignore
/// this is not rust at all
/// ```
///
/// ```compile_fail
/// let x: u32 = "no";
/// ```
///
/// ```text
/// plain text, never run
/// ```
pub fn div(a: u32, b: u32) -> u32 {
    if b == 0 {
        panic!("divide by zero");
    }
    a / b
}

/// A point.
///
/// ```
/// # use doc_kit::Point;
/// let p = Point { x: 1, y: 2 };
/// # assert_eq!(p.x, 1);
/// println!("{}", p.y);
/// ```
pub struct Point {
    /// The x coordinate.
    ///
    /// ```
    /// assert_eq!(doc_kit::Point::origin().x, 0);
    /// ```
    pub x: i32,
    pub y: i32,
}

impl Point {
    /// The origin.
    pub fn origin() -> Point {
        Point { x: 0, y: 0 }
    }

    /// Parses a number.
    ///
    /// ```
    /// let n: i32 = "5".parse()?;
    /// assert_eq!(n, 5);
    /// # Ok::<(), std::num::ParseIntError>(())
    /// ```
    pub fn parse() {}

    /// Fails.
    ///
    /// ```
    /// println!("about to fail");
    /// assert_eq!(1 + 1, 3);
    /// ```
    pub fn fails(&self) {}
}

#[doc = "Doubles."]
#[doc = ""]
#[doc = "```"]
#[doc = "assert_eq!(doc_kit::double(4), 8);"]
#[doc = "```"]
pub fn double(x: i32) -> i32 {
    x * 2
}

/// A private helper, tested too.
///
/// ```
/// assert!(true);
/// ```
#[allow(dead_code)]
fn private() {}

/// Colours.
pub enum Colour {
    /// Red.
    ///
    /// ```
    /// let _c = doc_kit::Colour::Red;
    /// ```
    Red,
    Green,
}

/// A labelled value: see [`Point`] and [`add`], or [the shapes](shapes::Shape).
///
/// | not a table ferric renders | but text |
#[derive(Debug, Clone, PartialEq)]
#[allow(dead_code)]
pub struct Label {
    /// The text, **bold** and _emphasised_.
    pub text: String,
    count: usize,
}

#[allow(dead_code)]
pub(crate) fn internal() {}
