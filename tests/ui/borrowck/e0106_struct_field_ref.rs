// A struct field of reference type without a lifetime parameter: E0106.
struct Excerpt {
    part: &str,
}

fn main() {
    let text = String::from("Call me Ishmael. Some years ago...");
    let e = Excerpt { part: text.split('.').next().unwrap() };
    println!("{}", e.part);
}
