// Returning a closure that borrows a local: E0373.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    let offset = n * 2;
    |x| x + offset
}

fn main() {
    let add = make_adder(3);
    println!("{}", add(1));
}
