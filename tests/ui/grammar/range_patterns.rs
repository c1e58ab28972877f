// Range patterns: inclusive `a..=b`, exclusive `a..b`, half-open `a..` and
// `..=b`, on integers, chars and inside other patterns.

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..90 => 'B',
        70..80 => 'C',
        60..70 => 'D',
        0..60 => 'F',
        101.. => '?',
    }
}

fn temperature(t: i32) -> &'static str {
    match t {
        ..=-10 => "arctic",
        -9..=0 => "freezing",
        1..=15 => "cool",
        16..=25 => "mild",
        26.. => "hot",
    }
}

fn char_kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        '\u{80}'.. => "non-ascii",
        _ => "other",
    }
}

fn bucket(pair: (u8, i8)) -> String {
    match pair {
        (0..=9, ..0) => format!("small/neg"),
        (0..=9, 0..) => format!("small/non-neg"),
        (10..=99, n @ -5..=5) => format!("medium/near-zero {}", n),
        (h @ 100.., _) => format!("huge {}", h),
        (m, n) => format!("medium {} {}", m, n),
    }
}

fn main() {
    for s in [100, 95, 89, 80, 75, 61, 12, 0, 150] {
        print!("{}:{} ", s, grade(s));
    }
    println!();

    for t in [-40, -10, -9, 0, 1, 15, 16, 25, 26, 41] {
        println!("{:>4} {}", t, temperature(t));
    }

    let sample = "Rust 2021 é!";
    let kinds: Vec<&str> = sample.chars().map(char_kind).collect();
    println!("{:?}", kinds);

    for p in [(3, -1), (3, 4), (50, 2), (50, 77), (200, 0)] {
        println!("{:?} -> {}", p, bucket(p));
    }

    let bytes = b"Hi 42\n";
    let mut summary = String::new();
    for &b in bytes {
        summary.push(match b {
            b'0'..=b'9' => 'd',
            b'a'..=b'z' | b'A'..=b'Z' => 'a',
            0..=32 => '_',
            _ => '?',
        });
    }
    println!("byte classes: {}", summary);

    const LOW: i64 = 1_000;
    const HIGH: i64 = 1_000_000;
    for amount in [5, 1_000, 999_999, 1_000_000] {
        let tier = match amount {
            LOW..HIGH => "standard",
            HIGH.. => "premium",
            _ => "micro",
        };
        println!("{} is {}", amount, tier);
    }
}
