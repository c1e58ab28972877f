// Unary operators: negation, logical/bitwise not, dereference, shared and
// mutable borrow, and how they interact with binary operators and method calls.

fn bump(counter: &mut i32, by: i32) {
    *counter += by;
}

fn largest<'a>(a: &'a i32, b: &'a i32) -> &'a i32 {
    if *a > *b { a } else { b }
}

fn main() {
    let x = 6;
    let y = -x;
    println!("-x = {}, - -x = {}", y, - -x);
    println!("-x * 2 = {}", -x * 2);
    println!("!x = {}", !x);
    println!("!!x = {}", !!x);
    println!("!true = {}", !true);
    println!("!(x > 3) = {}", !(x > 3));
    println!("-(x - 10) = {}", -(x - 10));

    let r = &x;
    let rr = &r;
    println!("*r + 1 = {}", *r + 1);
    println!("**rr * 2 = {}", **rr * 2);
    println!("-*r = {}", -*r);

    let mut count = 0;
    bump(&mut count, 3);
    bump(&mut count, 4);
    println!("count = {}", count);

    let mut values = vec![3, 1, 4, 1, 5];
    {
        let v = &mut values;
        v.push(9);
        (*v)[0] = -(*v)[0];
    }
    println!("values = {:?}", values);

    for slot in &mut values {
        *slot = -*slot * 2;
    }
    println!("negated doubled = {:?}", values);

    let a = 10;
    let b = 20;
    let big = largest(&a, &b);
    println!("largest = {}", *big);

    let mut pair = (1, 2);
    let (p, q) = (&mut pair.0, &mut pair.1);
    *p += 10;
    *q *= 10;
    println!("pair = {:?}", pair);

    let flag: u8 = 0b0101_0101;
    println!("!flag = {:08b}", !flag);
    let neg = -128i16;
    println!("-(-128i16) = {}", -neg);
    let f = -2.5f64;
    println!("-f = {}, -f.abs() = {}, (-f).abs() = {}", -f, -f.abs(), (-f).abs());

    let boxed = Box::new(41);
    let plus = *boxed + 1;
    println!("*boxed + 1 = {}", plus);

    let mut text = String::from("hi");
    let t = &mut text;
    t.push('!');
    let len = (&*t).len();
    println!("text = {}, len = {}", text, len);
}
