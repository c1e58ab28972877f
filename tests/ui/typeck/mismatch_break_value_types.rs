// `break` values of different types out of one `loop`: E0308.
fn main() {
    let mut n = 0;
    let result = loop {
        n += 1;
        if n == 10 {
            break n;
        }
        if n > 100 {
            break "overflow";
        }
    };
    println!("{result}");
}
