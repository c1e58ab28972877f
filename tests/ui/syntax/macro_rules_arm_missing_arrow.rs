macro_rules! max {
    ($a:expr, $b:expr) {
        if $a > $b { $a } else { $b }
    };
}

fn main() {
    println!("{}", max!(3, 8));
}
