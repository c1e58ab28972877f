// Moving a non-Copy element out of an array by index: E0508.
fn main() {
    let names = [String::from("x"), String::from("y"), String::from("z")];
    let second = names[1];
    println!("{second}");
}
