fn main() {
    let del = '\x7f';
    let high = '\x80';
    println!("{} {}", del as u32, high as u32);
}
