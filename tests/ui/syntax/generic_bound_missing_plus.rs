use std::fmt::Debug;

fn dump<T: Debug Clone>(x: &T) {
    println!("{:?}", x.clone());
}

fn main() {
    dump(&vec![1, 2]);
}
