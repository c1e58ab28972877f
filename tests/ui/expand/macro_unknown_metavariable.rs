macro_rules! greet {
    ($name:expr) => {
        println!("hello, {}", $nmae)
    };
}

fn main() {
    greet!("world");
}
