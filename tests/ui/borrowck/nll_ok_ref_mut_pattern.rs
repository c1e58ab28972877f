// Binding modes: `ref mut` and default binding through `&mut` let the body mutate in place.
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
}

fn main() {
    let mut shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect { w: 2.0, h: 3.0 }];
    for s in shapes.iter_mut() {
        match s {
            Shape::Circle { r } => *r *= 2.0,
            Shape::Rect { w, h } => std::mem::swap(w, h),
        }
    }
    let mut pair = (1, String::from("x"));
    let (ref mut n, ref mut s) = pair;
    *n += 1;
    s.push('y');
    println!("{:?} {:?}", shapes, pair);
}
