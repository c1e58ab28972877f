fn main() {
    let s = String::from("abc");
    let closure = || drop(s);
    closure();
    closure();
}
