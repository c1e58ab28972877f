// Iterator adaptors are `#[must_use]` types: a statement that makes one and drops it is
// `unused_must_use`, with the type's own note.
fn main() {
    let v = vec![1, 2, 3];
    v.iter().map(|x| x * 2);
    v.iter().filter(|x| **x > 1);
    v.iter().rev();
    let _ = v.iter().map(|x| x + 1);
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
}
