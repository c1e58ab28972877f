#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
    Spades,
}

#[derive(Debug)]
enum Card {
    Number(u8, Suit),
    Face(char, Suit),
    Joker,
}

fn color(s: Suit) -> &'static str {
    match s {
        Suit::Hearts | Suit::Diamonds => "red",
        Suit::Clubs => "black",
    }
}

fn value(c: &Card) -> u32 {
    match c {
        Card::Number(n @ 2..=10, _) => *n as u32,
        Card::Face('K' | 'Q' | 'J', _) => 10,
        Card::Joker => 0,
    }
}

fn bucket(n: u8) -> &'static str {
    match n {
        0..=9 => "low",
        10..=99 => "mid",
        200..=255 => "high",
    }
}

fn first_two(v: &[i32]) -> (i32, i32) {
    match v {
        [a, b, ..] => (*a, *b),
        [a] => (*a, 0),
    }
}

fn main() {
    let hand = vec![Card::Number(7, Suit::Hearts), Card::Face('K', Suit::Spades), Card::Joker];
    for c in &hand {
        println!("{:?} {}", c, value(c));
    }
    println!("{} {} {:?}", color(Suit::Clubs), bucket(150), first_two(&[1, 2, 3]));
    let opt: Option<Result<u8, String>> = Some(Ok(3));
    match opt {
        Some(Ok(n)) => println!("{}", n),
        None => println!("none"),
    }
    let Some(x) = Some(5);
    let t = (true, 3u8);
    match t {
        (true, _) => {}
        (false, 0) => {}
    }
    println!("{}", x);
}
