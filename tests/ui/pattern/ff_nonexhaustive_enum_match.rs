// A new enum variant is added and one `match` is not updated; a tuple match misses cases.
#[derive(Debug, Clone, Copy)]
enum Command {
    Start,
    Stop,
    Pause(u32),
    Resume,
}

fn describe(c: Command) -> &'static str {
    match c {
        Command::Start => "start",
        Command::Stop => "stop",
        Command::Pause(_) => "pause",
    }
}

fn both(a: bool, b: Option<u8>) -> u8 {
    match (a, b) {
        (true, Some(n)) => n,
        (false, None) => 0,
    }
}

fn main() {
    println!("{} {}", describe(Command::Resume), both(true, None));
}
