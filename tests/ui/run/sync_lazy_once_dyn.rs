use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Once, RwLock};
use std::thread;

static TABLE: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    println!("building table");
    HashMap::from([("one", 1), ("two", 2), ("three", 3)])
});
static INIT: Once = Once::new();

trait Shape: Send + Sync {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square({})", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle({})", self.0)
    }
}

fn main() {
    let hs: Vec<_> = ["one", "two", "three", "four"]
        .into_iter()
        .map(|k| {
            thread::spawn(move || {
                INIT.call_once(|| println!("init once"));
                TABLE.get(k).copied()
            })
        })
        .collect();
    let vals: Vec<Option<u32>> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?} done={}", vals, INIT.is_completed());

    let shapes: Vec<Arc<dyn Shape>> = vec![Arc::new(Square(2.0)), Arc::new(Circle(1.5))];
    let registry = Arc::new(RwLock::new(HashMap::new()));
    let hs: Vec<_> = shapes
        .iter()
        .map(|s| {
            let s = Arc::clone(s);
            let reg = Arc::clone(&registry);
            thread::spawn(move || {
                reg.write().unwrap().insert(s.name(), s.area());
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let reg = registry.read().unwrap();
    let mut names: Vec<_> = reg.keys().cloned().collect();
    names.sort();
    for n in names {
        println!("{n}: {:.2}", reg[&n]);
    }
    println!("strong: {}", Arc::strong_count(&shapes[0]));
}
