// A compound assignment whose left side is a literal: E0067.
fn main() {
    let mut total = 0;
    for x in [1, 2, 3] {
        1 += x;
        total += x;
    }
    println!("{total}");
}
