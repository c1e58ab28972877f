// Overflow inside iterator pipelines: a `map` closure's multiplication through references,
// then `sum` leaving the type's range, both report Rust's panics.
fn main() {
    let v: Vec<i32> = vec![3, 7, 46_340, 40_000];
    let squares: Vec<i32> = v.iter().take(3).map(|x| x * x).collect();
    println!("{:?}", squares);
    let small: Vec<i8> = vec![100, 20, 7];
    let s: i8 = small.iter().sum();
    println!("{}", s);
    let p: u8 = (1..=5u8).product();
    println!("{}", p);
    let d: i32 = v.iter().map(|x| x / 3 - x % 7).sum();
    println!("{}", d);
    let total: i8 = small.iter().map(|x| x / 2).chain(std::iter::once(100)).sum();
    println!("{}", total);
    let big: i8 = small.iter().copied().sum();
    println!("unreachable {}", big);
}
