// Indexing a `&mut [T]` in nested loops, f64 division and sqrt edge cases, then an index out of bounds.
#[derive(Clone, Copy)]
struct B { x: f64, m: f64 }

fn adv(b: &mut [B], k: usize) -> f64 {
    let n = b.len();
    let mut s = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let dx = b[i].x - b[j].x;
            b[j].m += dx / 2.0;
            s += dx.sqrt() + (-dx).sqrt() + b[i].m / 0.0;
        }
    }
    s + b[k].x
}

fn main() {
    let mut v = vec![B { x: 1.0, m: 2.0 }, B { x: 4.0, m: 0.5 }, B { x: -2.0, m: 1.0 }];
    println!("{}", adv(&mut v, 1));
    println!("{} {} {}", (-0.0f64).sqrt(), 0.0f64 / 0.0, -1.0f64 / 0.0);
    println!("{}", adv(&mut v, 7));
}
