// Moving the contents out of a Box with `*b`.
#[derive(Debug)]
struct Big {
    data: Vec<u32>,
}

fn unbox(b: Box<Big>) -> Big {
    *b
}

fn main() {
    let b = Box::new(Big { data: vec![1, 2, 3] });
    let inner = unbox(b);
    let b2 = Box::new(String::from("boxed"));
    let s: String = *b2;
    println!("{:?} {s}", inner);
}
