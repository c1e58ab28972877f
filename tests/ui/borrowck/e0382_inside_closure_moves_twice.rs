// A `FnOnce` closure body that moves its captured String twice: E0382 inside the closure.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("ferris");
    let f = move || {
        let a = consume(name);
        let b = consume(name);
        a + b
    };
    println!("{}", f());
}
