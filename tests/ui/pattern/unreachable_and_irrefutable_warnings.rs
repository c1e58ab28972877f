// Only warnings (unreachable arms, irrefutable `if let`/`while let`/`let else`,
// overlapping and one-apart ranges): the program runs.
fn main() {
    let x = Some(2u8);
    match x {
        Some(_) => println!("some"),
        None => println!("none"),
        Some(2) => println!("two"),
    }
    match 7u8 {
        0..=7 => println!("low"),
        7..=255 => println!("high"),
    }
    match 5u32 {
        0..5 => println!("below"),
        6.. => println!("above"),
        _ => println!("five"),
    }
    if let n = 3 {
        println!("{n}");
    }
    let mut i = 0;
    while let _ = i {
        i += 1;
        if i > 2 {
            break;
        }
    }
    let y = 4 else { return };
    println!("{y} {i}");
}
