use shape_kit::square;
use shape_kit::{Point, Shape, Square};

#[test]
fn adds() {
    assert_eq!(shape_kit::add(2, 2), 4);
}

#[test]
fn points() {
    assert_eq!(Point::new(-1, 2).manhattan(), 3);
    assert_eq!(shape_kit::units::scaled(Point::new(1, 1)), Point::new(10, 10));
}

#[test]
fn macro_from_the_library() {
    assert_eq!(square!(5), 25);
}

#[test]
fn wrong_area() {
    assert_eq!(Square(3.0).area(), 10.0);
}

#[test]
#[should_panic(expected = "overflow")]
fn overflow() {
    shape_kit::add(i32::MAX, 1);
}
