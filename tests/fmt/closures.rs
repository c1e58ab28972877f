// Closures: block bodies collapsed when they fit, multi-line bodies get braces.
fn main() {
    let add = |a, b| a + b;
    let add2 = |a: i32, b: i32| -> i32 { a + b };
    let block = |x| { x * 2 };
    let many = |x| { let y = x + 1; y * 2 };
    let long = |first_argument: usize, second_argument: usize| first_argument * second_argument + 1000000;
    items.iter().for_each(|item| { println!("{}", item); });
    let sorted = { let mut v = data.clone(); v.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap()); v };
    thread::spawn(move || { for i in 0..10 { tx.send(i).unwrap(); } });
    let f = move || counter.fetch_add(1, Ordering::SeqCst);
    let g = || -> Result<(), Error> { Ok(()) };
    let h = |_| ();
    let cond = |x: i32| if x > 0 { "positive" } else { "non-positive" };
    run(|| loop { break; });
    let nested = |a| move |b| a + b;
}
