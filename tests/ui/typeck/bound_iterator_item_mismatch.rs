// A generic consumer bound on `Iterator<Item = u32>` given an iterator of `&u32`: E0271.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.fold(0, |a, b| a + b)
}

fn main() {
    let v: Vec<u32> = vec![1, 2, 3];
    println!("{}", total(v.iter()));
}
