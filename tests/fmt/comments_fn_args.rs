fn f(
    a: u32, // first
    b: u32, /* second */
    // third comes next
    c: u32,
) {}
fn main() {
    call(
        1, // one
        2, // two
    );
    call(/* nothing */);
    call(x /* x */, y);
    let v = vec![
        1, // one
        2,
        3, // three
    ];
}
