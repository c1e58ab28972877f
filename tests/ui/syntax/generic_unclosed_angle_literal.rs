fn f() -> Vec<u64 3> {
    Vec::new()
}

fn main() {
    f();
}
