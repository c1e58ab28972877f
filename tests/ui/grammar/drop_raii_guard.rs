// RAII guards: a lock-like guard, an indentation logger, and a transaction that rolls back.
use std::cell::{Cell, RefCell};

struct Indent<'a> {
    depth: &'a Cell<usize>,
}

impl<'a> Indent<'a> {
    fn enter(depth: &'a Cell<usize>, name: &str) -> Indent<'a> {
        println!("{}> {}", "  ".repeat(depth.get()), name);
        depth.set(depth.get() + 1);
        Indent { depth }
    }
}

impl Drop for Indent<'_> {
    fn drop(&mut self) {
        self.depth.set(self.depth.get() - 1);
        println!("{}<", "  ".repeat(self.depth.get()));
    }
}

struct Transaction<'a> {
    store: &'a RefCell<Vec<i32>>,
    snapshot: Vec<i32>,
    committed: bool,
}

impl<'a> Transaction<'a> {
    fn begin(store: &'a RefCell<Vec<i32>>) -> Self {
        let snapshot = store.borrow().clone();
        Transaction { store, snapshot, committed: false }
    }

    fn push(&self, v: i32) -> Result<(), String> {
        if v < 0 {
            return Err(format!("negative value {}", v));
        }
        self.store.borrow_mut().push(v);
        Ok(())
    }

    fn commit(mut self) {
        self.committed = true;
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.committed {
            println!("  rolling back to {:?}", self.snapshot);
            *self.store.borrow_mut() = std::mem::take(&mut self.snapshot);
        } else {
            println!("  committed");
        }
    }
}

fn apply(store: &RefCell<Vec<i32>>, values: &[i32]) -> Result<(), String> {
    let tx = Transaction::begin(store);
    for &v in values {
        tx.push(v)?;
    }
    tx.commit();
    Ok(())
}

fn walk(depth: &Cell<usize>, n: u32) {
    let _g = Indent::enter(depth, &format!("level {}", n));
    if n < 2 {
        walk(depth, n + 1);
        walk(depth, n + 2);
    }
}

fn main() {
    let depth = Cell::new(0);
    walk(&depth, 0);
    println!("depth back to {}", depth.get());

    let store = RefCell::new(vec![1]);
    println!("{:?}", apply(&store, &[2, 3]));
    println!("store {:?}", store.borrow());
    println!("{:?}", apply(&store, &[4, -5, 6]));
    println!("store {:?}", store.borrow());
}
