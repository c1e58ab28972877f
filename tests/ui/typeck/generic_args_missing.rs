// Using a generic struct in a signature without its type argument: E0107.
struct Pair<T> {
    a: T,
    b: T,
}

fn swap(p: Pair) -> Pair {
    Pair { a: p.b, b: p.a }
}

fn main() {
    let p = swap(Pair { a: 1, b: 2 });
    println!("{} {}", p.a, p.b);
}
