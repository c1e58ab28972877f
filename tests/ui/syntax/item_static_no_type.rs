static GREETING = "hello";

fn main() {
    println!("{}", GREETING);
}
