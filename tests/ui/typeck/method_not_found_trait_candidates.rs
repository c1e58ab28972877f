// E0599 names the traits that define the missing method, a lone local one pointed at; a
// field's method is offered only when it is inherent.
struct W(u8);
struct V;
struct N { v: Vec<u8> }
trait Tr { fn zap(&self); }
trait Tr2 { fn zap(&self); }
trait Tr3 { fn only(&self); }
fn main() {
    let w = W(1);
    let _ = w.clone();
    V.zap();
    V.only();
    V.finish();
    V.next();
    let n = N { v: vec![] };
    let _ = n.len();
    let _ = n.clone();
}
