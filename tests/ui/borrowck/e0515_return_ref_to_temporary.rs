// Returning a reference to a temporary value: E0515.
fn default_tags() -> &'static [String] {
    &vec![String::from("misc")]
}

fn main() {
    println!("{:?}", default_tags());
}
