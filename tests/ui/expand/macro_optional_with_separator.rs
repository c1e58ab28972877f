macro_rules! maybe {
    ($($x:expr),?) => {
        0 $(+ $x)?
    };
}

fn main() {
    println!("{}", maybe!(3));
}
