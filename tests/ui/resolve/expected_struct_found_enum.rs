// A struct literal naming an enum or a function: E0574.
enum Shape {
    Circle { r: f64 },
}

fn build() -> i32 {
    0
}

fn main() {
    let s = Shape { r: 1.0 };
    let t = build { x: 1 };
}
