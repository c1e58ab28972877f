macro_rules! two_values {
    () => {
        1 2
    };
}

fn main() {
    let x = two_values!();
    println!("{}", x);
}
