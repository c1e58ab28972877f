mod aux_point;
use aux_point::Point;
fn main() {
    let a = Point { x: 1 };
    let b = Point { x: 2 };
    let _ = a == b;
}
