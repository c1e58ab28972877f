struct Grid {
    cells: Vec<Vec<u8>,
    width: usize,
}

fn main() {
    let g = Grid { cells: vec![vec![0; 3]], width: 3 };
    println!("{}", g.width * g.cells.len());
}
