// One match arm moves the value; it is used after the match: E0382.
enum Mode {
    Keep,
    Send,
}

fn send(s: String) {
    println!("sent {s}");
}

fn main() {
    let payload = String::from("data");
    let mode = if payload.len() > 2 { Mode::Send } else { Mode::Keep };
    match mode {
        Mode::Send => send(payload),
        Mode::Keep => println!("kept"),
    }
    println!("{}", payload);
}
