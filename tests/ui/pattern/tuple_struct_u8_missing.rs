// A one-field tuple gets its trailing comma in the witness.
fn f(t: (u8,)) -> u8 {
    match t {
        (0,) => 0,
        (1..=9,) => 1,
    }
}

fn main() {
    println!("{}", f((3,)));
}
