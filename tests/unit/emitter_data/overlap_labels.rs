fn main() {
    let s = "a" + "b";
    let v = vec![String::new()];
}
