// A struct variant used as a value (E0533, with the struct expression it may mean), and a
// trait method named as a field (E0615, "use parentheses to call the method").
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Unit,
}

fn main() {
    let u = Shape::Rect(1.0, 2.0);
    let v = Shape::Rect;
    let w = Shape::Unit(1);
    let c = Shape::Circle(1.0);
    let items = vec![1, 2, 3];
    let total: i32 = items.iter().map(|x| x * 2).sum;
    let n = items.iter().count;
}
