// Returning closures that borrow locals of the function that made them.
fn make_greeter(name: String) -> impl Fn() -> String {
    let greeting = format!("hello, {}", name);
    || greeting.clone()
}

fn counter() -> Box<dyn FnMut() -> u32> {
    let mut count = 0;
    Box::new(|| {
        count += 1;
        count
    })
}

fn main() {
    let g = make_greeter("ann".into());
    let mut c = counter();
    println!("{} {}", g(), c());
}
