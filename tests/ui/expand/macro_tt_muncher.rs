// A token-tree muncher: counts and reverses its input by recursion.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! reverse {
    ([] $($done:tt)*) => { [$($done),*] };
    ([$first:tt $($rest:tt)*] $($done:tt)*) => { reverse!([$($rest)*] $first $($done)*) };
}

fn main() {
    println!("{}", count!(a b c d e));
    println!("{:?}", reverse!([1 2 3 4]));
}
