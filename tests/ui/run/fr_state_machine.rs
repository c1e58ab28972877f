use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum State { Idle, Selecting, Paying { due: u32, paid: u32 }, Vending, OutOfOrder }

#[derive(Debug, Clone, Copy)]
enum Event { Select(u8), Coin(u32), Cancel, Dispensed, Kick }

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            State::Paying { due, paid } => write!(f, "Paying({}/{})", paid, due),
            other => write!(f, "{:?}", other),
        }
    }
}

struct Machine {
    state: State,
    prices: HashMap<u8, u32>,
    stock: HashMap<u8, u32>,
    bank: u32,
    history: Vec<(State, State)>,
}

impl Machine {
    fn handle(&mut self, ev: Event) -> Result<Option<u32>, String> {
        let mut change = None;
        let next = match (self.state, ev) {
            (State::OutOfOrder, Event::Kick) => State::Idle,
            (State::OutOfOrder, _) => return Err("machine is out of order".into()),
            (_, Event::Kick) => State::OutOfOrder,
            (State::Idle, Event::Select(_)) | (State::Selecting, Event::Select(_)) => {
                let Event::Select(code) = ev else { unreachable!() };
                let price = *self.prices.get(&code).ok_or(format!("no item {}", code))?;
                match self.stock.get_mut(&code) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        State::Paying { due: price, paid: 0 }
                    }
                    _ => State::Selecting,
                }
            }
            (State::Paying { due, paid }, Event::Coin(c)) => {
                let paid = paid + c;
                if paid >= due {
                    self.bank += due;
                    change = Some(paid - due);
                    State::Vending
                } else {
                    State::Paying { due, paid }
                }
            }
            (State::Paying { paid, .. }, Event::Cancel) => {
                change = Some(paid);
                State::Idle
            }
            (State::Vending, Event::Dispensed) => State::Idle,
            (s, e) => return Err(format!("invalid event {:?} in state {}", e, s)),
        };
        if next != self.state {
            self.history.push((self.state, next));
        }
        self.state = next;
        Ok(change)
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        prices: [(1, 125), (2, 90), (3, 200)].into_iter().collect(),
        stock: HashMap::from([(1, 1), (2, 5), (3, 0)]),
        bank: 0,
        history: vec![],
    };
    let events = [
        Event::Select(3), Event::Select(9), Event::Select(1), Event::Coin(100), Event::Coin(50),
        Event::Dispensed, Event::Select(1), Event::Select(2), Event::Coin(25), Event::Cancel,
        Event::Coin(5), Event::Kick, Event::Select(2), Event::Kick, Event::Select(2), Event::Coin(200), Event::Dispensed,
    ];
    for ev in events.iter() {
        let before = m.state;
        match m.handle(*ev) {
            Ok(Some(c)) => println!("{:<22} {:>16} -> {:<16} change {}", format!("{:?}", ev), before.to_string(), m.state.to_string(), c),
            Ok(None) => println!("{:<22} {:>16} -> {}", format!("{:?}", ev), before, m.state),
            Err(e) => println!("{:<22} error: {}", format!("{:?}", ev), e),
        }
    }
    println!("bank {} transitions {}", m.bank, m.history.len());
    let mut counts: HashMap<State, usize> = HashMap::new();
    for (_, to) in &m.history {
        *counts.entry(*to).or_default() += 1;
    }
    let mut sorted: Vec<_> = counts.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
    println!("{}", State::Idle < State::OutOfOrder && State::Paying { due: 1, paid: 0 } < State::Paying { due: 1, paid: 1 });
    let mut stock: Vec<_> = m.stock.iter().collect();
    stock.sort_by_key(|(k, _)| **k);
    println!("{:?}", stock);
}
