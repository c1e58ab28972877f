// Slice elements read once per loop iteration, f64 compound assignments on fields,
// and Vec element writes checked by Python's own index errors.
#[derive(Clone, Copy, Debug)]
struct P { x: f64, v: f64, w: f32 }

struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

fn step(ps: &mut [P], dt: f64) {
    let n = ps.len();
    for i in 0..n {
        for j in (i + 1)..n {
            let d = ps[i].x - ps[j].x;
            ps[i].v -= d * dt;
            ps[j].v += d * dt / 2.0;
            ps[j].w += 0.1;
        }
        ps[i].x += ps[i].v * dt;
    }
}

// The element is replaced inside the loop: each read sees the current one.
fn rotate(ps: &mut [P]) {
    let n = ps.len();
    for i in 0..n {
        let last = ps[n - 1];
        ps[n - 1] = ps[i];
        ps[i] = last;
        ps[i].x *= 2.0;
    }
}

// Swapped through the slice's own method inside the loop.
fn swapping(ps: &mut [P]) -> f64 {
    let n = ps.len();
    let mut acc = 0.0;
    for i in 0..n {
        acc += ps[i].x;
        ps.swap(i, n - 1 - i);
        acc -= ps[i].x * 0.5;
    }
    acc
}

// Rows of a shared `&Vec<Vec<_>>` read once per iteration; their own bounds still checked.
fn row_sums(m: &Vec<Vec<i64>>, weights: &Vec<i64>) -> Vec<i64> {
    let n = m.len();
    let mut out = Vec::new();
    for i in 0..n {
        let mut s = 0;
        for j in 0..m[i].len() {
            s += m[i][j] * weights[j];
        }
        out.push(s + m[i][0]);
    }
    out
}

fn main() {
    let m = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    println!("{:?}", row_sums(&m, &vec![10, 100, 1000]));
    let short = std::panic::catch_unwind(|| row_sums(&m, &vec![1, 1]));
    let empty = std::panic::catch_unwind(|| row_sums(&vec![vec![1], vec![]], &vec![1]));
    println!("{} {}", short.is_err(), empty.is_err());

    let mut ps = vec![
        P { x: 1.0, v: 0.5, w: 0.0 },
        P { x: -2.0, v: 0.0, w: 1.5 },
        P { x: 4.5, v: -1.0, w: 2.25 },
    ];
    for _ in 0..3 {
        step(&mut ps, 0.1);
    }
    println!("{:?}", ps);
    rotate(&mut ps);
    println!("{:?}", ps);
    println!("{}", swapping(&mut ps));

    // Copies of elements are copies.
    let mut copy = ps[0];
    copy.x += 100.0;
    println!("{} {}", copy.x, ps[0].x);

    // Vec writes: in bounds, nested indices, owned values replaced (the old one dropped).
    let mut v = vec![0usize; 5];
    let idx = vec![4usize, 0, 3];
    for k in 0..3 {
        v[idx[k]] = k + 10;
        v[k] += v[idx[k]];
    }
    println!("{:?}", v);
    let mut owned = vec![Noisy(1), Noisy(2)];
    let fresh = Noisy(3);
    owned[0] = fresh;
    println!("replaced");

    // A write past the end panics at the index, after the value was computed.
    let r = std::panic::catch_unwind(move || {
        let mut w = vec![1.5f64; 3];
        let at = w.len() + 1;
        w[at] = w[0] * 2.0;
    });
    println!("{}", r.is_err());
    let mut w = vec![0u8; 2];
    let at = 7;
    w[at] = 3;
    println!("unreachable {:?} {}", w, owned.len());
}
