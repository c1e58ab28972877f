// References that outlive what they point to.
fn main() {
    let longest: &str;
    {
        let a = String::from("inner");
        longest = a.as_str();
    }
    println!("{}", longest);

    let trimmed = String::from("  padded  ").trim();
    println!("{}", trimmed);

    let mut refs: Vec<&i32> = Vec::new();
    for i in 0..3 {
        let v = i * 2;
        refs.push(&v);
    }
    println!("{:?}", refs);
}
