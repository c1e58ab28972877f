fn f(a: i32, b: bool) -> i32 {
    let x = if b { 1 } else { 2 };
    let y = if a > 10 { a * 2 } else if a > 5 { a * 3 } else { a * 4 };
    let z = if some_long_condition_name && another_long_condition { first_value } else { second_value };
    if a == 1 { return 1; }
    if b {
        println!("yes");
    } else if a == 2 { println!("two"); } else {
        println!("no");
    }
    let w = if let Some(v) = opt { v } else { 0 };
    while let Some(top) = stack.pop() { process(top); }
    for (i, item) in items.iter().enumerate() { if i > 3 { break; } }
    loop { if done() { break } }
    'outer: for i in 0..10 { for j in 0..10 { if i * j > 20 { break 'outer; } } }
    if x { } else { }
    a
}
