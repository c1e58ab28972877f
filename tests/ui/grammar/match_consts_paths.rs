// Path patterns: associated and free constants, unit enum variants, unit
// structs, and qualified paths used as patterns.

const MAX_PLAYERS: usize = 4;
const ORIGIN: (i32, i32) = (0, 0);
const PASSWORD: &str = "hunter2";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Yellow,
    Green,
    Flashing,
}

impl Light {
    const STOP: Light = Light::Red;

    fn next(self) -> Light {
        match self {
            Light::STOP => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
            Light::Flashing => Light::Flashing,
        }
    }
}

struct Http;
impl Http {
    const OK: u16 = 200;
    const NOT_FOUND: u16 = 404;
    const TEAPOT: u16 = 418;
}

mod limits {
    pub const LOW: u8 = 10;
    pub const HIGH: u8 = 200;
}

fn lobby(players: usize) -> &'static str {
    match players {
        0 => "empty",
        MAX_PLAYERS => "full",
        n if n > MAX_PLAYERS => "overfull",
        _ => "waiting",
    }
}

fn status_text(code: u16) -> &'static str {
    match code {
        Http::OK => "OK",
        Http::NOT_FOUND => "Not Found",
        Http::TEAPOT => "I'm a teapot",
        500..=599 => "Server Error",
        _ => "Unknown",
    }
}

fn main() {
    let mut light = Light::Red;
    let mut seq = Vec::new();
    for _ in 0..5 {
        seq.push(format!("{:?}", light));
        light = light.next();
    }
    println!("{}", seq.join(" -> "));
    println!("flashing stays {:?}", Light::Flashing.next());

    for p in [0, 2, 4, 6] {
        println!("{} players: {}", p, lobby(p));
    }
    for code in [200, 404, 418, 503, 302] {
        println!("{} {}", code, status_text(code));
    }

    for pos in [(0, 0), (1, 0), (0, -3)] {
        let where_ = match pos {
            ORIGIN => "origin".to_string(),
            (0, y) => format!("on y axis at {}", y),
            (x, _) => format!("x = {}", x),
        };
        println!("{:?}: {}", pos, where_);
    }

    for attempt in ["letmein", "hunter2"] {
        match attempt {
            PASSWORD => println!("{:?} accepted", attempt),
            _ => println!("{:?} rejected", attempt),
        }
    }

    for level in [5u8, 10, 100, 200, 255] {
        let band = match level {
            limits::LOW => "exactly low",
            limits::HIGH => "exactly high",
            0..limits::LOW => "below low",
            limits::HIGH.. => "above high",
            _ => "in range",
        };
        println!("level {} {}", level, band);
    }
    println!("is Light::Yellow stop? {}", matches!(Light::Yellow, Light::STOP));
}
