enum Shape { Circle(f64), Square(f64), Triangle, Line }
fn main() {
    let s = Shape::Circle(1.0);
    if let Shape::Circle(r) = s {
        println!("{r}");
    }
}
