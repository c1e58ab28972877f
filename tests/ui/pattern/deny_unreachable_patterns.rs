// `#![deny(unreachable_patterns)]` turns the lint into an error.
#![deny(unreachable_patterns)]

fn main() {
    let x = Some(3);
    match x {
        Some(_) => println!("some"),
        None => println!("none"),
        Some(3) => println!("three"),
    }
}
