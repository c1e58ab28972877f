// `impl Trait + 'static` hides a value that must outlive `'static`: an iterator over a
// borrowed parameter is not one.
fn words(s: &String) -> impl Iterator<Item = &str> + 'static {
    s.split(' ')
}

fn owned(v: Vec<i32>) -> impl Iterator<Item = i32> + 'static {
    v.into_iter().map(|x| x * 2)
}

fn main() {
    let s = String::from("a b");
    println!("{}", words(&s).count() + owned(vec![1]).count());
}
