macro_rules! double {
    ($e:expr) => {
        2 * $e
    };
}

fn main() {
    let n = double!(10 + );
    println!("{}", n);
}
