// Each scoped thread owns its own `RefCell` (moved in: `Send` suffices) and returns it.
use std::cell::RefCell;
use std::thread;

fn main() {
    let cells: Vec<RefCell<Vec<u32>>> = (0..3).map(|i| RefCell::new(vec![i])).collect();
    let base = 100u32;
    let out: Vec<Vec<u32>> = thread::scope(|s| {
        let hs: Vec<_> = cells
            .into_iter()
            .map(|c| {
                s.spawn(move || {
                    c.borrow_mut().push(base);
                    c.into_inner()
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{out:?}");
}
