fn show<T: Clone std::fmt::Debug>(t: T) {
    println!("{:?}", t.clone());
}

fn main() {
    show(1);
}
