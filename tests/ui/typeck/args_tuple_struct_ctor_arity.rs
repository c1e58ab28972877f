// Calling a tuple-struct constructor with the wrong number of fields: E0061.
#[derive(Debug)]
struct Rgb(u8, u8, u8);

fn main() {
    let red = Rgb(255, 0);
    println!("{:?}", red);
}
