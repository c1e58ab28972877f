// A struct literal that sets the same field twice: E0062.
struct Point3 {
    x: f32,
    y: f32,
    z: f32,
}

fn main() {
    let p = Point3 { x: 1.0, y: 2.0, x: 3.0, z: 0.0 };
    println!("{} {} {}", p.x, p.y, p.z);
}
