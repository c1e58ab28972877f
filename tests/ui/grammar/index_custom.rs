// Custom Index and IndexMut implementations: a 2D grid indexed by (row, col)
// tuples, a sparse vector indexed by usize with a default, and a string-keyed
// register file, all used through `a[i]` syntax and compound assignment.

use std::ops::{Index, IndexMut};

struct Grid<T> {
    w: usize,
    h: usize,
    cells: Vec<T>,
}

impl<T: Clone> Grid<T> {
    fn new(w: usize, h: usize, fill: T) -> Self {
        Grid { w, h, cells: vec![fill; w * h] }
    }
}

impl<T> Index<(usize, usize)> for Grid<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T {
        assert!(r < self.h && c < self.w, "cell ({}, {}) outside {}x{}", r, c, self.h, self.w);
        &self.cells[r * self.w + c]
    }
}

impl<T> IndexMut<(usize, usize)> for Grid<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T {
        &mut self.cells[r * self.w + c]
    }
}

struct Registers {
    names: [&'static str; 4],
    values: [i32; 4],
}

impl Index<&str> for Registers {
    type Output = i32;
    fn index(&self, name: &str) -> &i32 {
        let i = self.names.iter().position(|n| *n == name).expect("no such register");
        &self.values[i]
    }
}

impl IndexMut<&str> for Registers {
    fn index_mut(&mut self, name: &str) -> &mut i32 {
        let i = self.names.iter().position(|n| *n == name).expect("no such register");
        &mut self.values[i]
    }
}

fn main() {
    let mut g = Grid::new(5, 3, 0u32);
    for r in 0..g.h {
        for c in 0..g.w {
            g[(r, c)] = (r * 10 + c) as u32;
        }
    }
    g[(1, 1)] *= 100;
    g[(2, 4)] += 1000;
    for r in 0..g.h {
        let row: Vec<String> = (0..g.w).map(|c| format!("{:>5}", g[(r, c)])).collect();
        println!("{}", row.join(""));
    }
    let diag: u32 = (0..3).map(|i| g[(i, i)]).sum();
    println!("diagonal sum {}", diag);

    let mut chars = Grid::new(4, 2, '.');
    chars[(0, 3)] = '#';
    chars[(1, 0)] = '@';
    for r in 0..2 {
        let s: String = (0..4).map(|c| chars[(r, c)]).collect();
        println!("{}", s);
    }

    let mut regs = Registers { names: ["ax", "bx", "cx", "dx"], values: [0; 4] };
    regs["ax"] = 7;
    regs["bx"] = regs["ax"] * 6;
    regs["cx"] -= 5;
    regs["dx"] = regs["bx"] - regs["cx"];
    for name in regs.names {
        println!("{} = {}", name, regs[name]);
    }

    // built-in index on nested collections combined with custom index
    let table = vec![Grid::new(2, 2, 1i64), Grid::new(2, 2, 2i64)];
    let total: i64 = table.iter().map(|t| t[(0, 0)] + t[(1, 1)]).sum();
    println!("total of corners {}", total);
    let first = &table[1][(0, 1)];
    println!("table[1][(0, 1)] = {}", first);
}
