// Constants in patterns: integer ranges, an enum value and a struct are expanded into the
// patterns they stand for.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Mode {
    Read,
    Write,
}

#[derive(PartialEq, Eq)]
struct Pair {
    a: u8,
    b: bool,
}

const LOW: u8 = 100;
const DEFAULT: Mode = Mode::Read;
const ORIGIN: Pair = Pair { a: 0, b: false };

fn level(n: u8) -> u8 {
    match n {
        0..=LOW => 0,
        101..=u8::MAX => 1,
    }
}

fn mode(m: Mode) -> u8 {
    match m {
        DEFAULT => 0,
        Mode::Write => 1,
    }
}

fn pair(p: Pair) -> u8 {
    match p {
        ORIGIN => 0,
        Pair { a: 0, b: true } => 1,
        Pair { a: 1.., .. } => 2,
    }
}

fn main() {
    println!("{} {}", level(5), level(200));
    println!("{} {}", mode(Mode::Read), mode(Mode::Write));
    println!("{} {}", pair(Pair { a: 0, b: false }), pair(Pair { a: 7, b: true }));
}
