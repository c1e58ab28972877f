fn main() {
    let s = String::from("hello");
    let t = s + " world" + s;
    println!("{}", t);
}
