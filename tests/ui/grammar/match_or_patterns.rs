// Or-patterns at the top level `1 | 2`, nested inside other patterns
// `Some(1 | 2)`, in tuples, with bindings on both sides, and in let/params.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy)]
enum Card {
    Number(u8, Suit),
    Face(char, Suit),
    Joker,
}

fn color(s: Suit) -> &'static str {
    match s {
        Suit::Hearts | Suit::Diamonds => "red",
        Suit::Clubs | Suit::Spades => "black",
    }
}

fn points(c: Card) -> u32 {
    match c {
        Card::Number(1 | 11, _) => 11,
        Card::Number(n @ (2 | 3 | 4), Suit::Hearts | Suit::Diamonds) => n as u32 * 2,
        Card::Number(n, _) => n as u32,
        Card::Face('K' | 'Q', s) | Card::Face('J', s) if s == Suit::Spades => 15,
        Card::Face('K' | 'Q' | 'J', _) => 10,
        Card::Face(..) => 0,
        Card::Joker => 25,
    }
}

fn suit_of(c: Card) -> Option<Suit> {
    match c {
        Card::Number(_, s) | Card::Face(_, s) => Some(s),
        Card::Joker => None,
    }
}

fn day_kind(day: u8) -> &'static str {
    match day {
        1 | 7 => "weekend",
        2..=6 => "weekday",
        _ => "invalid",
    }
}

fn main() {
    let hand = [
        Card::Number(1, Suit::Clubs),
        Card::Number(3, Suit::Hearts),
        Card::Number(3, Suit::Spades),
        Card::Number(9, Suit::Diamonds),
        Card::Face('Q', Suit::Spades),
        Card::Face('J', Suit::Hearts),
        Card::Face('X', Suit::Clubs),
        Card::Joker,
    ];
    let mut total = 0;
    for c in hand {
        let p = points(c);
        total += p;
        let col = suit_of(c).map(color).unwrap_or("none");
        println!("{:<28} {:>2} points, {}", format!("{:?}", c), p, col);
    }
    println!("hand total {}", total);

    for d in [1, 3, 7, 9] {
        println!("day {} is a {}", d, day_kind(d));
    }

    let inputs = [Some(1), Some(2), Some(3), None, Some(-1)];
    for i in inputs {
        let msg = match i {
            Some(1 | 2) => "one or two",
            Some(-1) | None => "missing",
            Some(_) => "other",
        };
        println!("{:?}: {}", i, msg);
    }

    // or-patterns in let and function-like closure parameters
    let (Ok(v) | Err(v)): Result<i32, i32> = Err(7);
    println!("either side: {}", v);
    let pick = |(Ok(x) | Err(x)): Result<&str, &str>| x.len();
    println!("lengths: {} {}", pick(Ok("abc")), pick(Err("de")));

    let matches = hand.iter().filter(|c| matches!(c, Card::Face('K' | 'Q', _) | Card::Joker)).count();
    println!("royal or joker cards: {}", matches);
}
