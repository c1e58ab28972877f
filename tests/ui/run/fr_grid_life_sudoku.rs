use std::collections::HashSet;
use std::fmt;

#[derive(Clone, PartialEq)]
struct Life {
    w: usize,
    h: usize,
    cells: Vec<bool>,
}

impl Life {
    fn parse(s: &str) -> Life {
        let rows: Vec<&str> = s.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let h = rows.len();
        let w = rows[0].len();
        let cells = rows.iter().flat_map(|r| r.chars().map(|c| c == '#')).collect();
        Life { w, h, cells }
    }
    fn alive(&self, r: i64, c: i64) -> bool {
        let r = r.rem_euclid(self.h as i64) as usize;
        let c = c.rem_euclid(self.w as i64) as usize;
        self.cells[r * self.w + c]
    }
    fn step(&self) -> Life {
        let mut next = self.clone();
        for r in 0..self.h {
            for c in 0..self.w {
                let n = (-1..=1i64)
                    .flat_map(|dr| (-1..=1i64).map(move |dc| (dr, dc)))
                    .filter(|&(dr, dc)| (dr, dc) != (0, 0) && self.alive(r as i64 + dr, c as i64 + dc))
                    .count();
                let a = self.cells[r * self.w + c];
                next.cells[r * self.w + c] = matches!((a, n), (true, 2) | (true, 3) | (false, 3));
            }
        }
        next
    }
    fn population(&self) -> usize {
        self.cells.iter().filter(|&&b| b).count()
    }
}

impl fmt::Display for Life {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in self.cells.chunks(self.w) {
            let line: String = row.iter().map(|&b| if b { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

type Board = [[u8; 9]; 9];

fn candidates(b: &Board, r: usize, c: usize) -> Vec<u8> {
    let mut used = [false; 10];
    for i in 0..9 {
        used[b[r][i] as usize] = true;
        used[b[i][c] as usize] = true;
    }
    let (br, bc) = (r / 3 * 3, c / 3 * 3);
    for row in &b[br..br + 3] {
        for &v in &row[bc..bc + 3] {
            used[v as usize] = true;
        }
    }
    (1..=9).filter(|&d| !used[d as usize]).collect()
}

fn solve(b: &mut Board, steps: &mut u32) -> bool {
    *steps += 1;
    let mut best: Option<(usize, usize, Vec<u8>)> = None;
    for r in 0..9 {
        for c in 0..9 {
            if b[r][c] == 0 {
                let cand = candidates(b, r, c);
                if best.as_ref().map_or(true, |(_, _, bc)| cand.len() < bc.len()) {
                    best = Some((r, c, cand));
                }
            }
        }
    }
    let Some((r, c, cand)) = best else { return true };
    for d in cand {
        b[r][c] = d;
        if solve(b, steps) {
            return true;
        }
    }
    b[r][c] = 0;
    false
}

fn n_queens(n: usize) -> (usize, Option<Vec<usize>>) {
    fn go(row: usize, n: usize, cols: &mut Vec<usize>, used: &mut HashSet<(char, i64)>, count: &mut usize, first: &mut Option<Vec<usize>>) {
        if row == n {
            *count += 1;
            if first.is_none() {
                *first = Some(cols.clone());
            }
            return;
        }
        for c in 0..n {
            let keys = [('c', c as i64), ('d', row as i64 - c as i64), ('a', (row + c) as i64)];
            if keys.iter().any(|k| used.contains(k)) {
                continue;
            }
            keys.iter().for_each(|k| { used.insert(*k); });
            cols.push(c);
            go(row + 1, n, cols, used, count, first);
            cols.pop();
            for k in &keys {
                used.remove(k);
            }
        }
    }
    let mut count = 0;
    let mut first = None;
    go(0, n, &mut Vec::new(), &mut HashSet::new(), &mut count, &mut first);
    (count, first)
}

fn main() {
    let mut g = Life::parse(
        "
        ..........
        ...#......
        ....#.....
        ..###.....
        ..........
        ..........
        ......##..
        ......##..
        ",
    );
    for gen in 0..4 {
        println!("gen {} pop {}", gen, g.population());
        g = g.step();
    }
    print!("{}", g);
    let start = g.clone();
    let mut period = 0;
    for i in 1..=40 {
        g = g.step();
        if g == start {
            period = i;
            break;
        }
    }
    println!("period {}", period);

    let puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
    let mut b: Board = [[0; 9]; 9];
    for (i, ch) in puzzle.chars().enumerate() {
        b[i / 9][i % 9] = ch.to_digit(10).unwrap() as u8;
    }
    let mut steps = 0;
    let ok = solve(&mut b, &mut steps);
    println!("solved={} steps={}", ok, steps);
    for row in b.iter() {
        println!("{}", row.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" "));
    }
    let valid = (0..9).all(|i| {
        let row: HashSet<u8> = b[i].iter().copied().collect();
        let col: HashSet<u8> = (0..9).map(|r| b[r][i]).collect();
        row.len() == 9 && col.len() == 9
    });
    println!("valid {}", valid);
    for n in [4, 5, 6, 8] {
        let (count, first) = n_queens(n);
        println!("{}-queens: {} solutions, first {:?}", n, count, first);
    }
}
