fn main() {
    let origin: (f32 f32) = (0.0, 0.0);
    let shifted = (origin.0 + 1.0, origin.1 - 1.0);
    println!("{:?} {:?}", origin, shifted);
}
