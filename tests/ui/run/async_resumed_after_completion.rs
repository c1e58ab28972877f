// Polling a future again after it completed panics (rustc's coroutine state machine);
// one that panicked panics differently when polled again.
use std::future::Future;
use std::panic::{self, AssertUnwindSafe};
use std::pin::pin;
use std::task::{Context, Waker};

async fn explode(x: u32) -> u32 {
    if x > 2 {
        panic!("explode({}) failed", x);
    }
    x
}

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    let mut bad = pin!(explode(5));
    let first = panic::catch_unwind(AssertUnwindSafe(|| bad.as_mut().poll(&mut cx)));
    println!("first poll panicked: {}", first.is_err());
    let again = panic::catch_unwind(AssertUnwindSafe(|| bad.as_mut().poll(&mut cx)));
    println!("second poll panicked: {}", again.is_err());

    let mut fut = pin!(async {
        println!("block body runs once");
        1 + 1
    });
    println!("{:?}", fut.as_mut().poll(&mut cx));
    println!("polling again...");
    println!("{:?}", fut.as_mut().poll(&mut cx));
}
