// Tuples as multiple return values, swaps, zipping/unzipping, and a
// simple 2D physics step using tuple arithmetic helpers.

type Vec2 = (f64, f64);

fn add(a: Vec2, b: Vec2) -> Vec2 {
    (a.0 + b.0, a.1 + b.1)
}

fn scale(v: Vec2, k: f64) -> Vec2 {
    (v.0 * k, v.1 * k)
}

fn div_rem(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn stats(xs: &[f64]) -> (f64, f64, usize) {
    let min = xs.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    (min, max, xs.len())
}

fn extended_gcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = extended_gcd(b, a % b);
        (g, y, x - (a / b) * y)
    }
}

fn main() {
    for (a, b) in [(17, 5), (-17, 5), (17, -5), (100, 7)] {
        let (q, r) = div_rem(a, b);
        println!("{} = {} * {} + {}", a, b, q, r);
    }

    let (min, max, n) = stats(&[2.5, -1.0, 8.75, 3.0]);
    println!("min {} max {} n {}", min, max, n);

    let (g, x, y) = extended_gcd(240, 46);
    println!("gcd(240, 46) = {} = 240*{} + 46*{}", g, x, y);

    let mut pair = ("first", "second");
    pair = (pair.1, pair.0);
    println!("swapped: {:?}", pair);
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("mem::swap: a={} b={}", a, b);

    // projectile motion with tuple vectors
    let mut pos: Vec2 = (0.0, 0.0);
    let mut vel: Vec2 = (4.0, 10.0);
    let gravity: Vec2 = (0.0, -9.8);
    let dt = 0.25;
    let mut step = 0;
    while pos.1 >= 0.0 {
        step += 1;
        vel = add(vel, scale(gravity, dt));
        pos = add(pos, scale(vel, dt));
        println!("step {} pos ({:.3}, {:.3})", step, pos.0, pos.1);
    }

    let pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let (numbers, letters): (Vec<i32>, Vec<char>) = pairs.iter().cloned().unzip();
    println!("unzipped {:?} {:?}", numbers, letters);
    let rezipped: Vec<(char, i32)> = letters.into_iter().zip(numbers).collect();
    println!("rezipped {:?}", rezipped);

    let nested: ((i32, i32), (i32, i32)) = ((1, 2), (3, 4));
    let ((a1, b1), (c1, d1)) = nested;
    println!("det = {}", a1 * d1 - b1 * c1);
    println!("unit tuple: {:?}, tuple equality: {}", (), (1, "x") == (1, "x"));
}
