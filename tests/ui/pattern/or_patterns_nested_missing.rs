// Or-patterns inside constructors, still missing one combination.
enum Suit {
    Hearts,
    Spades,
}

fn points(card: (Suit, u8)) -> u8 {
    match card {
        (Suit::Hearts | Suit::Spades, 1) => 11,
        (Suit::Hearts, 2..=10) | (Suit::Spades, 2..=9) => 1,
        (_, 11..) => 10,
    }
}

fn main() {
    println!("{}", points((Suit::Hearts, 1)));
    let _ = Suit::Spades;
}
