// Pushing a borrowed parameter into a Vec that requires `'static` items: E0521.
fn remember(store: &mut Vec<&'static str>, item: &str) {
    store.push(item);
}

fn main() {
    let mut s = Vec::new();
    remember(&mut s, "x");
    println!("{:?}", s);
}
