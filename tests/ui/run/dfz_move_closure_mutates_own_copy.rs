// A `move` closure passed as `FnOnce` mutates its own copy of a `mut` variable (or of the
// captured field, edition 2021's disjoint capture); the variable itself is unchanged.
fn run<F: FnOnce()>(f: F) {
    f()
}

fn main() {
    let mut n = 1;
    run(move || n += 1);
    let mut t = (1, 2);
    run(move || t.0 += 1);
    run(|| t.1 += 1);
    let mut s = String::from("a");
    run(move || {
        s.push('b');
        println!("inside: {}", s);
    });
    println!("{} {:?}", n, t);
}
