fn checked_sum(xs: &[u8]) -> u8 {
    let mut total: u8 = 0;
    for &x in xs {
        total += x;
        println!("running total {}", total);
    }
    total
}

fn main() {
    let v = vec![100u8, 50, 80, 30];
    let s = checked_sum(&v);
    println!("sum {}", s);
}
