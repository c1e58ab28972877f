fn main() {
    let x = 1 + /* inline */ 2;
    let y = foo(/* a */ 1, /* b */ 2);
    let z = if a /* cond */ { 1 } else { 2 };
    let w = [
        // first element
        1,
        2, // second
    ];
    // comment before return
    x + y // trailing on tail expr
}
fn g() {
    // only a comment in the body
}
fn h() { /* block comment only */ }
