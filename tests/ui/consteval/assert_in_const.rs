// A failing `assert!` inside a constant block: E0080.
const SIZE: usize = 3;
const _: () = assert!(SIZE % 2 == 0);

fn main() {}
