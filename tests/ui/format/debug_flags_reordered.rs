fn main() {
    let v = vec![1];
    println!("{v:?#}");
}
