// A `Waker` from a hand-made `RawWakerVTable` (clone, wake, wake_by_ref and drop counted),
// a user type awaited through its own `IntoFuture` impl, and futures awaited through
// `&mut F`, `Pin<&mut F>` and `Box<dyn Future + Unpin>`.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

static WAKES: AtomicUsize = AtomicUsize::new(0);
static CLONES: AtomicUsize = AtomicUsize::new(0);
static DROPS: AtomicUsize = AtomicUsize::new(0);

unsafe fn vt_clone(data: *const ()) -> RawWaker {
    CLONES.fetch_add(1, Ordering::SeqCst);
    RawWaker::new(data, &VTABLE)
}
unsafe fn vt_wake(_: *const ()) {
    WAKES.fetch_add(1, Ordering::SeqCst);
    DROPS.fetch_add(1, Ordering::SeqCst);
}
unsafe fn vt_wake_by_ref(_: *const ()) {
    WAKES.fetch_add(1, Ordering::SeqCst);
}
unsafe fn vt_drop(_: *const ()) {
    DROPS.fetch_add(1, Ordering::SeqCst);
}
static VTABLE: RawWakerVTable = RawWakerVTable::new(vt_clone, vt_wake, vt_wake_by_ref, vt_drop);

struct Later(u8);
impl Future for Later {
    type Output = &'static str;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        if self.0 == 0 {
            return Poll::Ready("done");
        }
        self.0 -= 1;
        let w = cx.waker().clone();
        w.wake();
        Poll::Pending
    }
}

struct Task(u8);
impl IntoFuture for Task {
    type Output = &'static str;
    type IntoFuture = Later;
    fn into_future(self) -> Later {
        Later(self.0)
    }
}

async fn run() -> String {
    let a = Task(2).await;
    let b = Later(1).await;
    let mut later = Later(1);
    let c = (&mut later).await;
    let mut pinned = Box::pin(async { "pinned" });
    let d = pinned.as_mut().await;
    let boxed: Box<dyn Future<Output = &'static str> + Unpin> = Box::new(Later(0));
    let e = boxed.await;
    format!("{} {} {} {} {} (left {})", a, b, c, d, e, later.0)
}

fn main() {
    let waker = unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) };
    let mut cx = Context::from_waker(&waker);
    let mut fut = Box::pin(run());
    let mut polls = 0;
    let out = loop {
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            break v;
        }
    };
    drop(waker);
    println!("{} after {} polls: wakes={} clones={} drops={}", out, polls, WAKES.load(Ordering::SeqCst), CLONES.load(Ordering::SeqCst), DROPS.load(Ordering::SeqCst));
}
