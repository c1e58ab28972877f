// `into_iter()` consumes the Vec; using it afterwards is E0382.
fn main() {
    let words = vec!["one".to_string(), "two".to_string()];
    let upper: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("{:?} from {} words", upper, words.len());
}
