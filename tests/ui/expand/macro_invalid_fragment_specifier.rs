macro_rules! show {
    ($value:expression) => {
        println!("{}", $value)
    };
}

fn main() {
    show!(5);
}
