// Blanket implementations: extension traits implemented for every qualifying type.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        let s = self.to_string();
        format!("'{}' ({} chars)", s, s.chars().count())
    }
}

trait Stats {
    fn mean(&self) -> Option<f64>;
    fn spread(&self) -> Option<f64>;
}

impl<T> Stats for [T]
where
    T: Copy + Into<f64>,
{
    fn mean(&self) -> Option<f64> {
        if self.is_empty() {
            return None;
        }
        let sum: f64 = self.iter().map(|&x| x.into()).sum();
        Some(sum / self.len() as f64)
    }

    fn spread(&self) -> Option<f64> {
        let vals: Vec<f64> = self.iter().map(|&x| x.into()).collect();
        let max = vals.iter().cloned().fold(f64::MIN, f64::max);
        let min = vals.iter().cloned().fold(f64::MAX, f64::min);
        if vals.is_empty() { None } else { Some(max - min) }
    }
}

trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}

impl<T> Pipe for T {}

trait Shout {
    fn shout(&self) -> String;
}

impl<T: AsRef<str> + ?Sized> Shout for T {
    fn shout(&self) -> String {
        self.as_ref().to_uppercase() + "!"
    }
}

fn main() {
    println!("{}", 42.describe());
    println!("{}", "héllo".describe());
    println!("{}", 2.5f32.describe());

    let ints = [3u8, 9, 4, 200];
    println!("mean {:?} spread {:?}", ints.mean(), ints.spread());
    let floats = vec![1.5f32, -2.0, 4.25];
    println!("mean {:?} spread {:?}", floats.mean(), floats.spread());
    let empty: [u16; 0] = [];
    println!("empty mean {:?}", empty.mean());

    let n = 5.pipe(|x| x * 3).pipe(|x| x + 1).pipe(|x| format!("<{}>", x));
    println!("{}", n);

    println!("{} {}", "quiet".shout(), String::from("louder").shout());
}
