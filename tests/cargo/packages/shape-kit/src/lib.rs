//! Shapes, used by the binary and the integration tests by the crate name `shape_kit`.

pub mod units;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

impl Point {
    pub fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }

    pub fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

pub trait Shape {
    fn area(&self) -> f64;

    fn describe(&self) -> String {
        format!("a shape of area {:.2}", self.area())
    }
}

pub struct Square(pub f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut best = *items.first()?;
    for &item in items {
        if item > best {
            best = item;
        }
    }
    Some(best)
}

pub fn add(a: i32, b: i32) -> i32 {
    checked(a, b)
}

fn checked(a: i32, b: i32) -> i32 {
    a.checked_add(b).expect("overflow in shape_kit::add")
}

/// Squares an expression through the library's own `add` (`$crate` names the library).
#[macro_export]
macro_rules! square {
    ($e:expr) => {
        $crate::add(0, $e * $e)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_helper() {
        assert_eq!(checked(2, 3), 5);
    }

    #[test]
    fn macro_inside() {
        assert_eq!(square!(4), 16);
    }
}
