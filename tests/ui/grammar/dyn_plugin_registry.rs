// A plugin system built on Box<dyn Trait + Send + 'static> and &dyn Trait.
use std::fmt::Debug;

trait Plugin: Debug {
    fn name(&self) -> &str;
    fn process(&mut self, input: &str) -> Option<String>;
    fn stats(&self) -> String {
        format!("{}: no stats", self.name())
    }
}

#[derive(Debug)]
struct Upper {
    seen: usize,
}

#[derive(Debug)]
struct Censor {
    banned: Vec<&'static str>,
    hits: usize,
}

#[derive(Debug)]
struct Drop3;

impl Plugin for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn process(&mut self, input: &str) -> Option<String> {
        self.seen += 1;
        Some(input.to_uppercase())
    }
    fn stats(&self) -> String {
        format!("upper: {} lines", self.seen)
    }
}

impl Plugin for Censor {
    fn name(&self) -> &str {
        "censor"
    }
    fn process(&mut self, input: &str) -> Option<String> {
        let mut out = input.to_string();
        for b in &self.banned {
            if out.contains(b) {
                self.hits += 1;
                out = out.replace(b, &"*".repeat(b.len()));
            }
        }
        Some(out)
    }
    fn stats(&self) -> String {
        format!("censor: {} hits", self.hits)
    }
}

impl Plugin for Drop3 {
    fn name(&self) -> &str {
        "drop-short"
    }
    fn process(&mut self, input: &str) -> Option<String> {
        if input.len() <= 3 { None } else { Some(input.to_string()) }
    }
}

type BoxedPlugin = Box<dyn Plugin + Send + 'static>;

fn run(chain: &mut [BoxedPlugin], line: &str) -> Option<String> {
    let mut cur = line.to_string();
    for p in chain.iter_mut() {
        cur = p.process(&cur)?;
    }
    Some(cur)
}

fn report(p: &dyn Plugin) {
    println!("  {}", p.stats());
}

fn is_send<T: Send + ?Sized>(_: &T) -> bool {
    true
}

fn main() {
    let mut chain: Vec<BoxedPlugin> = vec![
        Box::new(Drop3),
        Box::new(Censor { banned: vec!["darn", "heck"], hits: 0 }),
        Box::new(Upper { seen: 0 }),
    ];
    println!("chain is Send: {}", is_send(&chain));
    for line in ["hi", "oh darn it", "what the heck, darn", "fine"] {
        match run(&mut chain, line) {
            Some(out) => println!("{:?} -> {:?}", line, out),
            None => println!("{:?} dropped", line),
        }
    }
    println!("stats:");
    for p in &chain {
        report(p.as_ref());
    }
    println!("{:?}", chain[1]);
}
