// Index and IndexMut for a 2D grid addressed by (row, col) tuples and by row number.
use std::ops::{Index, IndexMut};

#[derive(Debug, Clone, PartialEq)]
struct Grid<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Clone> Grid<T> {
    fn filled(rows: usize, cols: usize, v: T) -> Self {
        Grid { rows, cols, data: vec![v; rows * cols] }
    }
}

impl<T> Index<(usize, usize)> for Grid<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T {
        assert!(r < self.rows && c < self.cols, "cell ({}, {}) out of range", r, c);
        &self.data[r * self.cols + c]
    }
}

impl<T> IndexMut<(usize, usize)> for Grid<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T {
        assert!(r < self.rows && c < self.cols, "cell ({}, {}) out of range", r, c);
        &mut self.data[r * self.cols + c]
    }
}

impl<T> Index<usize> for Grid<T> {
    type Output = [T];
    fn index(&self, r: usize) -> &[T] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
}

impl<T> IndexMut<usize> for Grid<T> {
    fn index_mut(&mut self, r: usize) -> &mut [T] {
        &mut self.data[r * self.cols..(r + 1) * self.cols]
    }
}

struct Sparse {
    entries: Vec<(u32, f64)>,
    zero: f64,
}

impl Index<u32> for Sparse {
    type Output = f64;
    fn index(&self, i: u32) -> &f64 {
        self.entries.iter().find(|e| e.0 == i).map(|e| &e.1).unwrap_or(&self.zero)
    }
}

fn main() {
    let mut g = Grid::filled(3, 4, '.');
    g[(0, 0)] = '#';
    g[(1, 2)] = '@';
    g[2][3] = '$';
    for c in g[1].iter_mut().take(2) {
        *c = '~';
    }
    for r in 0..g.rows {
        println!("{}", g[r].iter().collect::<String>());
    }
    println!("g[(1,2)] = {}", g[(1, 2)]);

    let mut counts = Grid::filled(2, 2, 0u32);
    for (r, c) in [(0, 0), (1, 1), (0, 0), (1, 0)] {
        counts[(r, c)] += 1;
    }
    println!("{:?}", counts.data);
    println!("row sums: {} {}", counts[0].iter().sum::<u32>(), counts[1].iter().sum::<u32>());

    let s = Sparse { entries: vec![(3, 1.5), (10, -2.0)], zero: 0.0 };
    println!("s[3]={} s[4]={} s[10]={}", s[3], s[4], s[10]);

    println!("about to read out of range");
    let bad = g[(5, 0)];
    println!("unreachable {}", bad);
}
