// Slices covered by mixes of fixed and variable-length patterns.
fn len_class(s: &[i32]) -> &'static str {
    match s {
        [] => "empty",
        [_] => "one",
        [_, _] => "two",
        [_, _, _, ..] => "many",
    }
}

fn ends(s: &[u8]) -> u8 {
    match s {
        [] => 0,
        [x] => *x,
        [first, .., last] => first.wrapping_add(*last),
    }
}

fn bools(s: &[bool]) -> u8 {
    match s {
        [] | [_] => 0,
        [true, .., _] => 1,
        [false, rest @ ..] => rest.len() as u8,
    }
}

fn main() {
    println!("{} {} {}", len_class(&[]), len_class(&[1, 2]), len_class(&[1, 2, 3, 4]));
    println!("{} {} {}", ends(&[]), ends(&[7]), ends(&[1, 2, 3]));
    println!("{} {} {}", bools(&[true]), bools(&[true, false]), bools(&[false, true, true]));
}
