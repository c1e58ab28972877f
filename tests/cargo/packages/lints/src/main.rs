fn main() {
    let v: Vec<i32> = Vec::new();
    println!("{} {}", lints::double(2), v.len() == 0);
}
