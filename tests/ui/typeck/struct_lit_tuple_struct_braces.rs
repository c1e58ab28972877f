// A tuple struct built with named fields that do not exist: E0560.
struct Meters(f64);

fn main() {
    let m = Meters { value: 3.5 };
    println!("{}", m.0);
}
