// The trait declares an associated function but the impl adds `&self`: E0185.
trait Factory {
    fn create() -> Self;
}

struct Widget {
    id: u32,
}

impl Factory for Widget {
    fn create(&self) -> Self {
        Widget { id: self.id + 1 }
    }
}

fn main() {
    let w = Widget::create();
    println!("{}", w.id);
}
