// `#[allow]` on an arm, on a statement and on the function silences the lints there; a
// crate-level `#![allow(unused)]` covers `unreachable_patterns` (it is in the group).
#![allow(unused)]

#[allow(irrefutable_let_patterns, overlapping_range_endpoints)]
fn quiet(x: Option<u8>) -> u8 {
    if let y = x {
        match 5u8 {
            0..=5 => 1,
            5..=255 => 2,
        }
    } else {
        0
    }
}

fn main() {
    let x = Some(1);
    match x {
        Some(_) => println!("some"),
        None => println!("none"),
        #[allow(unreachable_patterns)]
        _ => println!("never"),
    }
    println!("{}", quiet(x));
}
