use std::collections::HashMap;
use std::colections::BTreeMap;

mod shapes {
    pub struct Square(pub f64);
    pub fn area(s: &Square) -> f64 {
        s.0 * s.0
    }
}

struct Counter {
    count: u32,
}

impl Counter {
    fn incr(&mut self) {
        count += 1;
    }
}

fn main() {
    let mut totals: HashMap<String, u32> = HashMap::new();
    let sq = shapes::Square(2.0);
    println!("{}", shapes::areas(&sq));
    println!("{}", shape::area(&sq));
    let c = Countr { count: 0 };
    let value = 5;
    println!("{}", valeu + 1);
    totals.insert("a".into(), lenght);
    let v: Vec<i32> = Vec::neww();
    let s = Strng::from("x");
    println!("{:?} {:?} {}", v, s, c.count);
    undefined_function(3);
    let _ = BTreeMap::<i32, i32>::new();
}
