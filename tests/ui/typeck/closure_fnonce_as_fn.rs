// A closure that moves out of its capture (`FnOnce`) passed where `Fn` is needed: E0525.
fn call_twice<F: Fn() -> String>(f: F) -> (String, String) {
    (f(), f())
}

fn main() {
    let name = String::from("ferris");
    let take = move || name;
    let (a, b) = call_twice(take);
    println!("{a} {b}");
}
