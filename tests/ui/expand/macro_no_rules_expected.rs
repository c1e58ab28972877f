macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    let area = square!(3, 4);
    println!("{}", area);
}
