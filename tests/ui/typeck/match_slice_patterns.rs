// Slice patterns that do not cover the empty slice: E0004.
fn summary(items: &[i32]) -> String {
    match items {
        [one] => format!("just {one}"),
        [first, .., last] => format!("{first}..{last}"),
    }
}

fn main() {
    println!("{}", summary(&[1, 2, 3]));
}
