// `let _ = place;` does not read or move the place, but still evaluates it: the index
// operand runs, and `Vec`'s `Index::index` checks the bounds (and panics here).
fn idx(n: usize) -> usize {
    println!("idx {}", n);
    n
}

fn main() {
    let v: Vec<String> = vec![String::from("a")];
    let a = [1, 2];
    let _ = a[idx(1)];
    let _ = v[idx(0)];
    println!("still owned: {}", v[0]);
    let _ = v[idx(3)];
    println!("unreachable");
}
