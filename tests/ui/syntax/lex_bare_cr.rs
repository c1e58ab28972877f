fn main() {
    let banner = "progress: 50%";
    println!("{}", banner);
}
