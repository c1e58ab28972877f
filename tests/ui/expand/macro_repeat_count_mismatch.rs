macro_rules! zip_pairs {
    ($($k:ident),* ; $($v:expr),*) => {
        [$((stringify!($k), $v)),*]
    };
}

fn main() {
    let pairs = zip_pairs!(a, b, c; 1, 2);
    println!("{:?}", pairs);
}
