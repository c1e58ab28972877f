// Half-open ranges cover `usize` and `isize`.
fn u(n: usize) -> u8 {
    match n {
        0..=9 => 0,
        10.. => 1,
    }
}

fn i(n: isize) -> u8 {
    match n {
        ..=-1 => 0,
        0 => 1,
        1.. => 2,
    }
}

fn main() {
    println!("{} {} {} {} {}", u(3), u(usize::MAX), i(isize::MIN), i(0), i(isize::MAX));
}
