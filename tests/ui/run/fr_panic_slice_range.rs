fn window_sum(v: &[i64], start: usize, len: usize) -> i64 {
    v[start..start + len].iter().sum()
}

fn main() {
    let v: Vec<i64> = (1..=8).map(|x| x * x).collect();
    println!("{:?}", v);
    for (s, l) in [(0, 3), (2, 4), (5, 3)] {
        println!("sum[{}..{}] = {}", s, s + l, window_sum(&v, s, l));
    }
    let text = "naïve café";
    println!("{}", &text[0..3]);
    println!("{:?}", text.get(0..3));
    println!("{:?}", text.get(2..4));
    println!("{}", window_sum(&v, 6, 5));
}
