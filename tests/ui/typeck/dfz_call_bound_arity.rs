// Calling a value whose `Fn*` bound takes another number of arguments is E0057 (the
// signature comes from the bound), not "expected function" (E0618).
fn pick<F: FnOnce() -> u64>(m: &mut u64, f: F) -> &u64 {
    *m = f(0);
    m
}

fn apply(f: &dyn Fn(i32, i32) -> i32) -> i32 {
    f(1)
}

fn main() {
    let mut m = 0;
    pick(&mut m, || 1);
    apply(&|a, b| a + b);
}
