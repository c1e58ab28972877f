macro_rules! local {
    () => {
        1
    };
}

fn main() {
    let a = crate::local!();
    let b = std::printline!("x");
    println!("{} {:?}", a, b);
}
