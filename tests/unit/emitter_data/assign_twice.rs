fn main() {
    let x = 1;
    println!("{x}");
    x = 2;
    println!("{x}");
    let v = Vec::new();
    v.push(1);
}
