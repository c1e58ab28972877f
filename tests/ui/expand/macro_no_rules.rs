macro_rules! empty {}

fn main() {
    println!("done");
}
