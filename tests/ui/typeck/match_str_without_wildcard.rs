// Matching a `&str` on literals without a `_` arm: E0004.
fn parse_command(cmd: &str) -> u8 {
    match cmd {
        "start" => 1,
        "stop" => 2,
        "restart" => 3,
    }
}

fn main() {
    println!("{}", parse_command("stop"));
}
