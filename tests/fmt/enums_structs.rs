enum Color { Red, Green, Blue }
enum Shape { Circle { radius: f64 }, Rectangle { width: f64, height: f64 }, Triangle(f64, f64, f64) }
enum Discriminant { A = 1, B = 2, LongerName = 300 }
pub enum Message { Quit, Move { x: i32, y: i32 }, Write(String), ChangeColor(i32, i32, i32), VeryLongVariantName { field_with_long_name: u64, another_field: String } }
enum Empty {}
struct Unit;
struct Tuple(pub i32, String);
struct Generic<T: Clone, const N: usize> { items: [T; N], count: usize }
pub struct Named { pub name: String, pub(crate) age: u32, email: Option<String> }
struct WithWhere<T> where T: Debug { t: T }
struct LongTuple(pub VeryLongTypeName, pub AnotherVeryLongTypeName, pub YetAnotherLongTypeName, u8);
union U { a: u32, b: f32 }
struct Empty2 {}
