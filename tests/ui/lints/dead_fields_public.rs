pub enum PE { A { x: i32 }, B(i32) }
pub mod m { pub struct Q { pub a: i32, pub(crate) b: i32 } }
pub(crate) struct PC { pub c: i32 }
fn main() {
    let _ = PE::A { x: 1 }; let _ = PE::B(2);
    let _ = m::Q { a: 1, b: 2 };
    let _ = PC { c: 1 };
    struct Local { pub l: i32 }
    let _ = Local { l: 1 };
}
