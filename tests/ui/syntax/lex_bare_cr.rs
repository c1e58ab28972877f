fn main() {
    let banner = "progress: 50%";
    let width = banner.len();
    println!("{} {}", banner, width);
}
