fn parse_port(s: &str) -> u16 {
    let Ok(port) = s.parse::<u16>() else return 80;
    port
}

fn main() {
    println!("{}", parse_port("8080"));
}
