// Statements of element reads and arithmetic, whose reads share one bounds-checking
// `try` in the Python backend: the panic names the read rustc's does.
use std::panic;

fn dot(a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>, i: usize, j: usize, k: usize) -> f64 {
    let mut s = 0.0;
    for t in 0..k {
        s += a[i][t] * b[t][j];
    }
    s
}

fn pick(v: &Vec<i64>, w: &Vec<usize>, i: usize) -> i64 {
    let x = v[w[i]] * 2 + v[i];
    x
}

fn store(c: &mut Vec<Vec<i64>>, v: &Vec<i64>, i: usize, j: usize) {
    c[i][j] = v[i] * 3 - v[j];
}

fn grow(v: &Vec<u8>, i: usize) -> u8 {
    let y = v[i] + v[i + 1];
    y
}

fn skip_ahead(v: &[u32]) -> u32 {
    let n = v.len();
    let mut s = 0;
    for mut i in 0..n {
        i += 1;
        s += v[i];
    }
    s
}

fn skip_ahead_vec(v: &Vec<u32>) -> u32 {
    let n = v.len();
    let mut s = 0;
    for mut i in 0..n {
        if i % 2 == 1 {
            i += 1;
        }
        s += v[i];
    }
    s
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
    let a = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0]];
    let b = vec![vec![1.0, 0.5], vec![2.0, 1.0], vec![3.0, 1.5]];
    run("dot", || dot(&a, &b, 0, 1, 3).to_string());
    run("dot row", || dot(&a, &b, 2, 0, 3).to_string());
    run("dot inner", || dot(&a, &b, 1, 0, 3).to_string());
    run("dot column", || dot(&a, &b, 0, 2, 3).to_string());
    let v = vec![10, 20, 30];
    run("pick", || pick(&v, &vec![2, 0, 1], 1).to_string());
    run("pick index", || pick(&v, &vec![2, 0], 2).to_string());
    run("pick value", || pick(&v, &vec![5, 0, 1], 0).to_string());
    run("store", || {
        let mut c = vec![vec![0; 3]; 2];
        store(&mut c, &v, 1, 2);
        format!("{:?}", c)
    });
    run("store row", || {
        let mut c = vec![vec![0; 3]; 2];
        store(&mut c, &v, 2, 0);
        format!("{:?}", c)
    });
    run("store read", || {
        let mut c = vec![vec![0; 5]; 2];
        store(&mut c, &v, 1, 4);
        format!("{:?}", c)
    });
    run("grow", || grow(&vec![1, 2, 3], 1).to_string());
    run("grow overflow", || grow(&vec![200, 100, 3], 0).to_string());
    run("grow bounds", || grow(&vec![1, 2, 3], 2).to_string());
    run("mut index", || skip_ahead(&[1, 2, 3]).to_string());
    run("mut index vec", || skip_ahead_vec(&vec![1, 2, 3, 4]).to_string());
}
