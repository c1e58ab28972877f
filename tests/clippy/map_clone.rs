// map_clone: `.map(|x| x.clone())` is `.cloned()` (or `.copied()` for Copy items).

fn checks(v: &[String], n: &[i32]) -> (Vec<String>, Vec<i32>) {
    (v.iter().map(|x| x.clone()).collect(), n.iter().map(|x| *x).collect())
}

// Near misses: the closure does more than clone.
fn near(v: &[String]) -> Vec<usize> {
    v.iter().map(|x| x.clone().len()).collect()
}

#[allow(clippy::map_clone)]
fn allowed(v: &[String]) -> Vec<String> {
    v.iter().map(|x| x.clone()).collect()
}

fn main() {
    let v = vec![String::from("a")];
    println!("{:?} {:?} {:?}", checks(&v, &[1]), near(&v), allowed(&v));
}
