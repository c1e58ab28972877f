// Returning a slice borrowed from a locally built Vec: E0515.
fn evens(limit: u32) -> &'static [u32] {
    let v: Vec<u32> = (0..limit).filter(|x| x % 2 == 0).collect();
    v.as_slice()
}

fn main() {
    println!("{:?}", evens(10));
}
