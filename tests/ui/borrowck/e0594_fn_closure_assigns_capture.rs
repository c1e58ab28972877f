// A closure passed where `Fn` is required assigns to a capture: E0594 inside the closure.
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut total = 0;
    call(|| {
        total += 1;
    });
    println!("{total}");
}
