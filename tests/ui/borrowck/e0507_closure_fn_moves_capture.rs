// An `Fn` closure that moves out of its captured variable: E0507.
fn call_twice<F: Fn() -> String>(f: F) -> String {
    f() + &f()
}

fn main() {
    let s = String::from("ab");
    let out = call_twice(move || s);
    println!("{out}");
}
