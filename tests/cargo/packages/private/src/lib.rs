pub mod shapes {
    pub struct Point {
        pub x: i32,
        y: i32,
    }

    impl Point {
        pub fn new(x: i32, y: i32) -> Point {
            Point { x, y: clamp(y) }
        }

        pub fn y(&self) -> i32 {
            self.y
        }
    }

    fn clamp(v: i32) -> i32 {
        v.max(0)
    }

    pub(crate) fn internal() -> i32 {
        clamp(-1)
    }
}

pub fn uses_internal() -> i32 {
    shapes::internal()
}
