macro_rules! show {
    ($value) => {
        println!("{}", $value)
    };
}

fn main() {
    show!(5);
}
