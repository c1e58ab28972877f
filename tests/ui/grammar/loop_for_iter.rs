// `for` loops over arrays, vectors, references, mutable references,
// enumerate/zip/chain/windows, strings and maps with deterministic order.

use std::collections::BTreeMap;

fn main() {
    let temps = [18.5, 21.0, 19.25, 23.75, 22.0];
    let mut total = 0.0;
    for t in temps {
        total += t;
    }
    println!("average temp {:.2}", total / temps.len() as f64);

    let mut readings = vec![3, 8, 2, 9, 4];
    for r in &mut readings {
        *r *= 10;
    }
    for (i, r) in readings.iter().enumerate() {
        print!("{}{}", if i > 0 { ", " } else { "" }, r);
    }
    println!();

    let names = ["ann", "ben", "cat"];
    let ages = [31, 25, 40];
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{} is {}", name, age);
    }

    for x in [1, 2].iter().chain([7, 8].iter()).rev() {
        print!("{} ", x);
    }
    println!();

    for pair in readings.windows(2) {
        let trend = if pair[1] > pair[0] { "up" } else { "down" };
        print!("{} ", trend);
    }
    println!();

    for chunk in [1, 2, 3, 4, 5, 6, 7].chunks(3) {
        println!("chunk {:?} sum {}", chunk, chunk.iter().sum::<i32>());
    }

    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for word in text.split(' ') {
        *freq.entry(word).or_insert(0) += 1;
    }
    for (word, count) in &freq {
        if *count > 1 {
            println!("{:?} appears {} times", word, count);
        }
    }
    let mut letters = BTreeMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        *letters.entry(c).or_insert(0u32) += 1;
    }
    let top: Vec<(char, u32)> = {
        let mut v: Vec<(char, u32)> = letters.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(3).collect()
    };
    println!("top letters: {:?}", top);

    for (i, c) in "héllo".char_indices() {
        print!("[{} {}] ", i, c);
    }
    println!();

    // the loop variable can be a pattern
    let points = vec![(1, 2), (3, 4), (-5, 6)];
    for &(x, y) in &points {
        print!("{} ", x * y);
    }
    println!();
    for (idx, (x, _)) in points.into_iter().enumerate() {
        print!("{}:{} ", idx, x);
    }
    println!();

    let mut count_down = Vec::new();
    for _ in 0..3 {
        count_down.push(count_down.len());
    }
    println!("{:?}", count_down);
}
