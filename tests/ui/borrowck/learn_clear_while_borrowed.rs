fn first_word(s: &String) -> &str {
    s.split(' ').next().unwrap()
}
fn main() {
    let mut s = String::from("hello world");
    let w = first_word(&s);
    s.clear();
    println!("{}", w);
}
