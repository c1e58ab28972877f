enum Direction {
    North,
    South,
    East,
    West,
}

fn turn(d: Direction) -> Direction {
    match d {
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
    }
}

fn main() {
    let _ = turn(Direction::North);
}
