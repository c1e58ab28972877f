// A misspelled enum variant through the enum's path: E0599.
#[derive(Debug)]
enum Direction {
    North,
    South,
    East,
    West,
}

fn main() {
    let d = Direction::Nort;
    println!("{:?}", d);
}
