// Capture modes: by reference, by mutable reference, by move; `move` closures
// take ownership so they can outlive the scope that created them.

fn make_greeters(names: Vec<String>) -> Vec<Box<dyn Fn() -> String>> {
    let mut out: Vec<Box<dyn Fn() -> String>> = Vec::new();
    for name in names {
        out.push(Box::new(move || format!("Hello, {}!", name)));
    }
    out
}

fn consume<F: FnOnce() -> Vec<i32>>(f: F) -> usize {
    let v = f();
    v.len()
}

fn main() {
    let greeters = make_greeters(vec!["Ana".to_string(), "Bo".to_string(), "Cy".to_string()]);
    for g in &greeters {
        println!("{}", g());
    }

    // borrow capture: data stays usable after the closure is done
    let data = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let contains = |x: i32| data.contains(&x);
    println!("contains 4: {}, contains 7: {}", contains(4), contains(7));
    println!("data still usable: {:?}", data);

    // move capture of a Copy value copies it
    let mut threshold = 3;
    let above = move |x: &i32| *x > threshold;
    threshold = 100;
    let count = data.iter().filter(|x| above(x)).count();
    println!("above 3 (captured copy): {}, threshold now {}", count, threshold);

    // FnOnce: the closure moves the vector out of itself
    let owned = data.clone();
    let n = consume(move || {
        let mut v = owned;
        v.sort();
        v.dedup();
        v
    });
    println!("distinct values: {}", n);

    // move closure returning a captured String by value: FnOnce
    let message = String::from("sealed");
    let open = move || message;
    let got = open();
    println!("opened: {}", got);

    // mutable capture by unique borrow
    let mut total = 0;
    {
        let mut add = |x: i32| total += x;
        add(10);
        add(32);
    }
    println!("total after add closure: {}", total);

    // move with a clone to keep the original
    let names = vec!["x".to_string(), "y".to_string()];
    let names_for_closure = names.clone();
    let joined = move |sep: &str| names_for_closure.join(sep);
    println!("{} / {} / original {:?}", joined("+"), joined("-"), names);

    // each closure has its own capture
    let closures: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * k) as Box<dyn Fn(i32) -> i32>).collect();
    let results: Vec<i32> = closures.iter().map(|f| f(10)).collect();
    println!("scaled: {:?}", results);
}
