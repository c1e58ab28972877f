// sum and product: the result type given by turbofish, by annotation, or by the return type.
fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn sum_of_squares(limit: u32) -> u32 {
    (1..=limit).map(|x| x * x).sum()
}

fn checked_total(values: &[&str]) -> Option<i64> {
    values.iter().map(|s| s.parse::<i64>().ok()).sum()
}

fn parse_all(values: &[&str]) -> Result<Vec<u8>, std::num::ParseIntError> {
    values.iter().map(|s| s.parse::<u8>()).collect()
}

fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let total: i32 = v.iter().sum();
    let doubled_total = v.iter().map(|x| x * 2).sum::<i32>();
    let product: i64 = v.iter().map(|&x| x as i64).product();
    println!("{} {} {}", total, doubled_total, product);

    println!("{:.3}", mean(&[1.5, 2.5, 4.0]));
    println!("{}", factorial(10));
    println!("{}", sum_of_squares(10));

    let floats = [0.5f32, 0.25, 0.125];
    let s: f32 = floats.iter().sum();
    let p = floats.iter().product::<f32>();
    println!("{} {}", s, p);

    println!("{:?}", checked_total(&["10", "20", "12"]));
    println!("{:?}", checked_total(&["10", "x"]));
    println!("{:?}", parse_all(&["1", "2", "255"]));
    match parse_all(&["1", "256"]) {
        Ok(v) => println!("ok {:?}", v),
        Err(e) => println!("error: {}", e),
    }

    let evens = (0..20).filter(|n| n % 2 == 0);
    let count = evens.clone().count();
    let sum_evens: u16 = evens.sum();
    println!("{} {}", count, sum_evens);

    let lengths = ["a", "bb", "ccc"].iter().map(|s| s.len());
    let n: usize = lengths.sum();
    println!("{}", n);

    let nested = vec![vec![1u8, 2], vec![3], vec![]];
    let inner_sums: Vec<u32> = nested.iter().map(|xs| xs.iter().map(|&x| x as u32).sum()).collect();
    println!("{:?}", inner_sums);
}
