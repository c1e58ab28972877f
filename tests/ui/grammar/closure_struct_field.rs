// Closures stored in struct fields, both generic (F: Fn) and boxed,
// plus a small event dispatcher with registered handlers.

struct Cache<F: Fn(u64) -> u64> {
    compute: F,
    entries: Vec<(u64, u64)>,
    misses: u32,
}

impl<F: Fn(u64) -> u64> Cache<F> {
    fn new(compute: F) -> Self {
        Cache { compute, entries: Vec::new(), misses: 0 }
    }

    fn get(&mut self, key: u64) -> u64 {
        if let Some(&(_, v)) = self.entries.iter().find(|(k, _)| *k == key) {
            return v;
        }
        self.misses += 1;
        let v = (self.compute)(key);
        self.entries.push((key, v));
        v
    }
}

struct Dispatcher {
    handlers: Vec<(String, Box<dyn FnMut(&str) -> bool>)>,
}

impl Dispatcher {
    fn on(&mut self, event: &str, handler: impl FnMut(&str) -> bool + 'static) {
        self.handlers.push((event.to_string(), Box::new(handler)));
    }

    fn emit(&mut self, event: &str, payload: &str) -> usize {
        let mut handled = 0;
        for (name, h) in self.handlers.iter_mut() {
            if name == event && h(payload) {
                handled += 1;
            }
        }
        handled
    }
}

fn main() {
    let mut cache = Cache::new(|n| (1..=n).product());
    for k in [5, 10, 5, 3, 10, 20] {
        println!("{}! = {}", k, cache.get(k));
    }
    println!("cache misses: {}", cache.misses);

    let mut d = Dispatcher { handlers: Vec::new() };
    let mut clicks = 0;
    d.on("click", move |p| {
        clicks += 1;
        println!("  click #{} at {}", clicks, p);
        true
    });
    d.on("key", |p| {
        let accepted = p.len() == 1;
        println!("  key {:?} accepted={}", p, accepted);
        accepted
    });
    d.on("click", |p| p.starts_with("10"));

    let events = [("click", "10,20"), ("key", "a"), ("key", "ctrl"), ("click", "5,5"), ("scroll", "up")];
    for (ev, payload) in events {
        let n = d.emit(ev, payload);
        println!("{} {:?} handled by {}", ev, payload, n);
    }
}
