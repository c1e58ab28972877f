// References are always considered inhabited: a `&Void` needs an arm.
enum Void {}

fn absurd(v: &Void) -> u8 {
    match v {}
}

fn main() {
    let _ = absurd;
}
