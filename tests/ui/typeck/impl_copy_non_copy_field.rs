// Deriving `Copy` for a struct with a `String` field: E0204.
#[derive(Clone, Copy)]
struct Label {
    text: String,
    size: u8,
}

fn main() {
    let l = Label { text: "ok".into(), size: 12 };
    let m = l;
    println!("{} {}", l.size, m.text);
}
