mod m { pub struct A; pub struct B; }
use m::{A, B};
fn main() { let _ = A; let _ = B; }
use std::rc::Rc;
