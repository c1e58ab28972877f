// Generic structs with inherent impls for all T, for bounded T, and for one concrete T.
use std::fmt::Display;

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

    fn map<U, F: Fn(T) -> U>(self, f: F) -> Point<U> {
        Point { x: f(self.x), y: f(self.y) }
    }
}

impl<T: Display> Point<T> {
    fn show(&self) -> String {
        format!("({}, {})", self.x, self.y)
    }
}

impl<T: std::ops::Add<Output = T> + Copy> Point<T> {
    fn sum(&self) -> T {
        self.x + self.y
    }
}

impl Point<f64> {
    fn distance_from_origin(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

#[derive(Debug)]
struct Pair<A, B> {
    first: A,
    second: B,
}

impl<A: Clone, B: Clone> Pair<A, B> {
    fn mixup<C, D>(self, other: Pair<C, D>) -> Pair<A, D> {
        Pair { first: self.first, second: other.second }
    }

    fn flipped(&self) -> Pair<B, A> {
        Pair { first: self.second.clone(), second: self.first.clone() }
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn main() {
    let p = Point::new(3, 4);
    println!("{} sum={}", p.show(), p.sum());
    println!("{:?}", p.swap());

    let f = p.map(|v| v as f64);
    println!("{:.1}", f.distance_from_origin());

    let labels = Point::new("left", "right").map(|s| s.len());
    println!("{:?}", labels);

    let q: Point<u8> = Point { x: 1, y: 2 };
    println!("{}", q == Point::new(1, 2));

    let a = Pair { first: 1, second: "one" };
    let b = Pair { first: 'x', second: 2.5 };
    println!("{:?}", a.flipped());
    let c = a.mixup(b);
    println!("{:?}", c);

    println!("{} {} {}", largest(&[3, 7, 1]), largest(&[0.5, -1.0]), largest(&['q', 'z', 'a']));
}
