// A `where` clause the caller's type does not meet: E0277.
use std::fmt::Debug;

fn dump_all<I>(items: I)
where
    I: IntoIterator,
    I::Item: Debug,
{
    for it in items {
        println!("{:?}", it);
    }
}

struct Secret(String);

fn main() {
    dump_all(vec![Secret("a".into()), Secret("b".into())]);
}
