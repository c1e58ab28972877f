// needless_range_loop with other bounds: `.take(end)` and `.skip(start)`.

const N: usize = 3;

fn constant_end(v: &[i32]) -> i32 {
    let mut s = 0;
    for i in 0..3 {
        s += v[i];
    }
    for i in 0..N {
        s += v[i] * i as i32;
    }
    s
}

fn shifted(v: &[i32], n: usize) -> i32 {
    let mut s = 0;
    for i in 1..v.len() {
        s += v[i];
    }
    for i in 2..n {
        s += v[i];
    }
    s
}

fn writes(v: &mut [i32]) {
    for i in 0..2 {
        v[i] = 1;
    }
}

fn main() {
    let mut m = [0; 2];
    writes(&mut m);
    println!("{} {} {:?}", constant_end(&[1, 2, 3]), shifted(&[1, 2, 3], 2), m);
}
