fn main() {
    let total = 90;
    let count = 3;
    let avg = total / ;
    println!("{} {}", avg, count);
}
