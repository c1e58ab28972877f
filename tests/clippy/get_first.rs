// get_first: `x.get(0)` on a slice is `x.first()`.

fn checks(v: &[i32], w: &Vec<i32>) -> (Option<i32>, Option<i32>) {
    (v.get(0).copied(), w.get(0).copied())
}

// Near misses: other index, a map.
fn near(v: &[i32], m: &std::collections::HashMap<i32, i32>) -> (Option<i32>, Option<i32>) {
    (v.get(1).copied(), m.get(&0).copied())
}

#[allow(clippy::get_first)]
fn allowed(v: &[i32]) -> Option<&i32> {
    v.get(0)
}

fn main() {
    let v = vec![1, 2];
    let m = std::collections::HashMap::new();
    println!("{:?} {:?} {:?}", checks(&v, &v), near(&v, &m), allowed(&v));
}
