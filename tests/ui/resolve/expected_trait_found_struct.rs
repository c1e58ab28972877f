// Implementing a struct as if it were a trait: E0404.
struct Shape;
struct Circle;

impl Shape for Circle {}

fn describe<T: Circle>(x: T) {}

fn main() {}
