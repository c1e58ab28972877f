fn main() {
    let n = 1000;
    println!("{n:,}");
}
