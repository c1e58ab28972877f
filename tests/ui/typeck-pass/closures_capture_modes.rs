// Closures capturing by shared ref, by mutable ref, and by move; passed to generic functions.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_mut<F: FnMut(i32)>(mut f: F, items: &[i32]) {
    for &i in items {
        f(i);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn call_n(n: usize, f: &mut dyn FnMut()) {
    for _ in 0..n {
        f();
    }
}

fn main() {
    let factor = 3;
    let times = |x| x * factor;
    println!("{} {}", apply(times, 4), apply(times, 5));
    println!("{}", factor);

    let mut seen = Vec::new();
    apply_mut(|x| seen.push(x * 10), &[1, 2, 3]);
    println!("{:?}", seen);

    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(5);
    add(6);
    println!("{}", total);

    let name = String::from("ferris");
    let greeting = move || format!("hello {name}");
    println!("{}", consume(greeting));

    let parts = vec!["a".to_string(), "b".to_string()];
    let joined = consume(move || parts.join("+"));
    println!("{}", joined);

    let mut ticks = 0;
    call_n(4, &mut || ticks += 1);
    println!("{}", ticks);

    let threshold = 10;
    let above: Vec<i32> = [5, 12, 30, 9].iter().copied().filter(|&x| x > threshold).collect();
    println!("{:?}", above);

    let mut counter = 0;
    let mut next_id = || {
        counter += 1;
        format!("id-{counter}")
    };
    let ids = [next_id(), next_id(), next_id()];
    println!("{:?} {}", ids, counter);

    let v = vec![1, 2, 3];
    let contains = |x: &i32| v.contains(x);
    println!("{} {} {}", contains(&2), contains(&7), v.len());

    let make_multiplier = |m: i32| move |x: i32| x * m;
    let triple = make_multiplier(3);
    println!("{}", triple(7));
}
