// Taking `&mut` of a binding declared without `mut`: E0596.
fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let counter = 0;
    bump(&mut counter);
    println!("{counter}");
}
