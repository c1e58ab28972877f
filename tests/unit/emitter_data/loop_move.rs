fn main() {
    let v = vec![String::new()];
    for _ in 0..2 { drop(v); }
}
