// Moving a value into a `move` closure while it is borrowed: E0505.
fn main() {
    let config = vec![String::from("a=1")];
    let first = &config[0];
    let job = move || config.len();
    println!("{first} {}", job());
}
