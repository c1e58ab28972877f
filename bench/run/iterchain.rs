// Iterator pipelines over ranges and slices: map, filter, zip, sum, collect.
fn main() {
    let v: Vec<i64> = (0..1_000_000).map(|x| (x * 37 + 11) % 1000).collect();
    let evens: i64 = v.iter().filter(|&&x| x % 2 == 0).map(|&x| x * 2).sum();
    let big = v.iter().filter(|x| **x > 500).count();
    let dot: i64 = v.iter().zip(v.iter().skip(1)).map(|(a, b)| a * b).sum();
    let squares: Vec<i64> = v.iter().take(250_000).map(|x| x * x).collect();
    let maxv = squares.iter().max().unwrap();
    let pos = v.iter().position(|&x| x == 999).unwrap();
    let any = v.iter().any(|&x| x < 0);
    println!("{} {} {} {} {} {} {}", evens, big, dot, squares.len(), maxv, pos, any);
}
