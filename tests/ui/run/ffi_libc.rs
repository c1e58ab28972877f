// Calling the C library: string functions on C strings made from Rust, pointers C
// returns into Rust memory, buffers C fills in, `qsort`/`bsearch` with Rust callbacks,
// variadic `snprintf`, structs returned by value (`div`, `ldiv`) and `#[link_name]`.
use std::ffi::{c_char, c_double, c_int, c_long, c_void, CStr, CString};

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct DivT {
    quot: c_int,
    rem: c_int,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct LDivT {
    quot: c_long,
    rem: c_long,
}

extern "C" {
    fn div(num: c_int, den: c_int) -> DivT;
    fn ldiv(num: c_long, den: c_long) -> LDivT;
    fn strlen(s: *const c_char) -> usize;
    fn strcmp(a: *const c_char, b: *const c_char) -> c_int;
    fn strncmp(a: *const c_char, b: *const c_char, n: usize) -> c_int;
    fn strrchr(s: *const c_char, c: c_int) -> *mut c_char;
    fn strstr(hay: *const c_char, needle: *const c_char) -> *mut c_char;
    fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long;
    fn atoi(s: *const c_char) -> c_int;
    fn memset(dst: *mut c_void, c: c_int, n: usize) -> *mut c_void;
    fn memcpy(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void;
    fn memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
    fn qsort(base: *mut c_void, n: usize, size: usize, cmp: extern "C" fn(*const c_void, *const c_void) -> c_int);
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
    fn floor(x: c_double) -> c_double;
    fn pow(x: c_double, y: c_double) -> c_double;
    #[link_name = "abs"]
    fn c_abs(x: c_int) -> c_int;
}

extern "C" fn by_len_then_alpha(a: *const c_void, b: *const c_void) -> c_int {
    let (x, y) = unsafe { (*(a as *const [u8; 4]), *(b as *const [u8; 4])) };
    let lx = x.iter().position(|&c| c == 0).unwrap_or(4);
    let ly = y.iter().position(|&c| c == 0).unwrap_or(4);
    (lx, x).cmp(&(ly, y)) as c_int
}

extern "C" fn desc_f64(a: *const c_void, b: *const c_void) -> c_int {
    let (x, y) = unsafe { (*(a as *const f64), *(b as *const f64)) };
    y.partial_cmp(&x).unwrap() as c_int
}

fn format_c(fmt: &CStr, n: i32, f: f64, s: &CStr) -> String {
    let mut buf = [0u8; 64];
    let len = unsafe { snprintf(buf.as_mut_ptr() as *mut c_char, buf.len(), fmt.as_ptr(), n, f, s.as_ptr()) };
    let text = CStr::from_bytes_until_nul(&buf).unwrap().to_str().unwrap();
    format!("{:?} (snprintf returned {})", text, len)
}

fn main() {
    let hello = CString::new("hello, world").unwrap();
    let help = CString::new("help").unwrap();
    unsafe {
        println!("strlen = {}", strlen(hello.as_ptr()));
        println!("strcmp = {} {}", strcmp(hello.as_ptr(), help.as_ptr()).signum(), strcmp(help.as_ptr(), help.as_ptr()));
        println!("strncmp(3) = {}", strncmp(hello.as_ptr(), help.as_ptr(), 3));
        let last_o = strrchr(hello.as_ptr(), b'o' as c_int);
        println!("strrchr offset = {}", last_o.offset_from(hello.as_ptr()));
        println!("rest = {:?}", CStr::from_ptr(last_o).to_str().unwrap());
        let found = strstr(hello.as_ptr(), c"world".as_ptr());
        println!("strstr = {:?}", CStr::from_ptr(found));
        println!("strstr missing is null = {}", strstr(hello.as_ptr(), c"xyz".as_ptr()).is_null());
        println!("strtol = {} {} {}", strtol(c"ff".as_ptr(), std::ptr::null_mut(), 16), strtol(c"-0777".as_ptr(), std::ptr::null_mut(), 8), atoi(c"12abc".as_ptr()));
        println!("abs via link_name = {}", c_abs(-41));
        println!("floor/pow = {} {}", floor(-2.5), pow(2.0, 10.0));

        let mut bytes = [1u8; 8];
        memset(bytes.as_mut_ptr() as *mut c_void, 0xAB, 3);
        println!("memset = {:?}", bytes);
        let src = [10u8, 20, 30, 40];
        memcpy(bytes.as_mut_ptr().add(4) as *mut c_void, src.as_ptr() as *const c_void, 4);
        println!("memcpy = {:?}", bytes);
        println!("memcmp = {}", memcmp(bytes.as_ptr() as *const c_void, src.as_ptr() as *const c_void, 0));

        let mut words: [[u8; 4]; 5] = [*b"pear", *b"fig\0", *b"kiwi", *b"ab\0\0", *b"date"];
        qsort(words.as_mut_ptr() as *mut c_void, words.len(), 4, by_len_then_alpha);
        let shown: Vec<&str> = words.iter().map(|w| std::str::from_utf8(w).unwrap().trim_end_matches('\0')).collect();
        println!("qsort words = {:?}", shown);

        let mut xs = [2.5f64, -1.0, 9.75, 0.0, 3.0];
        qsort(xs.as_mut_ptr() as *mut c_void, xs.len(), 8, desc_f64);
        println!("qsort f64 desc = {:?}", xs);
    }
    let d = unsafe { div(-17, 5) };
    println!("div = {:?} ({})", d, d.quot * 5 + d.rem);
    println!("ldiv = {:?}", unsafe { ldiv(1 << 40, 7) });
    println!("{}", format_c(c"n=%d f=%.2f s=%s", 42, 3.14159, c"text"));
    println!("{}", format_c(c"[%5d|%-6.1f|%.3s]", -7, 2.0, c"abcdef"));
    println!("{}", format_c(c"%x|%e|%s|", 255, 12345.678, c"end"));
}
