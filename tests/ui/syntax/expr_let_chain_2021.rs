fn first_big(values: &[i32]) -> Option<i32> {
    if let Some(&v) = values.first() && v > 100 {
        return Some(v);
    }
    None
}

fn main() {
    println!("{:?}", first_big(&[250, 3]));
}
