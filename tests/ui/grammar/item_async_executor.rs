// A tiny single-threaded executor driving async fns to completion.
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            println!("  (completed after {} polls)", polls);
            return v;
        }
    }
}

/// A future that returns Pending a fixed number of times before completing.
struct YieldNow {
    remaining: u32,
}

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.remaining == 0 {
            Poll::Ready(())
        } else {
            self.remaining -= 1;
            Poll::Pending
        }
    }
}

async fn fetch_price(item: &str) -> u32 {
    YieldNow { remaining: 2 }.await;
    match item {
        "apple" => 3,
        "bread" => 5,
        _ => 1,
    }
}

async fn total(items: &[&str]) -> u32 {
    let mut sum = 0;
    for item in items {
        let p = fetch_price(item).await;
        println!("  price of {} = {}", item, p);
        sum += p;
    }
    sum
}

async fn greet(name: String) -> String {
    format!("hello, {}", name)
}

fn main() {
    println!("total:");
    let t = block_on(total(&["apple", "bread", "milk"]));
    println!("total = {}", t);

    println!("greet:");
    let g = block_on(greet(String::from("world")));
    println!("{}", g);

    println!("async block:");
    let v = block_on(async {
        let a = fetch_price("apple").await;
        let b = fetch_price("bread").await;
        a * b
    });
    println!("product = {}", v);
}
