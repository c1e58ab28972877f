// An iterator struct borrowing a grid, yielding references with the grid's lifetime.

struct Grid {
    w: usize,
    cells: Vec<char>,
}

struct Neighbors<'g> {
    grid: &'g Grid,
    center: (usize, usize),
    k: usize,
}

const OFFSETS: [(i32, i32); 8] = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)];

impl Grid {
    fn parse(rows: &[&str]) -> Grid {
        Grid { w: rows[0].len(), cells: rows.iter().flat_map(|r| r.chars()).collect() }
    }

    fn h(&self) -> usize {
        self.cells.len() / self.w
    }

    fn get(&self, x: usize, y: usize) -> &char {
        &self.cells[y * self.w + x]
    }

    fn neighbors(&self, x: usize, y: usize) -> Neighbors<'_> {
        Neighbors { grid: self, center: (x, y), k: 0 }
    }

    fn row(&self, y: usize) -> &[char] {
        &self.cells[y * self.w..(y + 1) * self.w]
    }
}

impl<'g> Iterator for Neighbors<'g> {
    type Item = &'g char;
    fn next(&mut self) -> Option<&'g char> {
        while self.k < OFFSETS.len() {
            let (dx, dy) = OFFSETS[self.k];
            self.k += 1;
            let nx = self.center.0 as i32 + dx;
            let ny = self.center.1 as i32 + dy;
            if nx >= 0 && ny >= 0 && (nx as usize) < self.grid.w && (ny as usize) < self.grid.h() {
                return Some(self.grid.get(nx as usize, ny as usize));
            }
        }
        None
    }
}

fn life_step(g: &Grid) -> Grid {
    let mut cells = Vec::with_capacity(g.cells.len());
    for y in 0..g.h() {
        for x in 0..g.w {
            let live = g.neighbors(x, y).filter(|&&c| c == '#').count();
            let alive = *g.get(x, y) == '#';
            cells.push(if live == 3 || (alive && live == 2) { '#' } else { '.' });
        }
    }
    Grid { w: g.w, cells }
}

fn main() {
    let mut g = Grid::parse(&[".....", "..#..", "..#..", "..#..", "....."]);
    for gen in 0..3 {
        println!("gen {}:", gen);
        for y in 0..g.h() {
            println!("  {}", g.row(y).iter().collect::<String>());
        }
        g = life_step(&g);
    }
    let corner: Vec<&char> = g.neighbors(0, 0).collect();
    println!("corner has {} neighbors: {:?}", corner.len(), corner);
}
