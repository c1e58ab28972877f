fn main() {
    let s = String::from("héllo wörld");
    let words: Vec<&str> = s.split(' ').collect();
    println!("{:?}", words);
    for i in 0..4 {
        println!("is_char_boundary({}) = {}", i, s.is_char_boundary(i));
    }
    let first = &s[..1];
    println!("first: {}", first);
    let bad = &s[0..2];
    println!("never: {}", bad);
}
