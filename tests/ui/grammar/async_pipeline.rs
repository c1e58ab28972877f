// An async data pipeline: async fns returning Results, `?` inside async
// blocks, async closures-by-block factories, and a join of several futures.

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            break v;
        }
    }
}

async fn fetch(id: u32) -> Result<String, String> {
    match id {
        0 => Err("id 0 is reserved".to_string()),
        n if n > 100 => Err(format!("id {} not found", n)),
        n => Ok(format!("record-{}", n)),
    }
}

async fn parse_len(s: String) -> Result<usize, String> {
    if s.is_empty() { Err("empty".into()) } else { Ok(s.len()) }
}

async fn process(id: u32) -> Result<usize, String> {
    let rec = fetch(id).await?;
    let len = parse_len(rec).await?;
    Ok(len * 10)
}

fn make_task(id: u32) -> impl Future<Output = (u32, Result<usize, String>)> {
    async move { (id, process(id).await) }
}

async fn join_all<F: Future>(futs: Vec<F>) -> Vec<F::Output> {
    let mut out = Vec::new();
    for f in futs {
        out.push(f.await);
    }
    out
}

fn main() {
    for id in [7, 0, 42, 500] {
        match block_on(process(id)) {
            Ok(v) => println!("process({}) = {}", id, v),
            Err(e) => println!("process({}) failed: {}", id, e),
        }
    }

    let results = block_on(join_all(vec![make_task(1), make_task(99), make_task(101)]));
    for (id, r) in &results {
        println!("task {} -> {:?}", id, r);
    }
    let ok_sum: usize = results.iter().filter_map(|(_, r)| r.as_ref().ok()).sum();
    println!("sum of successes {}", ok_sum);

    // ? inside an async block needs the block's type to be known
    let combined = block_on(async {
        let a = process(3).await?;
        let b = process(12).await?;
        Ok::<usize, String>(a + b)
    });
    println!("combined = {:?}", combined);

    let failing = block_on(async {
        let a = process(3).await?;
        let b = process(0).await?;
        Ok::<_, String>(a + b)
    });
    println!("failing = {:?}", failing);

    // futures of different types unified through boxing
    let mixed: Vec<Pin<Box<dyn Future<Output = String>>>> = vec![
        Box::pin(async { "static".to_string() }),
        Box::pin(async { fetch(5).await.unwrap_or_default() }),
        Box::pin(async { format!("{:?}", process(200).await) }),
    ];
    for s in block_on(join_all(mixed)) {
        println!("mixed: {}", s);
    }
}
