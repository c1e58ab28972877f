mod raw {
    unsafe pub fn read(p: *const u8) -> u8 {
        *p
    }
}

fn main() {
    let b = 9u8;
    println!("{}", unsafe { raw::read(&b) });
}
