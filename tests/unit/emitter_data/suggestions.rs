struct S { x: i32 }
fn f(x: i32) -> i32 { x }
fn main() {
    let a: i32 = &5;
    let s = S;
    let v = vec![1];
    let n = v.lenn();
    let t = f(1, 2);
    let q: String = "abc";
}
