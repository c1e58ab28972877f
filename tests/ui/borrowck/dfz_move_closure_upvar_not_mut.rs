// A by-value capture can be mutated in the closure only if the captured variable is
// declared `mut` (whatever the closure's kind): E0594 / E0596 at the use.
fn run<F: FnOnce()>(f: F) {
    f()
}

fn run_mut<F: FnMut()>(mut f: F) {
    f()
}

fn main() {
    let n = 1;
    run(move || n += 1);
    let m = 1;
    run_mut(move || m += 1);
    let s = String::new();
    run(move || s.push('a'));
}
