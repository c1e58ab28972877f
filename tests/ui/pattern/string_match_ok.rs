// Matching strings with a wildcard arm, through `as_str` and on `&&str`.
fn command(s: &str) -> u8 {
    match s {
        "start" | "go" => 1,
        "stop" => 2,
        _ => 0,
    }
}

fn main() {
    let owned = String::from("go");
    println!("{} {} {}", command(owned.as_str()), command("stop"), command("other"));
    let words = ["a", "b"];
    for w in words.iter() {
        match w {
            &"a" => println!("first"),
            _ => println!("other"),
        }
    }
}
