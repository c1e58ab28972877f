// FnMut closures that keep state: counters, accumulators and id generators.

fn call_n_times<F: FnMut() -> u32>(n: usize, mut f: F) -> Vec<u32> {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(f());
    }
    out
}

fn apply_all(values: &[i32], f: &mut dyn FnMut(i32)) {
    for &v in values {
        f(v);
    }
}

fn make_id_gen(prefix: &'static str) -> impl FnMut() -> String {
    let mut next = 0;
    move || {
        next += 1;
        format!("{}-{:03}", prefix, next)
    }
}

fn main() {
    let mut count = 0;
    let mut tick = || {
        count += 1;
        count
    };
    tick();
    tick();
    let third = tick();
    println!("third tick = {}, count = {}", third, count);

    let mut a = 0u32;
    let mut b = 1u32;
    let fib = call_n_times(10, || {
        let r = a;
        let next = a + b;
        a = b;
        b = next;
        r
    });
    println!("fibonacci: {:?}", fib);

    let mut sum = 0;
    let mut largest = i32::MIN;
    let mut seen = Vec::new();
    apply_all(&[4, -2, 17, 9], &mut |v| {
        sum += v;
        largest = largest.max(v);
        seen.push(v * 10);
    });
    println!("sum {} largest {} seen {:?}", sum, largest, seen);

    let mut order_ids = make_id_gen("ORD");
    let mut user_ids = make_id_gen("USR");
    println!("{} {} {}", order_ids(), order_ids(), user_ids());
    println!("{} {}", order_ids(), user_ids());

    // a closure that mutates a captured Vec and returns a borrow-free summary
    let mut history: Vec<String> = Vec::new();
    let mut log = |event: &str| -> usize {
        history.push(event.to_uppercase());
        history.len()
    };
    log("start");
    log("load");
    let n = log("stop");
    println!("logged {} events: {:?}", n, history);

    // counting with a closure passed to for_each
    let words = ["apple", "avocado", "banana", "cherry", "apricot"];
    let mut a_words = 0;
    words.iter().for_each(|w| {
        if w.starts_with('a') {
            a_words += 1;
        }
    });
    println!("words starting with a: {}", a_words);

    let mut calls = 0;
    let mut memo = vec![None; 20];
    let mut triangular = |n: usize| -> u64 {
        calls += 1;
        if let Some(v) = memo[n] {
            return v;
        }
        let v = (n as u64) * (n as u64 + 1) / 2;
        memo[n] = Some(v);
        v
    };
    let results: Vec<u64> = [5, 10, 5, 19, 10].iter().map(|&n| triangular(n)).collect();
    println!("triangular {:?} in {} calls", results, calls);
}
