fn main() {
    let words = vec!["a", "b"];
    let upper = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{:?}", upper);
}
