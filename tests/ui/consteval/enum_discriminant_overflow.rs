// An implicit discriminant after `u8::MAX`: E0370.
#[repr(u8)]
enum Level {
    Low = 254,
    High,
    Higher,
}

fn main() {
    let _ = Level::Low;
    let _ = Level::High;
    let _ = Level::Higher;
}
