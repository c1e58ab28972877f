// Returning the success value without wrapping it in `Ok`: E0308.
use std::num::ParseIntError;

fn parse_port(s: &str) -> Result<u16, ParseIntError> {
    let port = s.parse::<u16>()?;
    port
}

fn main() {
    println!("{:?}", parse_port("8080"));
}
