macro_rules! max_of {
    ($a:expr, $b:expr) => {
        if $a > $b { $a } else { $b }
    };
}

fn main() {
    let x = 4;
    let y = 9;
    println!("{}", max_of!(x y));
}
