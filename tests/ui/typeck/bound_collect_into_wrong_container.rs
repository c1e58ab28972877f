// Collecting an iterator of `char` into a `Vec<String>`: E0277.
fn main() {
    let word = "rust";
    let letters: Vec<String> = word.chars().collect();
    println!("{:?}", letters);
}
