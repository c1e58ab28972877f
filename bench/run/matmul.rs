// Nested loops over Vec<Vec<f64>> and Vec<i64>: matrix multiplication.
fn matmul(a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut c = vec![vec![0.0; m]; n];
    for i in 0..n {
        for j in 0..m {
            let mut s = 0.0;
            for t in 0..k {
                s += a[i][t] * b[t][j];
            }
            c[i][j] = s;
        }
    }
    c
}

fn main() {
    let n = 150;
    let a: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| ((i * j) % 7) as f64 + 0.5).collect()).collect();
    let b: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| ((i + j) % 5) as f64 - 1.0).collect()).collect();
    let c = matmul(&a, &b);
    let trace: f64 = (0..n).map(|i| c[i][i]).sum();
    let mut ints = vec![0i64; n * n];
    for i in 0..n {
        for j in 0..n {
            ints[i * n + j] = (c[i][j] as i64) * 3 - 1;
        }
    }
    let total: i64 = ints.iter().sum();
    println!("{:.1} {}", trace, total);
}
