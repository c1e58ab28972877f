// Non-capturing closures and fn items in one `vec!`/array/`if`/`match` meet at a fn pointer.
fn a(x: i64) -> i64 { x + 1 }
fn b(x: i64) -> i64 { x * 2 }
fn main() {
    let closures = vec![|x: i64| x + 1, |x: i64| x + 2];
    println!("{}", closures.iter().map(|f| f(10)).sum::<i64>());
    let fs = [a, b];
    println!("{:?}", fs.iter().map(|f| f(5)).collect::<Vec<_>>());
    let v = vec![a, b, |x| x - 1];
    println!("{:?}", v.iter().map(|f| f(5)).collect::<Vec<_>>());
    let g = if v.len() > 2 { a } else { b };
    println!("{}", g(1));
    let h = match 3 { 1 => |x: i32| x, 2 => |x: i32| x + 1, _ => |x: i32| x * 100 };
    println!("{}", h(3));
    let ops: [(char, fn(i32, i32) -> i32); 2] = [('+', |a, b| a + b), ('-', |a, b| a - b)];
    println!("{:?}", ops.iter().map(|(c, f)| format!("{}{}", c, f(5, 3))).collect::<Vec<_>>());
}
