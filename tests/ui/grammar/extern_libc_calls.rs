// Calling C library functions through an extern block, plus `extern crate core`.
extern crate core;

use core::ffi::{c_char, c_int, c_long};
use std::ffi::{CStr, CString};

extern "C" {
    fn abs(x: c_int) -> c_int;
    fn labs(x: c_long) -> c_long;
    fn atoi(s: *const c_char) -> c_int;
    fn strlen(s: *const c_char) -> usize;
    fn strchr(s: *const c_char, c: c_int) -> *const c_char;
}

fn safe_abs(x: i32) -> i32 {
    unsafe { abs(x) }
}

fn parse_int(s: &str) -> i32 {
    let c = CString::new(s).expect("no interior NUL");
    unsafe { atoi(c.as_ptr()) }
}

fn after_char(s: &CStr, ch: u8) -> Option<String> {
    let p = unsafe { strchr(s.as_ptr(), ch as c_int) };
    if p.is_null() {
        None
    } else {
        let rest = unsafe { CStr::from_ptr(p.add(1)) };
        Some(rest.to_string_lossy().into_owned())
    }
}

fn main() {
    for x in [-7, 0, 12, -2147483647] {
        println!("abs({}) = {}", x, safe_abs(x));
    }
    println!("labs = {}", unsafe { labs(-1234567) });
    for s in ["42", "  -17xyz", "abc", "2147483647"] {
        println!("atoi({:?}) = {}", s, parse_int(s));
    }
    let msg = CString::new("key=value=more").unwrap();
    println!("strlen = {}", unsafe { strlen(msg.as_ptr()) });
    println!("after '=': {:?}", after_char(&msg, b'='));
    println!("after '#': {:?}", after_char(&msg, b'#'));
    let x: core::primitive::u8 = core::cmp::max(3, 250);
    println!("core max = {}", x);
    let lit = c"from a C string literal";
    println!("{} bytes: {:?}", unsafe { strlen(lit.as_ptr()) }, lit.to_str());
}
