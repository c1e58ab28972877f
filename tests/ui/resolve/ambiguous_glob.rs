// The same name from two glob imports, then used: E0659.
mod english {
    pub fn greet() -> &'static str { "hello" }
}
mod french {
    pub fn greet() -> &'static str { "bonjour" }
}

use english::*;
use french::*;

fn main() {
    println!("{}", greet());
}
