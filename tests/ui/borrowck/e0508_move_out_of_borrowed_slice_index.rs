// Moving a String out of an element of a borrowed slice, and of an array: E0508 twice.
fn main() {
    let v = vec![String::from("a")];
    let s = &v[..];
    let t = s[0];
    let arr = [String::new()];
    let u = arr[0];
    println!("{} {}", t, u);
}
