// A hand-written executor: `block_on` with a counting waker (`Arc<impl Wake>` into a
// `Waker`), futures that stay pending a few times before they are ready, and the order in
// which async bodies run (lazily, at the first poll).
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

struct CountingWaker {
    wakes: AtomicUsize,
}

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
    }
}

fn block_on<F: Future>(fut: F) -> F::Output {
    let counter = Arc::new(CountingWaker { wakes: AtomicUsize::new(0) });
    let waker = Waker::from(counter.clone());
    let mut cx = Context::from_waker(&waker);
    let mut fut = Box::pin(fut);
    let mut polls = 0;
    loop {
        polls += 1;
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(v) => {
                println!("  [ready after {} polls, {} wakes]", polls, counter.wakes.load(Ordering::SeqCst));
                return v;
            }
            Poll::Pending => println!("  [pending, poll {}]", polls),
        }
    }
}

/// Pending `left` more times (waking the task each time), then ready with `value`.
struct Countdown {
    name: &'static str,
    left: u32,
    value: u32,
}

impl Future for Countdown {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.left == 0 {
            println!("    {} ready", self.name);
            Poll::Ready(self.value)
        } else {
            println!("    {} not yet ({} left)", self.name, self.left);
            self.left -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

async fn add_slowly(a: u32, b: u32) -> u32 {
    println!("    add_slowly({}, {}) starts", a, b);
    let x = Countdown { name: "a", left: 2, value: a }.await;
    let y = Countdown { name: "b", left: 1, value: b }.await;
    println!("    add_slowly ends");
    x + y
}

async fn twice(n: u32) -> u32 {
    let first = add_slowly(n, 1).await;
    let second = add_slowly(first, 2).await;
    second * 2
}

fn main() {
    println!("create");
    let fut = add_slowly(3, 4);
    println!("created, nothing ran yet");
    let v = block_on(fut);
    println!("add_slowly = {}", v);

    println!("nested:");
    println!("twice = {}", block_on(twice(10)));

    println!("ready/poll_fn:");
    let mut n = 0;
    let pf = std::future::poll_fn(move |cx| {
        n += 1;
        if n < 3 {
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(n * 100)
        }
    });
    println!("poll_fn = {}", block_on(pf));
    println!("ready = {}", block_on(std::future::ready("now")));
    let waker = Waker::noop();
    let mut cx = Context::from_waker(waker);
    let mut never = std::pin::pin!(std::future::pending::<u8>());
    println!("pending: {:?} {:?}", never.as_mut().poll(&mut cx), never.as_mut().poll(&mut cx));
}
