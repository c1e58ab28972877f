fn main() {
    let s = String::from("hello");
    let c = s[0];
    let t: &str = "abc";
    let d = t[1];
    let v = vec![1, 2];
    let e = v[1u8];
    let f = &s[1u32..];
}
