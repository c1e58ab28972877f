// `if` and `else` arms of different types: E0308.
fn describe(count: usize) {
    let text = if count == 1 {
        "one item"
    } else {
        count
    };
    println!("{text}");
}

fn main() {
    describe(3);
}
