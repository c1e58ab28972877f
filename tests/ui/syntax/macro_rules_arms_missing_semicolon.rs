macro_rules! describe {
    () => { "nothing" }
    ($x:expr) => { "something" }
}

fn main() {
    println!("{} {}", describe!(), describe!(1));
}
