fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let total = add(1, add(2, 3);
    println!("{}", total);
}
