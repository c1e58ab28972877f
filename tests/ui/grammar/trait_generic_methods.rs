// Generic trait methods and `where Self: Sized` methods on an object-safe trait.
use std::fmt::Debug;

trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: String);

    fn get_as<T: std::str::FromStr>(&self, key: &str) -> Option<T>
    where
        Self: Sized,
    {
        self.get(key)?.parse().ok()
    }

    fn set_value<V: ToString>(&mut self, key: &str, v: V)
    where
        Self: Sized,
    {
        self.set(key, v.to_string());
    }

    fn boxed(self) -> Box<dyn Store>
    where
        Self: Sized + 'static,
    {
        Box::new(self)
    }

    fn keys_with_prefix(&self, prefix: &str) -> usize;
}

#[derive(Debug, Default)]
struct VecStore {
    pairs: Vec<(String, String)>,
}

impl Store for VecStore {
    fn get(&self, key: &str) -> Option<String> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
    fn set(&mut self, key: &str, value: String) {
        match self.pairs.iter_mut().find(|(k, _)| k == key) {
            Some(pair) => pair.1 = value,
            None => self.pairs.push((key.to_string(), value)),
        }
    }
    fn keys_with_prefix(&self, prefix: &str) -> usize {
        self.pairs.iter().filter(|(k, _)| k.starts_with(prefix)).count()
    }
}

trait Visitor {
    fn visit<T: Debug>(&mut self, label: &str, value: &T);
}

struct Printer {
    depth: usize,
}

impl Visitor for Printer {
    fn visit<T: Debug>(&mut self, label: &str, value: &T) {
        self.depth += 1;
        println!("{}{} = {:?}", "  ".repeat(self.depth), label, value);
    }
}

fn main() {
    let mut s = VecStore::default();
    s.set_value("db.port", 5432);
    s.set_value("db.host", "localhost");
    s.set_value("ratio", 0.75);
    s.set_value("db.port", 6543u16);
    let port: Option<u16> = s.get_as("db.port");
    let ratio = s.get_as::<f64>("ratio");
    let bad = s.get_as::<i32>("db.host");
    println!("port={:?} ratio={:?} bad={:?}", port, ratio, bad);

    let mut dynamic: Box<dyn Store> = s.boxed();
    dynamic.set("extra", "yes".to_string());
    println!("db keys: {}", dynamic.keys_with_prefix("db."));
    println!("extra: {:?}", dynamic.get("extra"));

    let mut p = Printer { depth: 0 };
    p.visit("port", &port);
    p.visit("list", &vec![1, 2, 3]);
    p.visit::<(char, bool)>("pair", &('x', true));
}
