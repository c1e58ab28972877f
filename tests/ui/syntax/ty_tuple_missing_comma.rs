fn main() {
    let origin: (f32 f32) = (0.0, 0.0);
    println!("{:?}", origin);
}
