// A function whose body ends in a `for` loop returns `()`, not the declared type: E0308.
fn find_index(haystack: &[i32], needle: i32) -> usize {
    for (i, &x) in haystack.iter().enumerate() {
        if x == needle {
            return i;
        }
    }
}

fn main() {
    println!("{}", find_index(&[1, 2, 3], 2));
}
