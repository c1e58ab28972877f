// Passing `&T` where `&mut T` is required: E0308.
fn bump(counter: &mut u32) {
    *counter += 1;
}

fn main() {
    let mut hits = 0;
    bump(&hits);
    println!("{hits}");
}
