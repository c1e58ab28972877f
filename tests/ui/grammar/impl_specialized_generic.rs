// Generic impls next to impls for specific instantiations of the same type.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }
    fn swap(self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

impl<T: Copy + std::ops::Add<Output = T>> Point<T> {
    fn sum(&self) -> T {
        self.x + self.y
    }
}

impl Point<f64> {
    fn dist(&self, other: &Point<f64>) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

impl Point<i32> {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn to_f64(self) -> Point<f64> {
        Point::new(self.x as f64, self.y as f64)
    }
}

impl Point<&str> {
    fn label(&self) -> String {
        format!("{}{}", self.x, self.y)
    }
}

impl<T: PartialOrd + Copy> Point<T> {
    fn max_coord(&self) -> T {
        if self.x > self.y { self.x } else { self.y }
    }
}

impl<T> From<(T, T)> for Point<T> {
    fn from((x, y): (T, T)) -> Self {
        Point { x, y }
    }
}

fn main() {
    let a = Point::new(3, -4);
    println!("{:?} sum {} manhattan {} max {}", a, a.sum(), a.manhattan(), a.max_coord());
    let b = a.to_f64();
    let origin = Point::new(0.0, 0.0);
    println!("dist {} swapped {:?}", b.dist(&origin), b.swap());
    let s = Point::new("ab", "cd");
    println!("label {} max {}", s.label(), s.max_coord());
    let c: Point<u8> = (7, 9).into();
    println!("{:?} sum {}", c, c.sum());
    let d = Point::from((1.5f32, 0.25f32));
    println!("{:?} sum {}", d, d.sum());
}
