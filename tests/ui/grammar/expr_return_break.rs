// `return` and `break` with and without values, in functions, closures and loops.
// Both have type `!`, so they can appear wherever any value is expected.

fn find_index(haystack: &[i32], needle: i32) -> Option<usize> {
    for (i, &v) in haystack.iter().enumerate() {
        if v == needle {
            return Some(i);
        }
    }
    None
}

fn log_positive(n: i32) {
    if n <= 0 {
        println!("skipping {}", n);
        return;
    }
    println!("logging {}", n);
}

fn classify(n: i32) -> &'static str {
    let kind = match n {
        0 => return "zero",
        x if x < 0 => "negative",
        _ => "positive",
    };
    if n > 1000 {
        return "huge";
    }
    kind
}

fn first_square_over(limit: u64) -> u64 {
    let mut i = 0;
    loop {
        i += 1;
        if i * i > limit {
            break i * i;
        }
    }
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    println!("index of 16: {:?}", find_index(&data, 16));
    println!("index of 7: {:?}", find_index(&data, 7));

    log_positive(5);
    log_positive(-3);

    for n in [0, -5, 12, 5000] {
        println!("{} is {}", n, classify(n));
    }

    println!("first square over 50: {}", first_square_over(50));

    // break without a value in while/for
    let mut collected = Vec::new();
    for v in data {
        if v > 20 {
            break;
        }
        collected.push(v);
    }
    println!("collected before 20: {:?}", collected);

    // return inside a closure returns only from the closure
    let safe_div = |a: i32, b: i32| -> Option<i32> {
        if b == 0 {
            return None;
        }
        Some(a / b)
    };
    println!("10/2 = {:?}, 1/0 = {:?}", safe_div(10, 2), safe_div(1, 0));

    // break as a value of type ! inside an expression
    let mut attempts = 0;
    let value = loop {
        attempts += 1;
        let candidate = attempts * 7;
        let checked: i32 = if candidate % 5 == 0 { break candidate } else { candidate };
        println!("rejected {}", checked);
    };
    println!("accepted {} after {} attempts", value, attempts);

    let unit_loop: () = loop {
        break;
    };
    println!("loop with bare break gives {:?}", unit_loop);
}
