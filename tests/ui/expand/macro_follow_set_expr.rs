macro_rules! both {
    ($a:expr $b:expr) => {
        ($a, $b)
    };
}

fn main() {
    println!("{:?}", both!(1 2));
}
