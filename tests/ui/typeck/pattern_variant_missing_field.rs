// A struct-variant pattern in a match that omits a field: E0027.
enum Command {
    Move { x: i32, y: i32 },
    Say { text: String },
}

fn run(c: Command) {
    match c {
        Command::Move { x } => println!("move {x}"),
        Command::Say { text } => println!("{text}"),
    }
}

fn main() {
    run(Command::Move { x: 1, y: 2 });
}
