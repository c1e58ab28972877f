// A blanket impl over every Display type, plus an extension trait on iterators.
use std::fmt::{self, Display};

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        let s = self.to_string();
        format!("<{} chars: {}>", s.chars().count(), s)
    }
}

struct Celsius(f64);

impl Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

trait IterStats: Iterator {
    fn min_max(self) -> Option<(Self::Item, Self::Item)>
    where
        Self: Sized,
        Self::Item: PartialOrd + Copy,
    {
        let mut result: Option<(Self::Item, Self::Item)> = None;
        for x in self {
            result = match result {
                None => Some((x, x)),
                Some((lo, hi)) => Some((if x < lo { x } else { lo }, if x > hi { x } else { hi })),
            };
        }
        result
    }
}

impl<I: Iterator> IterStats for I {}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        self * 2
    }
}

impl Double for String {
    fn double(&self) -> String {
        self.repeat(2)
    }
}

impl<T: Double> Double for Vec<T> {
    fn double(&self) -> Vec<T> {
        self.iter().map(|x| x.double()).collect()
    }
}

fn main() {
    println!("{}", 42.describe());
    println!("{}", "héllo".describe());
    println!("{}", Celsius(21.456).describe());
    println!("{}", 'x'.describe());

    println!("{:?}", vec![3, 9, 1, 4].into_iter().min_max());
    println!("{:?}", [2.5, -1.0].iter().copied().min_max());
    println!("{:?}", std::iter::empty::<u8>().min_max());

    println!("{:?}", vec![1, 2, 3].double());
    println!("{:?}", vec![vec![5], vec![6, 7]].double());
    println!("{:?}", vec![String::from("ab")].double());
}
