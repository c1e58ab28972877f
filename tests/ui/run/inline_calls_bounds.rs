// Calls the Python backend inlines, bounds checks it proves unnecessary, `for` loops over
// written ranges and values of `if`/`match` returned from their branches: effects in
// rustc's order, panics at rustc's locations.
use std::panic;

fn trace(name: &str, v: i32) -> i32 {
    println!("  eval {} = {}", name, v);
    v
}

fn second(_a: i32, b: i32) -> i32 {
    b
}

fn twice(x: i32) -> i32 {
    x + x
}

fn first(v: &[i32]) -> i32 {
    v[0]
}

fn sum_slice(v: &[i64]) -> i64 {
    let n = v.len();
    let mut s = 0;
    for i in 0..n {
        s += v[i];
    }
    s
}

fn sum_past_end(v: &[i64]) -> i64 {
    let n = v.len();
    let mut s = 0;
    for i in 0..n {
        s += v[i + 1];
    }
    s
}

fn sum_vec(v: &Vec<f64>, m: usize) -> f64 {
    let n = v.len();
    let mut s = 0.0;
    for i in 0..n {
        s += v[i];
    }
    for i in 0..m {
        s += v[i];
    }
    s
}

fn scale(v: &mut [f64], k: f64) {
    let n = v.len();
    for i in 0..n {
        v[i] *= k;
    }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        x if x % 2 == 0 => {
            if x > 100 { "big even" } else { "even" }
        }
        _ => "odd",
    }
}

fn tail_if(x: u32) -> u32 {
    let y = if x > 10 { x - 10 } else if x > 5 { x * 2 } else { trace("tail", x as i32) as u32 };
    if y % 2 == 0 { y / 2 } else { y }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

enum Tree {
    Leaf(Noisy),
    Node(Box<Tree>, Box<Tree>),
}

fn check(t: &Tree) -> u32 {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + check(l) + check(r),
    }
}

fn run(name: &str, f: impl FnOnce() -> String + panic::UnwindSafe) {
    match panic::catch_unwind(f) {
        Ok(v) => println!("{}: {}", name, v),
        Err(_) => println!("{}: panicked", name),
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let loc = info.location().unwrap();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        println!("  panic at {}:{}: {}", loc.line(), loc.column(), msg);
    }));
    run("second", || second(trace("a", 1), trace("b", 2)).to_string());
    run("twice", || twice(trace("x", 21)).to_string());
    run("first", || first(&[7, 8]).to_string());
    run("first empty", || first(&[]).to_string());
    run("sum slice", || sum_slice(&[1, 2, 3, 4]).to_string());
    run("sum sub-slice", || sum_slice(&[1, 2, 3, 4][1..3]).to_string());
    run("past end", || sum_past_end(&[1, 2, 3]).to_string());
    run("sum vec", || sum_vec(&vec![0.5, 1.5], 2).to_string());
    run("sum vec past end", || sum_vec(&vec![0.5, 1.5], 3).to_string());
    run("scale", || {
        let mut v = [1.0, 2.0, 3.0, 4.0];
        scale(&mut v[1..3], 0.5);
        format!("{:?}", v)
    });
    run("ranges", || {
        let mut out = Vec::new();
        for i in trace("start", 3)..trace("end", 6) {
            out.push(i);
        }
        for i in 5..2 {
            out.push(i);
        }
        for i in (0..3).rev() {
            out.push(i * 10);
        }
        format!("{:?}", out)
    });
    run("labels", || {
        let mut found = (0, 0);
        'outer: for i in 0..10 {
            for j in i..10 {
                if i * j == 42 {
                    found = (i, j);
                    break 'outer;
                }
            }
        }
        format!("{:?}", found)
    });
    run("classify", || [-5, 0, 4, 200, 7].iter().map(|&n| classify(n)).collect::<Vec<_>>().join(" "));
    run("tail if", || format!("{} {} {}", tail_if(30), tail_if(7), tail_if(3)));
    run("closures", || {
        let v = vec![1i64, 2, 3, 4, 5];
        let mut calls = 0;
        let total: i64 = v.iter().map(|x| {
            calls += 1;
            x * 2
        }).sum();
        let mut seen = Vec::new();
        let evens = v.iter().filter(|&&x| {
            seen.push(x);
            x % 2 == 0
        }).count();
        format!("{} {} {} {:?}", total, calls, evens, seen)
    });
    run("f32", || {
        let mut x = 0.1f32;
        for _ in 0..10 {
            x = x * 1.1 + 0.3;
        }
        let y = x / 3.0 - 0.1;
        format!("{} {} {}", x, y, (x as f64) * 1.1)
    });
    run("tree", || {
        let t = Tree::Node(
            Box::new(Tree::Node(Box::new(Tree::Leaf(Noisy("a"))), Box::new(Tree::Leaf(Noisy("b"))))),
            Box::new(Tree::Leaf(Noisy("c"))),
        );
        let n = check(&t);
        drop(t);
        n.to_string()
    });
}
