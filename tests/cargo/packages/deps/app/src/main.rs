#[macro_use]
extern crate text_util;

use text_util::{words, Counter};

fn main() {
    println!("{}", text_util::shout("hello"));
    println!("{}", text_util::quadruple(5));
    let mut c = Counter::default();
    c.bump();
    println!("{} {:?}", c.bump(), c);
    let ws: Vec<&str> = words("  path  dependencies work ").collect();
    println!("{:?} {}", ws, words("a b c").count());
    println!("{:?}", shout_all!("a", "b"));
}
