// `collect()` with nothing telling it the target collection: E0282.
fn main() {
    let words = "the quick brown fox";
    let upper = words.split(' ').map(|w| w.to_uppercase()).collect();
    println!("{}", upper.len());
}
