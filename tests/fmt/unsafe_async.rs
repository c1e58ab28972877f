async fn fetch(url: &str) -> Result<String, ()> { Ok(url.to_string()) }
async fn run() { let a = fetch("x").await; let b = async { 1 }; let c = async move { a }; let d = fetch("a very long url that goes on and on").await.unwrap_or_default().len(); }
unsafe fn danger() -> *const u8 { std::ptr::null() }
fn main() { let p = unsafe { danger() }; unsafe { let x = *p; }
let q = unsafe { std::mem::transmute::<u32, f32>(0x3f800000u32) };
    const fn c() -> u32 { 5 }
    let closure = async || { 42 };
}
unsafe impl Send for Foo {}
unsafe trait Bar {}
pub const unsafe fn both() {}
