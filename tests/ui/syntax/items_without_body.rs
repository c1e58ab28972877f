// Items that need a body, declared with `;`, and `const` trait functions.
trait T { fn f(&self); const fn g(); }
struct S;
impl T for S { pub fn f(&self) {} fn g() {} }
impl S { fn h(); }
const C: i32;
static D: i32;
fn main() {}
