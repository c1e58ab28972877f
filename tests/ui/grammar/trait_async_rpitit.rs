// async fn and return-position impl Trait inside traits, with static dispatch.
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

trait Source {
    fn name(&self) -> String;
    async fn fetch(&self, key: u32) -> Option<String>;
    fn keys(&self) -> impl Iterator<Item = u32> + '_;

    async fn fetch_all(&self) -> Vec<String> {
        let mut out = Vec::new();
        for k in self.keys() {
            if let Some(v) = self.fetch(k).await {
                out.push(v);
            }
        }
        out
    }
}

struct Memory {
    rows: Vec<(u32, &'static str)>,
}

struct Squares {
    limit: u32,
}

impl Source for Memory {
    fn name(&self) -> String {
        format!("memory[{}]", self.rows.len())
    }
    async fn fetch(&self, key: u32) -> Option<String> {
        self.rows.iter().find(|r| r.0 == key).map(|r| r.1.to_string())
    }
    fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        self.rows.iter().map(|r| r.0).chain(std::iter::once(99))
    }
}

impl Source for Squares {
    fn name(&self) -> String {
        "squares".into()
    }
    async fn fetch(&self, key: u32) -> Option<String> {
        if key % 2 == 0 { Some(format!("{}^2={}", key, key * key)) } else { None }
    }
    fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        0..self.limit
    }
}

async fn summarize<S: Source>(s: &S) -> String {
    let all = s.fetch_all().await;
    format!("{}: {} values {:?}", s.name(), all.len(), all)
}

fn main() {
    let m = Memory { rows: vec![(1, "one"), (5, "five"), (7, "seven")] };
    let q = Squares { limit: 7 };
    println!("{}", block_on(summarize(&m)));
    println!("{}", block_on(summarize(&q)));
    println!("{:?}", block_on(m.fetch(5)));
    println!("{:?}", block_on(q.fetch(3)));
    let keys: Vec<u32> = m.keys().collect();
    println!("memory keys {:?}", keys);
}
