// Arrays covered element by element and with `..`.
fn f(a: [bool; 2]) -> u8 {
    match a {
        [true, true] => 3,
        [true, false] => 2,
        [false, true] => 1,
        [false, false] => 0,
    }
}

fn g(a: [u8; 3]) -> u8 {
    match a {
        [0, ..] => 0,
        [_, mid, 0] => mid,
        [first, .., last] => first.wrapping_add(last),
    }
}

fn main() {
    println!("{} {}", f([true, false]), f([false, false]));
    println!("{} {} {}", g([0, 1, 2]), g([5, 6, 0]), g([1, 2, 3]));
}
