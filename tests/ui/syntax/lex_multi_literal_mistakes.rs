fn main() {
    let dir = "C:\temp\data";
    let sep = 'ab';
    let size = 64kb;
    println!("{} {} {}", dir, sep, size);
}
