mod util {
    pub fn id(x: u8) -> u8 {
        x
    }
}

fn main() {
    let v = r#crate::util::id(3);
    println!("{}", v);
}
