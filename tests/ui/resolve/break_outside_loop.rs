// `break`/`continue` outside loops and inside closures: E0268, E0267.
fn main() {
    let v = vec![1, 2, 3];
    if v.len() > 2 {
        break;
    }
    for x in &v {
        let f = || {
            if *x > 1 {
                continue;
            }
        };
        f();
    }
}
