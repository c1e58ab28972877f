// A hand-written Future that returns Pending a fixed number of times before
// completing, driven by a polling executor; async code awaits it.

use std::cell::Cell;
use std::future::Future;
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

struct YieldNow {
    remaining: u32,
    counter: Rc<Cell<u32>>,
}

impl Future for YieldNow {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.counter.set(self.counter.get() + 1);
        if self.remaining == 0 {
            Poll::Ready(self.counter.get())
        } else {
            self.remaining -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

fn yield_times(n: u32, counter: &Rc<Cell<u32>>) -> YieldNow {
    YieldNow { remaining: n, counter: Rc::clone(counter) }
}

fn run<F: Future>(fut: F) -> (F::Output, u32) {
    let mut fut = pin!(fut);
    let waker = Waker::noop();
    let mut cx = Context::from_waker(&waker);
    let mut polls = 0;
    loop {
        polls += 1;
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(out) => return (out, polls),
            Poll::Pending => continue,
        }
    }
}

async fn download(name: &str, chunks: u32, counter: Rc<Cell<u32>>) -> String {
    let mut received = 0;
    for _ in 0..chunks {
        yield_times(1, &counter).await;
        received += 1;
    }
    format!("{}: {} chunks", name, received)
}

fn main() {
    let counter = Rc::new(Cell::new(0));
    let (v, polls) = run(yield_times(3, &counter));
    println!("yield_times(3) ready with {} after {} executor polls", v, polls);

    counter.set(0);
    let c2 = counter.clone();
    let (msg, polls) = run(async move {
        let a = download("a.txt", 2, c2.clone()).await;
        let b = download("b.txt", 3, c2.clone()).await;
        format!("{} | {}", a, b)
    });
    println!("{} (executor polls {}, inner polls {})", msg, polls, counter.get());

    // a simple round-robin over several futures, polling each in turn
    let counter3 = Rc::new(Cell::new(0));
    let mut tasks: Vec<Pin<Box<dyn Future<Output = String>>>> = vec![
        Box::pin(download("x", 3, counter3.clone())),
        Box::pin(download("y", 1, counter3.clone())),
        Box::pin(download("z", 2, counter3.clone())),
    ];
    let mut cx = Context::from_waker(Waker::noop());
    let mut round = 0;
    while !tasks.is_empty() {
        round += 1;
        let mut i = 0;
        while i < tasks.len() {
            if let Poll::Ready(s) = tasks[i].as_mut().poll(&mut cx) {
                println!("round {}: finished {}", round, s);
                drop(tasks.remove(i));
            } else {
                i += 1;
            }
        }
    }
    println!("all tasks done after {} rounds, {} inner polls", round, counter3.get());
}
