// Matching on `*opt` through a reference with a by-value binding: E0507.
fn describe(opt: &Option<String>) -> String {
    match *opt {
        Some(s) => s,
        None => String::from("nothing"),
    }
}

fn main() {
    let v = Some(String::from("x"));
    println!("{}", describe(&v));
}
