struct Wrapper<T, 'a> {
    inner: &'a T,
}

fn main() {
    let x = 5;
    let w = Wrapper { inner: &x };
    println!("{}", w.inner);
}
