struct Unit;
struct Tuple(u32, pub String);
struct Named { a: u32, pub b: String, pub(crate) c: Vec<u8> }
struct Empty {}
pub struct Gen<'a, T: 'a> { r: &'a T }
struct LongTuple(pub SomeVeryLongTypeName, pub AnotherVeryLongTypeName, pub YetAnotherLongTypeName);
struct Attrs { #[serde(rename = "x")] x: u32, #[allow(dead_code)] y: u32 }
union U { a: u32, b: f32 }
struct WithComments { a: u32, // comment a
    b: u32 }
