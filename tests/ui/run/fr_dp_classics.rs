use std::collections::HashMap;

fn lcs(a: &str, b: &str) -> String {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut dp = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            dp[i][j] = if a[i - 1] == b[j - 1] { dp[i - 1][j - 1] + 1 } else { dp[i - 1][j].max(dp[i][j - 1]) };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            out.push(a[i - 1]);
            i -= 1;
            j -= 1;
        } else if dp[i - 1][j] >= dp[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out.iter().rev().collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + (ca != cb) as usize).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn knapsack<'a>(items: &[(&'a str, usize, u64)], cap: usize) -> (u64, Vec<&'a str>) {
    let n = items.len();
    let mut dp = vec![vec![0u64; cap + 1]; n + 1];
    for (i, &(_, w, v)) in items.iter().enumerate() {
        for c in 0..=cap {
            dp[i + 1][c] = dp[i][c];
            if c >= w {
                dp[i + 1][c] = dp[i + 1][c].max(dp[i][c - w] + v);
            }
        }
    }
    let mut chosen = Vec::new();
    let mut c = cap;
    for i in (0..n).rev() {
        if dp[i + 1][c] != dp[i][c] {
            chosen.push(items[i].0);
            c -= items[i].1;
        }
    }
    chosen.reverse();
    (dp[n][cap], chosen)
}

fn coin_ways(coins: &[usize], target: usize) -> u64 {
    let mut ways = vec![0u64; target + 1];
    ways[0] = 1;
    for &c in coins {
        for t in c..=target {
            ways[t] += ways[t - c];
        }
    }
    ways[target]
}

fn min_coins(coins: &[usize], target: usize) -> Option<usize> {
    let mut best = vec![usize::MAX; target + 1];
    best[0] = 0;
    for t in 1..=target {
        for &c in coins {
            if c <= t && best[t - c] != usize::MAX {
                best[t] = best[t].min(best[t - c] + 1);
            }
        }
    }
    (best[target] != usize::MAX).then_some(best[target])
}

fn grid_paths(r: i32, c: i32, blocked: &[(i32, i32)], memo: &mut HashMap<(i32, i32), u64>) -> u64 {
    if r < 0 || c < 0 || blocked.contains(&(r, c)) {
        return 0;
    }
    if (r, c) == (0, 0) {
        return 1;
    }
    if let Some(&v) = memo.get(&(r, c)) {
        return v;
    }
    let v = grid_paths(r - 1, c, blocked, memo) + grid_paths(r, c - 1, blocked, memo);
    memo.insert((r, c), v);
    v
}

fn lis(xs: &[i32]) -> Vec<i32> {
    let mut tails: Vec<i32> = Vec::new();
    let mut idx: Vec<usize> = Vec::new();
    let mut parent = vec![usize::MAX; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let pos = tails.partition_point(|&t| t < x);
        if pos > 0 {
            parent[i] = idx[pos - 1];
        }
        if pos == tails.len() {
            tails.push(x);
            idx.push(i);
        } else {
            tails[pos] = x;
            idx[pos] = i;
        }
    }
    let mut out = Vec::new();
    let mut k = *idx.last().unwrap_or(&usize::MAX);
    while k != usize::MAX {
        out.push(xs[k]);
        k = parent[k];
    }
    out.reverse();
    out
}

fn main() {
    println!("{:?}", lcs("AGGTAB", "GXTXAYB"));
    println!("{:?}", lcs("the quick brown fox", "a quick brown dog"));
    for (a, b) in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")] {
        println!("edit({}, {}) = {}", a, b, edit_distance(a, b));
    }
    let items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)];
    let (v, chosen) = knapsack(&items, 200);
    println!("knapsack value {} with {:?}", v, chosen);
    println!("ways(100) = {}", coin_ways(&[1, 5, 10, 25, 50], 100));
    println!("ways(1000) = {}", coin_ways(&[1, 2, 5, 10, 20, 50, 100, 200], 1000));
    println!("min coins: {:?} {:?}", min_coins(&[1, 5, 12], 16), min_coins(&[4, 6], 7));
    let mut memo = HashMap::new();
    println!("paths 16x16 = {}", grid_paths(16, 16, &[], &mut memo));
    memo.clear();
    println!("paths blocked = {}", grid_paths(5, 5, &[(1, 1), (2, 3), (4, 2)], &mut memo));
    println!("memo size {}", memo.len());
    println!("lis {:?}", lis(&[10, 9, 2, 5, 3, 7, 101, 18, 4, 19]));
    println!("lis {:?}", lis(&[]));
    let fib: Vec<u128> = (0..100).scan((0u128, 1u128), |st, _| { let r = st.0; *st = (st.1, st.0 + st.1); Some(r) }).collect();
    println!("fib(99) = {}", fib[99]);
    let mut catalan = vec![1u64; 1];
    for n in 1..20 {
        let c: u64 = (0..n).map(|i| catalan[i] * catalan[n - 1 - i]).sum();
        catalan.push(c);
    }
    println!("catalan {:?}", &catalan[15..]);
}
