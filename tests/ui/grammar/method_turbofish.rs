// Turbofish on methods and functions: collect::<Vec<_>>(), parse::<i32>(),
// sum::<u64>(), "5".parse::<u8>(), generic fn calls and type-relative paths.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn convert<T: From<u8>>(b: u8) -> T {
    T::from(b)
}

fn main() {
    let csv = "4,8,15,16,23,42";
    let nums = csv.split(',').map(|s| s.parse::<i32>().unwrap()).collect::<Vec<_>>();
    println!("nums = {:?}", nums);

    let total = nums.iter().map(|&n| n as u64).sum::<u64>();
    let product = nums.iter().take(3).product::<i32>();
    println!("total = {}, product of first three = {}", total, product);

    println!("\"5\".parse::<u8>() = {:?}", "5".parse::<u8>());
    println!("\"300\".parse::<u8>().is_err() = {:?}", "300".parse::<u8>().is_err());
    println!("\"-7\".parse::<i64>() = {:?}", "-7".parse::<i64>());
    println!("\"2.5\".parse::<f32>() = {:?}", "2.5".parse::<f32>());
    println!("\"true\".parse::<bool>() = {:?}", "true".parse::<bool>());
    println!("\"x\".parse::<char>() = {:?}", "x".parse::<char>());

    let uniq = "mississippi".chars().collect::<BTreeSet<char>>();
    println!("unique letters = {:?}", uniq);
    let joined = uniq.iter().map(char::to_string).collect::<Vec<String>>().concat();
    println!("joined = {}", joined);

    let counts = "mississippi".chars().fold(BTreeMap::<char, usize>::new(), |mut m, c| {
        *m.entry(c).or_default() += 1;
        m
    });
    println!("counts = {:?}", counts);

    let queue = (1..=4).collect::<VecDeque<_>>();
    println!("queue = {:?}", queue);
    let text = vec!['r', 'u', 's', 't'].into_iter().rev().collect::<String>();
    println!("reversed = {}", text);

    println!("largest::<f64> = {}", largest::<f64>(&[1.5, -2.0, 9.25]));
    println!("largest::<char> = {}", largest::<char>(&['q', 'z', 'a']));
    let as_u32 = convert::<u32>(200);
    let as_f64 = convert::<f64>(7);
    println!("convert::<u32> = {}, convert::<f64> = {}", as_u32, as_f64);

    let empty = Vec::<i32>::new();
    let with_cap = Vec::<u8>::with_capacity(16);
    println!("empty len {} capacity >= 16: {}", empty.len(), with_cap.capacity() >= 16);
    let size = std::mem::size_of::<(u8, u32)>();
    println!("size_of::<(u8, u32)>() = {}", size);
    let parsed: Result<Vec<i32>, _> = "1 2 x 4".split(' ').map(str::parse::<i32>).collect();
    println!("all parsed: {}", parsed.is_ok());
    let max = i32::max(3, 9);
    let abs = i64::abs(-12);
    let min_of = <u8 as Ord>::min(4, 2);
    println!("i32::max {} i64::abs {} <u8 as Ord>::min {}", max, abs, min_of);
    let default_pair = <(i32, String)>::default();
    println!("default pair {:?}", default_pair);
}
