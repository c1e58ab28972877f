fn main() {
    let mut (lo, hi) = (0, 10);
    while lo < hi {
        lo += 1;
        hi -= 1;
    }
    println!("{} {}", lo, hi);
}
