// Arrays have one length: `..` in a witness stands for the unlooked-at elements.
fn f(a: [bool; 4]) -> u8 {
    match a {
        [true, ..] => 1,
        [.., true] => 2,
        [false, false, _, false] => 3,
    }
}

fn main() {
    println!("{}", f([false, true, true, false]));
}
