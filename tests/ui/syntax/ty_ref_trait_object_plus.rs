use std::fmt::Display;

fn describe(x: &dyn Display + Send) -> String {
    format!("<{}>", x)
}

fn main() {
    println!("{}", describe(&42));
}
