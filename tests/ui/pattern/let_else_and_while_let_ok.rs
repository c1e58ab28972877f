// Refutable patterns where they belong: `let else`, `if let`, `while let`, `matches!`.
fn parse(s: &str) -> Option<u32> {
    let Ok(n) = s.parse::<u32>() else {
        return None;
    };
    Some(n)
}

fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{top} ");
    }
    println!();
    if let Some(n) = parse("42") {
        println!("{n}");
    }
    println!("{}", matches!(parse("x"), None));
    println!("{}", matches!(parse("7"), Some(1..=9)));
}
