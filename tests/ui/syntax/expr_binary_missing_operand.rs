fn main() {
    let base = 10;
    let bonus = 5;
    let total = base + * 2;
    println!("{} {}", total, bonus);
}
