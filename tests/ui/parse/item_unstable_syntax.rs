// Trait aliases and inherent associated types parse, but are unstable features
// (and the associated type path cannot be resolved on stable).

trait Number = Copy + std::ops::Add<Output = Self> + Default;

struct Meter;

impl Meter {
    type Value = f64;
}

fn sum<T: Number>(xs: &[T]) -> T {
    xs.iter().fold(T::default(), |a, &b| a + b)
}

fn main() {
    let v: Meter::Value = 2.5;
    println!("{} {}", sum(&[1, 2, 3]), v);
}
