const LIMIT = 100;

fn main() {
    let mut n = 0;
    while n < LIMIT {
        n += 7;
    }
    println!("{}", n);
}
