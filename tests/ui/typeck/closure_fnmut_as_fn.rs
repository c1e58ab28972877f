// A closure mutating its capture (`FnMut`) passed where `Fn` is needed: E0525.
fn run_all<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut count = 0;
    let bump = || count += 1;
    run_all(bump);
    println!("{count}");
}
