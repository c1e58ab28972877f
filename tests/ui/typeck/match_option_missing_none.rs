// A match on `Option` that forgets `None`: E0004.
fn describe(age: Option<u32>) -> String {
    match age {
        Some(a) if a < 18 => "minor".to_string(),
        Some(_) => "adult".to_string(),
    }
}

fn main() {
    println!("{}", describe(Some(30)));
}
