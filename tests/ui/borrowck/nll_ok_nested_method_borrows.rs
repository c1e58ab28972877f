// Shared borrows in arguments of a shared-self call, then a mutation afterwards.
struct Grid {
    cells: Vec<Vec<char>>,
}

impl Grid {
    fn get(&self, r: usize, c: usize) -> char {
        self.cells[r][c]
    }
    fn set(&mut self, r: usize, c: usize, ch: char) {
        self.cells[r][c] = ch;
    }
    fn width(&self) -> usize {
        self.cells[0].len()
    }
}

fn main() {
    let mut g = Grid { cells: vec![vec!['.'; 3]; 2] };
    g.set(0, g.width() - 1, '#');
    let ch = g.get(0, g.width() - 1);
    g.set(1, 0, ch);
    let rows: Vec<String> = g.cells.iter().map(|r| r.iter().collect()).collect();
    println!("{:?}", rows);
}
