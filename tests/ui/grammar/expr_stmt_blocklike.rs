// Block-like expressions (if, match, loops, blocks, unsafe) used as statements
// end the statement without a semicolon, so a following line that starts with
// `(`, `-`, `*` or `&` begins a new statement rather than continuing the old one.

fn side(label: &str) -> i32 {
    println!("side effect: {}", label);
    1
}

fn main() {
    let mut total = 0;
    let mut cell = 5;
    let r = &mut cell;

    if total == 0 { side("if"); } else { side("else"); }
    (total) += 10;
    println!("total after if: {}", total);

    match total { 10 => { side("ten"); } _ => {} }
    *r += 1;
    println!("cell via ref: {}", *r);

    for i in 0..2 { total += i; }
    -1;
    println!("total after for: {}", total);

    while total < 20 { total += 4; }
    (1, 2);
    println!("total after while: {}", total);

    { side("block"); }
    &total;
    println!("after block: {}", total);

    loop { total += 1; if total > 21 { break; } }
    [1, 2, 3];
    println!("after loop: {}", total);

    unsafe { side("unsafe"); }
    -total;
    println!("after unsafe: {}", total);

    // when used as a value, the same constructs need the usual operator parse
    let v = if total > 0 { 3 } else { 4 } - 1;
    println!("if-value minus one: {}", v);
    let w = (match total { 22 => 2, _ => 0 }) * 5;
    println!("match-value times five: {}", w);
    let x = { 10 } * 2;
    println!("block-value times two: {}", x);

    // a block statement followed by a parenthesised call target
    let f = |n: i32| n * 100;
    { side("before call"); }
    (f)(3);
    println!("f(3) = {}", (f)(3));

    // method calls directly on a block-like expression in statement position
    // require parentheses; here we use it in expression position instead
    let len = match total { _ => "abc" }.len();
    println!("len: {}", len);
}
