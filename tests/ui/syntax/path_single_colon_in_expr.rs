fn main() {
    let mut names = Vec:new();
    names.push("zed");
    println!("{:?}", names);
}
