macro_rules! square {
    ($x:expr) => {
        $x * $x
    ;
}

fn main() {
    println!("{}", square!(7));
}
