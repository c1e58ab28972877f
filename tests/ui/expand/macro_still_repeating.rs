macro_rules! first {
    ($($x:expr),*) => {
        $x
    };
}

fn main() {
    println!("{}", first!(1, 2, 3));
}
