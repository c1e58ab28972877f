use std::collections::HashMap;

fn parse_all(input: &str) -> Vec<i64> {
    input.split(',').map(|s| s.trim().parse().unwrap()).collect()
}

fn main() {
    let nums = "1, 2, 3".split(',').map(|s| s.trim().parse().unwrap()).collect();
    println!("{:?}", nums);

    let empty = Vec::new();
    println!("{}", empty.len());

    let total = "4".parse().unwrap() + 1;
    println!("{}", total);

    let mut cache = HashMap::new();
    cache.insert("k", None);

    let x = None;
    println!("{:?} {:?}", parse_all("1,2"), x);
    let squares = (1..4).map(|i| i * i).collect::<Vec<_>>();
    let sum = squares.iter().sum();
    println!("{}", sum);
}
