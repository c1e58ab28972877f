// The same name twice in a parameter list: E0415.
fn add(x: i32, x: i32) -> i32 {
    x + x
}

fn main() {
    let f = |a: u8, a: u8| a;
    println!("{}", add(1, 2));
}
