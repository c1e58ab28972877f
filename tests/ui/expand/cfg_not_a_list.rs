#[cfg]
fn configured() {}

fn main() {
    println!("start");
}
