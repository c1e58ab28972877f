fn apply<F: FnOnce() -> String>(f: F) -> String { f() }
fn main() {
    let name = String::from("n");
    let f = move || name;
    println!("{}", apply(f));
    println!("{}", apply(f));
    let mut count = 0;
    let inc = || count += 1;
    inc();
}
