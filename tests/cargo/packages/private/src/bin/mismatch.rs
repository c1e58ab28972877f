struct Point;

fn main() {
    let p: Point = private::shapes::Point::new(1, 2);
}
