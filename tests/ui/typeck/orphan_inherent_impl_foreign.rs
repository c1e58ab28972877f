// An inherent impl block on a type defined outside the crate: E0116.
impl String {
    fn shout(&self) -> String {
        self.to_uppercase()
    }
}

fn main() {
    println!("{}", String::from("hi"));
}
