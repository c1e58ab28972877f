fn main() {
    let path = "C:\Users\admin\notes.txt";
    println!("opening {}", path);
}
