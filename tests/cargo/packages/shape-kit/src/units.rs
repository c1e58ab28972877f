pub const SCALE: i32 = 10;

pub fn scaled(p: crate::Point) -> crate::Point {
    crate::Point::new(p.x * SCALE, p.y * SCALE)
}
