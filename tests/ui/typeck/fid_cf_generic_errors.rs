use std::fmt::Display;

struct Wrapper<T> {
    inner: T,
}

impl<T> Wrapper<T> {
    fn show(&self) -> String {
        format!("[{}]", self.inner)
    }

    fn bigger(&self, other: &T) -> bool {
        self.inner > *other
    }

    fn duplicate(&self) -> (T, T) {
        (self.inner.clone(), self.inner.clone())
    }
}

fn print_twice<T: Display>(x: T) {
    println!("{} {}", x, x);
}

fn make_default<T>() -> T {
    T::default()
}

fn first<T>(v: Vec<T>) -> T {
    v[0]
}

trait Area {
    fn area(&self) -> f64;
}

struct Sq(f64);

fn sum_areas<T: Area>(items: &[T]) -> f64 {
    items.iter().map(|i| i.area()).sum()
}

fn main() {
    let w = Wrapper { inner: vec![1] };
    println!("{}", w.show());
    print_twice(vec![1]);
    let d: i32 = make_default();
    println!("{}", sum_areas(&[Sq(1.0)]));
    let x: Wrapper<i32> = Wrapper { inner: "no" };
    println!("{} {}", d, x.inner);
}
