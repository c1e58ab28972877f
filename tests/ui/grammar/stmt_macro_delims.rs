// Macro invocations with all three delimiters — `vec![]`, `vec!()`, `vec!{}`,
// `println!{}` — as expressions and statements, plus a user macro_rules!
// called each way and std macros like format!, assert!, matches!, write!.

use std::fmt::Write;

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! make_list {
    ($($item:expr),* $(,)?) => {
        vec![$($item.to_string()),*]
    };
}

macro_rules! point {
    ($name:ident { $($field:ident = $val:expr),* }) => {
        let $name = ($($val),*);
        println!("{} = {:?} fields {}", stringify!($name), $name, stringify!($($field),*));
    };
}

fn main() {
    let a = vec![1, 2, 3];
    let b = vec!(4, 5, 6);
    let c = vec! { 7, 8, 9 };
    let d: Vec<u8> = vec![0; 4];
    let e: Vec<i32> = vec![];
    println!("{:?} {:?} {:?} {:?} {:?}", a, b, c, d, e);

    println!("square![] {} square!() {} square!{{}} {}", square![3], square!(4), square! { 5 });
    println!("square!(1 + 2) = {}", square!(1 + 2));

    let list = make_list!["x", 1, 2.5, 'c',];
    println!("{:?}", list);
    let list2 = make_list!(true, "y");
    println!("{:?}", list2);

    point! { origin { x = 0, y = 0 } }
    point!(corner { x = 10, y = -4 });

    // statement macros with braces do not need a semicolon
    println! {"braced println with {} arg", 1}
    println!["bracketed println with {} args: {}", 2, "two"];
    print!("print without newline; ");
    print!{"braced print\n"}

    let mut out = String::new();
    write!(out, "{}-{}", "w", 1).unwrap();
    writeln!(out, " and a line").unwrap();
    write!{out, "{:>5}", "end"}.unwrap();
    println!("{:?}", out);

    let s = format!["{}/{}", 1, 2];
    let t = format! {"{0}{0}", "ab"};
    println!("{} {}", s, t);

    assert!(a.len() == 3, "a must have three elements");
    assert_eq!(square!(6), 36);
    assert_ne!{b, c};
    debug_assert!(true);
    println!("assertions passed");

    println!("matches: {} {}", matches!(a.first(), Some(&1)), matches![c.last(), Some(n) if *n > 10]);
    let code = stringify!(let x = 1 + 2;);
    println!("stringify: {}", code);
    println!("concat: {}", concat!("a", 1, 2.5, true, 'c'));
    println!("line! is a number: {}", line!() > 0);
    let nested = vec![vec![1], vec!(2, 3), vec! {}];
    println!("nested {:?}", nested);
}
