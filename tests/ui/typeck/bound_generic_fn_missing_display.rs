// Calling a generic function whose bound the argument type does not satisfy: E0277.
use std::fmt::Display;

fn announce<T: Display>(item: T) {
    println!("now playing: {item}");
}

struct Track {
    title: String,
}

fn main() {
    let t = Track { title: String::from("Intro") };
    announce(t);
}
