// Joining futures by hand-written polling, `Pin<Box<dyn Future>>` task lists, async
// methods in traits, `async move` blocks and async closures capturing by move.
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Pending once, then ready: gives other futures a turn.
struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

fn yield_now() -> YieldNow {
    YieldNow(false)
}

/// Polls both futures until both are done (a hand-written `join`).
struct Join<A: Future, B: Future> {
    a: Pin<Box<A>>,
    b: Pin<Box<B>>,
    ra: Option<A::Output>,
    rb: Option<B::Output>,
}

impl<A: Future, B: Future> Future for Join<A, B>
where
    A::Output: Unpin,
    B::Output: Unpin,
{
    type Output = (A::Output, B::Output);
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        if this.ra.is_none() {
            if let Poll::Ready(v) = this.a.as_mut().poll(cx) {
                this.ra = Some(v);
            }
        }
        if this.rb.is_none() {
            if let Poll::Ready(v) = this.b.as_mut().poll(cx) {
                this.rb = Some(v);
            }
        }
        if this.ra.is_some() && this.rb.is_some() {
            Poll::Ready((this.ra.take().unwrap(), this.rb.take().unwrap()))
        } else {
            Poll::Pending
        }
    }
}

fn join<A: Future, B: Future>(a: A, b: B) -> Join<A, B> {
    Join { a: Box::pin(a), b: Box::pin(b), ra: None, rb: None }
}

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut cx = Context::from_waker(Waker::noop());
    let mut fut = std::pin::pin!(fut);
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

async fn worker(name: &str, steps: u32, log: Rc<RefCell<Vec<String>>>) -> u32 {
    let mut total = 0;
    for i in 1..=steps {
        log.borrow_mut().push(format!("{}{}", name, i));
        total += i;
        yield_now().await;
    }
    total
}

trait Service {
    async fn call(&self, req: u32) -> String;
    async fn call_twice(&self, req: u32) -> String {
        let a = self.call(req).await;
        yield_now().await;
        let b = self.call(req + 1).await;
        format!("{} & {}", a, b)
    }
}

struct Doubler;
struct Greeter {
    greeting: String,
}

impl Service for Doubler {
    async fn call(&self, req: u32) -> String {
        yield_now().await;
        (req * 2).to_string()
    }
}

impl Service for Greeter {
    async fn call(&self, req: u32) -> String {
        format!("{} #{}", self.greeting, req)
    }
}

async fn use_service<S: Service>(s: &S, req: u32) -> String {
    s.call_twice(req).await
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let (x, y) = block_on(join(worker("a", 3, log.clone()), worker("b", 2, log.clone())));
    println!("join: {} {} order {:?}", x, y, log.borrow());

    let mut tasks: Vec<Pin<Box<dyn Future<Output = String>>>> = Vec::new();
    let owned = String::from("moved in");
    tasks.push(Box::pin(async move {
        yield_now().await;
        format!("block with {}", owned)
    }));
    tasks.push(Box::pin(use_service(&Doubler, 5)));
    let g = Greeter { greeting: "hi".to_string() };
    tasks.push(Box::pin(async move { use_service(&g, 1).await }));
    tasks.push(Box::pin(std::future::ready("ready".to_string())));

    // Round-robin until every task is done, remembering completion order.
    let mut cx = Context::from_waker(Waker::noop());
    let mut done: Vec<Option<String>> = vec![None; tasks.len()];
    let mut round = 0;
    while done.iter().any(|d| d.is_none()) {
        round += 1;
        for (i, t) in tasks.iter_mut().enumerate() {
            if done[i].is_none() {
                if let Poll::Ready(v) = t.as_mut().poll(&mut cx) {
                    println!("round {}: task {} -> {}", round, i, v);
                    done[i] = Some(v);
                }
            }
        }
    }

    let factor = vec![10, 20];
    let scale = async move |v: u32| {
        yield_now().await;
        v * factor[1]
    };
    let r = block_on(async { scale(2).await + scale(3).await });
    println!("async closure: {}", r);

    let counter = Rc::new(RefCell::new(0));
    let c2 = counter.clone();
    let bump = async move {
        *c2.borrow_mut() += 1;
        yield_now().await;
        *c2.borrow_mut() += 10;
        Rc::strong_count(&c2)
    };
    println!("before: {} (count {})", counter.borrow(), Rc::strong_count(&counter));
    let n = block_on(bump);
    println!("after: {} (count inside {}, now {})", counter.borrow(), n, Rc::strong_count(&counter));
}
