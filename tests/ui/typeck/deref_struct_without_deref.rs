// Dereferencing a newtype that does not implement `Deref`: E0614.
struct Meters(f64);

fn main() {
    let m = Meters(3.0);
    let raw: f64 = *m;
    println!("{raw}");
}
