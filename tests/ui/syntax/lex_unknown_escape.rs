fn main() {
    let path = "C:\Users\admin\notes.txt";
    let len = path.len();
    println!("opening {} ({})", path, len);
}
