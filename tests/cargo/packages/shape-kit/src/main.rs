use shape_kit::units::{scaled, SCALE};
use shape_kit::{add, largest, Point, Shape, Square};

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    println!("add: {}", add(2, 3));
    println!("path call: {}", shape_kit::add(10, 20));
    let p = Point::new(3, -4);
    println!("{:?} manhattan {}", p, p.manhattan());
    println!("scaled by {}: {:?}", SCALE, scaled(p));
    println!("{}", Square(1.5).describe());
    println!("{}", Circle { r: 1.0 }.describe());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle { r: 2.0 })];
    println!("total {}", shape_kit::total_area(&shapes));
    println!("largest {:?} {:?}", largest(&[3, 9, 2]), largest(&["b", "a"]));
    println!("empty {:?}", largest::<u8>(&[]));
    println!("square {}", shape_kit::square!(7));
    println!("{}", add(i32::MAX, 1));
}
