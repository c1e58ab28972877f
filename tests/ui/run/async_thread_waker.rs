// An executor that parks its thread while the future is pending, woken by another thread
// through a `Wake` impl that unparks it (a oneshot channel between threads).
use std::future::Future;
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::sync::mpsc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};
use std::time::Duration;

struct ThreadWaker(Thread);
impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) { self.0.unpark(); }
}

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let waker = Waker::from(Arc::new(ThreadWaker(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(v) => return v,
            Poll::Pending => thread::park(),
        }
    }
}

struct Shared { value: Option<u32>, waker: Option<Waker> }
struct Receiver(Arc<Mutex<Shared>>);
impl Future for Receiver {
    type Output = u32;
    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let mut s = self.0.lock().unwrap();
        if let Some(v) = s.value.take() { Poll::Ready(v) } else { s.waker = Some(cx.waker().clone()); Poll::Pending }
    }
}

fn main() {
    let shared = Arc::new(Mutex::new(Shared { value: None, waker: None }));
    let s2 = shared.clone();
    let (tx, rx) = mpsc::channel::<()>();
    let h = thread::spawn(move || {
        rx.recv().unwrap();
        thread::sleep(Duration::from_millis(20));
        let mut s = s2.lock().unwrap();
        s.value = Some(99);
        if let Some(w) = s.waker.take() { w.wake(); }
    });
    let v = block_on(async move {
        tx.send(()).unwrap();
        let v = Receiver(shared).await;
        v + 1
    });
    h.join().unwrap();
    println!("got {}", v);
}
