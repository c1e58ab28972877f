fn main() {
    let s = "abc";
    let c: char = s[0..1];
    let up = s.to_upper_case();
    println!("{} {}", c, up);
}
