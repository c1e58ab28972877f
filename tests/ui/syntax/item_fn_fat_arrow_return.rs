fn square(x: i64) => i64 {
    x * x
}

fn main() {
    println!("{}", square(12));
}
