// Built-in `Clone` of arrays and closures whose elements and captures are not `Copy`, and
// fn pointers in derived `Debug`/`PartialEq` (through std's `impl<F: FnPtr> ... for F`).
#[derive(Clone, Debug, PartialEq)]
struct Op {
    names: [String; 2],
    f: fn(i32) -> i32,
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn main() {
    let a = [String::from("a"), String::from("b")];
    let mut b = a.clone();
    b[0].push('!');
    println!("{:?} {:?}", a, b);
    let s = String::from("cap");
    let c = move |x: i32| format!("{}{}", s, x);
    let c2 = c.clone();
    drop(c);
    println!("{}", c2(2));
    let op = Op { names: b, f: inc };
    let op2 = op.clone();
    println!("{} {:?} {}", (op2.f)(4), op2.names, op == op2);
    let dbg = format!("{:?}", op);
    println!("{}", dbg.starts_with("Op { names: [\"a!\", \"b\"], f: 0x"));
    let g: fn(i32) -> i32 = inc;
    println!("{} {}", g == inc as fn(i32) -> i32, format!("{:p}", g) == format!("{:?}", g));
    let tuples = [(String::from("x"), vec![1]), (String::from("y"), vec![])];
    let t2 = tuples.clone();
    println!("{:?}", t2);
    let bytes = [7u8; 3];
    let opt: Option<[Vec<u8>; 1]> = Some([bytes.to_vec()]);
    println!("{:?}", opt.clone());
}
