// A traffic/turnstile state machine and a CSV field scanner driven by a
// `match` on (state, input) tuples.

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Locked,
    Unlocked,
    Alarm { strikes: u8 },
}

#[derive(Debug, Clone, Copy)]
enum Input {
    Coin(u32),
    Push,
    Reset,
}

fn transition(s: State, i: Input) -> (State, &'static str) {
    match (s, i) {
        (State::Locked, Input::Coin(c)) if c >= 50 => (State::Unlocked, "unlocked"),
        (State::Locked, Input::Coin(_)) => (State::Locked, "insufficient coin"),
        (State::Locked, Input::Push) => (State::Alarm { strikes: 1 }, "forced! alarm"),
        (State::Unlocked, Input::Push) => (State::Locked, "passed through"),
        (State::Unlocked, Input::Coin(_)) => (State::Unlocked, "refund"),
        (State::Alarm { strikes }, Input::Push) if strikes >= 2 => (State::Alarm { strikes: 3 }, "police called"),
        (State::Alarm { strikes }, Input::Push) => (State::Alarm { strikes: strikes + 1 }, "alarm louder"),
        (State::Alarm { .. }, Input::Reset) | (State::Locked, Input::Reset) => (State::Locked, "reset"),
        (_, _) => (s, "ignored"),
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Scan {
    Start,
    Plain,
    Quoted,
    QuoteInQuoted,
}

fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut st = Scan::Start;
    for c in line.chars() {
        let cur = fields.last_mut().unwrap();
        st = match (st, c) {
            (Scan::Start, '"') => Scan::Quoted,
            (Scan::Start | Scan::Plain | Scan::QuoteInQuoted, ',') => {
                fields.push(String::new());
                Scan::Start
            }
            (Scan::Start | Scan::Plain, ch) => {
                cur.push(ch);
                Scan::Plain
            }
            (Scan::Quoted, '"') => Scan::QuoteInQuoted,
            (Scan::Quoted, ch) => {
                cur.push(ch);
                Scan::Quoted
            }
            (Scan::QuoteInQuoted, '"') => {
                cur.push('"');
                Scan::Quoted
            }
            (Scan::QuoteInQuoted, ch) => {
                cur.push(ch);
                Scan::Plain
            }
        };
    }
    fields
}

fn main() {
    let inputs = [
        Input::Push, Input::Push, Input::Push, Input::Push, Input::Reset,
        Input::Coin(25), Input::Coin(50), Input::Coin(10), Input::Push, Input::Reset,
    ];
    let mut s = State::Locked;
    for i in inputs {
        let (next, msg) = transition(s, i);
        println!("{:<22} + {:<9} -> {:<22} {}", format!("{:?}", s), format!("{:?}", i), format!("{:?}", next), msg);
        s = next;
    }
    for line in ["a,b,c", "\"x, y\",z", "\"say \"\"hi\"\"\",2", ",,", "plain"] {
        println!("{:<22} {:?}", line, split_csv(line));
    }
}
