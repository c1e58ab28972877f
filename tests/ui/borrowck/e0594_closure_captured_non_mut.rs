// A closure assigning to a captured binding declared without `mut`: E0594.
fn main() {
    let best = 0;
    let mut update = |x: i32| {
        if x > 3 {
            best = x;
        }
    };
    update(5);
    println!("{best}");
}
