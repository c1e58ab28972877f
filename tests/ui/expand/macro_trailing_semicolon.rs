macro_rules! answer {
    () => {
        42;
    };
}

fn main() {
    let a = answer!();
    println!("{}", a);
}
