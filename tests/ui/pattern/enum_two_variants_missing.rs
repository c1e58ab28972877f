// A local enum with two of four variants covered: both are named, the enum's definition
// is pointed at, and the suggested arm is an or-pattern.
#[derive(Debug)]
enum Direction {
    North,
    East,
    South,
    West,
}

fn describe(d: Direction) -> &'static str {
    match d {
        Direction::North => "up",
        Direction::South => "down",
    }
}

fn main() {
    println!("{}", describe(Direction::East));
    println!("{:?}", Direction::West);
}
