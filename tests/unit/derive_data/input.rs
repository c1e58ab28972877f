#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Six { a: u8, b: u8, c: u8, d: u8, e: u8, f: u8 }
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Tup6(u8, u8, u8, u8, u8, String);
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Big { A, B(u8), C { x: u8, y: u8 }, D(u8, u8, u8, u8, u8, u8) }
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum One { Only(u8) }
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Empty {}
#[derive(Clone, Copy)]
struct CopyS { a: u8, b: (u8, u8) }
#[derive(Clone, Copy)]
enum CopyE { A(u8), B }
#[derive(Default)]
struct Tu(u8, String);
#[derive(PartialEq, PartialOrd)]
struct G<'a, T: ?Sized, U = u8>(&'a T, U) where U: Copy;
trait Tr { type A; }
#[derive(Debug, Clone, PartialEq)]
struct Assoc<T: Tr> { x: T::A, y: Vec<T::A>, z: <T as Tr>::A }
#[derive(Debug)]
struct Unsized { a: u8, s: str }
#[derive(PartialEq, Debug, Hash, Clone)]
struct Mix { s: String, a: u8, v: Vec<u8>, b: bool, f: f64 }
#[derive(PartialEq)]
enum EM { A { s: String, n: i32 }, B(Vec<u8>, char) }
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Gen<'a, T: 'a + Clone, const N: usize> where T: Default { r: &'a [T; N], t: T }
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
struct r#Kw { r#type: u8, r#match: u8 }
#[derive(Debug, Clone)]
enum Nested<T> { Leaf(T), Node(Box<Nested<T>>, Box<Nested<T>>) }
#[derive(Debug, Clone, PartialEq)]
struct Point<T> { x: T, y: i32 }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
enum Color { #[default] Red, Green, Rgb(u8, u8, u8) }
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Shape<'a, T: Copy, const N: usize> where T: Default { Unit, Pair(i32, &'a T), Named { s: String, a: [u8; N] } }
#[derive(Default, Hash, Eq, PartialEq)]
struct Tuple(u8, String);
fn main() {}
