// `lines()` consumed by loops, `collect`, `count`, `map`: `\n`, `\r\n`, a lone `\r`, a
// last line without a line end, empty lines; after `next` and `next_back`.
fn main() {
    let texts = ["a\nb\r\nc", "", "\n", "\n\n", "x\r\n", "lone\rcr\n", "last\r", "é\nü\r\n\r\n日本"];
    for t in texts.iter() {
        let v: Vec<&str> = t.lines().collect();
        println!("{:?} {} {}", v, v.capacity(), t.lines().count());
        let lens: Vec<usize> = t.lines().map(|l| l.len()).collect();
        println!("{:?}", lens);
        let mut it = t.lines();
        let first = it.next();
        let last = it.next_back();
        let mid: Vec<&str> = it.collect();
        println!("{:?} {:?} {:?}", first, last, mid);
        for (i, l) in t.lines().enumerate() { print!("{}={:?} ", i, l); }
        println!();
    }
}
