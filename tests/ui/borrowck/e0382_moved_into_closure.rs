// A `move` closure takes ownership of a Vec that is then used again: E0382.
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let count = move || names.len();
    println!("{}", count());
    println!("{:?}", names);
}
