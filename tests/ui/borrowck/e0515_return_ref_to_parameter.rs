// Returning a reference to a by-value parameter: E0515.
fn longest(words: Vec<String>) -> &'static String {
    &words[0]
}

fn main() {
    println!("{}", longest(vec![String::from("hi")]));
}
