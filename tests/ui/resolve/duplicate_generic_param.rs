// The same generic parameter name twice: E0403.
struct Pair<T, T> {
    a: T,
}

fn swap<A, B, A>(x: A, y: B) {}

fn main() {}
