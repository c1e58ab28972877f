#[derive(PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

fn main() {
    let p = Pos { x: 0, y: 0 };
    if p == Pos { x: 0, y: 0 } {
        println!("at origin");
    }
}
