fn r#match(r#type: u32) -> u32 { r#type }
struct r#struct { r#fn: u32 }
fn main() { let r#let = r#match(1); let s = r#struct { r#fn: 2 }; let x = s.r#fn; }
mod r#mod { pub fn r#use() {} }
