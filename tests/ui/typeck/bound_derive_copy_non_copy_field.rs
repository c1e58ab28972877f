// `#[derive(Clone)]` on a generic container whose use needs `T: Clone`: E0277.
#[derive(Debug)]
struct Handle {
    fd: i32,
}

#[derive(Debug, Clone)]
struct Pool<T> {
    items: Vec<T>,
}

fn backup<T: Clone>(p: &T) -> T {
    p.clone()
}

fn main() {
    let pool = Pool { items: vec![Handle { fd: 3 }] };
    let copy = backup(&pool);
    println!("{:?}", copy);
}
