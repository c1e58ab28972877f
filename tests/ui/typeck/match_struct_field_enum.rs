// A match on a struct pattern whose inner enum field is not fully covered: E0004.
#[derive(Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
}

struct Card {
    suit: Suit,
    rank: u8,
}

fn color(c: &Card) -> &'static str {
    match c {
        Card { suit: Suit::Hearts | Suit::Diamonds, .. } => "red",
        Card { suit: Suit::Spades, .. } => "black",
    }
}

fn main() {
    println!("{}", color(&Card { suit: Suit::Clubs, rank: 3 }));
}
