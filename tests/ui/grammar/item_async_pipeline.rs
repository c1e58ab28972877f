// async fns, async blocks and async closures run by a round-robin executor.
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

struct Yield(bool);

impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

async fn step(name: &str, n: u32) -> u32 {
    for i in 0..n {
        println!("  {} step {}", name, i);
        Yield(false).await;
    }
    n * 10
}

fn run_two<A, B>(a: A, b: B) -> (A::Output, B::Output)
where
    A: Future,
    B: Future,
{
    let mut a = pin!(a);
    let mut b = pin!(b);
    let mut cx = Context::from_waker(Waker::noop());
    let (mut ra, mut rb) = (None, None);
    while ra.is_none() || rb.is_none() {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(&mut cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(&mut cx) {
                rb = Some(v);
            }
        }
    }
    (ra.unwrap(), rb.unwrap())
}

fn main() {
    println!("interleaved:");
    let (x, y) = run_two(step("left", 2), step("right", 3));
    println!("results: {} {}", x, y);

    let scale = 3;
    let scaled = async move |v: u32| {
        Yield(false).await;
        v * scale
    };
    println!("closures:");
    let (p, q) = run_two(scaled(4), async {
        let base = step("inner", 1).await;
        base + 1
    });
    println!("results: {} {}", p, q);
}
