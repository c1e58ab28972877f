// `&mut tmp` coerced to the `&mut String` inside it reborrows through the temporary: its
// borrow must live as long as the result (rustc's reborrow constraints), E0515.
fn last<'a>(v: Vec<&'a mut String>) -> &'a mut String {
    let mut v = v;
    &mut v.pop().unwrap()
}

fn main() {
    let mut s = String::new();
    last(vec![&mut s]).push('a');
}
