use std::fmt::Display;

struct Labeled<T, 'a> {
    label: &'a str,
    value: T,
}

fn parse_all(words: &[&str]) -> Vec<i64> {
    words.iter().map(|w| w.parse<i64>().unwrap()).collect()
}

fn show<T: Display>(item: &Labeled<T>) {
    println!("{}: {}", item.label, item.value);
}

fn main() {
    show(&Labeled { label: "x", value: 3 });
    println!("{:?}", parse_all(&["4", "5"]));
}
