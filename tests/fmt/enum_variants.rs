enum Simple { A, B, C }
enum WithData { Unit, Tuple(u32, String), Struct { x: i32, y: i32 }, Long { first_field: u32, second: u64 } }
enum Discr { A = 1, B = 2, C = 1 << 3 }
#[derive(Debug)] pub enum Pub { #[default] One, Two(#[allow(unused)] u8) }
enum Big { VariantWithAVeryLongName(SomeLongTypeName, AnotherLongTypeName, YetAnotherTypeName), Small }
enum Empty {}
enum Gen<T, E> where E: std::error::Error { Ok(T), Err(E) }
