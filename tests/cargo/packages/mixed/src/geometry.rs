pub mod square;

pub fn perimeter(side: u32) -> u32 {
    4 * side
}

#[test]
fn perimeter_of_two() {
    assert_eq!(perimeter(2), 8);
}
