// unwrap_or_default: `unwrap_or_else(Vec::new)` is `unwrap_or_default()`.

fn checks(o: Option<Vec<i32>>, s: Option<String>) -> (Vec<i32>, String) {
    (o.unwrap_or_else(Vec::new), s.unwrap_or_else(String::new))
}

// Near misses: a non-default constructor, `unwrap_or` with a value.
fn near(o: Option<Vec<i32>>, n: Option<i32>) -> (Vec<i32>, i32) {
    (o.unwrap_or_else(|| vec![1]), n.unwrap_or(5))
}

#[allow(clippy::unwrap_or_default)]
fn allowed(o: Option<String>) -> String {
    o.unwrap_or_else(String::new)
}

fn main() {
    println!("{:?} {:?} {}", checks(None, None), near(None, None), allowed(None));
}
