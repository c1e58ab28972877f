// Type annotations needed: `collect`, `Vec::new` never used with a type, and `parse`.
fn main() {
    let words = "a b c".split(' ');
    let upper = words.map(|w| w.to_uppercase()).collect();
    println!("{:?}", upper);

    let mut stack = Vec::new();
    println!("{}", stack.len());
    stack.clear();
}
