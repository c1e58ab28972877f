extern "C" { fn abs(x: i32) -> i32; fn printf(fmt: *const u8, ...) -> i32; static errno: i32; }
extern { fn legacy(); }
unsafe extern "C" { pub safe fn sqrt(x: f64) -> f64; pub unsafe fn strlen(p: *const u8) -> usize; }
extern "C" fn callback(x: i32) -> i32 { x }
pub unsafe extern "C" fn exported(a: *mut u8, len: usize) {}
extern crate core;
#[link(name = "m")] extern "C" { fn cos(x: f64) -> f64; }
extern "system" {}
