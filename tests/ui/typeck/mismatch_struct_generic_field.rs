// A generic struct whose two fields share `T` but get different types: E0308.
#[derive(Debug)]
struct Range<T> {
    start: T,
    end: T,
}

fn main() {
    let r = Range { start: 0, end: 10.0 };
    println!("{:?}", r);
}
