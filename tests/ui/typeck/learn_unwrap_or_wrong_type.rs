fn parse(s: &str) -> i32 {
    s.parse::<i32>()
}

fn main() {
    let n: i32 = "5".parse().unwrap_or("0");
    println!("{} {}", parse("1"), n);
}
