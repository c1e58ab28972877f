// impl Trait in argument and return position, including returned iterators borrowing input.
use std::fmt::Display;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn words_longer_than<'a>(text: &'a str, n: usize) -> impl Iterator<Item = &'a str> + 'a {
    text.split_whitespace().filter(move |w| w.len() > n)
}

fn join_all(items: impl IntoIterator<Item = impl Display>, sep: &str) -> String {
    let mut out = String::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&it.to_string());
    }
    out
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn label(x: impl Into<String>) -> impl Display {
    let s: String = x.into();
    format!("[{}]", s)
}

fn squares_of(v: &[i64]) -> impl Iterator<Item = i64> + '_ {
    v.iter().map(|x| x * x)
}

fn main() {
    let e: Vec<u32> = evens(10).collect();
    println!("{:?}", e);
    println!("{}", evens(100).sum::<u32>());

    let text = "the quick brown fox jumps over the lazy dog";
    println!("{:?}", words_longer_than(text, 4).collect::<Vec<_>>());

    println!("{}", join_all(vec![1, 2, 3], ", "));
    println!("{}", join_all(["a", "b"], "|"));
    println!("{}", join_all(evens(7), "+"));

    let mut c = counter();
    c();
    c();
    println!("{}", c());

    println!("{} {}", label("x"), label(String::from("y")));
    let data = [3, -4, 5];
    let total: i64 = squares_of(&data).sum();
    println!("{}", total);
}
