// A Drop value moved out, then the borrowed variable used: nothing is dropped at the end
// (moved on every path), so the borrow is over.
struct Logger<'a> {
    out: &'a mut Vec<String>,
}

impl Drop for Logger<'_> {
    fn drop(&mut self) {
        self.out.push(String::from("done"));
    }
}

fn finish(l: Logger<'_>) {
    let _ = l;
}

fn main() {
    let mut lines = Vec::new();
    let log = Logger { out: &mut lines };
    log.out.push(String::from("start"));
    finish(log);
    lines.push(String::from("after"));
    println!("{lines:?}");
    let mut other = Vec::new();
    let mut g = Logger { out: &mut other };
    g.out.push(String::from("x"));
    let taken = std::mem::replace(&mut g, Logger { out: &mut lines });
    drop(taken);
    drop(g);
    println!("{other:?} {lines:?}");
}
