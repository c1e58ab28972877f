// Every field of a struct but the last must be `Sized` (every field of an enum variant), and
// a field's written type must be well-formed (slice elements are `Sized`, `Vec<T>`'s `T` is).
use std::fmt::Debug;

struct S { a: [str], b: i32 }
struct T(str, u8);
enum E { A(str), B { x: [u8] } }
struct W { a: Vec<str> }
struct P<X: ?Sized> { a: X, b: i32 }
struct LastMayBeUnsized { b: i32, a: [u8] }

fn f<X: ?Sized + Debug>(x: X) {}

fn main() {}
