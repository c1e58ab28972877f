// C's stdio next to Rust's stdout: Rust's `println!` output is written line by line,
// C's `printf`/`puts` output (to a pipe) waits in C's buffer until the process exits —
// also through `process::exit`. `strtol` reports where it stopped through a `char **`.
use std::ffi::{c_char, c_int, c_long, CStr};

extern "C" {
    fn printf(fmt: *const c_char, ...) -> c_int;
    fn puts(s: *const c_char) -> c_int;
    fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long;
    fn getenv(name: *const c_char) -> *const c_char;
}

fn parse_prefix(s: &CStr, base: c_int) -> (c_long, String) {
    let mut end: *mut c_char = std::ptr::null_mut();
    let v = unsafe { strtol(s.as_ptr(), &mut end, base) };
    let rest = unsafe { CStr::from_ptr(end) }.to_string_lossy().into_owned();
    (v, rest)
}

fn main() {
    println!("rust first");
    unsafe {
        printf(c"from C: %d %s %.1f\n".as_ptr(), 42, c"text".as_ptr(), 0.25);
        puts(c"puts line".as_ptr());
    }
    println!("rust second");
    println!("{:?}", parse_prefix(c"123abc", 10));
    println!("{:?}", parse_prefix(c"  -0x1fZ", 16));
    println!("{:?}", parse_prefix(c"nothing", 10));
    let unset = unsafe { getenv(c"FERRIC_SURELY_UNSET_VARIABLE".as_ptr()) };
    println!("unset variable is null: {}", unset.is_null());
    unsafe { printf(c"last C line\n".as_ptr()) };
    std::process::exit(3);
}
