fn main() {
    let limit = 123abc;
    let mut total = 0u32;
    for i in 0..limit {
        total += i;
    }
    println!("{}", total);
}
