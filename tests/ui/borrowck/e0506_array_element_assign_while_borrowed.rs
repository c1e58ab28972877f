// Assigning to a Vec element while a reference to it is alive: E0506.
fn main() {
    let mut arr = [1, 2, 3];
    let r = &arr[1];
    arr[1] = 20;
    println!("{r}");
}
