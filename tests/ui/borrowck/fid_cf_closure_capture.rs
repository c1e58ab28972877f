use std::collections::HashMap;
use std::thread;

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    || {
        count += 1;
        count
    }
}

fn spawn_workers(names: Vec<String>) {
    let mut handles = Vec::new();
    for n in &names {
        handles.push(thread::spawn(|| {
            println!("worker {}", n);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}

fn main() {
    let mut cache: HashMap<u32, u64> = HashMap::new();
    let mut fib = |n: u32| -> u64 {
        if let Some(v) = cache.get(&n) {
            return *v;
        }
        let v = if n < 2 { n as u64 } else { n as u64 * 2 };
        cache.insert(n, v);
        v
    };
    println!("{}", cache.len());
    println!("{}", fib(10));

    let mut items = vec![1, 2, 3];
    let mut push = || items.push(4);
    items.push(5);
    push();

    let s = String::from("owned");
    let consume = move || drop(s);
    consume();
    consume();

    let f = |x: &mut Vec<i32>| x.push(1);
    let v = vec![0];
    f(&mut v);
    let c = make_counter();
    println!("{}", c());
    spawn_workers(vec!["a".into()]);
}
