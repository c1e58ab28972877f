// Calling a `String` method on an `Option<String>` without unwrapping it: E0599.
fn nickname(id: u32) -> Option<String> {
    if id == 7 { Some("ferris".to_string()) } else { None }
}

fn main() {
    let n = nickname(7);
    println!("{}", n.to_uppercase());
}
