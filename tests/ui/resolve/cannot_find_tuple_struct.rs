// Patterns naming tuple structs or unit variants that do not exist: E0531.
enum Message {
    Quit,
    Move(i32, i32),
}

fn handle(m: Message) {
    match m {
        Message::Quit => {}
        Mov(x, y) => println!("{x} {y}"),
    }
}

fn main() {
    handle(Message::Quit);
}
