// One type parameter used for two arguments of different types: E0308.
fn pair_max<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let biggest = pair_max(3u8, 300u16);
    println!("{biggest}");
}
