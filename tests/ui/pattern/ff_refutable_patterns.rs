// Refutable patterns where irrefutable ones are required, and integer matches with gaps.
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
}

fn classify(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "small",
        10..=99 => "medium",
    }
}

fn main() {
    let opt: Option<u8> = Some(3);
    let Some(v) = opt;
    let m = Msg::Move { x: 1, y: 2 };
    let Msg::Move { x, y } = m;
    println!("{} {} {} {}", v, x, y, classify(5));
}
