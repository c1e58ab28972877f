#[derive(Debug)]
enum Direction {
    North
    South,
    East,
    West,
}

fn main() {
    println!("{:?}", Direction::North);
}
