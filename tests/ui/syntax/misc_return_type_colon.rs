fn cube(n: i32): i32 {
    n * n * n
}

fn main() {
    println!("{}", cube(3));
}
