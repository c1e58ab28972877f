fn parse() {
    let x: i32 = "1".parse()?;
    println!("{}", x);
}
fn main() { parse(); }
