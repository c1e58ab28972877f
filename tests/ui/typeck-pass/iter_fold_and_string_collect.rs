// fold/reduce and collecting into String from chars, &str and String items.
fn caesar(text: &str, shift: u8) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + shift) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn initials(full_name: &str) -> String {
    full_name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect::<String>()
}

fn main() {
    let words = ["alpha", "beta", "gamma", "delta"];

    let joined = words.iter().fold(String::new(), |mut acc, w| {
        if !acc.is_empty() {
            acc.push('-');
        }
        acc.push_str(w);
        acc
    });
    println!("{}", joined);

    let longest = words.iter().copied().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{:?}", longest);

    let total_len = words.iter().fold(0, |n, w| n + w.len());
    println!("{}", total_len);

    let upper: String = words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join(" ");
    println!("{}", upper);

    let concatenated: String = words.iter().copied().collect();
    println!("{}", concatenated);

    let owned: String = vec![String::from("x"), String::from("y")].into_iter().collect();
    println!("{}", owned);

    println!("{}", caesar("Hello, World!", 3));
    println!("{}", caesar(&caesar("Rust", 13), 13));
    println!("{}", initials("grace brewster murray hopper"));

    let digits: u64 = "2024".chars().filter_map(|c| c.to_digit(10)).fold(0u64, |acc, d| acc * 10 + d as u64);
    println!("{}", digits + 1);

    let product = (1..=5).fold(1u64, |acc, x| acc * x);
    let max = [3, 9, 2].iter().fold(i32::MIN, |m, &x| m.max(x));
    println!("{} {}", product, max);
}
