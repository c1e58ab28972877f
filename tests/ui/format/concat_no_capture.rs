fn main() {
    let x = 1;
    println!(concat!("{}", "{x}"), 5, x);
}
