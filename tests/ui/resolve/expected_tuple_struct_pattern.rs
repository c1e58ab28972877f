// A tuple-struct pattern naming a unit variant or a struct: E0532.
enum State {
    Idle,
    Running(u32),
}

fn check(s: State) -> u32 {
    match s {
        State::Idle(n) => n,
        State::Running(n) => n,
    }
}

fn main() {
    println!("{}", check(State::Idle));
}
