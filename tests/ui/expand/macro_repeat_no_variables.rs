macro_rules! list {
    ($x:expr) => {
        [$($x),*]
    };
}

fn main() {
    let l = list!(1);
    println!("{:?}", l);
}
