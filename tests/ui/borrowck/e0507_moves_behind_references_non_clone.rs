struct Shape { w: f64 }
struct Holder { s: Shape }
fn take(h: &Holder) -> Shape { h.s }
fn deref(r: &Shape) -> Shape { *r }
fn opt(o: &Option<Shape>) -> f64 { match *o { Some(s) => s.w, None => 0.0 } }
fn main() {}
