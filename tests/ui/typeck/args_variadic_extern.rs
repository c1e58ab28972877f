// Calling a C variadic function with fewer than its fixed arguments: E0060.
use std::ffi::c_char;

extern "C" {
    fn printf(format: *const c_char, ...) -> i32;
}

fn main() {
    unsafe {
        printf();
    }
}
