// A variant used as a type, and an unknown variant imported.
#[derive(Debug)]
enum Direction {
    North,
    South,
}

use Direction::{North, Sout};

fn turn(d: Direction) -> Direction {
    match d {
        North => Direction::South,
        _ => North,
    }
}

fn main() {
    let d: Direction::North = Direction::North;
    println!("{:?}", turn(d));
}
