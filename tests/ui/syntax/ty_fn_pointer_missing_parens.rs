fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    let op: fn i32 -> i32 = double;
    println!("{}", op(5));
}
