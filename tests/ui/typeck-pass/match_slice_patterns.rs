// Slice patterns: fixed length, rest with binding, first/last, on arrays, slices and Vec.
fn describe(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("one: {}", x),
        [a, b] => format!("two: {} {}", a, b),
        [first, .., last] if first == last => format!("same ends {}", first),
        [first, middle @ .., last] => format!("{} [{} in middle] {}", first, middle.len(), last),
    }
}

fn sum(xs: &[i64]) -> i64 {
    match xs {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn command(args: &[&str]) -> String {
    match args {
        ["get", key] => format!("GET {}", key),
        ["set", key, value] => format!("SET {}={}", key, value),
        ["del", keys @ ..] if !keys.is_empty() => format!("DEL {}", keys.join(",")),
        [cmd, ..] => format!("unknown {}", cmd),
        [] => "nothing".to_string(),
    }
}

fn main() {
    for v in [vec![], vec![1], vec![1, 2], vec![5, 0, 5], vec![1, 2, 3, 4]] {
        println!("{}", describe(&v));
    }
    println!("{}", sum(&[1, 2, 3, 4, 5]));

    let inputs: [&[&str]; 5] = [&["get", "a"], &["set", "b", "2"], &["del", "x", "y"], &["del"], &[]];
    for args in inputs {
        println!("{}", command(args));
    }

    let rgb = [255u8, 128, 0];
    let [r, g, b] = rgb;
    println!("{} {} {}", r, g, b);

    let arr = [1, 2, 3, 4, 5, 6];
    if let [a, b, rest @ ..] = arr {
        println!("{} {} {:?}", a, b, rest);
    }
    if let [.., y, z] = &arr[..] {
        println!("{} {}", y, z);
    }

    let words = vec![String::from("alpha"), String::from("beta")];
    match words.as_slice() {
        [first, ..] => println!("first is {}", first),
        [] => println!("none"),
    }

    let bytes = b"GET /index";
    match bytes {
        [b'G', b'E', b'T', b' ', path @ ..] => println!("path {}", String::from_utf8_lossy(path)),
        _ => println!("not a GET"),
    }
}
