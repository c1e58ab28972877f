// AoC-style: parse movement instructions, simulate a rope, count visited cells and
// checksum a report of numbers with iterator arithmetic on references.
use std::collections::{HashMap, HashSet};

const MOVES: &str = "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2\nU 7\nL 9\nD 3\nR 11";
const REPORT: &str = "7 6 4 2 1\n1 2 7 8 9\n9 7 6 2 1\n1 3 2 4 5\n8 6 4 4 1\n1 3 6 7 9\n40 43 44 47 48 49 52 55";

fn follow(head: (i32, i32), tail: (i32, i32)) -> (i32, i32) {
    let (dx, dy) = (head.0 - tail.0, head.1 - tail.1);
    if dx.abs() <= 1 && dy.abs() <= 1 {
        tail
    } else {
        (tail.0 + dx.signum(), tail.1 + dy.signum())
    }
}

fn simulate(moves: &str, knots: usize) -> usize {
    let mut rope = vec![(0i32, 0i32); knots];
    let mut seen = HashSet::new();
    seen.insert((0, 0));
    for line in moves.lines() {
        let (dir, n) = line.split_once(' ').unwrap();
        let n: u32 = n.parse().unwrap();
        let (dx, dy) = match dir {
            "R" => (1, 0),
            "L" => (-1, 0),
            "U" => (0, 1),
            "D" => (0, -1),
            _ => unreachable!(),
        };
        for _ in 0..n {
            rope[0].0 += dx;
            rope[0].1 += dy;
            for k in 1..knots {
                rope[k] = follow(rope[k - 1], rope[k]);
            }
            seen.insert(rope[knots - 1]);
        }
    }
    seen.len()
}

fn safe(levels: &[i64]) -> bool {
    let diffs: Vec<i64> = levels.windows(2).map(|w| w[1] - w[0]).collect();
    let inc = diffs.iter().all(|d| (1..=3).contains(d));
    let dec = diffs.iter().all(|d| (-3..=-1).contains(d));
    inc || dec
}

fn safe_dampened(levels: &[i64]) -> bool {
    safe(levels)
        || (0..levels.len()).any(|skip| {
            let v: Vec<i64> = levels.iter().enumerate().filter(|&(i, _)| i != skip).map(|(_, &x)| x).collect();
            safe(&v)
        })
}

fn main() {
    println!("2 knots: {}", simulate(MOVES, 2));
    println!("10 knots: {}", simulate(MOVES, 10));
    let reports: Vec<Vec<i64>> = REPORT.lines().map(|l| l.split_whitespace().map(|x| x.parse().unwrap()).collect()).collect();
    println!("safe: {}", reports.iter().filter(|r| safe(r)).count());
    println!("dampened: {}", reports.iter().filter(|r| safe_dampened(r)).count());
    let mut checksum = 0;
    for r in &reports {
        for x in r {
            checksum += x;
        }
    }
    println!("checksum {} ({} bits)", checksum, 64 - checksum.leading_zeros());
    let mods: Vec<i64> = reports[6].iter().map(|x| (x % 7).pow(2)).collect();
    println!("{:?}", mods);
    let spread = reports.iter().map(|r| (r.iter().max().unwrap() - r.iter().min().unwrap()).abs()).max().unwrap();
    println!("max spread {}", spread);
    let mut freq: HashMap<i64, usize> = HashMap::new();
    for x in reports.iter().flatten() {
        *freq.entry(x % 5).or_default() += 1;
    }
    let mut f: Vec<_> = freq.into_iter().collect();
    f.sort_unstable();
    println!("{:?}", f);
    let weighted: i64 = reports[0].iter().zip(1..).map(|(a, b)| a * b).sum();
    let ratios: Vec<f64> = reports[1].iter().map(|&x| x as f64).zip(reports[2].iter().map(|&x| x as f64)).map(|(a, b)| (a / b * 100.0).round() / 100.0).collect();
    println!("{} {:?}", weighted, ratios);
    let min_gap = [3, 9, 4, 15].iter().enumerate().min_by(|a, b| (a.1 % 4).cmp(&(b.1 % 4))).map(|(i, v)| (i, *v));
    println!("{:?}", min_gap);
}
