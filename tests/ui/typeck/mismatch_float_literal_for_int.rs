// A float literal where an integer is expected: E0308.
struct Timer {
    seconds: u64,
}

fn main() {
    let t = Timer { seconds: 1.5 };
    println!("{}", t.seconds);
}
