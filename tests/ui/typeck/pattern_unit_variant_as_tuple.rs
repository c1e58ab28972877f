// A unit variant used as a tuple-variant pattern: E0532.
enum State {
    Idle,
    Running(u32),
}

fn describe(s: &State) -> String {
    match s {
        State::Idle(n) => format!("idle {n}"),
        State::Running(pid) => format!("pid {pid}"),
    }
}

fn main() {
    println!("{}", describe(&State::Running(4)));
}
