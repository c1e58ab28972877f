// The classic `largest` from the book, without the `PartialOrd` bound.
fn largest<T>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn sum_all<T>(list: &[T]) -> T
where
    T: Copy,
{
    let mut total = list[0];
    for &x in &list[1..] {
        total = total + x;
    }
    total
}

fn main() {
    let v = vec![34, 50, 25, 100, 65];
    println!("{} {}", largest(&v), sum_all(&v));
}
