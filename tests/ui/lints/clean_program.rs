struct Point { x: i32, y: i32 }
impl Point { fn sum(&self) -> i32 { self.x + self.y } }
fn main() {
    let p = Point { x: 1, y: 2 };
    let mut total = 0;
    for i in 0..3 { total += i * p.sum(); }
    println!("{total}");
}
