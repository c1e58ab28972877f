// Arithmetic, comparison and compound assignment on references: std has `impl Add<&i32> for
// &i32` and friends, and integer literals next to them take the referenced type.
use std::collections::HashMap;
fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let total: i32 = v.iter().map(|x| x * 2 + 1).sum();
    let maxv = v.iter().fold(0, |m, &x| if x > m { x } else { m });
    let prod: i64 = v.iter().map(|&x| x as i64).product();
    let evens: Vec<_> = v.iter().filter(|x| *x % 2 == 0).collect();
    let odds = v.iter().filter(|&&x| x % 2 == 1).count();
    let neg: Vec<i32> = v.iter().map(|x| -x).collect();
    let s = &v[0] + &v[1] * 2;
    let mut acc = 0;
    for x in &v {
        acc += x;
        acc -= &1;
    }
    let f = vec![1.0, 2.5];
    let mean = f.iter().sum::<f64>() / f.len() as f64;
    let sq: Vec<f64> = f.iter().map(|x| x * x).collect();
    let cmp = f.iter().any(|x| x > &2.0);
    let cmp2 = v.iter().all(|x| *x < 10 && x >= &0);
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let d = dot(&f, &f);
    let m = v.iter().max().unwrap() - v.iter().min().unwrap();
    let r = &7i64 / &-2 + &5 % &3;
    let bits = &0b1010u8 & &0b0110 | 1;
    let sh = &1u32 << 3;
    let t = (1..=4).map(|i| i * i).filter(|i| i % 2 == 0).sum::<u64>();
    let w: u8 = v.iter().map(|&x| x as u8).fold(0, |a, b| a.wrapping_add(b));
    println!("{total} {maxv} {prod} {evens:?} {odds} {neg:?} {s} {acc} {mean} {sq:?} {cmp} {cmp2} {} {d} {m} {r} {bits} {sh} {t} {w}", counts.len());
}
