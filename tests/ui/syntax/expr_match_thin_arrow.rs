fn to_bool(s: &str) -> Option<bool> {
    match s {
        "yes" -> Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn main() {
    println!("{:?}", to_bool("yes"));
}
