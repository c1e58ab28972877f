fn run<F: FnOnce() -> i32>(f: F) -> i32 { f() + f() }
fn main() { run(|| 1); }
