// A braced struct used as a value: E0423 with "use struct literal syntax instead".
struct Meters {
    value: f64,
}

fn main() {
    let m = Meters;
    println!("{}", m.value);
}
