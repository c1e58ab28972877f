// A local of unsized type `str`: E0277.
fn main() {
    let owned = String::from("hello world");
    let slice: str = owned[0..5];
    println!("{}", &slice);
}
