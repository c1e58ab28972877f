// A vending machine as an explicit state machine driven by events.

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { credit: u32 },
    Dispensing { item: &'static str, change: u32 },
    OutOfOrder(String),
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Select(usize),
    Cancel,
    Take,
    Kick,
}

const MENU: [(&str, u32); 3] = [("cola", 150), ("chips", 100), ("gum", 50)];

fn step(state: State, event: Event) -> State {
    use Event::*;
    match (state, event) {
        (State::OutOfOrder(why), _) => State::OutOfOrder(why),
        (_, Kick) => State::OutOfOrder(String::from("kicked")),
        (State::Idle, Coin(c)) => State::Collecting { credit: c },
        (State::Collecting { credit }, Coin(c)) => State::Collecting { credit: credit + c },
        (State::Collecting { credit }, Select(i)) => match MENU.get(i) {
            Some(&(item, price)) if credit >= price => State::Dispensing { item, change: credit - price },
            Some(_) => State::Collecting { credit },
            None => State::Collecting { credit },
        },
        (State::Collecting { credit }, Cancel) => {
            println!("    refund {}", credit);
            State::Idle
        }
        (State::Dispensing { item, change }, Take) => {
            println!("    took {} and {} change", item, change);
            State::Idle
        }
        (s, _) => s,
    }
}

fn main() {
    let events = [
        Event::Select(0),
        Event::Coin(100),
        Event::Select(0),
        Event::Coin(100),
        Event::Select(0),
        Event::Take,
        Event::Coin(25),
        Event::Cancel,
        Event::Coin(50),
        Event::Select(7),
        Event::Select(2),
        Event::Coin(5),
        Event::Take,
        Event::Kick,
        Event::Coin(100),
    ];
    let mut state = State::Idle;
    for ev in events {
        let next = step(state.clone(), ev);
        if next != state {
            println!("{:?} --{:?}--> {:?}", state, ev, next);
        } else {
            println!("{:?} ignores {:?}", state, ev);
        }
        state = next;
    }
    if let State::OutOfOrder(reason) = &state {
        println!("final: out of order ({})", reason);
    }
}
