// Mutating inside an Option through `as_mut` / `if let Some(x) = &mut opt`.
fn main() {
    let mut best: Option<Vec<u32>> = Some(vec![1]);
    if let Some(v) = best.as_mut() {
        v.push(2);
    }
    if let Some(v) = &mut best {
        v.push(3);
    }
    let len = best.as_ref().map(|v| v.len());
    best = None;
    println!("{:?} {:?}", len, best);
}
