// useless_vec on a local: a `vec!` only ever used as a slice can be an array.

fn sum(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn checks() -> i32 {
    let a = vec![1, 2, 3];
    let b = vec![4, 5];
    let c = vec!["x", "y"];
    let mut total = sum(&a) + a.len() as i32 + a[0];
    for x in b.iter() {
        total += x;
    }
    total + c.len() as i32
}

// Near misses: grown, returned, annotated, printed, moved into a function.
fn near() -> Vec<i32> {
    let mut grown = vec![1];
    grown.push(2);
    let typed: Vec<i32> = vec![3];
    let shown = vec![4];
    println!("{:?} {}", shown, typed.len());
    let moved = vec![5];
    take(moved);
    grown
}

fn take(v: Vec<i32>) -> usize {
    v.len()
}

#[allow(clippy::useless_vec)]
fn allowed() -> usize {
    let v = vec![1, 2];
    v.len()
}

fn main() {
    println!("{} {:?} {}", checks(), near(), allowed());
}
