macro_rules! add_one {
    ($e:expr) => {
        $e +
    };
}

fn main() {
    let n = add_one!(5);
    println!("{}", n);
}
