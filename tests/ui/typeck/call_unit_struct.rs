// Calling a unit struct as if it had a constructor taking arguments: E0618.
#[derive(Debug)]
struct Marker;

fn main() {
    let m = Marker(1);
    println!("{:?}", m);
}
