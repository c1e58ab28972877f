// Returning a boxed closure that borrows a local: E0373 (the box is `'static`).
fn make_counter() -> Box<dyn FnMut() -> i32> {
    let mut count = 0;
    Box::new(|| { count += 1; count })
}

fn main() {
    let mut c = make_counter();
    println!("{}", c());
}
