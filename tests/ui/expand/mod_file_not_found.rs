mod geometry;

fn main() {
    println!("{}", geometry::area(2.0, 3.0));
}
