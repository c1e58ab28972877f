fn main() {
    let a = 0..10; let b = 0..=10; let c = ..5; let d = 3..; let e = ..; let f = ..=7;
    let g = x as u64; let h = (x as u32 + 1) as usize; let i = -x as i64;
    let j = &arr[1..n-1]; let k = &s[..];
    let l = a.len() as f64 / b.len() as f64;
    let m = (start_index_of_the_range + offset_value)..(end_index_of_the_range_value - offset_value);
    let n = !flag; let o = -(-x); let p = *&x; let q = &&x; let r = &mut *y;
    let s = x?; let t = foo()?.bar()?.baz()?;
    let u = x.0 .1; let w = t.0.1;
    let z = 1 + 2 * 3 - 4 / 5 % 6 << 1 >> 2 & 3 | 4 ^ 5;
    let cmp = a < b && b <= c || c > d && d >= e || e == f && f != g;
    let neg = - 1; let not = ! true;
}
