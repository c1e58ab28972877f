// Moving an element out of a Vec by indexing: E0507.
fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let first = words[0];
    println!("{first} {}", words.len());
}
