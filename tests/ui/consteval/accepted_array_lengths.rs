// Arrays sized by constant expressions and `const fn` results.
const ROWS: usize = 3;
const COLS: usize = ROWS * 2 + 1;

const fn cells(r: usize, c: usize) -> usize {
    r * c
}

struct Grid {
    cells: [u8; cells(ROWS, COLS)],
}

fn main() {
    let g = Grid { cells: [0; ROWS * COLS] };
    let row: [i32; COLS - ROWS] = [1; 4];
    println!("{} {}", g.cells.len(), row.len());
}
