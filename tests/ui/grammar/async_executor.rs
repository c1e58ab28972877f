// A minimal single-threaded executor: poll a pinned future with a no-op waker
// until it completes. Async blocks, async fns and `.await` chains.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            println!("  (completed after {} poll(s))", polls);
            return v;
        }
    }
}

async fn add(a: i32, b: i32) -> i32 {
    a + b
}

async fn square_sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for &x in xs {
        total = add(total, x * x).await;
    }
    total
}

async fn greet(name: &str) -> String {
    format!("hello, {}", name)
}

fn main() {
    let v = block_on(add(2, 3));
    println!("add = {}", v);

    let data = vec![1, 2, 3, 4];
    let s = block_on(square_sum(&data));
    println!("square sum = {}", s);

    let fut = async {
        let a = greet("ferric").await;
        let b = greet("rustc").await;
        format!("{} / {}", a, b)
    };
    println!("{}", block_on(fut));

    // async move block capturing owned data
    let words = vec!["alpha".to_string(), "beta".to_string()];
    let upper = block_on(async move {
        let mut out = Vec::new();
        for w in words {
            out.push(w.to_uppercase());
        }
        out
    });
    println!("{:?}", upper);

    // nested async blocks and a value computed from several awaits
    let total = block_on(async {
        let inner = async { add(10, 20).await * 2 };
        let x = inner.await;
        let y = async { 7 }.await;
        x + y
    });
    println!("total = {}", total);

    // async blocks are lazy: nothing runs until polled
    let mut log = Vec::new();
    let lazy = async {
        println!("  lazy block running");
        42
    };
    log.push("created");
    let result = block_on(lazy);
    log.push("polled");
    println!("lazy result {} log {:?}", result, log);

    // a Vec of boxed futures run in order
    let jobs: Vec<std::pin::Pin<Box<dyn Future<Output = i32>>>> =
        vec![Box::pin(add(1, 1)), Box::pin(async { 100 }), Box::pin(square_sum(&[3, 4]))];
    let results: Vec<i32> = jobs.into_iter().map(block_on).collect();
    println!("jobs: {:?}", results);
}
