// A tuple-variant pattern with too many fields: E0023.
enum Msg {
    Resize(u32, u32),
    Quit,
}

fn handle(m: Msg) {
    match m {
        Msg::Resize(w, h, depth) => println!("{w}x{h}x{depth}"),
        Msg::Quit => println!("bye"),
    }
}

fn main() {
    handle(Msg::Resize(640, 480));
}
