fn main() {
    let text = "needle in haystack";
    let match = text.find("needle");
    println!("{:?}", text.len());
}
