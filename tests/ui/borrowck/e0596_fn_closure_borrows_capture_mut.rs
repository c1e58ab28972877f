// A closure passed where `Fn` is required pushes to a captured Vec: E0596.
fn run_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut log: Vec<String> = Vec::new();
    run_twice(|| log.push(String::from("tick")));
    println!("{}", log.len());
}
