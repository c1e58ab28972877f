#[cfg(target_pointer_width = 64)]
const WORD: usize = 8;

fn main() {
    println!("start");
}
