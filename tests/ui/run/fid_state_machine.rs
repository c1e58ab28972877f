#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red { ticks: u32 },
    Green { ticks: u32 },
    Yellow { ticks: u32 },
    Flashing,
}

#[derive(Debug)]
enum Event {
    Tick,
    Fault(u8),
    Reset,
}

fn step(state: Light, ev: &Event) -> Light {
    use Light::*;
    match (state, ev) {
        (_, Event::Fault(code)) if *code >= 5 => Flashing,
        (Flashing, Event::Reset) => Red { ticks: 0 },
        (Flashing, _) => Flashing,
        (s, Event::Fault(_)) => s,
        (_, Event::Reset) => Red { ticks: 0 },
        (Red { ticks: t @ 0..=2 }, Event::Tick) => Red { ticks: t + 1 },
        (Red { .. }, Event::Tick) => Green { ticks: 0 },
        (Green { ticks }, Event::Tick) if ticks < 4 => Green { ticks: ticks + 1 },
        (Green { .. }, Event::Tick) => Yellow { ticks: 0 },
        (Yellow { ticks: 0 }, Event::Tick) => Yellow { ticks: 1 },
        (Yellow { ticks: _ }, Event::Tick) => Red { ticks: 0 },
    }
}

fn describe(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("one({})", x),
        [first, .., last] if first == last => format!("bookends({})", first),
        [first, rest @ ..] if rest.len() >= 3 => format!("{} then {} more", first, rest.len()),
        [a, b] => format!("pair({}, {})", a, b),
        [a, middle @ .., z] => format!("{}..{:?}..{}", a, middle, z),
    }
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        x @ 1..=9 if x % 2 == 1 => "small odd",
        1..=9 => "small even",
        10 | 20 | 30 => "round",
        _ => "big",
    }
}

fn main() {
    let events = [Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Fault(2), Event::Tick,
                  Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Tick,
                  Event::Fault(9), Event::Tick, Event::Reset, Event::Tick];
    let mut s = Light::Red { ticks: 0 };
    for (i, e) in events.iter().enumerate() {
        let next = step(s, e);
        if next != s {
            println!("{:2}: {:?} --{:?}--> {:?}", i, s, e, next);
        }
        s = next;
    }
    for xs in [&[][..], &[7], &[1, 2, 1], &[1, 2, 3, 4], &[5, 6], &[1, 2, 3]] {
        println!("{}", describe(xs));
    }
    for n in [-5, 0, 3, 4, 20, 11] {
        println!("{} is {}", n, classify(n));
    }
    let pair = (Some(3), Err::<i32, &str>("bad"));
    if let (Some(n @ 1..=5), Err(msg)) = pair {
        println!("n={} msg={}", n, msg);
    }
    let nested = Some(Some(Light::Green { ticks: 2 }));
    match nested {
        Some(Some(Light::Green { ticks })) | Some(Some(Light::Red { ticks })) => println!("lit {}", ticks),
        Some(None) | None => println!("dark"),
        Some(Some(other)) => println!("other {:?}", other),
    }
    let msg = match s {
        Light::Red { ticks } | Light::Green { ticks } | Light::Yellow { ticks } => format!("ticks={ticks}"),
        Light::Flashing => "flash".into(),
    };
    println!("final {:?} {}", s, msg);
    let ref r = s;
    let Light::Red { ticks: ref t } = *r else { panic!("not red: {:?}", r) };
    println!("red for {}", t);
}
