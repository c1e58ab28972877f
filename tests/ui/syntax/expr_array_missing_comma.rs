fn main() {
    let primes = [2, 3, 5 7, 11];
    let sum: i32 = primes.iter().sum();
    println!("{}", sum);
}
