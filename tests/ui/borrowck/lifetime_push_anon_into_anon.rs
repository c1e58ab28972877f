// Pushing one elided lifetime into a Vec of another: lifetime may not live long enough.
fn collect_into(out: &mut Vec<&str>, word: &str) {
    out.push(word);
}

fn main() {
    let mut v = Vec::new();
    collect_into(&mut v, "w");
    println!("{:?}", v);
}
