fn main() {
    let a = "short";
    let b = "a very long string literal that goes past the maximum width of one hundred characters for sure";
    let c = r"raw string";
    let d = r#"raw with "quotes""#;
    let e = b"bytes";
    let f = 'c'; let g = b'b'; let h = '\n'; let i = '\'';
    let j = "multi
line string";
    let k = "escaped \" quote \\ backslash";
    let l = 1_000_000u64; let m = 0xFF_u8; let n = 1.5e10f64; let o = 0b1010; let p = 0o777;
    let q = c"cstr";
    call("a very long string literal argument that is long", "another long string literal argument");
}
