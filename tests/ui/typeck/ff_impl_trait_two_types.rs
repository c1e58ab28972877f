// An `impl Trait` return with two different concrete types, and a `dyn` trait returned
// without a box.
use std::fmt::Display;

fn describe(flag: bool) -> impl Display {
    if flag {
        42
    } else {
        "forty-two"
    }
}

fn numbers(rev: bool) -> impl Iterator<Item = u32> {
    if rev {
        return (0..5).rev();
    }
    0..5
}

fn main() {
    println!("{}", describe(true));
    println!("{:?}", numbers(false).collect::<Vec<_>>());
}
