macro_rules! pair {
    ($a:ident, $b:ident) => {
        ($a, $b)
    };
}

fn main() {
    let left = 1;
    let p = pair!(left,);
    println!("{:?}", p);
}
