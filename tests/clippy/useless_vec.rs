// useless_vec: `vec![..]` where an array does.

fn checks() -> i32 {
    let v = vec![1, 2, 3];
    let mut s = 0;
    for x in &v {
        s += x;
    }
    s + v.len() as i32 + sum(&vec![4, 5])
}

fn sum(v: &[i32]) -> i32 {
    v.iter().sum()
}

// Near misses: pushed to, returned.
fn near() -> Vec<i32> {
    let mut v = vec![1];
    v.push(2);
    v
}

#[allow(clippy::useless_vec)]
fn allowed() -> usize {
    let v = vec![1, 2];
    v.len()
}

fn main() {
    println!("{} {:?} {}", checks(), near(), allowed());
}
