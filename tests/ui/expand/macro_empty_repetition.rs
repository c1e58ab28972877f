macro_rules! nothing_forever {
    ($()*) => {
        0
    };
}

fn main() {
    println!("{}", nothing_forever!());
}
