fn main() {
    'outer: for i in 0..10 { 'inner: for j in 0..10 { if i * j > 20 { break 'outer; } if j % 2 == 0 { continue 'inner; } } }
    let mut n = 0;
    while n < 10 { n += 1; }
    while let Some(x) = stack.pop() { println!("{}", x); }
    loop { break; }
    let v = loop { if n > 100 { break n * 2; } n += 1; };
    let r = 'block: { if n > 5 { break 'block 1; } 2 };
    for (i, (a, b)) in pairs.iter().enumerate() { total += a * b + i; }
    for _ in 0..very_long_upper_bound_expression_name_that_is_long + another_long_term_here_too {}
    'a: loop { 'b: while true { break 'a } }
}
