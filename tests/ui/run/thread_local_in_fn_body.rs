use std::cell::Cell;
fn next() -> u64 {
    thread_local!(static KEYS: Cell<(u64, u64)> = {
        Cell::new((1, 2))
    });
    KEYS.with(|keys| {
        let (k0, k1) = keys.get();
        keys.set((k0.wrapping_add(1), k1));
        k0 + k1
    })
}
fn main() { println!("{} {}", next(), next()); }
