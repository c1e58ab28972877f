fn sign(n: i32) -> i32 {
    if n < 0 return -1;
    if n > 0 {
        return 1;
    }
    0
}

fn main() {
    println!("{}", sign(-8));
}
