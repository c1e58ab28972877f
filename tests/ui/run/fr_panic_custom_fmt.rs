#[derive(Debug, Clone, Copy, PartialEq)]
enum State { Idle, Running(u32), Done }

fn step(s: State) -> State {
    match s {
        State::Idle => State::Running(0),
        State::Running(n) if n < 3 => State::Running(n + 1),
        State::Running(_) => State::Done,
        State::Done => panic!("cannot step from {:?} (after {} transitions)", s, 5),
    }
}

fn main() {
    let mut s = State::Idle;
    for i in 0..6 {
        println!("{}: {:?}", i, s);
        s = step(s);
    }
}
