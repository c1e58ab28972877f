// `unsafe extern` blocks with `safe fn` items, link_name, and a variadic C function.
use std::ffi::{c_char, c_double, c_int, CStr};

unsafe extern "C" {
    pub safe fn abs(x: c_int) -> c_int;
    #[link_name = "toupper"]
    safe fn to_upper_c(c: c_int) -> c_int;
    pub safe fn sqrt(x: c_double) -> c_double;
    pub unsafe fn strlen(s: *const c_char) -> usize;
    fn snprintf(buf: *mut c_char, size: usize, fmt: *const c_char, ...) -> c_int;
}

fn shout(s: &str) -> String {
    s.bytes().map(|b| to_upper_c(b as c_int) as u8 as char).collect()
}

fn c_format_int(value: i32, width: i32) -> String {
    let mut buf = [0 as c_char; 32];
    let n = unsafe { snprintf(buf.as_mut_ptr(), buf.len(), c"[%*d]".as_ptr(), width as c_int, value as c_int) };
    let text = unsafe { CStr::from_ptr(buf.as_ptr()) };
    format!("{} ({} chars)", text.to_str().unwrap(), n)
}

fn c_format_float(value: f64) -> String {
    let mut buf = [0 as c_char; 32];
    unsafe { snprintf(buf.as_mut_ptr(), buf.len(), c"%.3f|%e".as_ptr(), value, value) };
    unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()
}

fn truncated(s: &CStr, room: usize) -> (String, i32) {
    let mut buf = [0 as c_char; 8];
    let wanted = unsafe { snprintf(buf.as_mut_ptr(), room.min(buf.len()), c"%s".as_ptr(), s.as_ptr()) };
    (unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned(), wanted)
}

fn main() {
    println!("abs(-9) = {}", abs(-9));
    println!("sqrt(2) = {:.6}", sqrt(2.0));
    println!("{}", shout("quiet words"));
    let msg = c"null-terminated";
    println!("strlen = {}", unsafe { strlen(msg.as_ptr()) });
    println!("{}", c_format_int(42, 6));
    println!("{}", c_format_int(-7, 1));
    println!("{}", c_format_float(1234.5678));
    println!("{:?}", truncated(c"abcdefghij", 5));
}
