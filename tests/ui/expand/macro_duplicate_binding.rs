macro_rules! swap {
    ($a:ident, $a:ident) => {
        ($a, $a)
    };
}

fn main() {
    let x = 1;
    let y = 2;
    println!("{:?}", swap!(x, y));
}
