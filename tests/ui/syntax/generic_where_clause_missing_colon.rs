use std::fmt::Display;

fn show_all<T>(items: &[T])
where
    T Display,
{
    for it in items {
        println!("{}", it);
    }
}

fn main() {
    show_all(&[1, 2, 3]);
}
