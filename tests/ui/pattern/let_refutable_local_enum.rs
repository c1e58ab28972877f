// A refutable `let` on a local enum: E0005 points at the enum and its uncovered variant
// and suggests `let...else`.
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
}

fn main() {
    let msg = Message::Move { x: 1, y: 2 };
    let Message::Move { x, y } = msg;
    println!("{x} {y}");
    let _ = Message::Quit;
    let _ = Message::Write(String::new());
}
