// Adding two values of a type parameter without an `Add` bound: E0369.
fn sum_pair<T>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", sum_pair(2, 3));
}
