// Using an `Option<T>` where a `T` is expected: E0308.
fn find_age(name: &str) -> Option<u32> {
    if name == "ferris" { Some(7) } else { None }
}

fn main() {
    let age: u32 = find_age("ferris");
    println!("{age}");
}
