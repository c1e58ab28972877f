// Dropping futures: one never polled drops what it captured; one suspended at an
// `.await` drops the locals alive there (innermost first, then its parameters); a
// finished one drops nothing more. The awaited future is dropped when its `.await` ends.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("    drop {}", self.0);
    }
}

struct Never;

impl Future for Never {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        Poll::Pending
    }
}

struct ReadyOnSecond(bool, Noisy);

impl Future for ReadyOnSecond {
    type Output = u8;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u8> {
        if self.0 {
            Poll::Ready(7)
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

async fn stuck(param: Noisy) {
    let _a = Noisy("local a");
    {
        let _inner = Noisy("inner block (dropped before the await)");
    }
    let _b = Noisy("local b");
    println!("    stuck: about to wait forever");
    Never.await;
    println!("never printed");
    drop(param);
}

async fn finishes(param: Noisy) -> usize {
    let local = Noisy("finishes local");
    let v = ReadyOnSecond(false, Noisy("awaitee")).await;
    println!("    finishes: awaited {}", v);
    param.0.len() + local.0.len()
}

fn poll_once<F: Future>(f: Pin<&mut F>) -> Poll<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    f.poll(&mut cx)
}

fn main() {
    println!("never polled:");
    {
        let captured = Noisy("captured by async block");
        let _fut = async move {
            let _x = &captured;
            println!("never printed");
        };
        let _param_fut = stuck(Noisy("param of unpolled fn"));
        println!("  leaving scope");
    }

    println!("suspended:");
    {
        let mut fut = Box::pin(stuck(Noisy("param of stuck")));
        println!("  poll -> {:?}", poll_once(fut.as_mut()).is_pending());
        println!("  poll -> {:?}", poll_once(fut.as_mut()).is_pending());
        println!("  dropping the future");
        drop(fut);
        println!("  dropped");
    }

    println!("finished:");
    {
        let mut fut = Box::pin(finishes(Noisy("param of finishes")));
        println!("  first poll pending: {}", poll_once(fut.as_mut()).is_pending());
        match poll_once(fut.as_mut()) {
            Poll::Ready(n) => println!("  ready {}", n),
            Poll::Pending => println!("  still pending"),
        }
        println!("  leaving scope");
    }
    println!("end");
}
