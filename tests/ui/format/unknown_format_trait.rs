fn main() {
    println!("{:q}", 1);
}
