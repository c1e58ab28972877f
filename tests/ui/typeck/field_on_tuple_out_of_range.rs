// A tuple field index past the tuple's arity: E0609.
fn bounds(v: &[i32]) -> (i32, i32) {
    (*v.iter().min().unwrap(), *v.iter().max().unwrap())
}

fn main() {
    let b = bounds(&[5, 1, 8]);
    println!("{} {} {}", b.0, b.1, b.2);
}
