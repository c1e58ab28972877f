// `Index::index` is `#[track_caller]` in the trait: a user impl inherits it, so a panic in
// it is located at the caller's `g[i]` (shown through a panic hook on stdout).
use std::ops::Index;

struct Grid {
    data: Vec<i32>,
}

impl Index<usize> for Grid {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        assert!(i < self.data.len(), "cell {} out of range", i);
        &self.data[i]
    }
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let loc = info.location().unwrap();
        println!("panicked at line {} column {}", loc.line(), loc.column());
    }));
    let g = Grid { data: vec![1, 2] };
    println!("{}", g[1]);
    let r = std::panic::catch_unwind(|| g[5]);
    println!("caught: {}", r.is_err());
}
